import Foundation
import Intake
import PluginAPI
import Testing

/// PDF and Word versions of a seed give the same paragraphs as its text; the media type comes from the content.
@Suite("PDF and DOCX")
struct MediaTypeTests {
    /// Seed 001 as the fixtures print it: one block per paragraph (see scripts/make-intake-fixtures.py).
    static func textParagraphs() throws -> [String] {
        try Fixtures.seedDocument("001").normalized.paragraphs.map(\.text.withoutWhiteSpace)
    }

    @Test("a DOCX gives the seed's paragraphs, one per Word paragraph", .timeLimit(.minutes(1)))
    func docx() throws {
        let document = try Fixtures.decode(Fixtures.fixtureBytes("001.docx"), name: "S-2018-184.docx")
        #expect(document.source.mediaType == .docx)
        #expect(document.source.encoding == nil)
        #expect(document.language == .zh)
        // The Word file has no page furniture; everything else matches (white space aside: the text seed's
        // line breaks fall elsewhere).
        let paragraphs = document.normalized.paragraphs.map(\.text.withoutWhiteSpace)
        let expected = try Self.textParagraphs()
        #expect(Self.firstDifference(paragraphs, expected) == nil)
        #expect(document.normalized.paragraphs.filter { $0.kind == .numbered }.count == 25)
        #expect(document.normalized.annexes.count == 1)
        for paragraph in document.normalized.paragraphs {
            #expect(document.lines[paragraph.sourceLines.lowerBound - 1].contains(String(paragraph.text.prefix(8))))
        }
    }

    @Test("a PDF gives the seed's paragraphs through pdftotext", .enabled(if: Fixtures.popplerInstalled), .timeLimit(.minutes(1)))
    func pdf() async throws {
        let document = try await Fixtures.decodeOffPool(Fixtures.fixtureBytes("001.pdf"), name: "S-2018-184.pdf").get()
        #expect(document.source.mediaType == .pdf)
        #expect(document.language == .zh)
        let furniture = document.normalized.furniture
        #expect(furniture.symbols == ["S/2018/184"])
        #expect(furniture.jobNumber == "18-03413")
        #expect(furniture.pageCount == 5)  // typeset on A4 here, six pages in the original
        let paragraphs = document.normalized.paragraphs.map(\.text.withoutWhiteSpace)
        let expected = try Self.textParagraphs()
        #expect(Self.firstDifference(paragraphs, expected) == nil)
    }

    /// Where two paragraph lists first differ, or `nil` when they are equal.
    static func firstDifference(_ actual: [String], _ expected: [String]) -> String? {
        guard let index = (0..<min(actual.count, expected.count)).first(where: { actual[$0] != expected[$0] }) else {
            return actual.count == expected.count ? nil : "counts \(actual.count) and \(expected.count)"
        }
        let common = zip(actual[index], expected[index]).prefix { $0 == $1 }.count
        return "paragraph \(index) after \(actual[index].prefix(common).suffix(12)): \(actual[index].dropFirst(common).prefix(40)) ≠ \(expected[index].dropFirst(common).prefix(40))"
    }

    @Test("the media type is read from the content, never from the name")
    func contentDecides() throws {
        let text = try Fixtures.decode(Fixtures.seedBytes("003"), name: "report.pdf")
        #expect(text.source.mediaType == .plainText)
        let word = try Fixtures.decode(Fixtures.fixtureBytes("001.docx"), name: "notes.txt")
        #expect(word.source.mediaType == .docx)
    }
}

/// Hostile and unsupported inputs fail quickly with a code that says what is wrong.
@Suite("Refused inputs")
struct RefusedInputTests {
    static func code(_ bytes: [UInt8], name: String, configuration: IntakeConfiguration = .init()) async -> String? {
        switch await Fixtures.decodeOffPool(bytes, name: name, configuration: configuration) {
        case .success:
            return nil
        case .failure(let error):
            #expect(error.message.contains(name), "the message names the file: \(error.message)")
            return error.code
        }
    }

    static func code(_ bytes: [UInt8], name: String = "input", configuration: IntakeConfiguration = .init()) -> String? {
        do {
            _ = try Fixtures.decode(bytes, name: name, configuration: configuration)
            return nil
        } catch {
            #expect(error.message.contains(name), "the message names the file: \(error.message)")
            return error.code
        }
    }

