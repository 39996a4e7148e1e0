/// Journal field names for logger metadata keys.
///
/// journald accepts field names of `[A-Z0-9_]`, at most 64 characters, not starting with `_` (reserved for
/// trusted fields) or a digit. Metadata keys are dotted camel case (`document.id`, `durationMs`); each becomes
/// `UNDOCD_` + its words in upper snake case (`UNDOCD_DOCUMENT_ID`, `UNDOCD_DURATION_MS`).
public enum JournalFieldName {
    /// The prefix of every field derived from metadata.
    public static let prefix = "UNDOCD_"
    /// The longest field name journald accepts.
    public static let maximumLength = 64

    /// The journal field name for a logger metadata key.
    ///
    /// Letters are upper-cased, a lower-to-upper camel-case boundary becomes `_`, every other character
    /// (dots, dashes, non-ASCII) becomes `_`, runs of `_` collapse, and the result is cut to 64 characters.
    public static func forMetadataKey(_ key: String) -> String {
        var name: [UInt8] = Array(prefix.utf8)
        var previousWasLowerOrDigit = false
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                name.append(byte - 32)
                previousWasLowerOrDigit = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                name.append(byte)
                previousWasLowerOrDigit = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousWasLowerOrDigit { appendSeparator(to: &name) }
                name.append(byte)
                previousWasLowerOrDigit = false
            default:
                // Continuation bytes of one non-ASCII character collapse into a single separator.
                appendSeparator(to: &name)
                previousWasLowerOrDigit = false
            }
            if name.count >= maximumLength { break }
        }
        while name.count > prefix.utf8.count, name.last == UInt8(ascii: "_") { name.removeLast() }
        return String(decoding: name.prefix(maximumLength), as: UTF8.self)
    }

    /// Whether journald accepts `name` as a field name from a client.
    public static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= maximumLength else { return false }
        guard first != UInt8(ascii: "_"), !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return false
        }
        return bytes.allSatisfy { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
        }
    }

    private static func appendSeparator(to name: inout [UInt8]) {
        if name.last != UInt8(ascii: "_") { name.append(UInt8(ascii: "_")) }
    }
}
