import PluginAPI

/// How a source line begins a new block, if it does: "12." numbered paragraph, "(a)" sub-item, "一. 导言" /
/// "II. …" heading, a bullet, an annex heading ("附件三", "Annex II") or a footnote ("2 从 2019 年…").
struct BlockStart: Equatable {
    enum Marker: Equatable {
        case numbered, subItem, heading, bullet, annexHeading, footnote
    }

    var marker: Marker
    /// The label without punctuation ("12", "a", "二", "II"), when the marker has one.
    var label: String?
    /// Bytes to drop from the start of the line (a bullet and its space); 0 keeps the marker in the text.
    var dropPrefix: Int = 0
    /// The marker is all the line holds ("11." alone: PDF-to-text often puts a hanging number on its own line).
    var wholeLine = false

    /// Detects a block start at the beginning of trimmed line content `bytes[start..<end]`.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> BlockStart? {
        guard start < end else { return nil }
        let first = bytes[start]
        if UTF8Scan.isDigit(first) { return numbered(bytes, start, end) }
        if first == 0x28 { return subItem(bytes, start + 1, end, closing: 0x29, openLength: 1) }
        if UTF8Scan.isUpper(first) { return latinHeading(bytes, start, end) }
        let (scalar, length) = UTF8Scan.scalar(bytes, at: start)
        // A dash is a bullet only with a space after it and no lower-case word after that ("- Secretary-General …";
        // not "-5", nor "— the Government and …", a dash that a line break put at the start of a line).
        let dash = (scalar == 0x2D || scalar == 0x2013 || scalar == 0x2014) && start + length + 1 < end && bytes[start + length] == 0x20
            && !UTF8Scan.isLower(bytes[start + length + 1])
        switch dash ? 0x2022 : scalar {
        case 0xFF08: return subItem(bytes, start + length, end, closing: nil, openLength: length)  // （a）
        case 0xF0B7, 0x2022, 0x25AA, 0x25CF, 0x25E6, 0x2023, 0x2043, 0xF0A7, 0xF0D8:
            var drop = length
            while start + drop < end, bytes[start + drop] == 0x20 { drop += 1 }
            return BlockStart(marker: .bullet, label: nil, dropPrefix: drop)
        case 0x9644:  // 附 (附件 …)
            return chineseAnnex(bytes, start, end)
        default:
            return chineseHeading(bytes, start, end)
        }
    }

    /// A footnote line under a footnote rule: "1 从 …", "12 See …" (number, then space).
    static func footnote(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> BlockStart? {
        var index = start
        while index < end, index - start < 3, UTF8Scan.isDigit(bytes[index]) { index += 1 }
        guard index > start else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        // "1" alone: English PDF-to-text puts the footnote number on a line of its own.
        if index == end { return BlockStart(marker: .footnote, label: label, wholeLine: true) }
        guard bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        return BlockStart(marker: .footnote, label: label)
    }

    // "12. text" / "12．text" (1–3 digits, a full stop, then not a digit)
    private static func numbered(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> BlockStart? {
        var index = start
        while index < end, UTF8Scan.isDigit(bytes[index]) { index += 1 }
        guard index - start <= 3, index < end else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if bytes[index] == 0x2E {
            if index + 1 == end { return BlockStart(marker: .numbered, label: label, wholeLine: true) }
            guard !UTF8Scan.isDigit(bytes[index + 1]) else { return nil }
            return BlockStart(marker: .numbered, label: label)
        }
        let (scalar, _) = UTF8Scan.scalar(bytes, at: index)
        return scalar == 0xFF0E ? BlockStart(marker: .numbered, label: label) : nil
    }

    // "(a) ", "(iv) ", "(12) " and full-width "（a）"
    private static func subItem(_ bytes: UnsafeBufferPointer<UInt8>, _ labelStart: Int, _ end: Int, closing: UInt8?, openLength: Int) -> BlockStart? {
        var index = labelStart
        while index < end, UTF8Scan.isLower(bytes[index]) || UTF8Scan.isDigit(bytes[index]) || UTF8Scan.isUpper(bytes[index]) {
            index += 1
        }
        let length = index - labelStart
        guard length >= 1, length <= 4, index < end else { return nil }
        let closingLength = closing == nil ? 3 : 1
        let label = UnsafeBufferPointer(rebasing: bytes[labelStart..<index])
        let allDigits = label.allSatisfy(UTF8Scan.isDigit)
        let allLower = label.allSatisfy(UTF8Scan.isLower)
        let roman = label.allSatisfy { "ivxlIVXL".utf8.contains($0) }
        guard (allDigits && length <= 2) || (allLower && (length == 1 || roman)) || (roman && length <= 4) else { return nil }
        if let closing {
            guard bytes[index] == closing else { return nil }
        } else {
            let (scalar, _) = UTF8Scan.scalar(bytes, at: index)
            guard scalar == 0xFF09 else { return nil }
        }
        return BlockStart(marker: .subItem, label: String(decoding: label, as: UTF8.self), wholeLine: index + closingLength == end)
    }

    // "II. Title", "A. Title", "Annex", "Annex II", "ANNEX"
    private static func latinHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> BlockStart? {
        for word in annexWords where hasWord(bytes, start, end, word) {
            var index = start + word.count
            while index < end, bytes[index] == 0x20 { index += 1 }
            let rest = UnsafeBufferPointer(rebasing: bytes[index..<end])
            // "Annex", "Annex II", "Annex 2", optionally followed by "*"
            if rest.allSatisfy({ "IVXLC0123456789*".utf8.contains($0) }) {
                return BlockStart(marker: .annexHeading, label: rest.isEmpty ? nil : String(decoding: rest, as: UTF8.self))
            }
            return nil
        }
        var index = start
        while index < end, "IVXLC".utf8.contains(bytes[index]) { index += 1 }
        if index == start { index = start + 1 }  // a single capital letter: "A. Protection of civilians"
        guard index - start <= 5, index + 2 < end, bytes[index] == 0x2E, bytes[index + 1] == 0x20 else { return nil }
        var textStart = index + 1
        while textStart < end, bytes[textStart] == 0x20 { textStart += 1 }  // "I.    Introduction" (layout mode)
        guard textStart < end else { return nil }
        let next = bytes[textStart]
        guard UTF8Scan.isUpper(next) || next >= 0x80 else { return nil }
        return BlockStart(marker: .heading, label: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    // "一. 导言", "二、…", "十二．…"
    private static func chineseHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> BlockStart? {
        var index = start
        var count = 0
        while index < end {
            let (scalar, length) = UTF8Scan.scalar(bytes, at: index)
            guard chineseNumerals.contains(scalar) else { break }
            index += length
            count += 1
        }
        guard count >= 1, count <= 3, index < end else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        let (scalar, _) = UTF8Scan.scalar(bytes, at: index)
        guard scalar == 0x2E || scalar == 0xFF0E || scalar == 0x3001 else { return nil }
        return BlockStart(marker: .heading, label: label)
    }

    // "附件", "附件三", "附件一*" alone on the line
    private static func chineseAnnex(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> BlockStart? {
        let annex = annexCharacters
        guard end - start >= annex.count, annex.enumerated().allSatisfy({ bytes[start + $0.offset] == $0.element }) else { return nil }
        var index = start + annex.count
        while index < end {
            let (scalar, length) = UTF8Scan.scalar(bytes, at: index)
            guard chineseNumerals.contains(scalar) || scalar == 0x2A || UTF8Scan.isSpace(scalar) else { return nil }
            index += length
        }
        let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + annex.count)..<end]), as: UTF8.self)
        return BlockStart(marker: .annexHeading, label: label.isEmpty ? nil : label)
    }

    private static let annexWords: [[UInt8]] = ["Annex", "ANNEX", "Annexe", "Anexo", "Enclosure", "ENCLOSURE", "Appendix"].map { Array($0.utf8) }
    private static let annexCharacters: [UInt8] = Array("附件".utf8)

    private static func hasWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ utf8: [UInt8]) -> Bool {
        guard end - start >= utf8.count else { return false }
        for (offset, byte) in utf8.enumerated() where bytes[start + offset] != byte { return false }
        return end - start == utf8.count || bytes[start + utf8.count] == 0x20 || bytes[start + utf8.count] == 0x2A
    }

    /// 一 … 十, 百, 〇, 零
    static let chineseNumerals: Set<UInt32> = [0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x3007, 0x96F6]
}
