import Core
import Testing

@Suite("The blocking-I/O pool keeps nothing of a job once it has run")
struct BlockingPoolTests {
    final class Payload: Sendable {}

    @Test("what a finished job captured (a result's bytes, in the daemon) is released at once, not at the next compaction")
    func releasesFinishedJobs() async throws {
        let pool = BlockingPool(threads: 1)
        defer { pool.shutdown() }
        weak var captured: Payload?
        do {
            let payload = Payload()
            captured = payload
            try await pool.run { _ = payload }
        }
        #expect(await waitUntil(.seconds(5)) { captured == nil })
    }
}
