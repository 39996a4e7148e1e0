import Foundation
import Intake
import PluginAPI

/// Seeds, English fixtures and their expected answers, found relative to this file.
enum Fixtures {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Names (without `.txt`) of the documents that have an expected file: the five seeds, the English fixtures and
    /// the generality set.
    static let all: [String] = seeds + english + general

    /// The five Chinese seed documents.
    static let seeds: [String] = names(in: "seeds")

    /// The English fixtures.
    static let english: [String] = names(in: "seeds/english").map { "english/\($0)" }

    /// Documents of kinds and forms the seeds lack (Traditional copies, reports, statements, resolutions, notes
    /// verbales, PDF page furniture), in Chinese and English.
    static let general: [String] = names(in: "seeds/general").map { "general/\($0)" }

    /// The fixtures whose expected files list optional fields (job number, pages, annex titles…).
    static let withOptionalFields: [String] = english + general

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
        let subfolder = ["english/", "general/"].first { name.hasPrefix($0) }
        let folder = subfolder.map { "seeds/\($0)expected" } ?? "seeds/expected"
        let base = subfolder.map { String(name.dropFirst($0.count)) } ?? name
        let data = try Data(contentsOf: root.appendingPathComponent("\(folder)/\(base).expected.json"))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    /// The compact expected format (`seeds/expected/README.md`): the fields the plugins must get exactly right.
    /// English fixtures add optional keys; a key that is absent is not checked, a key set to `null` must be `null`.
    struct Expected: Decodable {
        struct Metadata: Decodable {
            var symbol: String?
            var documentKind: String?
            var date: String?
            var senderRole: String?
            var senderCountry: String?
            var recipientRole: String?
            var signatory: String?
            /// Optional checks: `.some(nil)` means "must be null".
            var signatoryTitle: String??
            var jobNumber: String??
            var pages: Int??
            var issuedDate: String??
            var originalLanguage: String??
            var annexTitles: [String]?

            enum CodingKeys: String, CodingKey {
                case symbol, documentKind, date, senderRole, senderCountry, recipientRole, signatory, signatoryTitle, jobNumber
                case pages, issuedDate, originalLanguage, annexTitles
            }

            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                symbol = try c.decodeIfPresent(String.self, forKey: .symbol)
                documentKind = try c.decodeIfPresent(String.self, forKey: .documentKind)
                date = try c.decodeIfPresent(String.self, forKey: .date)
                senderRole = try c.decodeIfPresent(String.self, forKey: .senderRole)
                senderCountry = try c.decodeIfPresent(String.self, forKey: .senderCountry)
                recipientRole = try c.decodeIfPresent(String.self, forKey: .recipientRole)
                signatory = try c.decodeIfPresent(String.self, forKey: .signatory)
                func optional<T: Decodable>(_ key: CodingKeys, _ type: T.Type) throws -> T?? {
                    c.contains(key) ? .some(try c.decodeIfPresent(T.self, forKey: key)) : .none
                }
                signatoryTitle = try optional(.signatoryTitle, String.self)
                jobNumber = try optional(.jobNumber, String.self)
                pages = try optional(.pages, Int.self)
                issuedDate = try optional(.issuedDate, String.self)
                originalLanguage = try optional(.originalLanguage, String.self)
                annexTitles = try c.decodeIfPresent([String].self, forKey: .annexTitles)
            }
        }
        var metadata: Metadata
        var citations: [String]
        /// Exact set of instrument titles, when the fixture lists them.
        var instruments: [String]?
    }
}
