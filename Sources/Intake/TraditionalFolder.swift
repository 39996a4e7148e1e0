/// Folds Traditional Chinese characters to Simplified ones without changing the UTF-8 length, so that a byte
/// range found in the folded text is the same range in the original.
enum TraditionalFolder {
    /// Maps a BMP scalar to its Simplified form (0 when there is none); built once from the generated table.
    private static let table: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x10000)
        var source: UInt32?
        for scalar in TraditionalFoldTable.pairs.unicodeScalars {
            if let from = source {
                if from < 0x10000, scalar.value < 0x10000 { table[Int(from)] = UInt16(scalar.value) }
                source = nil
            } else {
                source = scalar.value
            }
        }
        return table
    }()

    /// The folded bytes, or `nil` when no character needed folding.
    static func fold(_ bytes: [UInt8]) -> [UInt8]? {
        var changes: [(index: Int, target: UInt16)] = []
        Self.table.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { bytes in
                var index = 0
                let count = bytes.count
                while index < count {
                    let lead = bytes[index]
                    // Only 3-byte sequences (U+0800…U+FFFF) can be folded; CJK ideographs start with E3…E9.
                    guard lead >= 0xE3, lead <= 0xE9, index + 2 < count else {
                        index += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                        continue
                    }
                    let scalar = (Int(lead & 0x0F) << 12) | (Int(bytes[index + 1] & 0x3F) << 6) | Int(bytes[index + 2] & 0x3F)
                    let target = table[scalar]
                    if target >= 0x800 { changes.append((index, target)) }
                    index += 3
                }
            }
        }
        guard !changes.isEmpty else { return nil }
        var output = bytes
        for (index, target) in changes {
            output[index] = 0xE0 | UInt8(target >> 12)
            output[index + 1] = 0x80 | UInt8((target >> 6) & 0x3F)
            output[index + 2] = 0x80 | UInt8(target & 0x3F)
        }
        return output
    }
}
