import CitationsPlugin
import Foundation
import PluginAPI

/// The person who signed: the name before `(签名)` or after `(Signed)`, with the title printed with it.
///
/// Chinese blocks print the titles above the name (`常驻代表` / `大使` / `莱昂·…(签名)`); English, French and
/// Spanish blocks print the name after `(Signed)` / `(Signé)` / `(Firmado)` and the titles below it.
enum SignatoryLocator {
    private static let chineseMarks = ["(签名)", "（签名）", "(签字)", "（签字）"].map { Array($0.utf8) }
    private static let latinMarks = ["(Signed)", "(Signé)", "(Signée)", "(Firmado)", "(Firmada)"].map { Array($0.utf8) }

    static func locate(in paragraphs: [Paragraph]) -> Signatory? {
        for index in paragraphs.indices {
            guard UTF8Scan.contains(0x28, in: paragraphs[index].folded) || UTF8Scan.contains(0xEF, in: paragraphs[index].folded) else { continue }
            let paragraph = paragraphs[index]
            let bytes = Array(paragraph.folded.utf8)
            for mark in chineseMarks {
                guard let at = UTF8Scan.firstIndex(of: mark, in: bytes) else { continue }
                let before = clean(paragraph.text, 0, at)
                let after = clean(paragraph.text, at + mark.count, bytes.count)
                let name = before.isEmpty ? after : before
                guard !name.isEmpty, name.unicodeScalars.count <= 40 else { continue }
                return Signatory(name: name, title: titleAbove(paragraphs, before: index))
            }
            for mark in latinMarks {
                guard let at = UTF8Scan.firstIndex(of: mark, in: bytes) else { continue }
                let name = clean(paragraph.text, at + mark.count, bytes.count)
                guard !name.isEmpty, name.unicodeScalars.count <= 80 else { continue }
                return Signatory(name: name, title: titleBelow(paragraphs, after: index))
            }
        }
        return nil
    }

    private static func clean(_ text: String, _ start: Int, _ end: Int) -> String {
        let bytes = Array(text.utf8)
        return UTF8Scan.trimmed(UTF8Scan.string(bytes, start, end))
    }

    /// Short lines directly above the name that are not sentences (`大使`, `常驻代表`, `安全理事会维持和平行动工作组` `主席`).
    private static func titleAbove(_ paragraphs: [Paragraph], before index: Int) -> String? {
        var lines: [String] = []
        var i = index - 1
        while i >= 0, lines.count < 3 {
            let text = UTF8Scan.trimmed(paragraphs[i].text)
            if text.isEmpty { i -= 1; continue }
            guard isTitleLine(text) else { break }
            lines.insert(text, at: 0)
            i -= 1
        }
        return lines.isEmpty ? nil : lines.joined(separator: " ")
    }

    /// Short lines directly below the name (`Ambassador`, `Permanent Representative of … to the United Nations`).
    private static func titleBelow(_ paragraphs: [Paragraph], after index: Int) -> String? {
        var lines: [String] = []
        var i = index + 1
        while i < paragraphs.count, lines.count < 3, paragraphs[i].annex == paragraphs[index].annex {
            let text = UTF8Scan.trimmed(paragraphs[i].text)
            guard isTitleLine(text), !text.hasPrefix("("), !text.hasPrefix("Annex"), !text.hasPrefix("Enclosure") else { break }
            lines.append(text)
            i += 1
        }
        // A long line followed by another is one title wrapped; short lines are separate titles ("Ambassador").
        var title = ""
        for line in lines {
            if let previous = title.split(separator: ",").last {
                title += previous.count >= 30 ? " " : ", "
            }
            title += line
        }
        return lines.isEmpty ? nil : title
    }

    private static let sentenceEnds: [String] = ["。", "；", "：", ":", ";", ".", "，", ",", "荷"]

    private static func isTitleLine(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 120 else { return false }
        // "Chargé d'affaires a.i." ends with a full stop but is no sentence; a long line ending so is one.
        let words = text.split(separator: " ").count
        if sentenceEnds.contains(where: text.hasSuffix), !(text.hasSuffix(".") && words <= 4) { return false }
        guard HeaderLine.isHeader(text) == false else { return false }
        return !text.contains("。") && !text.contains("http")
    }
}
