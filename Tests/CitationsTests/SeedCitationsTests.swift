import CitationsPlugin
import PluginAPI
import Testing

@Suite("Citations on the seeds and English fixtures")
struct SeedCitationsTests {
    let extractor = try? CitationsExtractor(environment: PluginEnvironment(dataDirectory: "."))

    @Test("finds exactly the expected set of cited symbols", arguments: Fixtures.all)
    func citedSymbols(name: String) throws {
        let extractor = try #require(extractor)
        let document = try Fixtures.document(name)
        let expected = try Fixtures.expected(name)
        let found = extractor.citations(in: document).citations.map(\.symbol)
        #expect(Set(found) == Set(expected.citations), "\(name): extra \(Set(found).subtracting(expected.citations)), missing \(Set(expected.citations).subtracting(found))")
        #expect(found.count == Set(found).count, "each symbol is listed once")
        if let instruments = expected.instruments {
            let titles = extractor.citations(in: document).instruments.map(\.title)
            #expect(Set(titles) == Set(instruments), "\(name): instruments")
        }
    }

    @Test("every mention points at a source line that holds its first characters", arguments: Fixtures.all)
    func mentionsPointAtTheirLines(name: String) throws {
        let extractor = try #require(extractor)
        let document = try Fixtures.document(name)
        for citation in extractor.citations(in: document).citations {
            #expect(citation.url.hasSuffix("/" + citation.symbol))
            for mention in citation.mentions {
                let line = try #require(document.line(mention.line))
                let head = String(mention.text.prefix(1))
                #expect(line.contains(head), "\(citation.symbol) mention '\(mention.text)' is not on line \(mention.line)")
            }
        }
    }
}
