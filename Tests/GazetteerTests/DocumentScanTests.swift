import Foundation
import Gazetteer
import PluginAPI
import Testing

@Suite("One gazetteer scan per document, shared by the extractors")
struct DocumentScanTests {
    static let texts = [
        "大不列颠及北爱尔兰联合王国代表和法国代表欢迎萨赫勒地区的进展。",
        "发展中国家和刚果民主共和国",
        "The representatives of France and the Sudan spoke; French troops left the Sahel.",
    ]

    func document(_ texts: [String]) -> Document {
        let paragraphs = texts.enumerated().map { index, text in
            Paragraph(kind: .body, text: text, segments: [Segment(utf8Offset: 0, line: index + 1)])
        }
        return Document(
            id: "sha256:0", source: SourceInfo(fileName: "a.txt", byteCount: 0, mediaType: .plainText, encoding: "utf-8", receivedAt: Date()),
            text: texts.joined(separator: "\n"), lines: texts, language: .zh, normalized: NormalizedText(paragraphs: paragraphs))
    }

    @Test("a document's scan lists, per paragraph, what scanning each paragraph with every option finds")
    func scanMatchesParagraphScans() {
        let document = document(Self.texts)
        let shared = shipped.paragraphMatches(in: document)
        #expect(shared == document.normalized.paragraphs.map { shipped.matches(in: $0, options: .all) })
    }

    @Test("filtering the shared scan with narrower options gives what a scan with those options gives",
          arguments: [StateGazetteer.MatchOptions.default, [.territories, .regions], [], .all])
    func admittedMatchesEqualANarrowerScan(options: StateGazetteer.MatchOptions) {
        let document = document(Self.texts)
        let shared = shipped.paragraphMatches(in: document)
        for (index, paragraph) in document.normalized.paragraphs.enumerated() {
            #expect(shared[index].filter { options.admits($0) } == shipped.matches(in: paragraph, options: options))
        }
    }
}
