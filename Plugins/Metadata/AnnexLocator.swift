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
        if !normalized.annexes.isEmpty {
            return normalized.annexes.map { Annex(title: $0.title ?? $0.heading, line: $0.titleLine ?? $0.line) }
        }
        let paragraphs = normalized.paragraphs
        var annexes: [Annex] = []
        var index = 0
        while index < paragraphs.count {
            guard let headingEnd = headingEnd(paragraphs, at: index) else {
                index += 1
                continue
            }
            let heading = UTF8Scan.trimmed(paragraphs[index].text)
            if let (title, line, end) = title(paragraphs, from: headingEnd) {
                annexes.append(Annex(title: title, line: line))
                index = end
            } else {
                annexes.append(Annex(title: heading, line: paragraphs[index].sourceLines.lowerBound))
                index = headingEnd
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
        for word in ["附件", "附文"] where text.hasPrefix(word) {
            if text.dropFirst(2).unicodeScalars.allSatisfy(chineseNumerals.contains) { return index + 1 }
        }
        let stripped = text.trimmingCharacters(in: chineseNumerals)
        if stripped.hasSuffix("的附件") || stripped.hasSuffix("的附文"), !text.contains("。") { return index + 1 }
        for word in ["Annex", "Enclosure", "Annexe", "Anexo", "Pièce jointe"] where text.hasPrefix(word) {
            let rest = UTF8Scan.trimmed(String(text.dropFirst(word.count)))
            if rest.unicodeScalars.allSatisfy(romanOrDigits.contains) { return index + 1 }
            let afterNumber = rest.drop { romanOrDigits.contains($0.unicodeScalars.first ?? " ") }.trimmingCharacters(in: .whitespaces)
            if ["to the ", "to ", "à la ", "au ", "de la ", "a la "].contains(where: afterNumber.hasPrefix) {
                return continuationEnd(paragraphs, from: index)
            }
        }
        return nil
    }

    private static let fullStop = Array("。".utf8)
    private static let comma = Array("，".utf8)
    private static let headingFirsts: [Unicode.Scalar] = ["附", "A", "E", "P"]
    private static let headingLasts: [Unicode.Scalar] = ["件", "文", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "*"]

    /// A cheap test on the first and last visible characters, so that body paragraphs are not copied.
    private static func mayBeHeading(_ text: String) -> Bool {
        guard let ends = UTF8Scan.visibleEnds(text) else { return false }
        return headingFirsts.contains(ends.first) || headingLasts.contains(ends.last)
    }

    /// A wrapped English heading ("Annex to the letter dated … from the Permanent" / "Representative of …").
    private static func continuationEnd(_ paragraphs: [Paragraph], from index: Int) -> Int {
        var text = UTF8Scan.trimmed(paragraphs[index].text)
        var end = index + 1
        while end < paragraphs.count, end < index + 4 {
            let next = UTF8Scan.trimmed(paragraphs[end].text)
            let lastWord = text.split(separator: " ").last.map(String.init) ?? ""
            let unfinished = ["of", "the", "to", "from", "and", "addressed", "by"].contains(lastWord) || (next.unicodeScalars.first?.properties.isLowercase ?? false)
                || !text.contains("addressed to")
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
            let lastWord = current.split(separator: " ").last.map { $0.lowercased() } ?? ""
            return first.properties.isLowercase || ["of", "the", "to", "on", "and", "for", "in", "by", "from", "de", "la", "du", "del"].contains(lastWord)
        }
        // A Chinese title line wraps only when the line above is full (about 30 characters or more).
        let lineIsFull = current.unicodeScalars.count >= 28
        let nextIsHeading = next.hasPrefix("一.") || next.hasPrefix("摘要") || next.first?.isNumber == true || next.hasPrefix("(")
        return lineIsFull && !nextIsHeading
    }
}
