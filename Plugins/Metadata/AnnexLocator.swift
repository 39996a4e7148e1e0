import CitationsPlugin
import Foundation
import PluginAPI

/// The annexes' titles with their lines.
///
/// The normalizer's ``PluginAPI/AnnexBoundary`` list is used when present. Otherwise annex headings are found
/// among the paragraphs — `附件`, `附件一`, `…的信的附件`, `Annex`, `Annex II`, `Annex to the letter dated …`,
/// `Enclosure` — and the title is the paragraph after the heading, joined over wrapped lines.
enum AnnexLocator {
    static func locate(in normalized: NormalizedText) -> [Annex] {
        let paragraphs = normalized.paragraphs
        if !normalized.annexes.isEmpty {
            return normalized.annexes.map { boundary in
                if let title = boundary.title { return Annex(title: title, line: boundary.titleLine ?? boundary.line) }
                // No title from the normalizer (joined with the first sentence?): read the lines after the heading.
                let lines = paragraphs.pieces(boundary.paragraphIndex..<(boundary.paragraphIndex + 3))
                if let end = headingEnd(lines, at: 0), let (title, line, _) = title(lines, from: end) { return Annex(title: title, line: line) }
                return Annex(title: boundary.heading, line: boundary.line)
            }
        }
        var annexes: [Annex] = []
        for index in paragraphs.indices where mayBeHeading(paragraphs[index].folded) {
            // Read the heading and the title line by line: the normalizer may have joined them.
            let lines = paragraphs.pieces(index..<(index + 3))
            guard let headingEnd = headingEnd(lines, at: 0) else { continue }
            if let (title, line, _) = title(lines, from: headingEnd) {
                annexes.append(Annex(title: title, line: line))
            } else {
                annexes.append(Annex(title: UTF8Scan.trimmed(lines[0].text), line: lines[0].sourceLines.lowerBound))
            }
        }
        return annexes
    }

    private static let chineseNumerals = CharacterSet(charactersIn: "一二三四五六七八九十*")
    private static let romanOrDigits = CharacterSet(charactersIn: "IVXLC0123456789*")

    /// One past the heading's last paragraph when an annex heading starts at `index`.
    private static func headingEnd(_ paragraphs: [Paragraph], at index: Int) -> Int? {
        guard mayBeHeading(paragraphs[index].folded) else { return nil }
        let text = UTF8Scan.trimmed(paragraphs[index].folded)
        guard text.utf8.count <= 400 else { return nil }
        for word in ["附件", "附文"] where UTF8Scan.hasPrefix(text, word) {
            if text.dropFirst(2).unicodeScalars.allSatisfy(chineseNumerals.contains) { return index + 1 }
        }
        if endsWithAnnexWord(text), isAttachmentOfLetter(text) { return index + 1 }
        for word in ["Annex", "Enclosure", "Annexe", "Anexo", "Pièce jointe"] where UTF8Scan.hasPrefix(text, word) {
            let rest = UTF8Scan.trimmed(String(text.dropFirst(word.count)))
            if rest.unicodeScalars.allSatisfy(romanOrDigits.contains) { return index + 1 }
            let afterNumber = UTF8Scan.trimmed(String(rest.drop { romanOrDigits.contains($0.unicodeScalars.first ?? " ") }))
            if ["to the ", "to ", "à la ", "au ", "de la ", "a la "].contains(where: afterNumber.hasPrefix) {
                return continuationEnd(paragraphs, from: index)
            }
        }
        return nil
    }

    private static let fullStop = Array("。".utf8)
    private static let comma = Array("，".utf8)
    private static let headingLasts: [Unicode.Scalar] = ["件", "文", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "*"]

