import Foundation
import PluginAPI
import Testing

@testable import ExternalPlugins

/// A worker script: records its pid, answers `hello`, runs `onExtract` for each document, exits on `shutdown`.
func workerScript(onExtract: String, beforeLoop: String = "") -> String {
    """
    echo $$ >> pids
    \(beforeLoop)
    while IFS= read -r line; do
        case "$line" in
        '{"type":"hello"'*) \(helloReply) ;;
        '{"type":"extract"'*)
            \(onExtract)
            ;;
        '{"type":"shutdown"'*) exit 0 ;;
        esac
    done
    """
}

/// A plugin that answers every document correctly, to show the others are unaffected.
let wellBehavedExtract = #"printf '{"type":"result","id":"%s","data":{"ok":true}}\n' "$(printf '%s' "$line" | sed -n 's/^{"type":"extract","id":"\([0-9]*\)".*/\1/p')""#

@Suite("A misbehaving plugin fails only its own extractor, is logged by name, and leaves no process behind", .serialized)
struct MisbehavingPluginTests {
    /// Runs one document through a misbehaving plugin next to a well-behaved one and checks the common promises.
    func expectContained(
        _ name: String, script: String, code: String, timeoutMs: Int = 60_000,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> (LogCapture, TemporaryFolder, ExternalPlugin) {
        let folder = try TemporaryFolder()
        let logs = LogCapture()
        let bad = try shellPlugin(name, in: folder, script: script, timeoutMs: timeoutMs, logger: logs.logger())
        let good = try shellPlugin("good", in: folder, script: workerScript(onExtract: wellBehavedExtract), logger: logs.logger())

        async let badResult = bad.submit(sampleDocument())
        async let goodResult = good.submit(sampleDocument())
        let (badOutcome, goodOutcome) = await (badResult, goodResult)

        #expect(throws: PluginError.self, sourceLocation: sourceLocation) { try badOutcome.get() }
        if case .failure(let error) = badOutcome {
            #expect(error.code == code, "\(error.message)", sourceLocation: sourceLocation)
        }
        #expect(try goodOutcome.get().utf8 == Array(#"{"ok":true}"#.utf8), sourceLocation: sourceLocation)
        #expect(!logs.entries(plugin: name, atLeast: .warning).isEmpty, "misbehaviour logged with the plugin's name", sourceLocation: sourceLocation)

        await bad.shutdown()
        await good.shutdown()
        await ProcTable.waitUntilGone(recordedPIDs(folder), sourceLocation: sourceLocation)
        return (logs, folder, bad)
    }

    @Test("crashes on start: plugin-crashed")
    func crashesOnStart() async throws {
        let (_, folder, _) = try await expectContained("crash-start", script: "echo $$ >> pids\nexit 3\n", code: "plugin-crashed")
        folder.remove()
    }

    @Test("crashes in the middle of a document: plugin-crashed with the exit status")
    func crashesMidDocument() async throws {
        let (logs, folder, _) = try await expectContained(
            "crash-mid", script: workerScript(onExtract: #"printf '{"type":"result","id"'; exit 7"#), code: "plugin-crashed")
        #expect(logs.entries(plugin: "crash-mid").contains { $0.metadata["plugin.exit"] == "exit status 7" })
        folder.remove()
    }

    @Test("hangs: timeout, and the worker (with the sleep it started) is killed")
    func hangs() async throws {
        let (_, folder, _) = try await expectContained("hang", script: workerScript(onExtract: "sleep 1000"), code: "timeout", timeoutMs: 400)
        folder.remove()
    }

    @Test("prints garbage: invalid-output")
    func printsGarbage() async throws {
        let (_, folder, _) = try await expectContained(
            "garbage", script: workerScript(onExtract: "echo 'this is not JSON {'"), code: "invalid-output")
        folder.remove()
    }

    @Test("prints 100 MB: output-too-large after max_output_bytes, the rest is never read into memory")
    func printsHundredMegabytes() async throws {
        let (_, folder, _) = try await expectContained(
            "flood", script: workerScript(onExtract: "head -c 100000000 /dev/zero | tr '\\\\0' 'x'; echo"),
            code: "output-too-large")
        folder.remove()
    }

    @Test("writes to stderr in a loop: lines logged under its name, the flood suppressed, then timeout")
    func stderrLoop() async throws {
        let (logs, folder, _) = try await expectContained(
            "noisy", script: workerScript(onExtract: "while :; do echo 'noise on stderr' >&2; done"), code: "timeout", timeoutMs: 400)
        let lines = logs.entries(plugin: "noisy").filter { $0.message == "noise on stderr" }
        #expect(!lines.isEmpty)
        // At most the rate per started second of the flood (one-second windows).
        let span = (lines.last?.time ?? .now) - (lines.first?.time ?? .now)
        let windows = Int(span.components.seconds) + 2
        #expect(lines.count <= fastSupervision.stderrLinesPerSecond * windows, "rate-limited: \(lines.count) lines in \(span)")
        #expect(lines.allSatisfy { $0.metadata["plugin.stream"] == "stderr" })
        #expect(logs.entries(plugin: "noisy").contains { $0.metadata["plugin.stderr.suppressed"] != nil })
        folder.remove()
    }

    @Test("ignores SIGTERM: killed with SIGKILL after the grace period on shutdown")
    func ignoresSigterm() async throws {
        let folder = try TemporaryFolder()
        let logs = LogCapture()
        let script = workerScript(
            onExtract: wellBehavedExtract, beforeLoop: "trap '' TERM")
            .replacingOccurrences(of: "'{\"type\":\"shutdown\"'*) exit 0 ;;", with: "'{\"type\":\"shutdown\"'*) ;;")
            + "\nwhile :; do sleep 0.05; done\n"
        let plugin = try shellPlugin("stubborn", in: folder, script: script, logger: logs.logger())
        let answered = await plugin.submit(sampleDocument())
        #expect(throws: Never.self) { try answered.get() }
        let pids = recordedPIDs(folder)
        #expect(pids.count == 1)

        await plugin.shutdown()
        await ProcTable.waitUntilGone(pids)
        #expect(logs.entries(plugin: "stubborn").contains { $0.message.contains("ignored SIGTERM") })
        folder.remove()
    }

    @Test("forks a child that outlives it: the child is killed with the worker's process group")
    func forkedChildOutlivesWorker() async throws {
        let (_, folder, _) = try await expectContained(
            "forker", script: workerScript(onExtract: "(trap '' TERM HUP; sh -c 'echo $PPID' > child-pid; sleep 1000) & sleep 0.1; exit 1"),
            code: "plugin-crashed")
        let child = recordedPIDs(folder, "child-pid")
        #expect(child.count == 1, "the child recorded its pid")
        await ProcTable.waitUntilGone(child)
        folder.remove()
    }

    @Test("keeps failing: restarted with backoff, then disabled with a clear log entry and status")
    func disabledAfterRepeatedFailures() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let logs = LogCapture()
        let plugin = try shellPlugin("flaky", in: folder, script: "echo $$ >> pids\nexit 1\n", logger: logs.logger())
        for _ in 0..<fastSupervision.maximumConsecutiveFailures {
            let failed = await plugin.submit(sampleDocument())
            #expect(throws: PluginError.self) { try failed.get() }
        }
        await waitUntil("the plugin is disabled") { plugin.status.disabledReason != nil }
        let result = await plugin.submit(sampleDocument())
        #expect(throws: PluginError(code: "plugin-disabled", message: plugin.status.disabledReason.map { "plugin disabled: \($0)" } ?? "")) { try result.get() }
        #expect(plugin.status.state == "disabled")
        #expect(plugin.status.restarts == fastSupervision.maximumConsecutiveFailures - 1)
        #expect(logs.entries(plugin: "flaky", atLeast: .error).contains { $0.message.contains("disabled") })
        await plugin.shutdown()
        await ProcTable.waitUntilGone(recordedPIDs(folder))
    }

    @Test("a worker that timed out is replaced, and the next document succeeds")
    func restartsAfterTimeout() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let logs = LogCapture()
        // The first worker hangs; later workers answer.
        let onExtract = "if [ ! -e hung ]; then touch hung; sleep 1000; fi; " + wellBehavedExtract
        let plugin = try shellPlugin("slow-once", in: folder, script: workerScript(onExtract: onExtract), timeoutMs: 1500, logger: logs.logger())
        let first = await plugin.submit(sampleDocument())
        #expect(throws: PluginError.self) { try first.get() }
        let second = await plugin.submit(sampleDocument())
        #expect(try second.get().utf8 == Array(#"{"ok":true}"#.utf8))
        #expect(plugin.status.consecutiveFailures == 0)
        await plugin.shutdown()
        await ProcTable.waitUntilGone(recordedPIDs(folder))
    }

    @Test("restarting a crashing worker many times leaks no descriptor and leaves no child behind")
    func noLeaksAcrossRestarts() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let tolerant = SupervisionConfiguration(
            shutdownGrace: .milliseconds(150), restartBackoff: .milliseconds(1), maximumRestartBackoff: .milliseconds(1),
            maximumConsecutiveFailures: 10_000)
        let plugin = try shellPlugin("crashy", in: folder, script: "exit 1\n", logger: LogCapture().logger(), configuration: tolerant)
        _ = await plugin.submit(sampleDocument())  // swift-subprocess opens its shared epoll descriptors once
        func openDescriptors() throws -> Int { try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count }
        let before = try openDescriptors()
        for _ in 0..<50 { _ = await plugin.submit(sampleDocument()) }
        await plugin.shutdown()
        // Other suites run in parallel and may hold a few descriptors for a moment.
        await waitUntil("descriptors are back to \(before)") { ((try? openDescriptors()) ?? .max) <= before + 4 }
        let children = try FileManager.default.contentsOfDirectory(atPath: "/proc").compactMap(Int32.init)
            .filter { ProcTable.stat($0)?.parent == getpid() && ProcTable.stat($0)?.state == "Z" }
        #expect(children.isEmpty, "no unreaped worker")
        #expect(plugin.status.restarts == 51, "one restart per failed start")
    }

