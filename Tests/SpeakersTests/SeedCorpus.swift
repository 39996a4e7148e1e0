import Foundation
import Intake
import PluginAPI

/// The annotated documents of the repository (`seeds/`, `seeds/english/` and `seeds/general-speakers/`) and their expected answers.
enum SeedCorpus {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The default data directory (`config/`).
    static var dataDirectory: String { root.appendingPathComponent("config").path }

    /// The expected answers of one document (the compact format of `seeds/expected/README.md`).
    struct Expected: Decodable {
        struct Speaker: Decodable {
            var name: String?
            var affiliation: String?
            var sameAs: String?
            var optional: Bool?
        }
        var document: String
        var speakers: [Speaker]?
        var missions: [String]?
        var topics: [String]?
    }

    /// A seed: its document and expected answers.
    struct Seed: CustomStringConvertible {
        var name: String
        var document: Document
        var expected: Expected
        var description: String { name }
    }

    /// Every `*.expected.json` under the `expected` folder of each, with its document.
    static func all() throws -> [Seed] {
        var seeds: [Seed] = []
        for folder in ["seeds", "seeds/english", "seeds/general-speakers"] {
            let expectedFolder = root.appendingPathComponent(folder).appendingPathComponent("expected")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: expectedFolder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".expected.json") {
                let expected = try JSONDecoder().decode(
                    Expected.self, from: Data(contentsOf: expectedFolder.appendingPathComponent(name)))
                let source = root.appendingPathComponent(folder).appendingPathComponent(expected.document)
                seeds.append(Seed(name: expected.document, document: try document(at: source), expected: expected))
            }
        }
        return seeds
    }

    /// Decodes a file with the intake, as the daemon does.
    static func document(at url: URL) throws -> Document {
        let bytes = [UInt8](try Data(contentsOf: url))
        return try DocumentDecoder().decode(bytes: bytes, id: "sha256:test", fileName: url.lastPathComponent, receivedAt: Date())
    }

    /// Decodes text given inline.
    static func document(text: String, name: String = "inline.txt") throws -> Document {
        try DocumentDecoder().decode(bytes: Array(text.utf8), id: "sha256:test", fileName: name, receivedAt: Date())
    }
}

/// Precision, recall and F1 of a reported set against an expected set.
struct SetScore: CustomStringConvertible {
    var truePositives: Int
    var reported: Int
    var expected: Int

    var precision: Double { reported == 0 ? (expected == 0 ? 1 : 0) : Double(truePositives) / Double(reported) }
    var recall: Double { expected == 0 ? 1 : Double(truePositives) / Double(expected) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var description: String {
        String(format: "P %.2f R %.2f F1 %.2f (%d/%d reported, %d expected)", precision, recall, f1, truePositives, reported, expected)
    }

    init<T: Hashable>(reported: Set<T>, expected: Set<T>) {
        truePositives = reported.intersection(expected).count
        self.reported = reported.count
        self.expected = expected.count
    }
}