    private static let annexWords = ["附件", "附文"].map { Array($0.utf8) }
    private static let numeralBytes = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].map { Array($0.utf8) }

    /// A cheap byte test, so that body paragraphs are not copied: `附…`, `Annex…`, or ending with `附件`/`附文`
    /// and perhaps a numeral.
    private static func mayBeHeading(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0D { start += 1 }
            guard start < bytes.count else { return false }
            let first = bytes[start]
            if first == 0xE9 || first == 0x41 || first == 0x45 || first == 0x50 { return true }  // 附 A E P
            var end = bytes.count
            while end > start {
                let byte = bytes[end - 1]
                if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x2A { end -= 1; continue }
                if end - start >= 3, numeralBytes.contains(where: { $0.elementsEqual(bytes[(end - 3)..<end]) }) { end -= 3; continue }
                break
            }
            return end - start >= 6 && annexWords.contains { $0.elementsEqual(bytes[(end - 6)..<end]) }
        }
        return found ?? true
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        UTF8Scan.isLayoutSpace(scalar) || headingLasts.contains(scalar) && scalar != "件" && scalar != "文"
    }

    /// Whether the text ends with 附件 or 附文, then perhaps a numeral ("…的信的附件", "附件三").
    private static func endsWithAnnexWord(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().drop(while: isNumeral).makeIterator()
        guard let last = scalars.next(), last == "件" || last == "文", scalars.next() == "附" else { return false }
        return true
    }

    /// "…的信的附件": the annex of a letter, note or statement named before it (no sentence punctuation).
    private static func isAttachmentOfLetter(_ text: String) -> Bool {
        !UTF8Scan.contains(fullStop, in: text) && UTF8Scan.contains("的附", in: text)
    }

    /// A wrapped English heading ("Annex to the letter dated … from the Permanent" / "Representative of …").
    private static func continuationEnd(_ paragraphs: [Paragraph], from index: Int) -> Int {
        var text = UTF8Scan.trimmed(paragraphs[index].text)
        var end = index + 1
        while end < paragraphs.count, end < index + 4 {
            let next = UTF8Scan.trimmed(paragraphs[end].text)
            let lastWord = UTF8Scan.lastWord(text)
            let unfinished = ["of", "the", "to", "from", "and", "addressed", "by"].contains(lastWord) || (next.unicodeScalars.first?.properties.isLowercase ?? false)
                || !UTF8Scan.contains("addressed to", in: text)
            guard unfinished, !next.isEmpty else { break }
            text += " " + next
            end += 1
        }
        return end
    }

    /// The title after a heading: one paragraph, joined with the next while both look like wrapped title lines.
    private static func title(_ paragraphs: [Paragraph], from index: Int) -> (String, Int, Int)? {
        guard index < paragraphs.count, headingEnd(paragraphs, at: index) == nil else { return nil }
        var text = UTF8Scan.trimmed(paragraphs[index].text)
        guard !text.isEmpty, text.utf8.count <= 600, paragraphs[index].kind != .numbered else { return nil }
        var end = index + 1
        while end < paragraphs.count, end < index + 4 {
            let next = UTF8Scan.trimmed(paragraphs[end].text)
            guard isWrapped(text, next) else { break }
            let spacer = text.unicodeScalars.last?.isASCII == true && next.unicodeScalars.first?.isASCII == true ? " " : ""
            text += spacer + next
            end += 1
        }
        return (text, paragraphs[index].sourceLines.lowerBound, end)
    }

    /// Whether `next` continues the title line `current` (a full-width line of a PDF, no sentence punctuation).
    private static func isWrapped(_ current: String, _ next: String) -> Bool {
        guard !next.isEmpty, !UTF8Scan.contains(fullStop, in: current), !UTF8Scan.contains(fullStop, in: next),
            !UTF8Scan.contains(comma, in: next), !UTF8Scan.contains(comma, in: current)
        else { return false }
        if let first = next.unicodeScalars.first, first.isASCII {
            let lastWord = UTF8Scan.lastWord(current)
            return first.properties.isLowercase || ["of", "the", "to", "on", "and", "for", "in", "by", "from", "de", "la", "du", "del"].contains(lastWord)
        }
        // A Chinese title line wraps only when the line above is full (about 30 characters or more).
        let lineIsFull = current.unicodeScalars.count >= 28
        let nextIsHeading = next.hasPrefix("一.") || next.hasPrefix("摘要") || next.first?.isNumber == true || next.hasPrefix("(")
        return lineIsFull && !nextIsHeading
    }
}
