import PluginAPI

extension Paragraph {
    /// The paragraph cut back into its source lines, one paragraph per line, white space trimmed.
    ///
    /// Titles, signature blocks and annex headings are laid out in lines; the normalizer may join such a line
    /// with its neighbours (a title with the first sentence, an annex heading with the annex title). The rules
    /// that read layout work on these pieces.
    var sourceLinePieces: [Paragraph] {
        guard segments.count > 1 else { return [self] }
        let textBytes = Array(text.utf8)
        let foldedBytes = folded == text ? textBytes : Array(folded.utf8)
        let aligned = foldedBytes.count == textBytes.count
        var pieces: [Paragraph] = []
        pieces.reserveCapacity(segments.count)
        for (k, segment) in segments.enumerated() {
            let start = min(segment.utf8Offset, textBytes.count)
            let end = k + 1 < segments.count ? min(segments[k + 1].utf8Offset, textBytes.count) : textBytes.count
            guard start < end else { continue }
            let pieceText = UTF8Scan.trimmed(UTF8Scan.string(textBytes, start, end))
            guard !pieceText.isEmpty else { continue }
            let pieceFolded = aligned ? UTF8Scan.trimmed(UTF8Scan.string(foldedBytes, start, end)) : pieceText
            pieces.append(Paragraph(kind: kind, text: pieceText, folded: pieceFolded, annex: annex, segments: [Segment(utf8Offset: 0, line: segment.line)]))
        }
        return pieces
    }
}

extension Array where Element == Paragraph {
    /// The source-line pieces of the paragraphs in `range` (clamped), in order.
    func pieces(_ range: Range<Int>) -> [Paragraph] {
        let clamped = range.clamped(to: indices)
        return self[clamped].flatMap(\.sourceLinePieces)
    }
}
