import CitationsPlugin
import Foundation
import PluginAPI

/// Finds the document's title among its first paragraphs and joins the lines it was wrapped over.
///
/// The normalizer marks titles (``PluginAPI/Paragraph/Kind/title``); when it did not, the first paragraphs are
/// read for a title form: a Chinese date followed by "给…的信/普通照会", "…的说明", "…的报告", "第 N (YYYY)号决议";
/// "Letter dated", "Identical letters dated", "Note verbale dated", "Note by", "Statement by", "Report of",
/// "Resolution N (YYYY)" and their French and Spanish forms.
struct TitleLocator {
    /// A located title.
    struct Title {
        var text: String
        /// Index of the first paragraph of the title and one past the last.
        var paragraphs: Range<Int>
        var line: Int
    }

    private static let latinStarts = [
        "Letter dated", "Identical letters dated", "Note verbale dated", "Letter from", "Note by", "Statement by",
        "Report of the", "Resolution ", "Lettre datée", "Lettres identiques datées", "Note verbale datée", "Note du",
        "Note de la", "Déclaration du", "Rapport du", "Résolution ", "Carta de fecha", "Cartas idénticas de fecha",
        "Nota verbal de fecha", "Nota de la", "Nota del", "Declaración de la", "Declaración del", "Informe del",
        "Resolución ",
    ]
    private static let fullStop = Array("。".utf8)
    private static let to = Array("给".utf8)
    private static let comma = Array("，".utf8)
    private static let chineseEndings = ["的信", "的同文信", "的普通照会", "的说明", "的报告", "主席声明", "主席的声明", "号决议"]

    /// The title of a document, found in the source lines of its first paragraphs; `nil` when none has a title
    /// form. (The normalizer's `title` paragraphs are not trusted blindly: a masthead block can be taken for one.)
    /// The returned ranges index the pieces, which are returned too.
    static func locate(in document: [Paragraph]) -> (title: Title, pieces: [Paragraph])? {
        // Titles open the document: the first paragraphs, up to about 6 KB, are enough.
        var count = 0
        var bytes = 0
        while count < min(16, document.count), document[count].annex == 0, bytes < 6000 {
            bytes += document[count].text.utf8.count
            count += 1
        }
        let pieces = document.pieces(0..<count)
        guard let title = locate(inLines: pieces) else { return nil }
        return (title, pieces)
    }

    private static func startsWithChineseDate(_ text: String) -> Bool {
        let head = Array(text.utf8.prefix(48))
        return DateParser.chinese(head, at: UTF8Scan.skipSpace(head, from: 0)) != nil
    }

    /// The normalizer's title, kept as printed when no title form was found (the kind stays `other`), unless it
    /// is a masthead ("United Nations  S/2021/1083  Security Council  Distr.: General").
    static func normalizerTitle(in paragraphs: [Paragraph]) -> String? {
        guard let first = paragraphs.first(where: { $0.kind == .title }) else { return nil }
        let text = UTF8Scan.trimmed(first.text)
        guard !text.isEmpty, text.utf8.count <= 400, !UTF8Scan.contains("Distr", in: text),
            !first.sourceLinePieces.contains(where: { HeaderLine.isHeader($0.text) })
        else { return nil }
        return text
    }

    /// The title among `paragraphs` taken as lines.
    static func locate(inLines paragraphs: [Paragraph]) -> Title? {
        var seen = 0
        for (index, paragraph) in paragraphs.enumerated() where paragraph.annex == 0 {
            seen += 1
            if seen > 30 { break }
            let text = UTF8Scan.trimmed(paragraph.folded)
            if latinStarts.contains(where: { UTF8Scan.hasPrefix(text, $0) }) {
                return latinTitle(paragraphs, from: index)
            }
            if let chinese = chineseTitle(paragraphs, from: index) { return chinese }
        }
        return nil
    }

    private static func join(_ paragraphs: ArraySlice<Paragraph>) -> String {
        joinLines(paragraphs.map(\.text))
    }

