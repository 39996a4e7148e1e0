/// The dispatch loop's bookkeeping, kept apart from its I/O: the FIFO of names waiting to be claimed, the count in
/// flight and the totals shown in the status line.
struct DispatchState {
    enum Item: Sendable {
        /// A name in the inbox, to be claimed.
        case name(String)
        /// A document already in `processing/` (recovered at start-up).
        case claimed(ClaimName)
    }

    private var items: [Item] = []
    private var head = 0
    private var queuedNames: Set<String> = []
    var inFlight = 0
    var stopping = false
    var done: Int
    var failed: Int
    var duplicates: Int
    var ignoredDirectories: Set<String> = []

    init(baseline: LedgerSummary) {
        done = baseline.done
        failed = baseline.failed
        duplicates = baseline.duplicates
    }

    var pendingCount: Int { items.count - head }

    /// Queues names not already queued (inotify and a rescan may report the same file).
    mutating func enqueue(names: [String]) {
        for name in names where queuedNames.insert(name).inserted {
            items.append(.name(name))
        }
    }

    mutating func enqueue(claims: [ClaimName]) {
        items.append(contentsOf: claims.map(Item.claimed))
    }

    mutating func nextItem() -> Item? {
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 4096 && head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
        if case .name(let name) = item { queuedNames.remove(name) }
        return item
    }

    mutating func finished(_ outcome: JobOutcome) {
        inFlight -= 1
        switch outcome {
        case .done: done += 1
        case .failed: failed += 1
        case .duplicate: duplicates += 1
        case .deferred: break
        }
    }

    /// `idle · 1204 done, 3 failed, 2 duplicate, 0 queued` or `processing 12 · …`.
    var statusLine: String {
        let head = stopping ? "stopping, \(inFlight) in flight" : (inFlight == 0 ? "idle" : "processing \(inFlight)")
        return "\(head) · \(done) done, \(failed) failed, \(duplicates) duplicate, \(pendingCount) queued"
    }
}
