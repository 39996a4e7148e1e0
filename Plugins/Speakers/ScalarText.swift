import PluginAPI

/// The decoded scalars of a set of texts (a document's paragraphs) in one allocation, with the UTF-8 offset of
/// every 16th scalar: two buffers per document rather than two arrays per paragraph.
///
/// The texts are Swift strings, so their UTF-8 is valid and each scalar's UTF-8 length follows from its value: the
/// offset of any scalar is its checkpoint's plus at most 15 lengths (``ScalarText/utf8Offset(_:)``). Keeping only
/// checkpoints writes a sixteenth of the memory a full offset table would.
final class ScalarStorage {
    /// Every 16th scalar of a text has a checkpoint.
    fileprivate static let checkpointShift = 4

    fileprivate let scalars: UnsafeMutablePointer<UInt32>
    /// Each text's checkpoints: the UTF-8 offset of its scalars 0, 16, 32, … up to its end.
    fileprivate let checkpoints: UnsafeMutablePointer<Int32>
    private let scalarCapacity: Int
    private let checkpointCapacity: Int
    private var scalarsUsed = 0
    private var checkpointsUsed = 0

    /// Storage for `texts` texts of `utf8Count` bytes in all (a text decodes to at most one scalar per byte).
    init(utf8Count: Int, texts: Int) {
        scalarCapacity = utf8Count
        checkpointCapacity = (utf8Count >> ScalarStorage.checkpointShift) + texts
        scalars = .allocate(capacity: max(1, scalarCapacity))
        checkpoints = .allocate(capacity: max(1, checkpointCapacity))
    }

    deinit {
        scalars.deallocate()
        checkpoints.deallocate()
    }

    /// Decodes `text` into the next free part of the storage.
    /// - Precondition: the storage was sized for every text appended to it.
    fileprivate func append(_ text: String) -> ScalarText {
        var copy = text
        return copy.withUTF8 { utf8 in
            let count = utf8.count
            let checkpointBase = checkpointsUsed
            precondition(scalarsUsed + count <= scalarCapacity
                && checkpointBase + (count >> ScalarStorage.checkpointShift) + 1 <= checkpointCapacity, "ScalarStorage sized too small")
            let scalars = self.scalars + scalarsUsed
            let checkpoints = self.checkpoints + checkpointBase
            let mask = (1 << ScalarStorage.checkpointShift) - 1
            var ideographs = 0
            var latinLetters = 0
            var index = 0
            var produced = 0
            while index < count {
                // Runs of three-byte sequences (Chinese text) in a loop of their own, without the general branches.
                while index + 2 < count && utf8[index] & 0xF0 == 0xE0 {
                    let scalar = (UInt32(utf8[index] & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F)
                    if produced & mask == 0 { checkpoints[produced >> ScalarStorage.checkpointShift] = Int32(truncatingIfNeeded: index) }
                    scalars[produced] = scalar
                    if scalar &- 0x3400 <= 0x9FFF - 0x3400 { ideographs += 1 }
                    index += 3
                    produced += 1
                }
                guard index < count else { break }
                let byte = utf8[index]
                if produced & mask == 0 { checkpoints[produced >> ScalarStorage.checkpointShift] = Int32(truncatingIfNeeded: index) }
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
            // The end has a checkpoint when it falls on one (so that every checkpoint index up to count >> 4 is set).
            if produced & mask == 0 { checkpoints[produced >> ScalarStorage.checkpointShift] = Int32(truncatingIfNeeded: count) }
            scalarsUsed += produced
            checkpointsUsed += (produced >> ScalarStorage.checkpointShift) + 1
            return ScalarText(
                storage: self, scalars: scalars, checkpoints: checkpoints, count: produced, ideographs: ideographs,
                latinLetters: latinLetters)
        }
    }
}

/// One paragraph's folded text as Unicode scalars, with the UTF-8 offset of each scalar (for lines and for slicing
/// the printed text): a view into a ``ScalarStorage``.
struct ScalarText {
    /// Keeps the buffers below alive.
    private let storage: ScalarStorage
    /// This text's scalars and checkpoints in `storage`, read without going through it.
    private let scalars: UnsafeMutablePointer<UInt32>
    private let checkpoints: UnsafeMutablePointer<Int32>
    /// How many scalars the text has.
    let count: Int

    /// How many ideographs and Latin letters the text has: which scanners are worth running.
    let ideographs: Int
    let latinLetters: Int

    fileprivate init(
        storage: ScalarStorage, scalars: UnsafeMutablePointer<UInt32>, checkpoints: UnsafeMutablePointer<Int32>, count: Int,
        ideographs: Int, latinLetters: Int
    ) {
        self.storage = storage
        self.scalars = scalars
        self.checkpoints = checkpoints
        self.count = count
        self.ideographs = ideographs
        self.latinLetters = latinLetters
    }

    /// Decodes `texts` (a document's paragraphs) into one storage.
    static func decode(_ texts: [String]) -> [ScalarText] {
        let storage = ScalarStorage(utf8Count: texts.reduce(0) { $0 + $1.utf8.count }, texts: texts.count)
        return texts.map { storage.append($0) }
    }

    /// Decodes one text on its own.
    init(_ text: String) {
        self = ScalarText.decode([text])[0]
    }

    /// UTF-8 offset of the scalar at `index` (`count` gives the text's length); `index` is clamped to the text.
    func utf8Offset(_ index: Int) -> Int {
        let index = max(0, min(index, count))
        var position = (index >> ScalarStorage.checkpointShift) << ScalarStorage.checkpointShift
        var offset = Int(checkpoints[index >> ScalarStorage.checkpointShift])
        while position < index {
            offset += ScalarText.utf8Length(scalars[position])
            position += 1
        }
        return offset
    }

    /// The length of a scalar in UTF-8.
    @inline(__always)
    static func utf8Length(_ scalar: UInt32) -> Int { scalar < 0x80 ? 1 : scalar < 0x800 ? 2 : scalar < 0x10000 ? 3 : 4 }

    /// The text's scalars, for a loop that reads them all.
    @inline(__always)
    func withScalars<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        withExtendedLifetime(storage) { body(UnsafeBufferPointer(start: scalars, count: count)) }
    }

    /// The scalar at `index`, 0 outside the text (so that scanners may look one past either end).
    @inline(__always)
    subscript(index: Int) -> UInt32 { index >= 0 && index < count ? scalars[index] : 0 }

    @inline(__always)
    static func lowered(_ scalar: UInt32) -> UInt32 { scalar >= 0x41 && scalar <= 0x5A ? scalar + 0x20 : scalar }

    @inline(__always)
    func lower(_ index: Int) -> UInt32 { ScalarText.lowered(self[index]) }

    /// Whether the scalars from `index`, lower-cased, are `words[start ..< start + count]`.
    @inline(__always)
    func hasLowered(_ words: [UInt32], _ start: Int, _ count: Int, at index: Int) -> Bool {
        guard index >= 0, index + count <= self.count else { return false }
        var offset = 0
        while offset < count {
            if ScalarText.lowered(scalars[index + offset]) != words[start + offset] { return false }
            offset += 1
        }
        return true
    }

    func hasLowered(_ word: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        for (offset, scalar) in word.enumerated() where ScalarText.lowered(scalars[index + offset]) != scalar { return false }
        return true
    }

    /// Whether `word` occurs within `start..<end` of the folded scalars (so "(簽名)" contains "签名").
    func contains(_ word: [UInt32], from start: Int, to end: Int) -> Bool {
        guard !word.isEmpty, start >= 0, end <= count else { return false }
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
        let lowerOffset = utf8Offset(start)
        let upperOffset = utf8Offset(end)
        guard let lower = utf8.index(utf8.startIndex, offsetBy: lowerOffset, limitedBy: utf8.endIndex),
              let upper = utf8.index(utf8.startIndex, offsetBy: upperOffset, limitedBy: utf8.endIndex), lower <= upper
        else { return "" }
        return String(printed[lower..<upper])
    }

    /// Scalar index of a UTF-8 offset (the first scalar at or after it).
    func index(ofUTF8 offset: Int) -> Int {
        // The last checkpoint before the offset, then scalar by scalar.
        var low = 0
        var high = count >> ScalarStorage.checkpointShift
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(checkpoints[mid]) < offset { low = mid } else { high = mid - 1 }
        }
        var index = low << ScalarStorage.checkpointShift
        var position = Int(checkpoints[low])
        while index < count && position < offset {
            position += ScalarText.utf8Length(scalars[index])
            index += 1
        }
        return index
    }

