import Logging
import Platform
import PluginAPI
import Subprocess
import SystemPackage

/// One worker process from spawn to reaping: handshake, then one request at a time from the plugin's
/// queue until the queue closes (clean shutdown) or the worker misbehaves (killed with its process group).
///
/// swift-subprocess runs the process for the duration of one `run` call; the body below is the worker's
/// whole life. It gives us a long-lived bidirectional pipe, pidfd reaping, a fresh session (so the worker
/// and anything it forks share one process group we can kill) and closes every other descriptor in the child.
struct WorkerProcess {
    let manifest: PluginManifest
    let plan: LaunchPlan
    let configuration: SupervisionConfiguration
    let logger: Logger
    let queue: JobQueue
    let hooks: WorkerHooks

    /// How a worker's life ended.
    enum End: Sendable, Equatable {
        /// The queue closed and the worker was stopped.
        case stopped
        /// The worker failed; the document it was handling has failed with this error.
        case failed(PluginError)
    }

    /// Starts a worker for `first` and serves jobs until the queue closes or the worker fails.
    func run(first: Job) async -> End {
        var options = PlatformOptions()
        options.createSession = true
        // Used by swift-subprocess only if this task is cancelled or the body throws.
        options.teardownSequence = [.gracefulShutDown(toProcessGroup: true, allowedDurationToNextStep: configuration.shutdownGrace)]
        let subprocess = Configuration(
            executable: .path(FilePath(plan.executable)),
            arguments: Arguments(plan.arguments),
            // swift-subprocess 1.0.2 hands each entry to strdup(): it must end with a NUL byte, or strdup reads on
            // past the array (the last variable then ends in garbage).
            environment: .custom(plan.environment.map { Array($0.utf8) + [0] }),
            workingDirectory: FilePath(plan.workingDirectory),
            platformOptions: options)
        var processID: Int32 = 0
        var served: WorkerSession.Outcome?
        let outcome: WorkerSession.Outcome
        let status: TerminationStatus
        do {
            let result = try await Subprocess.run(subprocess, input: .inputWriter, output: .sequence, error: .sequence) { execution in
                let pid = execution.processIdentifier.value
                processID = pid
                hooks.spawned(pid)
                logger.debug("plugin worker started", metadata: ["plugin.pid": "\(pid)"])
                return await withTaskGroup(of: Void.self, returning: WorkerSession.Outcome.self) { group in
                    group.addTask {
                        await StderrForwarder(
                            logger: logger, processID: pid, lineLimit: configuration.stderrLineLimit,
                            linesPerSecond: configuration.stderrLinesPerSecond
                        ).forward(execution.standardError)
                    }
                    var session = WorkerSession(worker: self, execution: execution, processID: pid)
                    let outcome = await session.serve(first: first)
                    await session.stop(gracefully: outcome.failure == nil)
                    served = outcome
                    return outcome
                }
            }
            outcome = result.closureResult
            status = result.terminationStatus
        } catch {
            let failure = PluginError(code: "plugin-crashed", message: "could not run worker \(plan.executable): \(error)")
            // Whichever document is still unanswered fails: the first if the worker never started, else the
            // one the session gave up on.
            if processID == 0 {
                first.finish(.failure(failure))
            } else if let failed = served?.failure {
                failed.job?.finish(.failure(failed.error))
            }
            logger.warning("plugin worker failed", metadata: ["error": "\(error)", "plugin.pid": "\(processID)"])
            return .failed(served?.failure?.error ?? failure)
        }
        hooks.exited(processID)
        guard let (job, error) = outcome.failure else {
            logger.debug("plugin worker stopped", metadata: ["plugin.pid": "\(processID)", "plugin.exit": "\(status)"])
            return .stopped
        }
        var failure = error
        if failure.code == "plugin-crashed" { failure.message += " (\(Self.describe(status)))" }
        logger.warning(
            "plugin worker failed: \(failure.message)",
            metadata: ["plugin.pid": "\(processID)", "plugin.error": "\(failure.code)", "plugin.exit": "\(Self.describe(status))"])
        job?.finish(.failure(failure))
        return .failed(failure)
    }

    static func describe(_ status: TerminationStatus) -> String {
        switch status {
        case .exited(let code): "exit status \(code)"
        case .signaled(let signal): "killed by signal \(signal)"
        }
    }
}
