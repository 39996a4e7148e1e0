import Platform
import Synchronization

/// What wakes the dispatch loop.
enum DispatchEvent: Sendable {
    /// Events from the inbox watcher (names, overflow, ticks).
    case watcher([DirectoryWatcher.Event])
    /// A document job ended.
    case finished(JobOutcome)
    /// Graceful shutdown was requested.
    case stop
}

/// A multi-producer, single-consumer queue: the watcher thread and finishing jobs push, the dispatch loop takes
/// everything queued at once.
final class EventQueue: Sendable {
    private struct State {
        var events: [DispatchEvent] = []
        var waiter: CheckedContinuation<[DispatchEvent], Never>?
    }

    private let state = Mutex(State())

    func push(_ event: DispatchEvent) {
        let waiter: CheckedContinuation<[DispatchEvent], Never>? = state.withLock { state in
            if let waiter = state.waiter {
                state.waiter = nil
                return waiter
            }
            state.events.append(event)
            return nil
        }
        waiter?.resume(returning: [event])
    }

    /// Everything queued, waiting for at least one event. Cancellation delivers ``DispatchEvent/stop``.
    func next() async -> [DispatchEvent] {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let ready: [DispatchEvent]? = state.withLock { state in
                    if state.events.isEmpty {
                        state.waiter = continuation
                        return nil
                    }
                    defer { state.events.removeAll(keepingCapacity: true) }
                    return state.events
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            push(.stop)
        }
    }
}
