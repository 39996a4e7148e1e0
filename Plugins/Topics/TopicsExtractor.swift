import Foundation
import Gazetteer
import PluginAPI

/// The `topics` extractor: which themes of the taxonomy a document discusses, which UN peace operations and which
/// States it names.
///
/// The taxonomy (`topics.toml`), the missions gazetteer (`missions.toml`) and the States gazetteer are compiled
/// into one multi-pattern matcher when the extractor is created; a reload (SIGHUP) creates a new extractor.
/// Each document is then read once, paragraph by paragraph, over its folded text.
public struct TopicsExtractor: ExtractorPlugin {
    public let descriptor = PluginDescriptor(
        name: "topics", version: "1.0.0",
        summary: "Topics of the editable taxonomy scored by weighted term frequency, UN peace operations and States named")

    /// The settings in force.
    public let settings: TopicsSettings
    let index: TopicIndex
    let gazetteer: StateGazetteer

    /// Creates the extractor from its environment: reads `[plugins.topics]` settings, then the taxonomy and the
    /// missions gazetteer from the data directory.
    /// - Throws: ``TopicsConfigurationError`` naming the file or setting at fault.
    public init(environment: PluginEnvironment, gazetteer: StateGazetteer) throws {
        let settings = try TopicsSettings(environment: environment)
        let taxonomy = try Taxonomy.load(dataDirectory: environment.dataDirectory, fileName: settings.taxonomyFile)
        let missions = try MissionCatalog.load(dataDirectory: environment.dataDirectory, fileName: settings.missionsFile)
        self.init(settings: settings, taxonomy: taxonomy, missions: missions, gazetteer: gazetteer)
    }

    /// Creates the extractor from data already loaded.
    public init(settings: TopicsSettings, taxonomy: Taxonomy, missions: MissionCatalog, gazetteer: StateGazetteer) {
        self.settings = settings
        self.index = TopicIndex(taxonomy: taxonomy, missions: missions)
        self.gazetteer = gazetteer
    }

    public func extract(_ document: Document) async throws -> any Encodable & Sendable {
        analyze(document)
    }

    /// The extractor's result for one document (synchronous; what ``extract(_:)`` returns).
    public func analyze(_ document: Document) -> TopicsData {
        var tally = TopicTally(index: index)
        var state = ScanState()
        var bytes = 0
        for paragraph in document.normalized.paragraphs {
            let weight = paragraph.kind == .title || paragraph.kind == .heading ? settings.headingWeight : 1
            var folded = paragraph.folded
            bytes += folded.utf8.count
            folded.withUTF8 { buffer in
                index.matcher.scan(buffer, state: &state) { pattern, end in
                    tally.record(pattern: pattern, end: end, positionWeight: weight)
                }
            }
            // A paragraph boundary reads like white space: it joins two ideographs and separates words.
            state.pendingSpace = true
        }
        index.matcher.finish(&state) { pattern, end in tally.record(pattern: pattern, end: end, positionWeight: 1) }
        let chinese = document.language == .zh || (document.language != .en && state.ideographs * 2 > state.latinScalars)
        return TopicsData(
            topics: topics(tally, bytes: bytes), missions: missions(tally, chinese: chinese),
            places: places(gazetteer.countPlaces(in: document), chinese: chinese))
    }

    private func topics(_ tally: TopicTally, bytes: Int) -> [TopicsData.Topic] {
        let length = (max(Double(bytes), settings.referenceBytes / 4) / settings.referenceBytes).squareRoot()
        var result: [TopicsData.Topic] = []
        // The terms found, gathered per topic in one pass over the taxonomy (not one pass per topic).
        var found = [[Int]](repeating: [], count: index.taxonomy.topics.count)
        for termIndex in tally.termCount.indices where tally.termCount[termIndex] > 0 && index.termWeights[termIndex] > 0 {
            found[index.terms[termIndex].topic].append(termIndex)
        }
        // By index: a topic (with its terms) is read only when it is reported.
        for topicIndex in index.taxonomy.topics.indices where tally.topicCount[topicIndex] >= settings.minMentions {
            let score = 1 - exp(-tally.topicWeight[topicIndex] / (settings.scale * length))
            guard score >= settings.threshold else { continue }
            let topic = index.taxonomy.topics[topicIndex]
            var evidence: [TopicsData.Evidence] = found[topicIndex].map { termIndex in
                .init(term: index.evidenceTerms[termIndex], count: tally.termCount[termIndex])
            }
            evidence.sort { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
            result.append(.init(
                id: topic.id, label: topic.label, score: (score * 100).rounded() / 100,
                evidence: Array(evidence.prefix(settings.maxEvidence))))
        }
        return result.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }

    private func missions(_ tally: TopicTally, chinese: Bool) -> [TopicsData.Mission] {
        index.missions.missions.enumerated().compactMap { missionIndex, mission -> TopicsData.Mission? in
            let count = tally.missionCount[missionIndex]
            guard count > 0 else { return nil }
            let name = (chinese ? mission.chinese.first : nil) ?? mission.english.first ?? mission.acronym
            return .init(acronym: mission.acronym, name: name, mentions: count)
        }.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.acronym < $1.acronym }
    }

    private func places(_ counts: [Int: Int], chinese: Bool) -> [TopicsData.Place] {
        gazetteer.places(counts, chinese: chinese)
    }
}
