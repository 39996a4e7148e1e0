import Gazetteer
import MetadataPlugin
import PluginAPI
import Testing

@Suite("Metadata on the seeds and English fixtures")
struct SeedMetadataTests {
    /// The shipped gazetteer (`config/states.toml`); an empty one if it cannot be read, so that the tests fail on
    /// countries instead of crashing.
    static let gazetteer = (try? StateGazetteer.load(fromDataDirectory: Fixtures.root.appendingPathComponent("config").path)) ?? StateGazetteer()
    let extractor = try? MetadataExtractor(environment: PluginEnvironment(dataDirectory: "config"), gazetteer: SeedMetadataTests.gazetteer)

    @Test("every field of the expected file matches exactly", arguments: Fixtures.all)
    func expectedFields(name: String) throws {
        let extractor = try #require(extractor)
        let expected = try Fixtures.expected(name).metadata
        let data = extractor.metadata(of: try Fixtures.document(name))
        #expect(data.symbol == expected.symbol, "\(name): symbol")
        #expect(data.documentKind == expected.documentKind, "\(name): kind")
        #expect(data.date == expected.date, "\(name): date")
        #expect(data.sender?.role == expected.senderRole, "\(name): sender role")
        #expect(data.sender?.country == expected.senderCountry, "\(name): sender country")
        #expect(data.recipient?.role == expected.recipientRole, "\(name): recipient role")
        #expect(data.signatory?.name == expected.signatory, "\(name): signatory")
    }

    @Test("the optional fields an English fixture lists match exactly", arguments: Fixtures.english)
    func optionalFields(name: String) throws {
        let extractor = try #require(extractor)
        let expected = try Fixtures.expected(name).metadata
        let data = extractor.metadata(of: try Fixtures.document(name))
        if let title = expected.signatoryTitle { #expect(data.signatory?.title == title, "\(name): signatory title") }
        if let job = expected.jobNumber { #expect(data.jobNumber == job, "\(name): job number") }
        if let pages = expected.pages { #expect(data.pages == pages, "\(name): pages") }
        if let issued = expected.issuedDate { #expect(data.issuedDate == issued, "\(name): issued date") }
        if let original = expected.originalLanguage { #expect(data.originalLanguage == original, "\(name): original language") }
        if let annexes = expected.annexTitles { #expect(data.annexes.map(\.title) == annexes, "\(name): annex titles") }
    }
}
