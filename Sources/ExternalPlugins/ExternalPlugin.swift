import Logging
import Platform
import PluginAPI
import Synchronization

/// An extractor that runs out of process: a pool of supervised worker processes speaking the JSON Lines
/// protocol of `Plugins/PROTOCOL.md`, described by a manifest.
///
/// Workers start on the first document (or ``start()``), are restarted with backoff when they crash, hang
/// or break the protocol, and the plugin disables itself after too many failures in a row; a disabled
/// plugin fails every document with `plugin-disabled` until it is loaded again (SIGHUP). Call ``shutdown()``
/// before dropping the plugin: it stops every worker and waits for them to be reaped.
public final class ExternalPlugin: ExtractorPlugin, Sendable {
    /// What the manifest said.
    public let manifest: PluginManifest
    /// How workers are started.
    public let plan: LaunchPlan
    /// Name, version, languages and summary from the manifest.
    public var descriptor: PluginDescriptor { manifest.descriptor }

    private let configuration: SupervisionConfiguration
    private let logger: Logger
    private let queue = JobQueue()
    private let exchangeObserver: (@Sendable (ExchangeLine) -> Void)?
    private let state: Mutex<State>

    private struct State {
        var started = false
        var slots: [Task<Void, Never>] = []
        var policy: RestartPolicy
        var disabledReason: String?
        var workers: Set<Int32> = []
        var restarts = 0
        var nextJobID: UInt64 = 1
        var runningSlots = 0
    }

    /// Creates a plugin from a validated manifest; no process starts until the first document or ``start()``.
    ///
    /// - Parameters:
    ///   - manifest: the parsed manifest.
    ///   - plan: how to start its workers (see ``LaunchPlan/init(manifest:searchPath:)``).
    ///   - configuration: supervision timings and limits.
    ///   - logger: where misbehaviour and the workers' stderr go; `plugin` metadata is added.
    ///   - exchangeObserver: sees every protocol line (for `undocd plugin-test`); `nil` in the daemon.
    public init(
        manifest: PluginManifest, plan: LaunchPlan, configuration: SupervisionConfiguration = .init(), logger: Logger,
        exchangeObserver: (@Sendable (ExchangeLine) -> Void)? = nil
    ) {
        self.manifest = manifest
        self.plan = plan
        self.configuration = configuration
        var logger = logger
        logger[metadataKey: "plugin"] = "\(manifest.name)"
        self.logger = logger
        self.exchangeObserver = exchangeObserver
        state = Mutex(State(policy: RestartPolicy(configuration: configuration)))
    }

    /// Sends the document to a worker and returns the worker's `data` object, to be spliced verbatim.
    ///
    /// - Throws: ``PluginError`` with code `timeout`, `invalid-output`, `output-too-large`, `plugin-crashed`,
    ///   `protocol-error`, `plugin-disabled`, or the plugin's own code for an `error` reply.
    public func extract(_ document: Document) async throws -> any Encodable & Sendable {
        let result = await submit(document)
        return try result.get()
    }

    /// Like ``extract(_:)`` but with a typed result.
    public func submit(_ document: Document) async -> Result<JSONFragment, PluginError> {
        let admission: Result<UInt64, PluginError> = state.withLock { state in
            if let reason = state.disabledReason { return .failure(Self.disabledError(reason)) }
            defer { state.nextJobID += 1 }
            return .success(state.nextJobID)
        }
        switch admission {
        case .failure(let error): return .failure(error)
        case .success(let id):
            start()
            // A caller that gives up (the pipeline's own timeout cancels its task) takes its document out of the
            // queue; a document a worker already has runs to its reply or to the manifest's timeout.
            return await withTaskCancellationHandler {
                await withCheckedContinuation { continuation in
                    queue.submit(Job(id: id, document: document, continuation: continuation))
                    // Cancelled before the job was queued: the handler below found nothing to withdraw.
                    if Task.isCancelled { queue.withdraw(jobID: id, failing: Self.withdrawn) }
                }
            } onCancel: {
                queue.withdraw(jobID: id, failing: Self.withdrawn)
            }
        }
    }

    /// Starts the worker slots (idempotent). Each slot spawns its worker when a document arrives.
    public func start() {
        state.withLock { state in
            guard !state.started else { return }
            state.started = true
            ProcessControl.ignoreBrokenPipeSignal()
            for _ in 0..<manifest.concurrency {
                // Owned by the plugin and awaited by `shutdown()`.
                state.runningSlots += 1
                state.slots.append(Task { await self.runSlot() })
            }
        }
    }

