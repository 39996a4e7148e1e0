@testable import Core
import Testing

@Suite("Free memory goes back to the kernel once after each spell of work, when the daemon has been idle a while")
struct IdleMemoryReleaseTests {
    let start = ContinuousClock.now

    /// Feeds `(busy, seconds after start)` wake-ups in order; returns the ones that released memory.
    private func releases(_ wakeUps: [(busy: Bool, at: Double)]) -> [Double] {
        var release = IdleMemoryRelease(delay: .seconds(1))
        return wakeUps.filter { release.observe(busy: $0.busy, now: start + .milliseconds(Int64($0.at * 1000))) }.map(\.at)
    }

    @Test("start-up counts as work: released after a second of idleness, then not again while idle")
    func afterStartUp() {
        #expect(releases([(false, 0), (false, 0.5), (false, 1), (false, 1.5), (false, 5)]) == [1])
    }

    @Test("work restarts the wait: a trickle of documents never triggers a release in between")
    func workRestartsTheWait() {
        var wakeUps: [(busy: Bool, at: Double)] = [(false, 0), (false, 1)]
        for second in 2...6 {
            wakeUps.append((true, Double(second)))
            wakeUps.append((false, Double(second) + 0.5))
        }
        wakeUps.append((false, 7))
        wakeUps.append((false, 7.5))
        #expect(releases(wakeUps) == [1, 7.5])
    }
}
