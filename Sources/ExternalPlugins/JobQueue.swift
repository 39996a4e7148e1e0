import PluginAPI
import Synchronization

/// One document waiting for (or being handled by) a worker.
struct Job: Sendable {
    let id: UInt64
    let document: Document
    let continuation: CheckedContinuation<Result<JSONFragment, PluginError>, Never>

    func finish(_ result: Result<JSONFragment, PluginError>) {
        continuation.resume(returning: result)
    }
}

/// The documents of one plugin waiting for a free worker: many producers (`extract` calls), one consumer
/// per worker slot. Closing it fails what is queued and wakes idle slots so they can stop.
final class JobQueue: Sendable {
    private struct State {
        var jobs: [Job] = []
        var head = 0
        var idle: [CheckedContinuation<Job?, Never>] = []
        var closedWith: PluginError?
        var sleepers: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var nextSleeper: UInt64 = 0
        /// Sleepers whose pause ended before they registered.
        var finishedSleepers: Set<UInt64> = []
    }

    // Guarded by the mutex; continuations are resumed outside it.
    private let state = Mutex(State())

    /// Queues a job; when the queue is closed the job fails at once with the closing error.
    func submit(_ job: Job) {
        let action: (CheckedContinuation<Job?, Never>?, PluginError?) = state.withLock { state in
            if let error = state.closedWith { return (nil, error) }
            if !state.idle.isEmpty { return (state.idle.removeFirst(), nil) }
            state.jobs.append(job)
            return (nil, nil)
        }
        if let error = action.1 {
            job.finish(.failure(error))
        } else if let waiter = action.0 {
            waiter.resume(returning: job)
        }
    }

    /// The next job, waiting for one; `nil` once the queue is closed.
    func next() async -> Job? {
        await withCheckedContinuation { (continuation: CheckedContinuation<Job?, Never>) in
            let job: Job?? = state.withLock { state in
                if state.head < state.jobs.count {
                    let job = state.jobs[state.head]
                    state.head += 1
                    if state.head > 64, state.head * 2 > state.jobs.count {
                        state.jobs.removeFirst(state.head)
                        state.head = 0
                    }
                    return .some(job)
                }
                if state.closedWith != nil { return .some(nil) }
                state.idle.append(continuation)
                return .none
            }
            if let job { continuation.resume(returning: job) }
        }
    }

    /// Stops the queue: later submissions fail with `error`; queued jobs fail too unless `draining`, in which
    /// case consumers still get them; once the queue is empty consumers get `nil`.
    func close(failing error: PluginError, draining: Bool = false) {
        let (jobs, idle): ([Job], [CheckedContinuation<Job?, Never>]) = state.withLock { state in
            if state.closedWith == nil { state.closedWith = error }
            // Idle consumers exist only while nothing is queued, so they can stop at once even when draining.
            let idle = state.idle
            guard !draining else {
                state.idle = []
                return ([], idle)
            }
            let jobs = Array(state.jobs[state.head...])
            state.jobs = []
            state.head = 0
            state.idle = []
            return (jobs, idle)
        }
        for job in jobs { job.finish(.failure(error)) }
        for waiter in idle { waiter.resume(returning: nil) }
        for sleeper in state.withLock({ state in defer { state.sleepers = [:] }; return state.sleepers.values }) { sleeper.resume() }
    }

    /// Waits `delay`, or less if the queue closes meanwhile (a restart backoff must not delay shutdown).
    func pause(for delay: Duration) async {
        let token = state.withLock { state in
            defer { state.nextSleeper += 1 }
            return state.nextSleeper
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(for: delay) }
            group.addTask {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    let closed = self.state.withLock { state in
                        if state.closedWith != nil || state.finishedSleepers.remove(token) != nil { return true }
                        state.sleepers[token] = continuation
                        return false
                    }
                    if closed { continuation.resume() }
                }
            }
            await group.next()
            group.cancelAll()
            // The sleeper is resumed by `close`; if the delay ran out first, resume it here.
            let sleeper: CheckedContinuation<Void, Never>? = state.withLock { state in
                guard let sleeper = state.sleepers.removeValue(forKey: token) else {
                    if state.closedWith == nil { state.finishedSleepers.insert(token) }
                    return nil
                }
                return sleeper
            }
            sleeper?.resume()
        }
    }

    /// Removes a job that no worker has taken yet and fails it with `error`; does nothing once a worker has it.
    func withdraw(jobID: UInt64, failing error: PluginError) {
        let job: Job? = state.withLock { state in
            guard let index = state.jobs[state.head...].firstIndex(where: { $0.id == jobID }) else { return nil }
            return state.jobs.remove(at: index)
        }
        job?.finish(.failure(error))
    }
}
