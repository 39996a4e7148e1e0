@testable import Core
import Testing

@Suite("The blocking-I/O pool runs jobs and keeps nothing of them once they are done")
struct BlockingPoolTests {
    final class Payload: Sendable {}

    /// Observes a payload without keeping it alive.
    final class Observer: Sendable {
        private weak let target: Payload?
        init(_ payload: Payload) { target = payload }
        var isAlive: Bool { target != nil }
    }

    @Test("what a finished job captured (a document's result) is released, also when the queue is idle afterwards")
    func finishedJobReleasesItsCaptures() async throws {
        let pool = BlockingPool(threads: 1)
        defer { pool.shutdown() }
        var observers: [Observer] = []
        for _ in 0..<3 {
            let payload = Payload()
            observers.append(Observer(payload))
            let answer = try await pool.run { withExtendedLifetime(payload) { 42 } }
            #expect(answer == 42)
        }
        // The worker drops its own reference right after the job returns: wait for that, with a deadline.
        let deadline = ContinuousClock.now + .seconds(5)
        while observers.contains(where: \.isAlive), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(1))
        }
        #expect(observers.allSatisfy { !$0.isAlive })
    }
}
