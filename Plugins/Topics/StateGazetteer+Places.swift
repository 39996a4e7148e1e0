import Gazetteer

extension StateGazetteer {
    /// Counts the States, territories and regions named in UTF-8 text, by gazetteer entry.
    func countPlaces(in utf8: UnsafeBufferPointer<UInt8>, into counts: inout [Int: Int]) {
        forEachMatch(inUTF8: utf8, options: [.territories, .regions]) { match in
            guard !match.isAdjective else { return }
            counts[match.entryIndex, default: 0] += 1
        }
    }

    /// The places of a result, most mentioned first, named in the document's language.
    func places(_ counts: [Int: Int], chinese: Bool) -> [TopicsData.Place] {
        counts.map { entryIndex, count in
            let entry = entries[entryIndex]
            return TopicsData.Place(code: entry.code, name: chinese ? entry.chinese : entry.english, mentions: count)
        }.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.code < $1.code }
    }
}
