import Foundation
import Platform
import Testing

@Suite("undocd process: one JSON line per document, the same objects the daemon writes")
struct ProcessCommandTests {
    @Test("the five seeds give five JSON lines that validate against schema/result-v1.schema.json")
    func seeds() async throws {
        let seeds = try FileSystem.entries(inDirectory: Path.join(Repository.root, "seeds")).map(\.name)
            .filter { $0.hasSuffix(".txt") }.sorted().map { "seeds/" + $0 }
        #expect(seeds.count == 5)
        let run = try await runUndocd(["process"] + seeds)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 5)
        let sources = try lines.map { line -> String in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["document"] as? [String: Any])?["source"] as? String ?? ""
        }
        #expect(sources == seeds.map { Path.lastComponent(of: $0) })
        let validation = try await validateAgainstSchema(run.stdout)
        #expect(validation.ok, "\(validation.report.suffix(1500))")
    }

    @Test("standard input is read for '-'; an unreadable document prints no line, its error, and exit status 1")
    func stdinAndFailure() async throws {
        let ok = try await runUndocd(["process", "-"], stdin: Data(sampleText(1)))
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(String(decoding: ok.stdout, as: UTF8.self).contains(#""source":"-""#))
        let empty = NSTemporaryDirectory() + "undocd-empty-\(UUID().uuidString.prefix(6)).txt"
        try FileSystem.writeFile(atPath: empty, bytes: [])
        defer { try? FileSystem.remove(atPath: empty) }
        let failed = try await runUndocd(["process", empty, "-"], stdin: Data(sampleText(2)))
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("empty"), "\(failed.stderr)")
        #expect(String(decoding: failed.stdout, as: UTF8.self).split(separator: "\n").count == 1)
    }

    @Test("check-config names the key and the problem, with exit status 78")
    func checkConfig() async throws {
        let good = try await runUndocd(["check-config", "--config", "config/undocd.toml"])
        #expect(good.status == 0, "\(good.stderr)")
        let bad = try await runUndocd(["check-config", "--config", "config/undocd.toml"], environment: ["UNDOCD_ARCHIVE_ORIGINALS": "shred"])
        #expect(bad.status == 78)
        #expect(bad.stderr.contains("archive.originals: must be one of"), "\(bad.stderr)")
    }

    @Test("plugins lists the four built-in extractors")
    func plugins() async throws {
        let run = try await runUndocd(["plugins"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = String(decoding: run.stdout, as: UTF8.self)
        for name in ["metadata", "citations", "speakers", "topics"] { #expect(text.contains(name)) }
    }
}
