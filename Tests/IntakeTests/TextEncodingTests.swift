import Foundation
import Intake
import PluginAPI
import Testing

/// Text arrives in whatever encoding an older tool saved it in; the normalized paragraphs do not depend on it.
@Suite("Text encodings")
struct TextEncodingTests {
    static func paragraphs(_ document: Document) -> [String] { document.normalized.paragraphs.map(\.text) }

    @Test("a seed saved as GB18030 gives the same paragraphs as the UTF-8 one", arguments: ["002", "003"])
    func gb18030(_ seed: String) throws {
        let original = try Fixtures.seedDocument(seed)
        let legacy = try Fixtures.decode(Fixtures.fixtureBytes("\(seed).gb18030.txt"), name: "\(seed).txt")
        #expect(legacy.source.encoding == "gb18030")
        #expect(legacy.text == original.text)
        #expect(Self.paragraphs(legacy) == Self.paragraphs(original))
        #expect(legacy.normalized.annexes == original.normalized.annexes)
        #expect(legacy.normalized.furniture == original.normalized.furniture)
    }

    @Test("UTF-16 with a byte order mark, either byte order, gives the same paragraphs", arguments: [false, true])
    func utf16(bigEndian: Bool) throws {
        let original = try Fixtures.seedDocument("000")
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in original.text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let decoded = try Fixtures.decode(bytes)
        #expect(decoded.source.encoding == (bigEndian ? "utf-16be" : "utf-16le"))
        #expect(Self.paragraphs(decoded) == Self.paragraphs(original))
        #expect(decoded.normalized.paragraphs.map(\.segments) == original.normalized.paragraphs.map(\.segments))
    }

    @Test("a UTF-8 byte order mark and Windows line breaks change nothing but the source text")
    func bomAndCRLF() throws {
        let original = try Fixtures.seedDocument("003")
        let windows = [0xEF, 0xBB, 0xBF] + Array(original.text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let decoded = try Fixtures.decode(windows)
        #expect(decoded.source.encoding == "utf-8")
        #expect(decoded.text == original.text)
        #expect(decoded.lines.count == original.lines.count)
        #expect(Self.paragraphs(decoded) == Self.paragraphs(original))
        let oldMac = Array(original.text.replacingOccurrences(of: "\n", with: "\r").utf8)
        #expect(Self.paragraphs(try Fixtures.decode(oldMac)) == Self.paragraphs(original))
    }

    @Test("invalid UTF-8 that is no other known encoding either is refused, never repaired")
    func invalidUTF8() {
        var bytes = Array("安全理事会 Security Council ".utf8)
        bytes += [0xC3, 0x28, 0xFF, 0xFE, 0x80, 0x81]  // broken sequences, a lone 0xFF and 0x80
        #expect(throws: IntakeError.self) { try Fixtures.decode(bytes) }
        do {
            _ = try Fixtures.decode(bytes)
        } catch {
            #expect(error.code == "invalid-encoding")
            #expect(error.message.contains("test.txt"))
        }
    }

    @Test("Western text from an old tool (Windows-1252) is read as such, not as Chinese")
    func windows1252() throws {
        let text = "La délégation de la Côte d’Ivoire a présenté le rapport du Groupe de travail au Conseil de sécurité et a souligné que les opérations de maintien de la paix sont essentielles."
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "’": bytes.append(0x92)
            default: bytes.append(UInt8(scalar.value))
            }
        }
        let document = try Fixtures.decode(bytes)
        #expect(document.source.encoding == "windows-1252")
        #expect(document.text == text)
        #expect(document.language == .fr)
    }

    @Test("Traditional script is folded to Simplified in `folded`, byte for byte the same length")
    func traditionalFolding() throws {
        let simplified = try Fixtures.seedDocument("003")
        let traditional = try Fixtures.decode(Fixtures.fixtureBytes("003.traditional.txt"))
        #expect(traditional.normalized.paragraphs.count == simplified.normalized.paragraphs.count)
        var differing = 0, total = 0
        for (folded, original) in zip(traditional.normalized.paragraphs, simplified.normalized.paragraphs) {
            #expect(folded.folded.utf8.count == folded.text.utf8.count)
            #expect(folded.segments == original.segments)
            for (a, b) in zip(folded.folded.unicodeScalars, original.text.unicodeScalars) {
                total += 1
                if a != b { differing += 1 }
            }
        }
        #expect(traditional.text != simplified.text)
        // One-to-many Simplified→Traditional mappings cannot all come back; nearly every character does.
        #expect(differing * 200 < total, "\(differing) of \(total) characters differ after folding")
        let title = try #require(traditional.normalized.paragraphs.first)
        #expect(title.text.contains("維持和平行動工作組"))
        #expect(title.folded.contains("维持和平行动工作组"))
    }

    @Test("Simplified text folds to itself")
    func simplifiedIsUntouched() throws {
        for seed in ["000", "001", "002", "003", "004"] {
            for paragraph in try Fixtures.seedDocument(seed).normalized.paragraphs {
                #expect(paragraph.folded == paragraph.text)
            }
        }
    }
}