    /// Stops accepting documents, stops every worker (`shutdown` message, then SIGTERM, then SIGKILL to its
    /// process group) and waits until all of them are reaped. Documents still queued fail with `plugin-disabled`.
    public func shutdown() async {
        stop(reason: "shut down", draining: false)
        await waitUntilStopped()
    }

    /// Stops accepting documents without waiting: documents already queued are still handled, then the
    /// workers stop. Used when a reload replaces or removes the plugin; ``waitUntilStopped()`` awaits the end.
    public func retire(reason: String) {
        stop(reason: reason, draining: true)
    }

    /// Whether no worker slot is running (never started, or stopped after shutdown, retirement or disabling).
    public var isStopped: Bool { state.withLock { $0.runningSlots == 0 } }

    /// Waits until every worker of a shut-down or retired plugin has been stopped and reaped.
    public func waitUntilStopped() async {
        for slot in state.withLock({ $0.slots }) { await slot.value }
    }

    private func stop(reason: String, draining: Bool) {
        let reason = state.withLock { state in
            if state.disabledReason == nil { state.disabledReason = reason }
            return state.disabledReason ?? reason
        }
        queue.close(failing: Self.disabledError(reason), draining: draining)
    }

    /// The plugin's state, for `undocd plugins` and tests.
    public var status: ExternalPluginStatus {
        state.withLock { state in
            ExternalPluginStatus(
                name: manifest.name, disabledReason: state.disabledReason, workerProcessIDs: state.workers.sorted(),
                restarts: state.restarts, consecutiveFailures: state.policy.consecutiveFailures)
        }
    }

    private static let withdrawn = PluginError(code: "cancelled", message: "the document was withdrawn before a worker took it")

    private static func disabledError(_ reason: String) -> PluginError {
        PluginError(code: "plugin-disabled", message: "plugin disabled: \(reason)")
    }

    /// One worker slot: wait for a document, run a worker until it stops or fails, back off, repeat.
    private func runSlot() async {
        defer { state.withLock { $0.runningSlots -= 1 } }
        let hooks = WorkerHooks(
            spawned: { [self] pid in state.withLock { _ = $0.workers.insert(pid) } },
            exited: { [self] pid in state.withLock { _ = $0.workers.remove(pid) } },
            answered: { [self] in state.withLock { $0.policy.recordSuccess() } },
            exchange: exchangeObserver)
        let worker = WorkerProcess(manifest: manifest, plan: plan, configuration: configuration, logger: logger, queue: queue, hooks: hooks)
        while let job = await queue.next() {
            guard case .failed(let error) = await worker.run(first: job) else { return }
            let action = state.withLock { state in
                let action = state.policy.recordFailure()
                if action == .disable, state.disabledReason == nil {
                    state.disabledReason = "\(state.policy.consecutiveFailures) failures in a row, last: \(error.code): \(error.message)"
                }
                return action
            }
            switch action {
            case .restart(let delay):
                state.withLock { $0.restarts += 1 }
                logger.info("restarting plugin worker", metadata: ["plugin.restart.delay": "\(delay)", "plugin.error": "\(error.code)"])
                await queue.pause(for: delay)
            case .disable:
                let reason = status.disabledReason ?? error.message
                logger.error(
                    "plugin disabled after repeated failures; reload (SIGHUP) after fixing it",
                    metadata: ["plugin.disabled.reason": "\(reason)", "plugin.error": "\(error.code)"])
                queue.close(failing: Self.disabledError(reason))
                return
            }
        }
    }
}

/// A snapshot of an external plugin's health.
public struct ExternalPluginStatus: Sendable, Equatable {
    /// The plugin's name.
    public var name: String
    /// Why the plugin no longer accepts documents, or `nil` while it is enabled.
    public var disabledReason: String?
    /// The pids of running workers (each also the ID of the worker's process group).
    public var workerProcessIDs: [Int32]
    /// Workers restarted after a failure since the plugin was loaded.
    public var restarts: Int
    /// Failures since the last answered request.
    public var consecutiveFailures: Int

    /// `enabled` or `disabled`.
    public var state: String { disabledReason == nil ? "enabled" : "disabled" }
}
