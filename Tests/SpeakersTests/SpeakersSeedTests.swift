import Foundation
import Gazetteer
import PluginAPI
import Testing
@testable import SpeakersPlugin

@Suite("Speakers on the annotated seed documents")
struct SpeakersSeedTests {
    static let gazetteer = (try? StateGazetteer.load(fromDataDirectory: SeedCorpus.dataDirectory)) ?? StateGazetteer()
    static let extractor = try? SpeakersExtractor(
        environment: PluginEnvironment(dataDirectory: SeedCorpus.dataDirectory), gazetteer: gazetteer)
    static let seeds: [SeedCorpus.Seed] = (try? SeedCorpus.all()) ?? []

    @Test("the speakers reported for a seed reach F1 0.95 against the annotation", arguments: seeds)
    func speakersReachF1(seed: SeedCorpus.Seed) throws {
        let extractor = try #require(Self.extractor)
        guard let expected = seed.expected.speakers else { return }
        let data = extractor.analyze(seed.document)
        let score = SpeakerScoring(reported: data.speakers, expected: expected)
        print("speakers \(seed.name): \(score)")
        for speaker in data.speakers {
            print("  \(speaker.name ?? "—") [\(speaker.affiliation?.code ?? "?")] \(speaker.roles) \(speaker.title ?? "") \(speaker.honorific ?? "") \(speaker.lines.prefix(8))")
        }
        #expect(score.f1 >= 0.95)
    }
}
