/// The character folding shared by the taxonomy's patterns and the scanned text.
enum ScalarFolding {
    /// What every white-space scalar folds to.
    static let space: UInt32 = 0x20

    /// Folds one scalar: ASCII upper case and full-width ASCII to ASCII lower case, typographic apostrophes and
    /// hyphens to ASCII, every white space (including U+3000 and no-break space) to ``space``.
    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt32 {
        if scalar < 0x80 {
            if scalar >= 0x41 && scalar <= 0x5A { return scalar + 0x20 }
            if scalar == 0x09 || scalar == 0x0A || scalar == 0x0D { return space }
            return scalar
        }
        // CJK (the bulk of Chinese text) folds to itself: answered before the cases below.
        if scalar >= 0x3400 && scalar < 0xFF01 { return scalar }
        switch scalar {
        case 0xFF21...0xFF3A: return scalar - 0xFEE0 + 0x20
        case 0xFF01...0xFF5E: return scalar - 0xFEE0
        case 0x3000, 0xA0, 0x2002...0x200B: return space
        case 0x2019, 0x2018: return 0x27
        case 0x2010, 0x2011, 0x2013: return 0x2D
        default: return scalar
        }
    }

    /// Whether a folded scalar is part of a Latin word (letters with or without diacritics, digits).
    @inline(__always)
    static func isWordScalar(_ scalar: UInt32) -> Bool {
        (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0x30 && scalar <= 0x39) || (scalar >= 0xC0 && scalar <= 0x24F)
    }

    /// Whether a scalar is a CJK ideograph (the script that is written without spaces).
    @inline(__always)
    static func isIdeograph(_ scalar: UInt32) -> Bool {
        (scalar >= 0x3400 && scalar <= 0x9FFF) || (scalar >= 0xF900 && scalar <= 0xFAFF)
    }

    /// Folds a pattern exactly as ``TermMatcher`` folds text: white space collapses to one space, or to nothing
    /// between two ideographs; leading and trailing white space is dropped.
    static func foldPattern(_ text: Substring) -> [UInt32] {
        var result: [UInt32] = []
        var pendingSpace = false
        var previousIdeograph = false
        for unicode in text.unicodeScalars {
            let scalar = fold(unicode.value)
            if scalar == space { pendingSpace = true; continue }
            let ideograph = isIdeograph(scalar)
            if pendingSpace && !result.isEmpty && !(ideograph && previousIdeograph) { result.append(space) }
            pendingSpace = false
            previousIdeograph = ideograph
            result.append(scalar)
        }
        return result
    }
}
