/// A bounds check of a ZIP archive's structure, run before ZIPFoundation sees the bytes.
///
/// ZIPFoundation 0.9.20 trusts the offsets it reads: its in-memory archive traps ("Range requires lowerBound <=
/// upperBound") when an offset points past the end of the data, and ZIP64 fields above `Int64.max` trap in its
/// `off_t` conversions. One crafted 200-byte file dropped in the inbox would crash the daemon, and crash it
/// again after every restart, because the file is retried from `state/processing/` (found by fuzzing, see
/// `Fuzz/regressions/`). This check follows the same path ZIPFoundation reads — end-of-central-directory record
/// found by a backwards scan, central directory entries, local headers, data descriptors — and refuses the
/// archive unless every position it will seek to lies inside the data. ZIP64 is refused outright: a Word
/// document needs it only past 4 GiB, far above `[intake] max_bytes`.
enum ZIPStructure {
    /// Why ZIPFoundation must not open `bytes`, or `nil` when every offset it reads stays inside them.
    static func problem(in bytes: [UInt8]) -> String? {
        let count = bytes.count
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= count ? Int(bytes[at]) | Int(bytes[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard at >= 0, at + 4 <= count else { return nil }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        // ZIPFoundation's scan: the first end-of-central-directory signature found going backwards from count - 22.
        var eocd: Int?
        var index = endRecordSize
        while index <= count {
            if u32(count - index) == endSignature { eocd = count - index; break }
            index += 1
        }
        guard let eocd else { return "no end-of-central-directory record" }
        guard eocd + endRecordSize <= count, let entries = u16(eocd + 10), let directorySize = u32(eocd + 12),
              let directoryOffset = u32(eocd + 16)
        else { return "truncated end-of-central-directory record" }
        if eocd >= zip64LocatorSize, u32(eocd - zip64LocatorSize) == zip64LocatorSignature { return "ZIP64 archive" }
        if entries == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF { return "ZIP64 archive" }
        guard directoryOffset <= count else { return "central directory starts past the end" }

        var position = directoryOffset
        for entry in 0..<entries {
            guard u32(position) == directorySignature, position + directoryEntrySize <= count,
                  let method = u16(position + 10),
                  let compressed = u32(position + 20), let uncompressed = u32(position + 24),
                  let nameLength = u16(position + 28), let extraLength = u16(position + 30),
                  let commentLength = u16(position + 32), let localOffset = u32(position + 42)
            else { return "central directory entry \(entry) is truncated or has no signature" }
            let extraStart = position + directoryEntrySize + nameLength
            guard extraStart + extraLength <= count else { return "central directory entry \(entry) runs past the end" }
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF
                || hasZIP64Field(bytes, from: extraStart, length: extraLength)
            {
                return "ZIP64 entry \(entry)"
            }
            guard u32(localOffset) == localSignature, localOffset + localHeaderSize <= count,
                  let localNameLength = u16(localOffset + 26), let localExtraLength = u16(localOffset + 28)
            else { return "entry \(entry): local header missing or truncated" }
            let localExtraStart = localOffset + localHeaderSize + localNameLength
            guard localExtraStart + localExtraLength <= count else { return "entry \(entry): local header runs past the end" }
            if hasZIP64Field(bytes, from: localExtraStart, length: localExtraLength) { return "ZIP64 entry \(entry)" }
            let dataStart = localExtraStart + localExtraLength
            let dataSize = method == 0 ? uncompressed : compressed
            // Also covers the data descriptor ZIPFoundation reads right after the data (general purpose bit 3).
            guard dataStart + max(compressed, dataSize) <= count else { return "entry \(entry): data runs past the end" }
            position = extraStart + extraLength + commentLength
        }
        return nil
    }

    /// Whether an extra field holds a ZIP64 record, walking it exactly as ZIPFoundation does.
    private static func hasZIP64Field(_ bytes: [UInt8], from start: Int, length: Int) -> Bool {
        var offset = 0
        while offset < length - 4 {
            let at = start + offset
            let headerID = Int(bytes[at]) | Int(bytes[at + 1]) << 8
            let size = Int(bytes[at + 2]) | Int(bytes[at + 3]) << 8
            let next = offset + 4 + size
            guard next <= length else { return false }
            if headerID == 0x0001 { return true }
            offset = next
        }
        return false
    }

    private static let endSignature = 0x0605_4B50
    private static let endRecordSize = 22
    private static let zip64LocatorSignature = 0x0706_4B50
    private static let zip64LocatorSize = 20
    private static let directorySignature = 0x0201_4B50
    private static let directoryEntrySize = 46
    private static let localSignature = 0x0403_4B50
    private static let localHeaderSize = 30
}