    static func isIdeograph(_ scalar: UInt32) -> Bool {
        (scalar >= 0x3400 && scalar <= 0x9FFF) || (scalar >= 0xF900 && scalar <= 0xFAFF)
    }

    static func isSpace(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x09 || scalar == 0x0A || scalar == 0x0D || scalar == 0xA0 || scalar == 0x3000
    }

    static func isUpperLatin(_ scalar: UInt32) -> Bool {
        if scalar < 0x100 { return (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0xC0 && scalar <= 0xDE && scalar != 0xD7) }
        // Latin Extended-A (Š, Č, Ž, Ł, Ő, Ş…): capitals at even code points, but at odd ones from Ĺ to Ň and from Ź
        // to Ž; ĸ is small. Latin Extended-B from Ȁ to ȳ (Ș, Ț): capitals at even code points.
        if scalar <= 0x17F {
            if (scalar >= 0x139 && scalar <= 0x148) || (scalar >= 0x179 && scalar <= 0x17E) { return scalar & 1 == 1 }
            return scalar & 1 == 0 && scalar != 0x138
        }
        return scalar >= 0x200 && scalar <= 0x233 && scalar & 1 == 0
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

    /// The indices of `text` whose scalar is in the set, or is in `firsts` and followed by a scalar in `seconds`,
    /// in order: one tight pass, so that loops looking for rare scalars or pairs visit only those.
    func positions(in text: ScalarText, orPairsOf firsts: ScalarBitmap, _ seconds: ScalarBitmap) -> [Int] {
        @inline(__always) func member(_ bits: UnsafeBufferPointer<UInt64>, _ scalar: UInt32) -> Bool {
            scalar < 0x10000 && bits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
        }
        return bits.withUnsafeBufferPointer { singles in
            firsts.bits.withUnsafeBufferPointer { firsts in
                seconds.bits.withUnsafeBufferPointer { seconds in
                    text.withScalars { scalars in
                        var result: [Int] = []
                        for index in scalars.indices {
                            let scalar = scalars[index]
                            if member(singles, scalar)
                                || (member(firsts, scalar) && index + 1 < scalars.count && member(seconds, scalars[index + 1])) {
                                result.append(index)
                            }
                        }
                        return result
                    }
                }
            }
        }
    }
}
