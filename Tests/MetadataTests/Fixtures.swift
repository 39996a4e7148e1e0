import Foundation
import Intake
import PluginAPI

/// Seeds, English fixtures and their expected answers, found relative to this file.
enum Fixtures {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Names (without `.txt`) of the documents that have an expected file: the five seeds and the English fixtures.
    static let all: [String] = seeds + english

    /// The five Chinese seed documents.
    static let seeds: [String] = names(in: "seeds")

    /// The English fixtures.
    static let english: [String] = names(in: "seeds/english").map { "english/\($0)" }

    private static func names(in folder: String) -> [String] {
        let directory = root.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Decodes a fixture into a document with the intake's decoder.
    static func document(_ name: String) throws -> Document {
        let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent("seeds/\(name).txt")))
        return try DocumentDecoder().decode(bytes: bytes, id: "sha256:test", fileName: "\(name).txt", receivedAt: Date())
    }

    /// Decodes a document from literal text.
    static func document(text: String) throws -> Document {
        try DocumentDecoder().decode(bytes: Array(text.utf8), id: "sha256:test", fileName: "inline.txt", receivedAt: Date())
    }

    /// The expected answers of a fixture.
    static func expected(_ name: String) throws -> Expected {
        let folder = name.hasPrefix("english/") ? "seeds/english/expected" : "seeds/expected"
        let base = name.hasPrefix("english/") ? String(name.dropFirst(8)) : name
        let data = try Data(contentsOf: root.appendingPathComponent("\(folder)/\(base).expected.json"))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    /// The compact expected format (`seeds/expected/README.md`): the fields the plugins must get exactly right.
    struct Expected: Decodable {
        struct Metadata: Decodable {
            var symbol: String?
            var documentKind: String?
            var date: String?
            var senderRole: String?
            var senderCountry: String?
            var recipientRole: String?
            var signatory: String?
        }
        var metadata: Metadata
        var citations: [String]
    }
}
