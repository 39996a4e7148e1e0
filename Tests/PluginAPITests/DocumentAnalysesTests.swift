import Foundation
import PluginAPI
import Synchronization
import Testing

/// Counts calls from several tasks.
private final class Counter: Sendable {
    let count = Mutex(0)
}

@Suite("Analyses extractors share for one document")
struct DocumentAnalysesTests {
    @Test("the first extractor to ask computes a result; the others, even at the same time, get that one")
    func computedOnceForConcurrentCallers() async {
        let analyses = DocumentAnalyses()
        let computations = Counter()
        await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    analyses.value(for: "paragraph lengths") {
                        computations.count.withLock { $0 += 1 }
                        return [3, 1, 4]
                    }
                }
            }
            for await value in group { #expect(value == [3, 1, 4]) }
        }
        #expect(computations.count.withLock { $0 } == 1)
    }

    @Test("different keys hold different results")
    func keysAreSeparate() {
        let analyses = DocumentAnalyses()
        #expect(analyses.value(for: "a") { 1 } == 1)
        #expect(analyses.value(for: "b") { 2 } == 2)
        #expect(analyses.value(for: "a") { 3 } == 1)
    }

    @Test("a document's copies share its analyses; another document has its own")
    func analysesLiveWithTheDocument() {
        let paragraph = Paragraph(kind: .body, text: "Text.", segments: [Segment(utf8Offset: 0, line: 1)])
        func document() -> Document {
            Document(
                id: "sha256:0", source: SourceInfo(fileName: "a.txt", byteCount: 5, mediaType: .plainText, encoding: "utf-8", receivedAt: Date()),
                text: "Text.", lines: ["Text."], language: .en, normalized: NormalizedText(paragraphs: [paragraph]))
        }
        let first = document()
        let copy = first
        #expect(first.analyses.value(for: "n") { 1 } == 1)
        #expect(copy.analyses.value(for: "n") { 2 } == 1)
        #expect(document().analyses.value(for: "n") { 3 } == 3)
    }
}
