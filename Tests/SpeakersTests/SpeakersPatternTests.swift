import Foundation
import Gazetteer
import PluginAPI
import Testing
@testable import SpeakersPlugin

/// Speakers found in short passages of UN prose: each test states one pattern.
@Suite("Speakers: patterns of UN prose")
struct SpeakersPatternTests {
    static let extractor = SpeakersSeedTests.extractor

    func speakers(_ text: String) throws -> [SpeakersData.Speaker] {
        let extractor = try #require(Self.extractor)
        return extractor.analyze(try SeedCorpus.document(text: text)).speakers
    }

    func summary(_ text: String) throws -> [String] {
        try speakers(text).map { "\($0.name ?? "-")|\($0.affiliation?.code ?? "?")" }
    }

    @Test("a delegation's statement in an annex heading is the State's, without a name")
    func delegationStatement() throws {
        #expect(try summary("附件五\n\n爱沙尼亚常驻联合国代表团的发言\n\n我们欢迎这次辩论。\n") == ["-|EST"])
    }
}
