import Logging
import Platform
import PluginAPI
import Subprocess
import Synchronization

/// The conversation with one running worker: reads its stdout line by line with a deadline per exchange.
struct WorkerSession {
    /// How serving ended: `failure` is `nil` when the queue closed, else the job that failed (if any) and why.
    struct Outcome: Sendable {
        var failure: (job: Job?, error: PluginError)?
    }

    let worker: WorkerProcess
    let execution: Execution<CustomWriteInput, SequenceOutput, SequenceOutput>
    let processID: Int32
    private var output: SubprocessOutputSequence.Iterator
    private var lines: LineBuffer

    init(worker: WorkerProcess, execution: Execution<CustomWriteInput, SequenceOutput, SequenceOutput>, processID: Int32) {
        self.worker = worker
        self.execution = execution
        self.processID = processID
        output = execution.standardOutput.makeAsyncIterator()
        lines = LineBuffer(limit: worker.manifest.maxOutputBytes)
    }

    private var manifest: PluginManifest { worker.manifest }

    /// Handshake, then requests until the queue closes or something goes wrong.
    mutating func serve(first: Job) async -> Outcome {
        let capabilities: WorkerCapabilities
        do {
            let line = try await exchange(WireRequest.hello(pluginName: manifest.name), within: worker.configuration.startTimeout)
            guard case .hello(let version, let offered) = try WireReply.parse(line) else {
                throw PluginError(code: "invalid-output", message: "expected a hello reply, got: \(WireReply.preview(line))")
            }
            guard version == wireProtocolVersion else {
                throw PluginError(code: "protocol-error", message: "worker speaks protocol \(version), undocd speaks \(wireProtocolVersion)")
            }
            capabilities = offered
        } catch {
            return Outcome(failure: (first, error.during("the handshake")))
        }
        var job = first
        while true {
            do {
                let line = try await exchange(WireRequest.extract(id: job.id, document: job.document, capabilities: capabilities), within: manifest.timeout)
                let result: Result<JSONFragment, PluginError>
                switch try WireReply.parse(line) {
                case .data(let id, let json) where id == String(job.id):
                    result = .success(JSONFragment(validatedUTF8: json))
                case .error(let id, let code, let message) where id == String(job.id):
                    result = .failure(PluginError(code: Self.pluginCode(code), message: message))
                default:
                    throw PluginError(code: "invalid-output", message: "reply does not answer request \(job.id): \(WireReply.preview(line))")
                }
                worker.hooks.answered()
                job.finish(result)
            } catch {
                return Outcome(failure: (job, error.during("document \(job.document.id)")))
            }
            guard let next = await worker.queue.next() else { return Outcome(failure: nil) }
            job = next
        }
    }

    /// Codes a plugin may not claim for itself (they describe what the supervisor saw).
    static let reservedCodes: Set<String> = ["timeout", "invalid-output", "output-too-large", "plugin-crashed", "plugin-disabled", "protocol-error"]

    /// A plugin's own error code if it is kebab-case and not reserved, else `plugin-error`.
    static func pluginCode(_ code: String) -> String {
        let valid = !code.isEmpty && code.utf8.count <= 64
            && code.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        return valid && !reservedCodes.contains(code) ? code : "plugin-error"
    }

    /// Sends `request` and reads one reply line; past `deadline` the worker's process group is killed.
    private mutating func exchange(_ request: [UInt8], within deadline: Duration) async throws(ExchangeFailure) -> [UInt8] {
        worker.hooks.exchange?(ExchangeLine(direction: .toPlugin, bytes: Array(request.dropLast())))
        let expired = Flag()
        let group = processID
        let logger = worker.logger
        let execution = execution
        // Each exchange races the worker against a timer; the timer's only weapon is SIGKILL to the group,
        // which ends the read (EOF) or the write (EPIPE) below.
        let result: Result<[UInt8], ExchangeFailure> = await withTaskGroup(of: Void.self) { timers in
            timers.addTask {
                do { try await Task.sleep(for: deadline) } catch { return }
                expired.set()
                Self.kill(group, .kill, logger: logger)
            }
            defer { timers.cancelAll() }
            do {
                _ = try await execution.standardInputWriter.write(request)
            } catch {
                return .failure(expired.isSet ? .timedOut(deadline) : .writeFailed("\(error)"))
            }
            do {
                while true {
                    if let line = try lines.nextLine() { return .success(line) }
                    guard let buffer = try await output.next() else {
                        return .failure(expired.isSet ? .timedOut(deadline) : .endOfOutput(lines.partialLineCount))
                    }
                    buffer.withUnsafeBytes { lines.append($0) }
                }
            } catch let overflow as LineBuffer.Overflow {
                return .failure(.tooLarge(overflow.bytesSeen, limit: lines.limit))
            } catch {
                return .failure(expired.isSet ? .timedOut(deadline) : .endOfOutput(lines.partialLineCount))
            }
        }
        let line = try result.get()
        worker.hooks.exchange?(ExchangeLine(direction: .fromPlugin, bytes: line))
        return line
    }

