import Foundation
import Platform
import Testing

/// The `posix_spawn` wrapper the intake runs poppler with: what the caller gets back, and what the child
/// does not get (blocked signals, our descriptors, a life after its deadline).
@Suite("Child process")
struct ChildProcessTests {
    /// Runs `child` on a thread of its own, so that a blocking run does not hold a thread of the global pool.
    static func run(_ child: ChildProcess) async -> Result<ChildProcess.Outcome, ChildProcess.Failure> {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: Result { () throws(ChildProcess.Failure) in try child.run() }) }.start()
        }
    }

    static func shell(_ script: String, deadline: Duration = .seconds(20), outputLimit: Int = 64 << 20, errorLimit: Int = 64 << 10) -> ChildProcess {
        ChildProcess(
            program: "/bin/sh", arguments: ["-c", script], environment: ["PATH": "/usr/bin:/bin"], deadline: deadline,
            outputLimitBytes: outputLimit, errorLimitBytes: errorLimit
        )
    }

    @Test("the exit status and a terminating signal are reported as such", .timeLimit(.minutes(1)))
    func termination() async throws {
        #expect(try await Self.run(Self.shell("exit 3")).get().termination == .exited(3))
        #expect(try await Self.run(Self.shell("true")).get().termination == .exited(0))
        let signaled = try await Self.run(Self.shell("kill -TERM $$")).get()
        #expect(signaled.termination == .signaled(15))
        #expect(!signaled.timedOut)
    }

    @Test("several megabytes on both stdout and stderr are read without deadlock; stderr is kept up to its cap", .timeLimit(.minutes(1)))
    func largeOutput() async throws {
        // Each stream alone is far larger than a pipe buffer (64 KiB): reading one and waiting on the other would hang.
        let script = "head -c 3000000 /dev/zero >&2; head -c 3000000 /dev/zero; echo end >&2"
        let outcome = try await Self.run(Self.shell(script, errorLimit: 1000)).get()
        #expect(outcome.termination == .exited(0))
        #expect(outcome.output.count == 3_000_000)
        #expect(!outcome.outputTruncated)
        #expect(outcome.error.utf8.count == 1000)
    }

    @Test("output over the limit is dropped and flagged while the child still runs to its end", .timeLimit(.minutes(1)))
    func outputLimit() async throws {
        let outcome = try await Self.run(Self.shell("head -c 2000000 /dev/zero; echo done >&2", outputLimit: 10_000)).get()
        #expect(outcome.output.count == 10_000)
        #expect(outcome.outputTruncated)
        #expect(outcome.error == "done\n")
    }

    @Test("stderr comes back as text; stdin is empty; the environment is exactly the one given", .timeLimit(.minutes(1)))
    func streamsAndEnvironment() async throws {
        var child = Self.shell("cat; echo \"oops $GREETING\" >&2; env | grep -c =")
        child.environment["GREETING"] = "你好"
        let outcome = try await Self.run(child).get()
        #expect(outcome.error == "oops 你好\n")
        // PATH, GREETING, and PWD which sh adds.
        #expect(Int(String(decoding: outcome.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 <= 3)
    }

    @Test("the child starts with no blocked or ignored signals and no descriptor but 0, 1 and 2", .timeLimit(.minutes(1)))
    func cleanStart() async throws {
        // The daemon ignores SIGPIPE; exec keeps ignored signals, so only a reset to defaults gives the child a clean slate.
        ProcessControl.ignoreBrokenPipeSignal()
        let signals = try await Self.run(ChildProcess(program: "/bin/grep", arguments: ["-E", "^Sig(Blk|Ign)", "/proc/self/status"])).get()
        #expect(String(decoding: signals.output, as: UTF8.self) == "SigBlk:\t0000000000000000\nSigIgn:\t0000000000000000\n")
        let descriptors = try await Self.run(ChildProcess(program: "/bin/ls", arguments: ["/proc/self/fd"])).get()
        // 3 is the directory ls opened to list itself.
        #expect(String(decoding: descriptors.output, as: UTF8.self).split(separator: "\n") == ["0", "1", "2", "3"])
    }

    @Test("the deadline kills the child and its children well before they would end", .timeLimit(.minutes(1)))
    func deadline() async throws {
        let started = ContinuousClock.now
        // The grandchild keeps stdout open, so only a kill of the whole process group ends the run.
        let outcome = try await Self.run(Self.shell("sleep 30 & echo $!; sleep 30", deadline: .milliseconds(500))).get()
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(outcome.timedOut)
        #expect(outcome.termination == .signaled(9))
        let grandchild = try #require(Int32(String(decoding: outcome.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(await Self.waitUntil(deadline: .seconds(5)) { !Self.isAlive(grandchild) }, "sleep \(grandchild) survived")
    }

    @Test("runs leave no descriptor and no zombie behind", .timeLimit(.minutes(1)))
    func noLeaks() async throws {
        let runs = 40
        let before = try Self.openDescriptorCount()
        var pids: [Int32] = []
        for index in 0..<runs {
            let outcome = try await Self.run(Self.shell(index.isMultiple(of: 2) ? "echo out; echo err >&2" : "exit 1")).get()
            pids.append(outcome.processID)
        }
        _ = try await Self.run(Self.shell("sleep 30", deadline: .milliseconds(50))).get()
        // Two pipes per run: a leak would show as 80 or more; other suites running meanwhile open a few at most.
        #expect(try Self.openDescriptorCount() - before < runs)
        let me = ProcessInfo.processInfo.processIdentifier
        #expect(pids.allSatisfy { Self.parent(of: $0) != me }, "an exited child is still a zombie of this process")
    }

    @Test("a program that does not exist fails with its name and errno", .timeLimit(.minutes(1)))
    func missingProgram() async {
        let result = await Self.run(ChildProcess(program: "/nonexistent/pdftotext"))
        guard case .failure(let failure) = result else {
            Issue.record("a missing program ran")
            return
        }
        #expect(failure.program == "/nonexistent/pdftotext")
        #expect(failure.errno == 2)
        #expect(failure.description.contains("No such file or directory"))
    }

    static func openDescriptorCount() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    }

    /// The parent PID of `pid` from `/proc/<pid>/stat`, or `nil` when no such process exists.
    static func parent(of pid: Int32) -> Int32? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 ? Int32(fields[1]) : nil
    }

    /// Whether `pid` exists and is not a zombie.
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].hasPrefix(" Z")
    }

    static func waitUntil(deadline: Duration, _ condition: () -> Bool) async -> Bool {
        let end = ContinuousClock.now + deadline
        while ContinuousClock.now < end {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }
}
