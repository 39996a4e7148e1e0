import Foundation
import Intake
import PluginAPI

/// Paths and loaders for the seeds (`seeds/`) and the generated fixtures (`Tests/Fixtures/Intake/`, made by
/// `scripts/make-intake-fixtures.py`), located relative to this file so no resources are declared.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repository.appendingPathComponent("seeds")
    static let intake = repository.appendingPathComponent("Tests/Fixtures/Intake")

    /// The seed whose file name starts with `prefix` ("000"…"004").
    static func seedURL(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix + "_") && $0.hasSuffix(".txt") }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: seeds.appendingPathComponent(prefix).path])
        }
        return seeds.appendingPathComponent(name)
    }

    static func seedBytes(_ prefix: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: seedURL(prefix)))
    }

    static func fixtureBytes(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: intake.appendingPathComponent(name)))
    }

    /// The `difficulties[].text` of a seed's expected JSON.
    static func difficulties(_ prefix: String) throws -> [String] {
        let url = try seedURL(prefix)
        let expected = seeds.appendingPathComponent("expected").appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".expected.json")
        struct Expected: Decodable {
            struct Difficulty: Decodable { var text: String }
            var difficulties: [Difficulty]
        }
        return try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expected)).difficulties.map(\.text)
    }

    static func decode(_ bytes: [UInt8], name: String = "test.txt", configuration: IntakeConfiguration = .init()) throws(IntakeError) -> Document {
        try DocumentDecoder(configuration: configuration).decode(bytes: bytes, id: "sha256:test", fileName: name, receivedAt: Date(timeIntervalSince1970: 0))
    }

    /// Decodes on a thread of its own: PDF extraction blocks its caller while pdftotext runs, and a test must
    /// not hold a thread of the (two-thread) global pool that other suites' timing tests need.
    static func decodeOffPool(_ bytes: [UInt8], name: String, configuration: IntakeConfiguration = .init()) async -> Result<Document, IntakeError> {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Result { () throws(IntakeError) -> Document in try decode(bytes, name: name, configuration: configuration) })
            }
            thread.start()
        }
    }

    static func seedDocument(_ prefix: String) throws -> Document {
        try decode(seedBytes(prefix), name: prefix + ".txt")
    }

    static let popplerInstalled = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
}

extension String {
    /// The text without any white space: layouts differ in where they put spaces, never in the words.
    var withoutWhiteSpace: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}
