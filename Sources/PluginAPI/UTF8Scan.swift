/// Byte-level helpers for scanning UTF-8 text without `Character` iteration or `Regex`.
///
/// Shared by the citations and metadata extractors (and `DateParser`): every scan in them walks `[UInt8]` buffers once.
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

extension UTF8Scan {
    /// Whether `scalar` is white space a layout leaves around text (space, tab, line breaks, U+00A0, U+3000).
    @inlinable
    public static func isLayoutSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000: return true
        default: return false
        }
    }

    /// `text` without leading and trailing layout white space; much cheaper than Foundation's trimming.
    @inlinable
    public static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var low = scalars.startIndex
        var high = scalars.endIndex
        while low < high, isLayoutSpace(scalars[low]) { low = scalars.index(after: low) }
        while high > low, isLayoutSpace(scalars[scalars.index(before: high)]) { high = scalars.index(before: high) }
        if low == scalars.startIndex && high == scalars.endIndex { return text }
        return String(scalars[low..<high])
    }

    /// Whether the UTF-8 of `text` contains `byte` (a fast pre-test before real parsing).
    @inlinable
    public static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }
}

extension UTF8Scan {
    /// The UTF-8 offset of the first `needle` in `text`, or `nil`; no copy, no Foundation.
    @inlinable
    public static func offset(of needle: [UInt8], in text: String) -> Int? {
        guard let first = needle.first else { return 0 }
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard bytes.count >= needle.count else { return nil }
            var i = 0
            let limit = bytes.count - needle.count
            outer: while i <= limit {
                if bytes[i] == first {
                    var k = 1
                    while k < needle.count {
                        if bytes[i + k] != needle[k] { i += 1; continue outer }
                        k += 1
                    }
                    return i
                }
                i += 1
            }
            return nil
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(search)
    }

    /// Whether `text` contains `needle` (UTF-8 bytes); no copy, no Foundation.
    @inlinable
    public static func contains(_ needle: [UInt8], in text: String) -> Bool { offset(of: needle, in: text) != nil }
}

extension UTF8Scan {
    /// `text` without any layout white space (Chinese titles are compared without the spaces PDFs insert).
    @inlinable
    public static func removingSpaces(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isLayoutSpace(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// The text before and after the first `separator`, or `nil` when it does not occur.
    @inlinable
    public static func split(_ text: String, at separator: [UInt8]) -> (before: String, after: String)? {
        guard let at = offset(of: separator, in: text) else { return nil }
        let utf8 = text.utf8
        let cut = utf8.index(utf8.startIndex, offsetBy: at)
        let resume = utf8.index(cut, offsetBy: separator.count)
        return (String(text[..<cut]), String(text[resume...]))
    }
}

extension UTF8Scan {
    /// Whether `text` contains `needle`; converts the needle on each call, so keep it off per-byte paths.
    @inlinable
    public static func contains(_ needle: String, in text: String) -> Bool { offset(of: Array(needle.utf8), in: text) != nil }

    /// Whether `text` starts with `prefix` (byte-wise, no Unicode normalization).
    @inlinable
    public static func hasPrefix(_ text: String, _ prefix: String) -> Bool { text.utf8.starts(with: prefix.utf8) }

    /// Whether `text` ends with `suffix` (byte-wise, no Unicode normalization).
    @inlinable
    public static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let t = text.utf8
        let s = suffix.utf8
        return t.count >= s.count && t.suffix(s.count).elementsEqual(s)
    }

    /// The last space-separated word of `text`, lower-cased.
    @inlinable
    public static func lastWord(_ text: String) -> String {
        let utf8 = text.utf8
        guard let space = utf8.lastIndex(of: 0x20) else { return text.lowercased() }
        return String(text[utf8.index(after: space)...]).lowercased()
    }

    /// The number of space-separated words in `text`.
    @inlinable
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
}
