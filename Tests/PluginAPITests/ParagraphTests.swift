import Testing
@testable import PluginAPI

@Suite("Paragraph source mapping")
struct ParagraphTests {
    let paragraph = Paragraph(
        kind: .body, text: "第2538(2020)号决议",
        segments: [Segment(utf8Offset: 0, line: 10), Segment(utf8Offset: 7, line: 12)])

    @Test("a byte offset maps to the line its segment came from")
    func offsetMapsToLine() {
        #expect(paragraph.sourceLine(atUTF8Offset: 0) == 10)
        #expect(paragraph.sourceLine(atUTF8Offset: 6) == 10)
        #expect(paragraph.sourceLine(atUTF8Offset: 7) == 12)
        #expect(paragraph.sourceLine(atUTF8Offset: 100) == 12)
    }

    @Test("source lines span the first to the last segment")
    func sourceLinesSpanSegments() {
        #expect(paragraph.sourceLines == 10...12)
    }

    @Test("folded text defaults to the text itself")
    func foldedDefaultsToText() {
        #expect(paragraph.folded == paragraph.text)
    }

    @Test("a plugin accepts every language when it lists none")
    func emptyLanguagesAcceptEverything() {
        let any = PluginDescriptor(name: "x", version: "1.0.0", summary: "x")
        let zhOnly = PluginDescriptor(name: "y", version: "1.0.0", languages: [.zh], summary: "y")
        #expect(any.accepts(.fr))
        #expect(zhOnly.accepts(.zh))
        #expect(!zhOnly.accepts(.en))
    }
}
