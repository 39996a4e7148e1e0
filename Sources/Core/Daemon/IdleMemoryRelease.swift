/// Decides when the daemon hands its free heap back to the kernel: once it has been idle for `delay` after doing
/// work (start-up included). Without it the pages a burst freed stay resident until the next burst.
///
/// Waiting for a quiet moment keeps the release (`malloc_trim`, which walks every arena under its lock) off the
/// path of a trickle of single documents.
struct IdleMemoryRelease {
    /// How long the daemon must have been idle.
    let delay: Duration
    private var workSinceRelease = true
    private var idleSince: ContinuousClock.Instant?

    init(delay: Duration = .seconds(1)) {
        self.delay = delay
    }

    /// Feeds the loop's state at one wake-up; returns true when memory should be released now.
    mutating func observe(busy: Bool, now: ContinuousClock.Instant = .now) -> Bool {
        if busy {
            workSinceRelease = true
            idleSince = nil
            return false
        }
        guard workSinceRelease else { return false }
        let since = idleSince ?? now
        idleSince = since
        guard now - since >= delay else { return false }
        workSinceRelease = false
        idleSince = nil
        return true
    }
}
