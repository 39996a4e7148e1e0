import PluginAPI

/// The promises the plugin API makes about every ``Document`` the intake hands out, checked after each decode.
///
/// A fuzzed input that breaks one of them is a bug in the intake even when nothing crashed, because plugins
/// rely on them (they slice `text` with ranges found in `folded`, and point people at `line` numbers).
enum DocumentInvariants {
    /// What is wrong with `document`, one sentence per broken promise; empty when it is well formed.
    static func violations(in document: Document, byteCount: Int) -> [String] {
        var problems: [String] = []
        let lineCount = document.text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        if document.lines.count != lineCount {
            problems.append("lines has \(document.lines.count) elements but text has \(lineCount) lines")
        }
        if document.source.byteCount != byteCount {
            problems.append("source.byteCount is \(document.source.byteCount), the input had \(byteCount) bytes")
        }
        problems += violations(in: document.normalized, lineCount: lineCount)
        return problems
    }

    /// What is wrong with a normalized view of a text of `lineCount` lines.
    static func violations(in normalized: NormalizedText, lineCount: Int) -> [String] {
        var problems: [String] = []
        let lines = 1...max(lineCount, 1)
        for (index, paragraph) in normalized.paragraphs.enumerated() {
            let where_ = "paragraph \(index)"
            let length = paragraph.text.utf8.count
            if paragraph.folded.utf8.count != length {
                problems.append("\(where_): folded has \(paragraph.folded.utf8.count) UTF-8 bytes, text has \(length)")
            }
            if let first = paragraph.segments.first, first.utf8Offset != 0 {
                problems.append("\(where_): first segment starts at \(first.utf8Offset), not 0")
            }
            if paragraph.segments.isEmpty { problems.append("\(where_): no segments") }
            for (previous, next) in zip(paragraph.segments, paragraph.segments.dropFirst()) where next.utf8Offset < previous.utf8Offset {
                problems.append("\(where_): segment offsets go backwards (\(previous.utf8Offset) then \(next.utf8Offset))")
            }
            for segment in paragraph.segments {
                if segment.utf8Offset > length { problems.append("\(where_): segment offset \(segment.utf8Offset) beyond \(length) bytes") }
                if !lines.contains(segment.line) { problems.append("\(where_): segment line \(segment.line) outside 1...\(lineCount)") }
            }
            if paragraph.annex < 0 || paragraph.annex > normalized.annexes.count {
                problems.append("\(where_): annex \(paragraph.annex) but \(normalized.annexes.count) annexes")
            }
        }
        for link in normalized.links where !lines.contains(link.line) {
            problems.append("link \(link.url) on line \(link.line) outside 1...\(lineCount)")
        }
        for line in normalized.furniture.removedLines where !lines.contains(line) {
            problems.append("removed furniture line \(line) outside 1...\(lineCount)")
        }
        for (index, annex) in normalized.annexes.enumerated() {
            if !lines.contains(annex.line) { problems.append("annex \(index + 1) heading line \(annex.line) outside 1...\(lineCount)") }
            if let title = annex.titleLine, !lines.contains(title) {
                problems.append("annex \(index + 1) title line \(title) outside 1...\(lineCount)")
            }
            if !normalized.paragraphs.indices.contains(annex.paragraphIndex) {
                problems.append("annex \(index + 1) starts at paragraph \(annex.paragraphIndex) of \(normalized.paragraphs.count)")
            }
        }
        return problems
    }
}