    /// Stops the worker: clean path `shutdown` → EOF on stdin → grace → SIGTERM → grace → SIGKILL; failed path
    /// straight to SIGKILL. Either way the whole process group is killed at the end, so nothing the worker
    /// forked outlives it. The worker is not yet reaped here (swift-subprocess reaps after the body returns),
    /// so its pid still names its process group.
    mutating func stop(gracefully: Bool) async {
        let logger = worker.logger
        let group = processID
        if gracefully {
            let grace = worker.configuration.shutdownGrace
            do {
                _ = try await execution.standardInputWriter.write(WireRequest.shutdown())
                try await execution.standardInputWriter.finish()
            } catch {
                logger.debug("plugin worker did not take the shutdown message", metadata: ["plugin.pid": "\(group)", "error": "\(error)"])
            }
            await withTaskGroup(of: Void.self) { timers in
                timers.addTask {
                    do { try await Task.sleep(for: grace) } catch { return }
                    logger.info("plugin worker did not exit after shutdown: sending SIGTERM", metadata: ["plugin.pid": "\(group)"])
                    Self.kill(group, .terminate, logger: logger)
                    do { try await Task.sleep(for: grace) } catch { return }
                    logger.warning("plugin worker ignored SIGTERM: sending SIGKILL", metadata: ["plugin.pid": "\(group)"])
                    Self.kill(group, .kill, logger: logger)
                }
                defer { timers.cancelAll() }
                // Wait for the worker to close its stdout (normally by exiting); late output is dropped.
                do {
                    while try await output.next() != nil {}
                } catch {
                    // Reads are cancelled when the worker exits while a child still holds the pipe.
                }
            }
        }
        Self.kill(group, .kill, logger: logger)
    }

    static func kill(_ group: Int32, _ signal: ProcessControl.Signal, logger: Logger) {
        do {
            try ProcessControl.signalProcessGroup(group, signal)
        } catch {
            logger.error("could not signal plugin worker's process group", metadata: ["plugin.pid": "\(group)", "error": "\(error)"])
        }
    }
}

/// What went wrong in one exchange with a worker.
enum ExchangeFailure: Error {
    case timedOut(Duration)
    case endOfOutput(Int)
    case tooLarge(Int, limit: Int)
    case writeFailed(String)

    var pluginError: PluginError {
        switch self {
        case .timedOut(let deadline):
            PluginError(code: "timeout", message: "no reply within \(deadline.formatted(.units(allowed: [.seconds, .milliseconds]))); worker killed")
        case .endOfOutput(let partial):
            PluginError(code: "plugin-crashed", message: "worker closed its output" + (partial > 0 ? " after \(partial) bytes of an unfinished line" : ""))
        case .tooLarge(let seen, let limit):
            PluginError(code: "output-too-large", message: "reply longer than max_output_bytes (\(limit)); \(seen) bytes read, worker killed")
        case .writeFailed(let reason):
            PluginError(code: "plugin-crashed", message: "could not write to the worker: \(reason)")
        }
    }
}

extension Error {
    /// This error as a ``PluginError``, with where it happened added to the message.
    func during(_ phase: String) -> PluginError {
        var error: PluginError =
            switch self {
            case let failure as ExchangeFailure: failure.pluginError
            case let plugin as PluginError: plugin
            default: PluginError(code: "plugin-crashed", message: "\(self)")
            }
        error.message += " during \(phase)"
        return error
    }
}

/// A one-way flag set by a timer task and read by the task it races.
final class Flag: Sendable {
    private let value = Atomic<Bool>(false)
    func set() { value.store(true, ordering: .releasing) }
    var isSet: Bool { value.load(ordering: .acquiring) }
}
