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
        var found: [(headingLine: Int, annex: Annex)] = normalized.annexes.map { boundary in
            if let title = boundary.title, !isBracketNote(title) {
                return (boundary.line, Annex(title: title, line: boundary.titleLine ?? boundary.line))
            }
            // No title from the normalizer (joined with the first sentence? "[Original: Russian]" taken for it?):
            // read the lines after the heading.
            if let (annex, _) = annex(paragraphs, headingAt: boundary.paragraphIndex) { return (boundary.line, annex) }
            return (boundary.line, Annex(title: boundary.heading, line: boundary.line))
        }
        // Headings the normalizer did not mark (one wrapped over four lines, say) are read here; a heading the
        // normalizer printed on two paragraphs ("附件" / "…的信的附件") is one annex.
        let marked = Set(normalized.annexes.flatMap { [$0.paragraphIndex, $0.paragraphIndex + 1] })
        for (index, paragraph) in paragraphs.enumerated() where mayBeHeading(paragraph) && !marked.contains(index) {
            if let (annex, headingLine) = annex(paragraphs, headingAt: index) { found.append((headingLine, annex)) }
        }
        return found.sorted { $0.headingLine < $1.headingLine }.map(\.annex)
    }

    /// The annex whose heading starts at paragraph `index`, read line by line (the normalizer may have joined the
    /// heading and the title), and the heading's line; `nil` when no heading starts there. The title is the heading
    /// itself when none follows.
    private static func annex(_ paragraphs: [Paragraph], headingAt index: Int) -> (Annex, Int)? {
        let lines = paragraphs.pieces(index..<(index + 4))
        guard !lines.isEmpty else { return nil }
        // The heading may be a later line of the paragraph (joined with a signature line above it, say).
        let ownLines = min(lines.count, paragraphs[index].segments.count)
        guard let (heading, headingEnd) = (0..<max(ownLines, 1)).lazy.compactMap({ k in headingEnd(lines, at: k).map { (k, $0) } }).first
        else { return nil }
        var end = headingEnd
        let headingLine = lines[heading].sourceLines.lowerBound
        // "[Original: Russian]" / "[原件：俄文]" under the heading is no title.
        while end < lines.count, isBracketNote(UTF8Scan.trimmed(lines[end].text)) { end += 1 }
        if let (title, line, _) = title(lines, from: end) { return (Annex(title: title, line: line), headingLine) }
        return (Annex(title: UTF8Scan.trimmed(lines[heading].text), line: headingLine), headingLine)
    }

    /// A bracketed editorial note such as "[Original: Russian]", "[原件：俄文]".
    private static func isBracketNote(_ text: String) -> Bool {
        let trimmed = UTF8Scan.trimmed(text)
        return (UTF8Scan.hasPrefix(trimmed, "[") || UTF8Scan.hasPrefix(trimmed, "［")) && (UTF8Scan.hasSuffix(trimmed, "]") || UTF8Scan.hasSuffix(trimmed, "］"))
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
    /// How a heading can start (``headingEnd(_:at:)`` accepts no other start).
    private static let headingWords = ["附件", "附文", "Annex", "Enclosure", "Anexo", "Pièce jointe"].map { Array($0.utf8) }
    private static let numeralBytes = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].map { Array($0.utf8) }

    /// A cheap byte test, so that body paragraphs are not copied: `附件…`, `Annex…`, or ending with `附件`/`附文`
    /// and perhaps a numeral.
    private static func mayBeHeading(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { mayBeHeading($0, 0, $0.count) } ?? true
    }

    /// The byte test on `bytes[lower..<upper]`.
    private static func mayBeHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Bool {
        var start = lower
        while start < upper, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0D || bytes[start] == 0x0A { start += 1 }
        guard start < upper else { return false }
        // 附 A E P: the first bytes of the heading words, tested before the words themselves.
        let first = bytes[start]
        if first == 0xE9 || first == 0x41 || first == 0x45 || first == 0x50,
            headingWords.contains(where: { word in start + word.count <= upper && word.elementsEqual(bytes[start..<(start + word.count)]) })
        {
            return true
        }
        var end = upper
        while end > start {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == 0x2A { end -= 1; continue }
            // Chinese numerals and 件/文 start with E4, E5 or E6; anything else (ASCII, most text) ends the test.
            guard end - start >= 3, (0xE4...0xE6).contains(bytes[end - 3]) else { return false }
            if numeralBytes.contains(where: { $0.elementsEqual(bytes[(end - 3)..<end]) }) { end -= 3; continue }
            break
        }
        return end - start >= 6 && annexWords.contains { $0.elementsEqual(bytes[(end - 6)..<end]) }
    }

    /// Whether a paragraph may hold a heading: as a whole, or in one of its lines when it is a short block of lines
    /// (a heading joined with "[原件：俄文]" under it). The lines are tested in place, without copying them.
    private static func mayBeHeading(_ paragraph: Paragraph) -> Bool {
        let segments = paragraph.segments
        let found = paragraph.folded.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            if mayBeHeading(bytes, 0, bytes.count) { return true }
            // A heading joined with what follows it is not the last line of a block of at most four.
            guard segments.count > 1, segments.count <= 4, bytes.count <= 600 else { return false }
            for k in segments.indices.dropLast() {
                let lower = min(segments[k].utf8Offset, bytes.count)
                let upper = k + 1 < segments.count ? min(segments[k + 1].utf8Offset, bytes.count) : bytes.count
                if lower < upper, mayBeHeading(bytes, lower, upper) { return true }
            }
            return false
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