    @Test("a worker inherits no descriptor but its three pipes")
    func noInheritedDescriptors() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The shell's own: the script it reads (fd 10 for dash) and the pipe of $(…).
        let listing = #"printf '{"type":"result","id":"%s","data":{"fds":"%s"}}\n' "$(printf '%s' "$line" | sed -n 's/^{"type":"extract","id":"\([0-9]*\)".*/\1/p')" "$(for f in /proc/$$/fd/*; do readlink "$f"; done | tr '\n' ' ')""#
        let plugin = try shellPlugin("fds", in: folder, script: workerScript(onExtract: listing), logger: LogCapture().logger())
        let data = try #require(try JSONSerialization.jsonObject(with: Data(try await plugin.submit(sampleDocument()).get().utf8)) as? [String: String])
        let targets = try #require(data["fds"]).split(separator: " ")
        #expect(targets.count >= 3)
        #expect(targets.allSatisfy { $0.hasPrefix("pipe:") || $0.hasSuffix("/fds.sh") }, "\(targets)")
        await plugin.shutdown()
        await ProcTable.waitUntilGone(recordedPIDs(folder))
    }

    @Test("a program that vanished after loading cannot start: plugin-crashed, logged")
    func programVanished() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let logs = LogCapture()
        let plugin = try shellPlugin("vanished", in: folder, script: workerScript(onExtract: wellBehavedExtract), logger: logs.logger())
        try FileManager.default.removeItem(atPath: folder.path + "/vanished.sh")
        let result = await plugin.submit(sampleDocument())
        #expect(throws: PluginError.self) { try result.get() }
        if case .failure(let error) = result { #expect(error.code == "plugin-crashed") }
        #expect(!logs.entries(plugin: "vanished", atLeast: .warning).isEmpty)
        await plugin.shutdown()
    }
}