    /// Joins title lines: a space between Latin words, nothing between Chinese characters.
    static func joinLines(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            let text = UTF8Scan.trimmed(line)
            if let last = out.unicodeScalars.last, let first = text.unicodeScalars.first, last.isASCII || first.isASCII {
                out += " "
            }
            out += text
        }
        return out
    }

    /// A Chinese title starting at `index`: a date-led letter title, or a short title ending in a title form;
    /// joined over at most four lines until it ends with one of ``chineseEndings``.
    private static func chineseTitle(_ paragraphs: [Paragraph], from index: Int) -> Title? {
        let first = Array(paragraphs[index].folded.utf8.prefix(48))
        let leadingDate = DateParser.chinese(first, at: UTF8Scan.skipSpace(first, from: 0))
        // A date alone on its line is the distribution date of the masthead, not the start of a title.
        if let date = leadingDate, UTF8Scan.skipSpace(first, from: date.end) >= paragraphs[index].folded.utf8.count { return nil }
        let startsWithDate = leadingDate != nil
        let startsWithResolution = first.starts(with: Array("第".utf8))
        // A title that is neither dated nor a resolution is short ("安全理事会主席的说明").
        guard startsWithDate || startsWithResolution || paragraphs[index].folded.utf8.count <= 200 else { return nil }
        var end = index
        var text = ""
        while end < paragraphs.count, end < index + 4 {
            let piece = UTF8Scan.trimmed(paragraphs[end].folded)
            if UTF8Scan.contains(fullStop, in: piece) || (end > index && UTF8Scan.contains(comma, in: piece)) { break }
            if end > index, startsWithChineseDate(piece) { break }  // another dated line starts another title
            text += piece
            end += 1
            let compact = UTF8Scan.removingSpaces(text)
            if chineseEndings.contains(where: { UTF8Scan.hasSuffix(compact, $0) }) {
                let plausible = startsWithDate ? UTF8Scan.contains(to, in: compact) || !UTF8Scan.hasSuffix(compact, "的信") : (startsWithResolution || compact.unicodeScalars.count <= 60)
                guard plausible else { return nil }
                return Title(text: join(paragraphs[index..<end]), paragraphs: index..<end, line: paragraphs[index].sourceLines.lowerBound)
            }
            if !startsWithDate && !startsWithResolution { break }
        }
        return nil
    }

    private static let functionWords: Set<String> = ["of", "the", "to", "from", "and", "addressed", "by", "on", "a", "an", "for", "de", "du", "la", "le", "des", "al", "del", "el", "por", "par", "y", "et"]
    /// How the recipient of an English letter title ends; a title that stops elsewhere was wrapped.
    private static let recipientEndings = ["Council", "Secretary-General", "Assembly", "Committee", "Nations", "Commission", "Court", ")", "Secretariat", "Organization", "Office"]
    private static let bodyOpenings = ["I have the honour", "I am writing", "Mr. President", "Madam President", "Excellency", "The Permanent Mission", "J’ai l’honneur", "J'ai l'honneur", "Tengo el honor", "At the ", "Adopted by", "The Security Council"]

    /// An English (French, Spanish) title starting at `index`, joined while it is visibly unfinished.
    private static func latinTitle(_ paragraphs: [Paragraph], from index: Int) -> Title {
        var end = index + 1
        var text = UTF8Scan.trimmed(paragraphs[index].text)
        let isLetter = ["Letter", "Identical", "Note verbale", "Lettre", "Carta", "Nota verbal", "Lettres", "Cartas"].contains { UTF8Scan.hasPrefix(text, $0) }
        while end < paragraphs.count, end < index + 5 {
            let next = UTF8Scan.trimmed(paragraphs[end].text)
            guard let firstScalar = next.unicodeScalars.first, !next.isEmpty else { break }
            if bodyOpenings.contains(where: { UTF8Scan.hasPrefix(next, $0) }) || UTF8Scan.hasSuffix(text, ".") { break }
            let lastWord = UTF8Scan.lastWord(text)
            let addressed = ["addressed to", "adressée", "adressées", "dirigida", "dirigidas"].contains { UTF8Scan.contains($0, in: text) }
            let unfinished = functionWords.contains(lastWord)
                || firstScalar.properties.isLowercase
                || (isLetter && !addressed)
                || (isLetter && UTF8Scan.contains("addressed to", in: text) && !recipientEndings.contains { UTF8Scan.hasSuffix(text, $0) })
            guard unfinished else { break }
            text += " " + next
            end += 1
        }
        return Title(text: text, paragraphs: index..<end, line: paragraphs[index].sourceLines.lowerBound)
    }
}
