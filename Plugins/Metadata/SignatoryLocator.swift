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

    private static let markStarts = ["签名", "签字", "(Sig", "(Firm"].map { Array($0.utf8) }

    /// One pass over the bytes: `(` followed by `Sig`/`Firm`, or `签` (E7 AD BE) followed by `名`/`字`.
    private static func hasMark(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if byte == 0x28, i + 4 < n, (bytes[i + 1] == 0x53 && bytes[i + 2] == 0x69) || (bytes[i + 1] == 0x46 && bytes[i + 2] == 0x69) {
                    return true
                }
                if byte == 0xE7, i + 2 < n, bytes[i + 1] == 0xAD, bytes[i + 2] == 0xBE { return true }
                i += 1
            }
            return false
        }
        return found ?? markStarts.contains { UTF8Scan.contains($0, in: text) }
    }

    /// The first signature of the document: the paragraph holding a mark is cut into source lines together with
    /// its neighbours, so that a block the normalizer joined is read line by line.
    static func locate(in paragraphs: [Paragraph]) -> Signatory? {
        for index in paragraphs.indices where hasMark(paragraphs[index].folded) {
            if let found = locate(inLines: paragraphs.pieces((index - 3)..<(index + 4))) { return found }
        }
        return nil
    }

    /// The first signature among paragraphs that are source lines.
    static func locate(inLines paragraphs: [Paragraph]) -> Signatory? {
        for index in paragraphs.indices {
            guard markStarts.contains(where: { UTF8Scan.contains($0, in: paragraphs[index].folded) }) else { continue }
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
        guard var title = lines.first else { return nil }
        for k in lines.indices.dropFirst() {
            title += lines[k - 1].unicodeScalars.count >= 30 ? " " : ", "
            title += lines[k]
        }
        return title
    }

    private static let sentenceEnds: [String] = ["。", "；", "：", ":", ";", ".", "，", ",", "荷"]

    private static func isTitleLine(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 120 else { return false }
        // "Chargé d'affaires a.i." ends with a full stop but is no sentence; a long line ending so is one.
        let words = UTF8Scan.wordCount(text)
        if sentenceEnds.contains(where: { UTF8Scan.hasSuffix(text, $0) }), !(UTF8Scan.hasSuffix(text, ".") && words <= 4) { return false }
        guard HeaderLine.isHeader(text) == false else { return false }
        return !UTF8Scan.contains("。", in: text) && !UTF8Scan.contains("http", in: text)
    }
}
