/// Byte-level helpers for scanning UTF-8 text without `Character` iteration or `Regex`.
///
/// Shared by the citations and metadata extractors: every scan in them walks `[UInt8]` buffers once.
public enum UTF8Scan {
    /// Whether `byte` is an ASCII digit.
    @inlinable public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    /// Whether `byte` is an ASCII upper-case letter.
    @inlinable public static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    /// Whether `byte` is an ASCII lower-case letter.
    @inlinable public static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    /// Whether `byte` is an ASCII letter.
    @inlinable public static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    /// Whether `byte` is an ASCII letter or digit.
    @inlinable public static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

    /// Whether `bytes` holds `literal` at `index`.
    @inlinable
    public static func has(_ literal: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= bytes.count else { return false }
        var k = 0
        while k < literal.count {
            if bytes[index + k] != literal[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `bytes` holds `literal` (ASCII, lower-case) at `index`, ignoring ASCII case.
    @inlinable
    public static func hasIgnoringCase(_ literal: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= bytes.count else { return false }
        var k = 0
        while k < literal.count {
            let byte = bytes[index + k]
            let folded = isUpper(byte) ? byte | 0x20 : byte
            if folded != literal[k] { return false }
            k += 1
        }
        return true
    }

    /// The length of the white space at `index` (space, tab, line breaks, U+00A0, U+3000), or 0.
    @inlinable
    public static func spaceLength(_ bytes: [UInt8], at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
        case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: return 3
        default: return 0
        }
    }

    /// The first index at or after `index` that is not white space (see ``spaceLength(_:at:)``).
    @inlinable
    public static func skipSpace(_ bytes: [UInt8], from index: Int) -> Int {
        var i = index
        while true {
            let n = spaceLength(bytes, at: i)
            if n == 0 { return i }
            i += n
        }
    }

    /// The index just past the last non-space byte before `end` (ASCII white space only), not below `start`.
    @inlinable
    public static func trimASCIISpaceBackward(_ bytes: [UInt8], end: Int, start: Int) -> Int {
        var e = end
        while e > start, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D { e -= 1 }
        return e
    }

    /// The first index in `start..<end` where `needle` begins, or `nil`.
    @inlinable
    public static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> Int? {
        let limit = min(end ?? bytes.count, bytes.count) - needle.count
        guard let first = needle.first, start <= limit else { return nil }
        var i = max(start, 0)
        while i <= limit {
            if bytes[i] == first && has(needle, in: bytes, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// The last index in `start..<end` where `needle` begins (and ends before `end`), or `nil`.
    @inlinable
    public static func lastIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var i = min(end, bytes.count) - needle.count
        while i >= max(start, 0) {
            if has(needle, in: bytes, at: i) { return i }
            i -= 1
        }
        return nil
    }

    /// The index of the first byte of the UTF-8 scalar that ends just before `index` (or 0).
    @inlinable
    public static func previousScalarStart(_ bytes: [UInt8], before index: Int) -> Int {
        var i = index - 1
        while i > 0, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return max(i, 0)
    }

    /// Whether the scalar starting at `index` is a CJK ideograph or CJK punctuation (3-byte UTF-8, U+2E80–U+9FFF or
    /// U+F900–U+FFEF).
    @inlinable
    public static func isCJK(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let lead = bytes[index]
        return (lead >= 0xE2 && lead <= 0xE9 && !(lead == 0xE2 && index + 1 < bytes.count && bytes[index + 1] < 0xBA)) || lead == 0xEF
    }

    /// Decodes `bytes[start..<end]` as UTF-8 (repairing invalid sequences).
    @inlinable
    public static func string(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The UTF-8 bytes of a string.
    @inlinable public static func bytes(_ string: String) -> [UInt8] { Array(string.utf8) }
}