    @Test("a 0-byte file is an empty document")
    func empty() {
        #expect(Self.code([], name: "empty.txt") == "empty-document")
        #expect(Self.code(Array(" \n\n \t\n".utf8), name: "blank.txt") == "empty-document")
    }

    @Test("random bytes named .txt are binary content", .timeLimit(.minutes(1)))
    func randomBytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let code = Self.code(bytes, name: "random.txt")
            #expect(code == "binary-content" || code == "unsupported-media-type", "got \(code ?? "a document")")
        }
    }

    @Test("images, archives, executables and legacy Word files are unsupported media types")
    func unsupported() throws {
        let samples: [(String, [UInt8])] = [
            ("scan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64)),
            ("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0x41, count: 64)),
            ("letter.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)),
            ("tool", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01] + Array(repeating: 0, count: 57)),
            ("bundle.gz", [0x1F, 0x8B, 0x08, 0x00] + Array(repeating: 0, count: 16)),
            ("archive.zip", try Fixtures.fixtureBytes("archive.zip")),
        ]
        for (name, bytes) in samples {
            #expect(Self.code(bytes, name: name) == "unsupported-media-type", "\(name)")
        }
    }

    @Test("input over the size limit is refused before it is read")
    func tooLarge() throws {
        let configuration = IntakeConfiguration(maxBytes: 1000)
        #expect(Self.code(try Fixtures.seedBytes("001"), name: "big.txt", configuration: configuration) == "too-large")
    }

    @Test("a zip-bomb DOCX stops at the uncompressed cap", .timeLimit(.minutes(1)))
    func zipBomb() throws {
        let bomb = try Fixtures.fixtureBytes("zip-bomb.docx")
        let started = ContinuousClock.now
        #expect(Self.code(bomb, name: "bomb.docx", configuration: IntakeConfiguration(docxMaxUncompressedBytes: 8 << 20)) == "docx-too-large")
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test("an encrypted PDF says it needs a password", .enabled(if: Fixtures.popplerInstalled), .timeLimit(.minutes(1)))
    func encryptedPDF() async throws {
        #expect(await Self.code(try Fixtures.fixtureBytes("encrypted.pdf"), name: "secret.pdf") == "pdf-encrypted")
    }

    @Test("an image-only PDF says that OCR is not done", .enabled(if: Fixtures.popplerInstalled), .timeLimit(.minutes(1)))
    func imageOnlyPDF() async throws {
        let result = await Fixtures.decodeOffPool(try Fixtures.fixtureBytes("image-only.pdf"), name: "scan.pdf")
        guard case .failure(let error) = result else {
            Issue.record("an image-only PDF was accepted")
            return
        }
        #expect(error.code == "pdf-image-only")
        #expect(error.message.contains("OCR"))
    }

    @Test("a truncated PDF fails cleanly", .enabled(if: Fixtures.popplerInstalled), .timeLimit(.minutes(1)))
    func truncatedPDF() async throws {
        let pdf = try Fixtures.fixtureBytes("001.pdf")
        for fraction in [0.02, 0.3] {
            let code = await Self.code(Array(pdf.prefix(Int(Double(pdf.count) * fraction))), name: "cut.pdf")
            #expect(["pdf-invalid", "pdf-no-text", "pdf-failed", "pdf-image-only"].contains(code), "got \(code ?? "a document")")
        }
    }

    @Test("a PDF whose objects refer to each other in a loop fails cleanly and quickly", .enabled(if: Fixtures.popplerInstalled), .timeLimit(.minutes(1)))
    func objectLoopPDF() async {
        let started = ContinuousClock.now
        let code = await Self.code(Self.loopingPDF, name: "loop.pdf")
        #expect(["pdf-invalid", "pdf-no-text", "pdf-failed", "pdf-timeout", "pdf-image-only"].contains(code), "got \(code ?? "a document")")
        #expect(ContinuousClock.now - started < .seconds(35))
    }

    @Test("a runaway extractor is stopped at the configured deadline", .enabled(if: Fixtures.popplerInstalled), .timeLimit(.minutes(1)))
    func deadline() async throws {
        // A deadline far below what pdftotext needs for a 5-page CJK PDF: the child is killed, not waited for.
        let configuration = IntakeConfiguration(pdfTimeoutSeconds: 0.001)
        let code = await Self.code(try Fixtures.fixtureBytes("001.pdf"), name: "slow.pdf", configuration: configuration)
        #expect(code == "pdf-timeout")
    }

    @Test("a PDF with more pages than the limit is refused", .enabled(if: Fixtures.popplerInstalled), .timeLimit(.minutes(1)))
    func pageLimit() async throws {
        let code = await Self.code(try Fixtures.fixtureBytes("001.pdf"), name: "long.pdf", configuration: IntakeConfiguration(pdfMaxPages: 1))
        #expect(code == "pdf-too-many-pages")
    }

    /// A page tree whose /Kids point back at their parent, a /Length that refers to itself and an xref
    /// /Prev that points at itself.
    static let loopingPDF: [UInt8] = Array("""
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Pages /Kids [2 0 R 4 0 R] /Count 1 /Parent 2 0 R >> endobj
        4 0 obj << /Type /Page /Parent 3 0 R /Contents 5 0 R /MediaBox [0 0 612 792] >> endobj
        5 0 obj << /Length 5 0 R >> stream
        BT /F1 12 Tf 72 712 Td (loop) Tj ET
        endstream endobj
        xref
        0 6
        0000000000 65535 f 
        trailer << /Size 6 /Root 1 0 R /Prev 400 >>
        startxref
        400
        %%EOF
        """.utf8)
}

/// What Word puts around the text: footnotes in their own part, tabs, manual line breaks, tracked deletions.
@Suite("DOCX details")
struct DOCXDetailTests {
    @Test("footnotes come after a rule as footnote paragraphs; the reference mark stays glued like in print")
    func footnotes() throws {
        let document = try Fixtures.decode(Fixtures.fixtureBytes("footnotes.docx"), name: "notes.docx")
        let paragraphs = document.normalized.paragraphs
        #expect(paragraphs.map(\.text) == [
            "2018 年 3 月 2 日荷兰常驻联合国代表给秘书长的信",
            "1. 维持和平行动部1非洲一司司长。",
            "常驻代表",
            "大使",
            "1 从 2019 年 1 月 1 日起，维持和平行动部改为和平行动部。",
        ])
        #expect(paragraphs.map(\.kind) == [.title, .numbered, .body, .body, .footnote])
        #expect(paragraphs[4].label == "1")
        #expect(!document.text.contains("删除的文字"))
    }

    @Test("the symbol, masthead and job number printed only in the page headers and footers are read, page fields are not; a text box is read once, apart; a non-breaking hyphen is a hyphen")
    func headersAndFooters() throws {
        let document = try Fixtures.decode(Fixtures.fixtureBytes("headers.docx"), name: "S-2019-123.docx")
        let furniture = document.normalized.furniture
        #expect(furniture.symbols == ["S/2019/123"])
        #expect(furniture.jobNumber == "19-04217")
        let texts = document.normalized.paragraphs.map(\.text)
        #expect(texts == [
            "United Nations", "Security Council", "Distr.: General", "12 March 2019", "Original: English",
            "Letter dated 5 March 2019 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council",
            "Mr. Secretary-General,",
            "I have the honour to refer to resolution 2202 (2015) and to transmit a statement (see annex).",
            "Ambassador",
            "(Signed) Volodymyr Yelchenko",
        ])
        #expect(document.normalized.paragraphs.first { $0.kind == .title }?.text.hasPrefix("Letter dated 5 March 2019") == true)
    }
}

/// Async callers (the daemon) decode PDFs without blocking a pool thread and get the same document.
@Suite("Suspending decode")
struct SuspendingDecodeTests {
    @Test("a PDF decoded from async code gives the same document as the blocking call", .enabled(if: Fixtures.popplerInstalled), .timeLimit(.minutes(1)))
    func suspendingPDF() async throws {
        let bytes = try Fixtures.fixtureBytes("001.pdf")
        let decoder = DocumentDecoder()
        let suspended = try await decoder.decodeSuspending(bytes: bytes, id: "sha256:x", fileName: "a.pdf", receivedAt: .init(timeIntervalSince1970: 0))
        let blocking = try await Fixtures.decodeOffPool(bytes, name: "a.pdf").get()
        #expect(suspended.normalized.paragraphs.map(\.text) == blocking.normalized.paragraphs.map(\.text))
        #expect(suspended.source.mediaType == .pdf)
        let encrypted = try Fixtures.fixtureBytes("encrypted.pdf")
        await #expect(throws: IntakeError.self) {
            try await decoder.decodeSuspending(bytes: encrypted, id: "sha256:y", fileName: "b.pdf", receivedAt: .init(timeIntervalSince1970: 0))
        }
    }
}
