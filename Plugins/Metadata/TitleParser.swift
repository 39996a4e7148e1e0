import Foundation
import PluginAPI

/// What a title says: the kind of document, its date, who writes to whom.
struct TitleFacts: Equatable {
    var kind: String = "other"
    var date: String?
    var senderText: String?
    var recipientText: String?
}

/// Reads titles in Chinese, English, French and Spanish.
///
///     zh:  date sender "给" recipient ("的信" | "的同文信" | "的普通照会")      sender "的说明"      … "的报告"
///     en:  ("Letter" | "Identical letters" | "Note verbale") " dated " date " from " sender " addressed to " recipient
///          "Note by " sender        "Statement by " sender        "Report of " sender " on " …     "Resolution " N (YYYY)
///          "Resolution adopted by " organ " on " date
///     fr:  ("Lettre" | "Lettres identiques" | "Note verbale") " datée(s) du " date ", adressée(s) à " recipient " par " sender
///     es:  ("Carta" | "Cartas idénticas" | "Nota verbal") " de fecha " date " dirigida(s) a " recipient " por " sender
enum TitleParser {
    static func parse(_ title: String) -> TitleFacts {
        let trimmed = UTF8Scan.trimmed(title)
        let isChinese = trimmed.unicodeScalars.prefix(24).contains { $0.value >= 0x2E80 && $0.value < 0xA000 }
        return isChinese ? chinese(trimmed) : latin(trimmed)
    }

    // MARK: Chinese

    private static let to = Array("给".utf8)
    private static let about = Array("关于".utf8)

    private static func chinese(_ title: String) -> TitleFacts {
        var facts = TitleFacts()
        let bytes = Array(title.utf8)
        var rest = withoutFootnoteMark(UTF8Scan.removingSpaces(title))
        if let date = DateParser.chinese(bytes, at: UTF8Scan.skipSpace(bytes, from: 0)) {
            facts.date = date.iso
            rest = withoutFootnoteMark(UTF8Scan.removingSpaces(String(decoding: bytes[date.end...], as: UTF8.self)))
        }
        let letterEndings: [(String, String)] = [("的同文信", "letter"), ("的信", "letter"), ("的普通照会", "note-verbale")]
        if let (ending, kind) = letterEndings.first(where: { rest.hasSuffix($0.0) }), let parts = UTF8Scan.split(rest, at: to) {
            facts.kind = kind
            facts.senderText = parts.before
            facts.recipientText = String(parts.after.dropLast(ending.count))
        } else if rest.hasSuffix("主席声明") || rest.hasSuffix("主席的声明") {
            facts.kind = "presidential-statement"
            facts.senderText = String(rest.dropLast(rest.hasSuffix("主席声明") ? 2 : 3))
        } else if rest.hasSuffix("的说明") {
            facts.kind = "note"
            facts.senderText = String(rest.dropLast(3))
        } else if rest.hasSuffix("的报告") || rest.hasSuffix("次报告") || rest.hasSuffix("特别报告") {
            // "…的报告", "…的第十五次报告", "秘书长关于…的特别报告".
            facts.kind = "report"
            let author = UTF8Scan.split(rest, at: about)?.before ?? String(rest.dropLast(3))
            facts.senderText = author.isEmpty ? nil : author
        } else if rest.hasSuffix("号决议"), rest.hasPrefix("第") {
            facts.kind = "resolution"
        } else if rest.hasSuffix("通过的决议") {
            // "大会 2015 年 9 月 25 日通过的决议": the date of adoption is inside the title.
            facts.kind = "resolution"
            facts.date = DateParser.first(in: bytes)?.iso
        } else if rest.hasSuffix("的声明") {
            facts.kind = "statement"
            facts.senderText = String(rest.dropLast(3))
        }
        return facts
    }

    /// The text without the footnote asterisks a title may end with ("秘书长的报告*", "Report of the Secretary-General*").
    static func withoutFootnoteMark(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last == "*" || last == "＊" { scalars.removeLast() }
        return String(scalars)
    }

    // MARK: English, French, Spanish

    private static let letterForms: [(prefix: String, kind: String)] = [
        ("Identical letters", "letter"), ("Letter", "letter"), ("Note verbale", "note-verbale"), ("Lettres identiques", "letter"),
        ("Lettre", "letter"), ("Cartas idénticas", "letter"), ("Carta", "letter"), ("Nota verbal", "note-verbale"),
    ]

