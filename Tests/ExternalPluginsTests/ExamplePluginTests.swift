import Foundation
import PluginAPI
import Testing

@testable import ExternalPlugins

@Suite("The example plugins work end to end, and the sandbox options are enforced", .serialized)
struct ExamplePluginTests {
    /// The shipped manifests, valid and disabled, turned into running plugins.
    func examplePlugin(_ name: String, logs: LogCapture) throws -> ExternalPlugin {
        let (entries, problems) = ExternalPluginLoader.scan(directory: repositoryRoot + "/config/plugins.d", configuration: fastSupervision)
        #expect(problems.isEmpty, "\(problems)")
        let entry = try #require(entries.first { $0.manifest.name == name })
        #expect(!entry.manifest.enabled, "examples ship disabled")
        var manifest = entry.manifest
        manifest.timeout = .seconds(60)  // the whole package's tests at once can stall any one of them for seconds
        return ExternalPlugin(manifest: manifest, plan: entry.plan, configuration: fastSupervision, logger: logs.logger())
    }

    func json(_ fragment: JSONFragment) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(fragment.utf8)) as? [String: Any])
    }

    @Test("the Python example finds Chinese and English dates with their lines, warm worker reused")
    func pythonDates() async throws {
        let logs = LogCapture()
        let plugin = try examplePlugin("dates", logs: logs)
        let data = try json(try await plugin.submit(sampleDocument()).get())
        let dates = try #require(data["dates"] as? [[String: Any]])
        #expect(dates.map { $0["date"] as? String } == ["2019-12-27", "2020-03-03"])
        #expect(dates.map { $0["line"] as? Int } == [1, 3])
        #expect(dates.first?["text"] as? String == "2019 年 12 月 27 日")
        #expect(data["earliest"] as? String == "2019-12-27")
        let worker = plugin.status.workerProcessIDs
        _ = try await plugin.submit(sampleDocument()).get()
        #expect(plugin.status.workerProcessIDs == worker, "the same warm worker answers the next document")
        await plugin.shutdown()
        await ProcTable.waitUntilGone(worker)
    }

    @Test("the shell example counts paragraphs and headings")
    func shellDocStats() async throws {
        let logs = LogCapture()
        let plugin = try examplePlugin("doc-stats", logs: logs)
        let data = try json(try await plugin.submit(sampleDocument()).get())
        #expect(data["paragraphs"] as? Int == 3)
        #expect(data["headings"] as? Int == 1)
        #expect(data["language"] as? String == "zh")
        let worker = plugin.status.workerProcessIDs
        await plugin.shutdown()
        await ProcTable.waitUntilGone(worker)
    }

    @Test("the worker gets exactly the manifest's environment, the last variable included")
    func environment() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report =
            #"printf '{"type":"result","id":"%s","data":{"zz":"%s","count":%d}}\n' "# +
            #""$(printf '%s' "$line" | sed -n 's/^{"type":"extract","id":"\([0-9]*\)".*/\1/p')" "$ZZ_LAST" "$(env | grep -c .)""#
        let plugin = try shellPlugin(
            "env", in: folder, script: workerScript(onExtract: report), manifestExtra: "[environment]\nZZ_LAST = \"exact value\"\n",
            logger: LogCapture().logger())
        for _ in 0..<5 {
            let data = try json(try await plugin.submit(sampleDocument()).get())
            #expect(data["zz"] as? String == "exact value")
            #expect(data["count"] as? Int == plugin.plan.environment.count + 1, "the plan's variables and sh's PWD, nothing inherited")
        }
        await plugin.shutdown()
        await ProcTable.waitUntilGone(recordedPIDs(folder))
    }

    @Test("network = false leaves the worker only a loopback interface; limits and no_new_privs apply")
    func sandbox() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report =
            #"printf '{"type":"result","id":"%s","data":{"interfaces":%d,"noNewPrivs":%s,"addressSpaceKiB":"%s"}}\n' "# +
            #""$(printf '%s' "$line" | sed -n 's/^{"type":"extract","id":"\([0-9]*\)".*/\1/p')" "#
            + #""$(tail -n +3 /proc/net/dev | wc -l)" "$(sed -n 's/^NoNewPrivs:[[:space:]]*//p' /proc/self/status)" "$(ulimit -v)""#
        let logs = LogCapture()
        let closed = try shellPlugin(
            "closed", in: folder, script: workerScript(onExtract: report),
            manifestExtra: "[sandbox]\nnetwork = false\nmemory_mb = 256\n", logger: logs.logger())
        let data = try json(try await closed.submit(sampleDocument()).get())
        #expect(data["interfaces"] as? Int == 1, "only lo")
        #expect(data["noNewPrivs"] as? Int == 1)
        #expect(data["addressSpaceKiB"] as? String == "262144")
        await closed.shutdown()
        await ProcTable.waitUntilGone(recordedPIDs(folder))
    }
}

@Suite("plugin-test shows a plugin author the exchange")
struct PluginTestRunTests {
    @Test("the transcript holds hello, the request and the reply, and the outcome")
    func transcript() async throws {
        let report = try await PluginTestRun.run(
            manifestPath: repositoryRoot + "/config/plugins.d/doc-stats.toml", document: sampleDocument(),
            logger: LogCapture().logger(), configuration: fastSupervision)
        #expect(report.exchange.map(\.direction) == [.toPlugin, .fromPlugin, .toPlugin, .fromPlugin])
        let text = report.transcript(lineLimit: 80)
        #expect(text.contains(#"→ {"type":"hello","protocol":1,"plugin":"doc-stats"}"#))
        #expect(text.contains(#"→ {"type":"extract","id":"1","#) && text.contains("more bytes)"))
        #expect(text.contains(#"ok in "#) && text.contains(#""paragraphs":3"#))
    }

    @Test("a refused manifest is reported, nothing runs")
    func refused() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let manifest = try folder.write("x.toml", "name = \"x\"\nversion = \"1\"\ncommand = [\"cat\"]\n", mode: 0o666)
        await #expect(throws: ManifestProblems.self) {
            _ = try await PluginTestRun.run(manifestPath: manifest, document: sampleDocument(), logger: LogCapture().logger())
        }
    }
}
