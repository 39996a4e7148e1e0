import Dispatch
import Synchronization

/// Runs async work to completion from synchronous code (the intake's entry point is synchronous).
///
/// The work runs on its own dispatch-backed task executor, never on the cooperative pool, so the bridge
/// does not deadlock even when it is called from a task that occupies one of the pool's threads.
enum BlockingBridge {
    static func run<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
        let box = Mutex<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: executor) {
            let value = await operation()
            box.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        // The task stored its value before signalling.
        return box.withLock { $0 }!
    }

    private static let executor = DispatchTaskExecutor()
}

/// A task executor that runs jobs on a concurrent dispatch queue (threads outside the cooperative pool).
private final class DispatchTaskExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "undocd.intake.subprocess", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
