import Gazetteer
import PluginAPI

extension StateGazetteer {
    /// The States (and territories) named in a paragraph, from the document's shared scan (`matches`, see
    /// ``Gazetteer/StateGazetteer/paragraphMatches(in:)``), as scalar ranges of `text`.
    func stateHits(in text: ScalarText, matches: [GazetteerMatch]) -> [StateHit] {
        var hits: [StateHit] = []
        for match in matches where MatchOptions.default.admits(match) {
            let start = text.index(ofUTF8: match.utf8Range.lowerBound)
            let end = text.index(ofUTF8: match.utf8Range.upperBound)
            hits.append(StateHit(start: start, end: end, code: match.code))
        }
        return hits
    }
}
