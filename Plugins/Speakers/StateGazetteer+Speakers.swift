import Gazetteer
import PluginAPI

extension StateGazetteer {
    /// The States named in a paragraph (its folded text), as scalar ranges of `text`, with the names as printed.
    func stateHits(in paragraph: Paragraph, text: ScalarText) -> [StateHit] {
        var hits: [StateHit] = []
        var folded = paragraph.folded
        folded.withUTF8 { buffer in
            forEachMatch(inUTF8: buffer) { match in
                guard !match.isAdjective else { return }
                let start = text.index(ofUTF8: match.utf8Range.lowerBound)
                let end = text.index(ofUTF8: match.utf8Range.upperBound)
                hits.append(StateHit(start: start, end: end, code: match.code, name: text.slice(paragraph.text, start, end)))
            }
        }
        return hits
    }
}
