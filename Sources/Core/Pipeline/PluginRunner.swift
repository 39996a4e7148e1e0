import Dispatch
import Foundation
import PluginAPI
import Synchronization

/// Runs every plugin on one document concurrently, each bounded by a timeout.
///
/// A plugin that throws gives `failed`, one that outlives the timeout gives `timeout` (its task is cancelled and
/// abandoned, so a plugin that ignores cancellation cannot hold the document back), one whose descriptor does not
/// accept the document's language gives `skipped`. The others' data is kept either way.
public struct PluginRunner: Sendable {
    /// The plugins, in the order their outcomes are reported.
    public let plugins: [any ExtractorPlugin]
    /// How long each plugin may take.
    public let timeout: Duration

    /// Creates a runner.
    public init(plugins: [any ExtractorPlugin], timeout: Duration) {
        self.plugins = plugins
        self.timeout = timeout
    }

    /// Runs the plugins and returns one outcome per plugin, in plugin order.
    public func run(_ document: Document) async -> [ExtractorOutcome] {
        let collector = OutcomeCollector(plugins: plugins)
        var active: [Int] = []
        for (index, plugin) in plugins.enumerated() {
            let descriptor = plugin.descriptor
            if descriptor.accepts(document.language) {
                active.append(index)
            } else {
                collector.record(index, ExtractorOutcome(
                    name: descriptor.name, version: descriptor.version, status: .skipped, durationMs: 0,
                    error: PluginError(code: "language-not-supported",
                                       message: "\(descriptor.name) does not handle language \(document.language.rawValue)")))
            }
        }
        if active.isEmpty { return collector.outcomes(timeout: timeout) }
        let timeout = self.timeout
        // The deadline fires on a Dispatch thread, not the cooperative pool, so a plugin that blocks its thread
        // cannot also stop its own timeout. A timer source, unlike `asyncAfter`, leaves the timer queue as soon as it
        // is cancelled: after a burst, thousands of dead timers would otherwise pin scattered heap pages for the
        // whole timeout (the heap could not be returned to the kernel). It holds the collector weakly all the same.
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.setEventHandler { [weak collector] in collector?.expire() }
        timer.schedule(deadline: .now() + .nanoseconds(Int(timeout.milliseconds * 1_000_000)))
        timer.activate()
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                var tasks: [Task<Void, Never>] = []
                for index in active {
                    let plugin = plugins[index]
                    tasks.append(Task {
                        collector.finish(index, await Self.extract(plugin, document))
                    })
                }
                collector.install(continuation, expecting: active.count, tasks: tasks)
            }
        } onCancel: {
            collector.expire()
        }
        timer.cancel()
        return collector.outcomes(timeout: timeout)
    }

    static func extract(_ plugin: any ExtractorPlugin, _ document: Document) async -> ExtractorOutcome {
        let descriptor = plugin.descriptor
        let clock = ContinuousClock()
        let start = clock.now
        var outcome = ExtractorOutcome(name: descriptor.name, version: descriptor.version, status: .ok, durationMs: 0)
        do {
            let data = try await plugin.extract(document)
            if let fragment = data as? JSONFragment {
                outcome.data = fragment.utf8
            } else {
                outcome.data = try StreamingJSONEncoder.encode(data)
            }
        } catch let error as PluginError {
            outcome.status = .failed
            outcome.error = error
        } catch is EncodingError {
            outcome.status = .failed
            outcome.error = PluginError(code: "invalid-output", message: "\(descriptor.name) returned data that cannot be encoded as JSON")
        } catch {
            outcome.status = .failed
            outcome.error = PluginError(code: "plugin-error", message: "\(descriptor.name) failed: \(error)")
        }
        outcome.durationMs = (clock.now - start).milliseconds
        return outcome
    }
}

/// Gathers outcomes from the plugin tasks and resumes the document's task when all are in or the time is up.
final class OutcomeCollector: Sendable {
    private struct State {
        var outcomes: [ExtractorOutcome?]
        var remaining = 0
        var continuation: CheckedContinuation<Void, Never>?
        var tasks: [Task<Void, Never>] = []
        var expired = false
    }

    private let descriptors: [PluginDescriptor]
    private let state: Mutex<State>

    init(plugins: [any ExtractorPlugin]) {
        descriptors = plugins.map(\.descriptor)
        state = Mutex(State(outcomes: Array(repeating: nil, count: plugins.count)))
    }

    /// Hands over the waiting continuation; resumes it at once if everything already happened.
    func install(_ continuation: CheckedContinuation<Void, Never>, expecting count: Int, tasks: [Task<Void, Never>]) {
        let resumeNow: Bool = state.withLock { state in
            state.tasks = tasks
            state.remaining += count
            if state.expired || state.remaining == 0 { return true }
            state.continuation = continuation
            return false
        }
        if resumeNow {
            if state.withLock({ $0.expired }) { tasks.forEach { $0.cancel() } }
            continuation.resume()
        }
    }

    /// Records an outcome decided without running the plugin (skipped).
    func record(_ index: Int, _ outcome: ExtractorOutcome) {
        state.withLock { $0.outcomes[index] = outcome }
    }

    func finish(_ index: Int, _ outcome: ExtractorOutcome) {
        let continuation: CheckedContinuation<Void, Never>? = state.withLock { state in
            guard !state.expired, state.outcomes[index] == nil else { return nil }
            state.outcomes[index] = outcome
            state.remaining -= 1
            guard state.remaining == 0, let continuation = state.continuation else { return nil }
            state.continuation = nil
            return continuation
        }
        continuation?.resume()
    }

    func expire() {
        let (continuation, tasks): (CheckedContinuation<Void, Never>?, [Task<Void, Never>]) = state.withLock { state in
            state.expired = true
            let continuation = state.continuation
            state.continuation = nil
            return (continuation, state.tasks)
        }
        tasks.forEach { $0.cancel() }
        continuation?.resume()
    }

    /// Outcomes in plugin order; a plugin without one timed out.
    func outcomes(timeout: Duration) -> [ExtractorOutcome] {
        state.withLock { state in
            state.outcomes.enumerated().map { index, outcome in
                outcome ?? ExtractorOutcome(
                    name: descriptors[index].name, version: descriptors[index].version, status: .timeout,
                    durationMs: timeout.milliseconds,
                    error: PluginError(code: "timeout", message: "\(descriptors[index].name) took longer than \(timeout.milliseconds / 1000) s"))
            }
        }
    }
}

extension Duration {
    /// The duration in (fractional) milliseconds.
    public var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
