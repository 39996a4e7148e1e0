import PluginAPI

/// One paragraph's folded text as Unicode scalars, with the UTF-8 offset of each scalar (for lines and for slicing
/// the printed text).
struct ScalarText {
    let scalars: [UInt32]
    /// UTF-8 offset of each scalar, plus the total length at the end (32 bits: a paragraph is far below 2 GB).
    let offsets: [Int32]

    /// How many ideographs and Latin letters the text has: which scanners are worth running.
    let ideographs: Int
    let latinLetters: Int

    init(_ text: String) {
        var copy = text
        let decoded = copy.withUTF8 { ScalarText.decode($0) }
        scalars = decoded.scalars
        offsets = decoded.offsets
        ideographs = decoded.ideographs
        latinLetters = decoded.latinLetters
    }

    /// Decodes UTF-8 straight into storage sized for the worst case (one scalar per byte).
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>) -> (scalars: [UInt32], offsets: [Int32], ideographs: Int, latinLetters: Int) {
        let count = utf8.count
        var ideographs = 0
        var latinLetters = 0
        var offsets: [Int32] = []
        let scalars = [UInt32](unsafeUninitializedCapacity: count) { scalars, scalarCount in
            offsets = [Int32](unsafeUninitializedCapacity: count + 1) { offsetBuffer, offsetCount in
                var index = 0
                var produced = 0
                while index < count {
                    let byte = utf8[index]
                    offsetBuffer[produced] = Int32(truncatingIfNeeded: index)
                    let (scalar, next) = UTF8Decoding.scalar(in: utf8, at: index)
                    if byte < 0x80 {
                        if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { latinLetters += 1 }
                    } else if byte >= 0xE0 && byte < 0xF0 && scalar >= 0x3400 && scalar <= 0x9FFF {
                        ideographs += 1
                    }
                    index = next
                    scalars[produced] = scalar
                    produced += 1
                }
                offsetBuffer[produced] = Int32(truncatingIfNeeded: count)
                offsetCount = produced + 1
                scalarCount = produced
            }
        }
        return (scalars, offsets, ideographs, latinLetters)
    }

    var count: Int { scalars.count }

    subscript(index: Int) -> UInt32 { index >= 0 && index < scalars.count ? scalars[index] : 0 }

    @inline(__always)
    static func lowered(_ scalar: UInt32) -> UInt32 { scalar >= 0x41 && scalar <= 0x5A ? scalar + 0x20 : scalar }

    @inline(__always)
    func lower(_ index: Int) -> UInt32 { ScalarText.lowered(self[index]) }

    /// Whether the scalars from `index`, lower-cased, are `words[start ..< start + count]`.
    @inline(__always)
    func hasLowered(_ words: [UInt32], _ start: Int, _ count: Int, at index: Int) -> Bool {
        guard index >= 0, index + count <= scalars.count else { return false }
        var offset = 0
        while offset < count {
            if ScalarText.lowered(scalars[index + offset]) != words[start + offset] { return false }
            offset += 1
        }
        return true
    }

    func hasLowered(_ word: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        for (offset, scalar) in word.enumerated() where ScalarText.lowered(scalars[index + offset]) != scalar { return false }
        return true
    }

    /// Whether `word` occurs within `start..<end` of the folded scalars (so "(簽名)" contains "签名").
    func contains(_ word: [UInt32], from start: Int, to end: Int) -> Bool {
        guard !word.isEmpty, start >= 0, end <= scalars.count else { return false }
        var index = start
        while index + word.count <= end {
            if hasLowered(word, at: index) { return true }
            index += 1
        }
        return false
    }

    /// The slice `start..<end` (scalar indices) of `printed`, which has the same UTF-8 layout as the scanned text.
    func slice(_ printed: String, _ start: Int, _ end: Int) -> String {
        let utf8 = printed.utf8
        let lowerOffset = Int(offsets[max(0, min(start, count))])
        let upperOffset = Int(offsets[max(0, min(end, count))])
        guard let lower = utf8.index(utf8.startIndex, offsetBy: lowerOffset, limitedBy: utf8.endIndex),
              let upper = utf8.index(utf8.startIndex, offsetBy: upperOffset, limitedBy: utf8.endIndex), lower <= upper
        else { return "" }
        return String(printed[lower..<upper])
    }

    /// Scalar index of a UTF-8 offset (the first scalar at or after it).
    func index(ofUTF8 offset: Int) -> Int {
        var low = 0
        var high = scalars.count
        while low < high {
            let mid = (low + high) / 2
            if Int(offsets[mid]) < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    static func isIdeograph(_ scalar: UInt32) -> Bool {
        (scalar >= 0x3400 && scalar <= 0x9FFF) || (scalar >= 0xF900 && scalar <= 0xFAFF)
    }

    static func isSpace(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x09 || scalar == 0x0A || scalar == 0x0D || scalar == 0xA0 || scalar == 0x3000
    }

    static func isUpperLatin(_ scalar: UInt32) -> Bool {
        (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0xC0 && scalar <= 0xDE && scalar != 0xD7)
    }

    static func isLatinLetter(_ scalar: UInt32) -> Bool {
        (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0xC0 && scalar <= 0x24F && scalar != 0xD7 && scalar != 0xF7)
    }

    /// Separators printed inside transliterated names: · • ・ ‧ and hyphens.
    static func isNameSeparator(_ scalar: UInt32) -> Bool {
        // Chinese characters, the bulk of the text, are answered by one comparison.
        if scalar >= 0x3400 && scalar < 0xFF0D { return false }
        return scalar == 0xB7 || scalar == 0x2022 || scalar == 0x30FB || scalar == 0x2027 || scalar == 0x2D || scalar == 0x2010
            || scalar == 0x2011 || scalar == 0xFF0D || scalar == 0x22C5 || scalar == 0xFF65
    }
}

/// A set of Basic Multilingual Plane scalars as a bitmap (8 KB): membership without hashing.
struct ScalarBitmap: Sendable {
    private let bits: [UInt64]

    init(_ scalars: [UInt32]) {
        var bits = [UInt64](repeating: 0, count: 1024)
        for scalar in scalars where scalar < 0x10000 { bits[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63) }
        self.bits = bits
    }

    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        scalar < 0x10000 && bits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
    }
}
