import Foundation
import PluginAPI
import Testing

@testable import ExternalPlugins

@Suite("A reload picks up added, changed and removed plugins and keeps the unchanged ones running", .serialized)
struct ReloadTests {
    func manifest(_ name: String, version: String = "1", enabled: Bool = true) -> String {
        "name = \"\(name)\"\nversion = \"\(version)\"\ncommand = [\"./worker.sh\"]\nenabled = \(enabled)\n"
    }

    @Test("add, keep, change, remove, and a fresh start for a disabled plugin")
    func reload() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("worker.sh", "#!/bin/sh\n" + workerScript(onExtract: wellBehavedExtract), mode: 0o755)
        _ = try folder.write("a.toml", manifest("alpha"))
        _ = try folder.write("b.toml", manifest("beta"))
        let set = ExternalPluginSet(logger: LogCapture().logger(), configuration: fastSupervision)

        let first = set.reload(directory: folder.path).plugins
        #expect(first.map(\.descriptor.name) == ["alpha", "beta"])
        for plugin in first { _ = try await plugin.submit(sampleDocument()).get() }
        let alphaWorker = first[0].status.workerProcessIDs
        let betaWorker = first[1].status.workerProcessIDs

        _ = try folder.write("b.toml", manifest("beta", version: "2"))
        _ = try folder.write("c.toml", manifest("gamma"))
        let second = set.reload(directory: folder.path).plugins
        #expect(second.map(\.descriptor.name) == ["alpha", "beta", "gamma"])
        #expect(second[0] === first[0] && second[0].status.workerProcessIDs == alphaWorker, "unchanged plugin keeps its worker")
        #expect(second[1] !== first[1] && second[1].descriptor.version == "2", "changed plugin replaced")
        await first[1].waitUntilStopped()
        await ProcTable.waitUntilGone(betaWorker)
        #expect(await first[1].submit(sampleDocument()).isFailure, "a retired plugin takes no more documents")

        try FileManager.default.removeItem(atPath: folder.path + "/a.toml")
        let third = set.reload(directory: folder.path, reservedNames: ["gamma"])
        #expect(third.plugins.map(\.descriptor.name) == ["beta"])
        #expect(third.problems.map(\.key) == ["name"], "a built-in's name is refused")
        await first[0].waitUntilStopped()
        await ProcTable.waitUntilGone(alphaWorker)

        await set.shutdown()
        await ProcTable.waitUntilGone(recordedPIDs(folder))
    }

    @Test("a plugin disabled after failures starts afresh on reload")
    func disabledGetsFreshStart() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("worker.sh", "#!/bin/sh\n[ -e fixed ] || exit 1\n" + workerScript(onExtract: wellBehavedExtract), mode: 0o755)
        _ = try folder.write("a.toml", manifest("alpha"))
        let set = ExternalPluginSet(logger: LogCapture().logger(), configuration: fastSupervision)
        let broken = try #require(set.reload(directory: folder.path).plugins.first)
        for _ in 0..<fastSupervision.maximumConsecutiveFailures { _ = await broken.submit(sampleDocument()) }
        await waitUntil("the plugin is disabled") { broken.status.disabledReason != nil }

        _ = try folder.write("fixed", "")
        let fresh = try #require(set.reload(directory: folder.path).plugins.first)
        #expect(fresh !== broken)
        #expect(try await fresh.submit(sampleDocument()).get().utf8 == Array(#"{"ok":true}"#.utf8))
        await set.shutdown()
        await ProcTable.waitUntilGone(recordedPIDs(folder))
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}

@Suite("A caller that gives up takes its document out of the queue")
struct CancellationTests {
    @Test("a cancelled, still queued document never reaches the worker")
    func cancelledWhileQueued() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Each request is counted; the answer waits until the test creates `go`.
        let onExtract = "echo x >> requests; while [ ! -e go ]; do sleep 0.01; done; " + wellBehavedExtract
        let plugin = try shellPlugin("slow", in: folder, script: workerScript(onExtract: onExtract), timeoutMs: 60_000, logger: LogCapture().logger())
        let first = Task { await plugin.submit(sampleDocument()) }
        await waitUntil("the worker has the first document") { folder.read("requests") != nil }
        let second = Task { await plugin.submit(sampleDocument()) }
        second.cancel()
        let withdrawn = await second.value
        #expect(throws: PluginError(code: "cancelled", message: "the document was withdrawn before a worker took it")) { try withdrawn.get() }
        _ = try folder.write("go", "")
        let answered = await first.value
        #expect(throws: Never.self) { try answered.get() }
        #expect(folder.read("requests") == "x\n", "the worker saw only the first document")
        await plugin.shutdown()
        await ProcTable.waitUntilGone(recordedPIDs(folder))
    }
}
