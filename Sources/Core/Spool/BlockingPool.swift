import Foundation

/// A few dedicated threads for calls that block on the disk (`fsync`), so that they never occupy the
/// cooperative thread pool the plugins compute on.
public final class BlockingPool: @unchecked Sendable {
    // `condition` guards `jobs` and `stopped`.
    private let condition = NSCondition()
    private var jobs: [(@Sendable () -> Void)?] = []
    private var head = 0
    private var stopped = false

    /// Starts `threads` worker threads.
    public init(threads: Int) {
        for index in 0..<max(1, threads) {
            let thread = Thread { [self] in self.work() }
            thread.name = "undocd-io-\(index)"
            thread.start()
        }
    }

    /// Stops the workers once the queued jobs are done.
    public func shutdown() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `body` on a pool thread and returns its result.
    public func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            enqueue { continuation.resume(with: Result { try body() }) }
        }
    }

    private func enqueue(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while head == jobs.count && !stopped { condition.wait() }
            if head == jobs.count {
                condition.unlock()
                return
            }
            // Taken out of the queue, not copied: a finished job must not keep what it captured (a result's
            // bytes, a continuation, the job's environment) alive until the queue is next compacted.
            let job = jobs[head]
            jobs[head] = nil
            head += 1
            if head > 1024 && head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job?()
        }
    }
}

/// Coalesces `fsync` of one directory: a caller returns once an `fsync` that *started after* its call has finished,
/// so concurrent renames share one disk flush.
final class CoalescingDirectorySync: @unchecked Sendable {
    // `condition` guards `requested`, `completed` and `inProgress`.
    private let condition = NSCondition()
    private var requested = 0
    private var completed = 0
    private var inProgress = false
    private let flush: () throws -> Void

    init(flush: @escaping () throws -> Void) {
        self.flush = flush
    }

    /// Blocks until the directory has been flushed after this call began.
    func sync() throws {
        condition.lock()
        defer { condition.unlock() }
        requested += 1
        let ticket = requested
        while completed < ticket {
            if inProgress {
                condition.wait()
                continue
            }
            inProgress = true
            let target = requested
            condition.unlock()
            var failure: (any Error)?
            do { try flush() } catch { failure = error }
            condition.lock()
            inProgress = false
            if failure == nil { completed = max(completed, target) }
            condition.broadcast()
            if let failure { throw failure }
        }
    }
}
