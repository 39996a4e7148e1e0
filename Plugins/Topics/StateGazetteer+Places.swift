import Gazetteer
import PluginAPI

extension StateGazetteer {
    /// Counts the States, territories and regions named in a document, by gazetteer entry, from the document's
    /// shared scan (``Gazetteer/StateGazetteer/paragraphMatches(in:)``).
    func countPlaces(in document: Document) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        let options: MatchOptions = [.territories, .regions]
        for matches in paragraphMatches(in: document) {
            for match in matches where options.admits(match) { counts[match.entryIndex, default: 0] += 1 }
        }
        return counts
    }

    /// The places of a result, most mentioned first, named in the document's language.
    func places(_ counts: [Int: Int], chinese: Bool) -> [TopicsData.Place] {
        counts.map { entryIndex, count in
            let entry = entries[entryIndex]
            return TopicsData.Place(code: entry.code, name: chinese ? entry.chinese : entry.english, mentions: count)
        }.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.code < $1.code }
    }
}
