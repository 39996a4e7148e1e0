import Foundation
import Gazetteer
import PluginAPI
import Testing
@testable import TopicsPlugin

@Suite("Topics on the annotated seed documents")
struct TopicsSeedTests {
    static let extractor: TopicsExtractor? = try? TopicsExtractor(
        environment: PluginEnvironment(dataDirectory: SeedCorpus.dataDirectory),
        gazetteer: (try? StateGazetteer.load(fromDataDirectory: SeedCorpus.dataDirectory)) ?? StateGazetteer())

    static let seeds: [SeedCorpus.Seed] = (try? SeedCorpus.all()) ?? []

    @Test("the seed corpus and the shipped taxonomy load")
    func corpusLoads() throws {
        #expect(Self.seeds.count >= 5)
        #expect(Self.extractor != nil)
    }

    @Test("every mission named in a seed is reported, and no other", arguments: seeds)
    func missionsAreExact(seed: SeedCorpus.Seed) throws {
        let extractor = try #require(Self.extractor)
        guard let expected = seed.expected.missions else { return }
        let data = extractor.analyze(seed.document)
        let reported = Set(data.missions.map(\.acronym))
        print("missions \(seed.name): \(data.missions.map { "\($0.acronym)×\($0.mentions)" }.joined(separator: " "))")
        #expect(reported == Set(expected), "missing \(Set(expected).subtracting(reported)), extra \(reported.subtracting(expected))")
    }

    @Test("the topics reported for a seed reach F1 0.8 against the annotation", arguments: seeds)
    func topicsReachF1(seed: SeedCorpus.Seed) throws {
        let extractor = try #require(Self.extractor)
        guard let expected = seed.expected.topics else { return }
        let data = extractor.analyze(seed.document)
        let reported = Set(data.topics.map(\.id))
        let score = SetScore(reported: reported, expected: Set(expected))
        print("topics \(seed.name): \(score)")
        print("  missing \(Set(expected).subtracting(reported).sorted()) extra \(reported.subtracting(expected).sorted())")
        print("  " + data.topics.map { "\($0.id) \($0.score)" }.joined(separator: ", "))
        #expect(score.f1 >= 0.8)
    }
}
