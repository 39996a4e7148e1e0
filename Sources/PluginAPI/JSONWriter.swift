/// Appends JSON text to a byte buffer: the one place where undocd escapes JSON strings (the result envelope, the
/// error files, the external-plugin wire protocol and the streaming encoder of plugin data all write through it).
///
/// Structure is the caller's business (`raw("{")`, ``key(_:)``, ``member(_:)``); the writer only guarantees that
/// strings come out as valid JSON. A plugin may use it to build its data directly and return a ``JSONFragment``,
/// which the daemon splices into the result without a second encoding.
public struct JSONWriter: Sendable {
    /// How the control characters backspace and form feed are written; every other one is `\n`, `\r`, `\t` or
    /// `\u00XX` either way.
    public enum ControlEscapes: Sendable {
        /// `\u0008` and `\u000c` (the daemon's own envelopes and the wire protocol).
        case unicode
        /// `\b` and `\f`, as Foundation's `JSONEncoder` writes them (plugin data).
        case short
    }

    /// The JSON text written so far (UTF-8).
    public private(set) var bytes: [UInt8]
    /// How backspace and form feed are escaped.
    public let controlEscapes: ControlEscapes

    /// Creates an empty writer.
    /// - Parameters:
    ///   - capacity: bytes to reserve up front.
    ///   - controlEscapes: how backspace and form feed are escaped.
    public init(capacity: Int = 1024, controlEscapes: ControlEscapes = .unicode) {
        bytes = []
        bytes.reserveCapacity(capacity)
        self.controlEscapes = controlEscapes
    }

    /// Appends JSON text as it is (punctuation, literals).
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes that already are JSON (an encoded value).
    public mutating func raw(_ json: [UInt8]) {
        bytes.append(contentsOf: json)
    }

    /// Appends `value` as a JSON string literal: `"`, `\` and control characters escaped, `/` and non-ASCII
    /// characters left as they are (RFC 8259).
    public mutating func string(_ value: String) {
        Self.appendString(value, to: &bytes, controlEscapes: controlEscapes)
    }

    /// Appends `value` as a string literal, or `null` when it is `nil`.
    public mutating func string(orNull value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    /// Appends `"name":` (no comma: the caller writes separators).
    public mutating func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Appends `"name":` preceded by a comma unless it is the first member of the object just opened (the last
    /// byte written is `{`). `name` is written as it is: it must need no escaping.
    public mutating func member(_ name: StaticString) {
        if let last = bytes.last, last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// Appends an integer.
    public mutating func integer(_ value: some BinaryInteger) {
        bytes.append(contentsOf: value.description.utf8)
    }

    /// Appends `true` or `false`.
    public mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// Appends `null`.
    public mutating func null() {
        raw("null")
    }

    /// A millisecond figure with at most three decimals and no trailing zeros (`0.421`, `12`).
    public mutating func milliseconds(_ value: Double) {
        let thousandths = Int((max(0, value) * 1000).rounded())
        integer(thousandths / 1000)
        var fraction = thousandths % 1000
        guard fraction != 0 else { return }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        bytes.append(UInt8(ascii: "."))
        var divisor = digits == 3 ? 100 : (digits == 2 ? 10 : 1)
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// Appends `value` as a JSON string literal to `bytes`: the escaping routine behind every writer, static so that
    /// a caller holding its buffer in a class pays one exclusivity check per string, not one per byte.
    /// Runs that need no escaping (nearly all document text) are copied whole.
    public static func appendString(_ value: String, to bytes: inout [UInt8], controlEscapes: ControlEscapes) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                runStart = index + 1
                appendEscape(byte, to: &bytes, controlEscapes: controlEscapes)
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8], controlEscapes: ControlEscapes) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08 where controlEscapes == .short: bytes.append(UInt8(ascii: "b"))
        case 0x0C where controlEscapes == .short: bytes.append(UInt8(ascii: "f"))
        default:
            let hex: StaticString = "0123456789abcdef"
            let digits = hex.utf8Start
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
    }
}
