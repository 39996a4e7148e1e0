/// Small byte-level helpers over UTF-8 text shared by the normalizer's passes (no `Character`, no regex).
enum UTF8Scan {
    /// Decodes the scalar starting at `index`; returns it with its byte length (1 for a stray byte).
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0, index + 1 < bytes.count {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0, index + 2 < bytes.count {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if index + 3 < bytes.count {
            let value = (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
            return (value, 4)
        }
        return (UInt32(lead), 1)
    }

    /// Start of the scalar that ends just before `end` (walks back over continuation bytes).
    @inline(__always)
    static func previousScalarStart(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, floor: Int) -> Int {
        var index = end - 1
        while index > floor, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// White space that separates words or pads lines: ASCII blanks, form feed, NBSP, ideographic space,
    /// zero-width space and BOM.
    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0x200B, 0xFEFF, 0x2002...0x200A: return true
        default: return false
        }
    }

    /// Ideographs, kana, hangul, CJK punctuation and full-width forms: text written without spaces between words.
    @inline(__always)
    static func isCJK(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E80...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Han ideographs only.
    @inline(__always)
    static func isHan(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Columns the scalar takes in a monospaced rendering (CJK 2, others 1): how full a printed line is.
    @inline(__always)
    static func width(_ scalar: UInt32) -> Int {
        isCJK(scalar) || (scalar >= 0x1100 && scalar <= 0x115F) ? 2 : 1
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    @inline(__always)
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    @inline(__always)
    static func isLatinLetterOrDigit(_ scalar: UInt32) -> Bool {
        (scalar >= 0x30 && scalar <= 0x39) || (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x61 && scalar <= 0x7A)
            || (scalar >= 0xC0 && scalar <= 0x24F && scalar != 0xD7 && scalar != 0xF7)
    }
}