    private static func latin(_ title: String) -> TitleFacts {
        var facts = TitleFacts()
        if let form = letterForms.first(where: { title.hasPrefix($0.prefix) }) {
            facts.kind = form.kind
            facts.date = date(after: ["dated ", "datée du ", "datées du ", "de fecha "], in: title)
            if let (head, recipient) = UTF8Scan.split(title, at: Array(" addressed to ".utf8)) {
                facts.recipientText = stripArticle(recipient)
                if let sender = UTF8Scan.split(head, at: Array(" from ".utf8))?.after {
                    facts.senderText = stripArticle(sender)
                }
            } else if let addressed = firstRange(of: [", adressée à ", ", adressée au ", ", adressées au ", ", adressée aux ", " adressée au ", " adressée à ", " dirigida al ", " dirigida a ", " dirigidas al ", " dirigidas a "], in: title) {
                let rest = title[addressed.upperBound...]
                if let by = firstRange(of: [" par ", " por "], in: String(rest)) {
                    let restText = String(rest)
                    facts.recipientText = stripArticle(String(restText[..<by.lowerBound]))
                    facts.senderText = stripArticle(String(restText[by.upperBound...]))
                } else {
                    facts.recipientText = stripArticle(String(rest))
                }
            } else if let sender = UTF8Scan.split(title, at: Array(" from ".utf8))?.after {
                facts.senderText = stripArticle(sender)
            }
        } else if let rest = after(["Statement by the President of the Security Council", "Déclaration du Président du Conseil de sécurité", "Declaración de la Presidencia del Consejo de Seguridad"], in: title), rest.isEmpty {
            facts.kind = "presidential-statement"
            facts.senderText = stripArticle(String(title.drop { $0 != " " }.dropFirst().drop { $0 != " " }))
        } else if let sender = after(["Note by ", "Note du ", "Note de la ", "Nota de la ", "Nota del "], in: title) {
            facts.kind = "note"
            facts.senderText = stripArticle(sender)
        } else if let sender = after(["Statement by ", "Déclaration du ", "Declaración de la ", "Declaración del "], in: title) {
            facts.kind = "statement"
            facts.senderText = stripArticle(sender)
        } else if let rest = after(["Report of ", "Rapport du ", "Informe del "], in: title) ?? TitleLocator.qualifiedReportRest(title) {
            facts.kind = "report"
            let author = firstRange(of: [" on ", " concerning ", " pursuant to ", " sur ", " sobre "], in: rest).map { String(rest[..<$0.lowerBound]) } ?? rest
            facts.senderText = stripArticle(author)
        } else if after(["Resolution ", "Résolution ", "Resolución "], in: title)?.unicodeScalars.first.map({ $0.properties.numericType != nil }) == true {
            facts.kind = "resolution"
        } else if title.hasPrefix("Resolution adopted by ") || title.hasPrefix("Résolution adoptée par ") || title.hasPrefix("Resolución aprobada por ") {
            // "Resolution adopted by the General Assembly on 2 March 2023".
            facts.kind = "resolution"
            facts.date = date(after: [" on ", " le ", " el "], in: title)
        }
        return facts
    }

    private static func after(_ prefixes: [String], in text: String) -> String? {
        for prefix in prefixes where text.hasPrefix(prefix) { return String(text.dropFirst(prefix.count)) }
        return nil
    }

    /// The range of whichever of `needles` occurs first in `text` (byte search, no Foundation).
    private static func firstRange(of needles: [String], in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        let found = needles.compactMap { needle in UTF8Scan.offset(of: Array(needle.utf8), in: text).map { ($0, needle.utf8.count) } }
        guard let (offset, length) = found.min(by: { $0.0 < $1.0 }) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: length)
    }

    private static func date(after markers: [String], in text: String) -> String? {
        guard let marker = firstRange(of: markers, in: text) else { return nil }
        let bytes = Array(text[marker.upperBound...].utf8)
        return DateParser.parse(bytes, at: 0)?.iso
    }

    private static func stripArticle(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first == " " || first == "," || first == "." { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "," || last == "." || last == "*" { scalars.removeLast() }
        var result = String(scalars)
        for article in ["the ", "le ", "la ", "l’", "l'", "el ", "los ", "les "] where result.hasPrefix(article) {
            result = String(result.dropFirst(article.count))
            break
        }
        return result
    }
}
