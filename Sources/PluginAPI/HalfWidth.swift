/// Full-width forms read as ASCII: some Chinese copies print symbols, job numbers and dates with full-width digits
/// and letters (`Ｓ／２０１９／２１５`, `２０１９年３月８日`), which the parsers of symbols and dates read in ASCII.
public enum HalfWidth {
    /// `utf8` with full-width digits and Latin letters (U+FF10–U+FF19, U+FF21–U+FF3A, U+FF41–U+FF5A) written as
    /// ASCII; with `punctuation`, every full-width ASCII form (U+FF01–U+FF5E: `／`, `－`, `（`…) and the ideographic
    /// space (U+3000) too. `nil` when nothing changes (most texts: then they are read once and not copied).
    public static func fold(_ utf8: some Collection<UInt8>, punctuation: Bool) -> [UInt8]? {
        // Full-width forms are EF BC 81 … EF BD 9E, the ideographic space E3 80 80.
        var previous: UInt8 = 0
        guard utf8.contains(where: { byte in
            defer { previous = byte }
            return (previous == 0xEF && (byte == 0xBC || byte == 0xBD)) || (punctuation && previous == 0xE3 && byte == 0x80)
        }) else { return nil }
        let bytes = Array(utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var changed = false
        var index = 0
        while index < bytes.count {
            if index + 2 < bytes.count, let ascii = ascii(bytes[index], bytes[index + 1], bytes[index + 2], punctuation: punctuation) {
                result.append(ascii)
                changed = true
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return changed ? result : nil
    }

    /// `text` with full-width forms written as ASCII (see the byte form); `text` itself when nothing changes.
    public static func fold(_ text: String, punctuation: Bool = false) -> String {
        guard let folded = fold(text.utf8, punctuation: punctuation) else { return text }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The ASCII byte for the three-byte sequence `a b c`, if it is a form to fold.
    private static func ascii(_ a: UInt8, _ b: UInt8, _ c: UInt8, punctuation: Bool) -> UInt8? {
        let value: UInt8
        switch (a, b) {
        case (0xEF, 0xBC) where c >= 0x81 && c <= 0xBF: value = c - 0x60  // U+FF01 … U+FF3F
        case (0xEF, 0xBD) where c >= 0x80 && c <= 0x9E: value = c - 0x20  // U+FF40 … U+FF5E
        case (0xE3, 0x80) where c == 0x80: return punctuation ? 0x20 : nil  // U+3000
        default: return nil
        }
        let alphanumeric = value &- 0x30 < 10 || (value | 0x20) &- 0x61 < 26
        return punctuation || alphanumeric ? value : nil
    }
}
