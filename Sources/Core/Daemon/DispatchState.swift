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
    /// The inbox was deleted or moved away and has not reappeared yet.
    var inboxLost = false
    /// Documents whose result could not be written (a full disk), waiting for the back-off to end.
    private(set) var retries: [ClaimName] = []
    /// While set, nothing new is claimed: the back-off after a storage failure, and what failed.
    private(set) var backoff: (until: ContinuousClock.Instant, reason: String)?
    private var backoffDelay: Duration = .zero

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
        case .deferred, .vanished: break
        case .retry(let claim, let reason):
            retries.append(claim)
            // 1 s, doubling to 10 s per failed round (not per document: many fail at once); a document that gets
            // through resets it.
            if backoff == nil {
                backoffDelay = min(.seconds(10), max(.seconds(1), backoffDelay * 2))
                backoff = (ContinuousClock.now + backoffDelay, reason)
            }
            return
        }
        backoffDelay = .zero
    }

    /// Whether the back-off is over; if so, hands back the documents to retry (to ``Recovery/resume``).
    mutating func dueRetries(now: ContinuousClock.Instant = .now) -> [ClaimName]? {
        guard let backoff, now >= backoff.until else { return nil }
        self.backoff = nil
        defer { retries.removeAll() }
        return retries
    }

    /// A retried document turned out to be published already and is now archived.
    mutating func resumedComplete() {
        done += 1
        backoffDelay = .zero
    }

    /// A retry failed again before the document could even be requeued: back off longer.
    mutating func retryFailed(_ claims: [ClaimName], reason: String) {
        retries.append(contentsOf: claims)
        backoffDelay = min(.seconds(10), max(.seconds(1), backoffDelay * 2))
        backoff = (ContinuousClock.now + backoffDelay, reason)
    }

    /// `idle · 1204 done, 3 failed, 2 duplicate, 0 queued` or `processing 12 · …`.
    var statusLine: String {
        var head = stopping ? "stopping, \(inFlight) in flight" : (inFlight == 0 ? "idle" : "processing \(inFlight)")
        if let backoff, !stopping {
            head = "waiting: cannot write results (\(backoff.reason)); \(retries.count) to retry, nothing new claimed"
        } else if inboxLost, !stopping {
            head = "waiting: the inbox was deleted or moved away; watching for it to reappear"
        }
        return "\(head) · \(done) done, \(failed) failed, \(duplicates) duplicate, \(pendingCount) queued"
    }
}
