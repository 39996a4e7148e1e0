import Foundation

/// Runs a helper tool synchronously under `prlimit` (address space, CPU time, no core dumps) and coreutils'
/// `timeout` (wall clock), collecting its standard output up to a limit.
///
/// Why not swift-subprocess: it is async-only, and the intake's entry point is synchronous. Bridging it
/// (block the caller, run the work in a task) deadlocks when every thread of the global pool is blocked
/// in such a call, because swift-subprocess starts unstructured tasks that need a pool thread. Foundation's
/// `Process` waits on the calling thread and needs no pool thread. Because a child started from async code
/// may inherit blocked signals, the limits end it with SIGKILL, which cannot be blocked.
struct ChildProcess {
    struct Outcome {
        /// Exit status, or the signal number when ``killed``.
        var status: Int32
        var killed: Bool
        var timedOut: Bool
        var output: Data
        var error: String
    }

    /// Why the child could not be run at all.
    struct LaunchFailure: Error, CustomStringConvertible {
        var description: String
    }

    var memoryLimitBytes: Int
    var timeoutSeconds: Double
    var outputLimitBytes: Int

    func run(_ tool: String, _ arguments: [String]) throws(LaunchFailure) -> Outcome {
        let seconds = max(timeoutSeconds, 0.001)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        process.arguments = [
            "--as=\(memoryLimitBytes)", "--cpu=\(max(1, Int(seconds.rounded(.up))))", "--core=0", "--",
            "timeout", "--signal=KILL", String(format: "%.3f", seconds), tool,
        ] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        let errorFile: URL
        let errorHandle: FileHandle
        do {
            errorFile = try TemporaryFile.write([], suffix: ".stderr")
            errorHandle = try FileHandle(forWritingTo: errorFile)
        } catch {
            throw LaunchFailure(description: "cannot create a file for \(tool)'s diagnostics: \(error)")
        }
        defer { TemporaryFile.remove(errorFile) }
        process.standardError = errorHandle
        let started = ContinuousClock.now
        do {
            try process.run()
        } catch {
            try? errorHandle.close()
            throw LaunchFailure(description: "cannot start \(tool) under prlimit: \(error)")
        }
        try? errorHandle.close()  // the child holds its own copy
        let reader = output.fileHandleForReading
        var collected = Data()
        var overflow = false
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            if collected.count + chunk.count > outputLimitBytes {
                overflow = true
                process.terminate()
                break
            }
            collected.append(chunk)
        }
        try? reader.close()  // Foundation keeps the read end open otherwise
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - started
        let killed = process.terminationReason == .uncaughtSignal
        let status = process.terminationStatus
        // timeout(1) exits 124 on expiry, 137 when it had to use SIGKILL.
        let timedOut = (status == 124 || status == 137 || killed) && elapsed >= .seconds(seconds)
        let diagnostics = (try? Data(contentsOf: errorFile)).map { String(decoding: $0.prefix(64 << 10), as: UTF8.self) } ?? ""
        return Outcome(status: overflow ? -1 : status, killed: killed || status == 137, timedOut: timedOut, output: collected,
                       error: overflow ? "output over \(outputLimitBytes) bytes" : diagnostics)
    }
}
