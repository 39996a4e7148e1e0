import Foundation
import Platform

/// Runs a helper tool synchronously under `prlimit` (address space, CPU time, no core dumps) and a wall-clock
/// deadline, collecting its standard output up to a limit.
///
/// The child is started by Platform's ``Platform/ChildProcess`` (`posix_spawn`): it needs no socket, so it
/// works under the unit's `RestrictAddressFamilies=AF_UNIX`, and it blocks only the calling thread (the
/// intake's entry point is synchronous; async callers use `decodeSuspending`, which gives a PDF its own
/// thread). The child starts with no blocked signals, in its own process group, which the deadline kills.
struct LimitedTool {
    struct Outcome {
        /// Exit status, or the signal number when ``killed``.
        var status: Int32
        var killed: Bool
        var timedOut: Bool
        var output: [UInt8]
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
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        let child = ChildProcess(
            program: "/usr/bin/prlimit",
            arguments: ["--as=\(memoryLimitBytes)", "--cpu=\(max(1, Int(seconds.rounded(.up))))", "--core=0", "--", tool] + arguments,
            environment: environment, deadline: .milliseconds(Int64((seconds * 1000).rounded(.up))),
            outputLimitBytes: outputLimitBytes
        )
        let outcome: ChildProcess.Outcome
        do {
            outcome = try child.run()
        } catch {
            throw LaunchFailure(description: "cannot start \(tool) under prlimit: \(error)")
        }
        if outcome.outputTruncated {
            return Outcome(status: -1, killed: false, timedOut: false, output: outcome.output, error: "output over \(outputLimitBytes) bytes")
        }
        switch outcome.termination {
        case .exited(let status):
            return Outcome(status: status, killed: false, timedOut: outcome.timedOut, output: outcome.output, error: outcome.error)
        case .signaled(let signal):
            return Outcome(status: signal, killed: true, timedOut: outcome.timedOut, output: outcome.output, error: outcome.error)
        }
    }
}
