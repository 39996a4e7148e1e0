import Foundation
import Testing

/// The external-plugin commands of the built binary: `plugin-test`, and `process` with a misbehaving plugin.
@Suite("External plugins through the undocd binary")
struct ExternalPluginCommandTests {
    static let seed = "seeds/001_bbd618a91fb2fd78.txt"

    @Test("plugin-test shows the exchange with the shell example and exits 0")
    func pluginTest() async throws {
        let run = try await runUndocd(["plugin-test", "config/plugins.d/doc-stats.toml", Self.seed, "--line-limit", "200"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = String(decoding: run.stdout, as: UTF8.self)
        #expect(text.contains(#"→ {"type":"hello","protocol":1,"plugin":"doc-stats"}"#))
        #expect(text.contains(#"← {"type":"result","id":"1","data":{"language":"zh","paragraphs":"#), "\(text)")
        #expect(text.contains("ok in "))
    }

    @Test("a hanging plugin fails only its own entry; the others' results are written and valid; nothing is left running")
    func misbehavingPluginInProcess() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("undocd-e2e-ext-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = """
            #!/bin/sh
            echo $$ > \(folder)/pid
            while IFS= read -r line; do
                case "$line" in
                '{"type":"hello"'*) echo '{"type":"hello","protocol":1}' ;;
                '{"type":"extract"'*) sleep 1000 ;;
                esac
            done
            """
        try script.write(toFile: folder + "/hang.sh", atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/hang.sh")
        try "name = \"hang\"\nversion = \"0.1.0\"\ncommand = [\"./hang.sh\"]\ntimeout_ms = 500\n"
            .write(toFile: folder + "/hang.toml", atomically: false, encoding: .utf8)

        let run = try await runUndocd(["process", "--config", "config/undocd.toml", Self.seed], environment: ["UNDOCD_PATHS_PLUGINS": folder])
        #expect(run.status == 0, "\(run.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        #expect(result["status"] as? String == "partial")
        let extractors = try #require(result["extractors"] as? [String: [String: Any]])
        // `failed` with code timeout from the supervisor, or `timeout` if the pipeline's own timer fires first.
        #expect(["failed", "timeout"].contains(extractors["hang"]?["status"] as? String))
        #expect((extractors["hang"]?["error"] as? [String: Any])?["code"] as? String == "timeout")
        for name in ["metadata", "citations", "speakers", "topics"] { #expect(extractors[name]?["status"] as? String == "ok") }
        #expect(run.stderr.contains("plugin=hang"), "misbehaviour logged with the plugin's name: \(run.stderr)")
        let schema = try await validateAgainstSchema(run.stdout)
        #expect(schema.ok, "\(schema.report)")

        let pid = try #require(Int32(try String(contentsOfFile: folder + "/pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) != 0, "the worker was stopped and reaped with undocd")
    }
}

