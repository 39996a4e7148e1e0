import Logging
import Platform
import ServiceLifecycle
import Synchronization

/// What a configuration reload may change while the daemon runs; the loop reads it before each claim.
public struct RuntimeSettings: Sendable {
    /// Decoder, plugins and policies for new documents.
    public var context: PipelineContext
    /// Documents in flight at most.
    public var maxInFlight: Int
    /// How long a graceful stop waits for documents in flight.
    public var stopTimeout: Duration

    /// Creates runtime settings.
    public init(context: PipelineContext, maxInFlight: Int, stopTimeout: Duration) {
        self.context = context
        self.maxInFlight = maxInFlight
        self.stopTimeout = stopTimeout
    }
}

/// The claim/dispatch loop: takes names from the inbox watcher, claims each by renaming it into
/// `state/processing/`, and runs a ``DocumentJob`` for it, with a bounded number in flight.
///
/// The loop is also the daemon's heartbeat: it wakes at least every tick (also when idle), pings the watchdog and
/// keeps the status line current, so a wedged loop stops the pings and the service manager restarts the daemon.
public final class Dispatcher: Service, Sendable {
    private let environment: JobEnvironment
    private let settings: Mutex<RuntimeSettings>
    private let watcher: DirectoryWatcher
    private let notifier: any LifecycleNotifier
    private let queue = EventQueue()
    private let startup: (claims: [ClaimName], names: [String])
    private let baseline: LedgerSummary
    private let wedge: Bool

    /// Creates the loop. `claims` (recovered from `processing/`) run first, then `names` from the start-up rescan.
    public init(
        environment: JobEnvironment, settings: RuntimeSettings, watcher: DirectoryWatcher, notifier: any LifecycleNotifier,
        recovered claims: [ClaimName], rescanned names: [String], baseline: LedgerSummary, wedge: Bool
    ) {
        self.environment = environment
        self.settings = Mutex(settings)
        self.watcher = watcher
        self.notifier = notifier
        self.startup = (claims, names)
        self.baseline = baseline
        self.wedge = wedge
    }

    /// Replaces the runtime settings (SIGHUP reload); documents in flight keep the settings they started with.
    public func update(_ new: RuntimeSettings) {
        settings.withLock { $0 = new }
    }

    /// The names in `inbox` that are documents; subdirectories are reported through `directory`.
    public static func scan(inbox: String, directory: (String) -> Void) throws(SystemError) -> [String] {
        var names: [String] = []
        for entry in try FileSystem.entries(inDirectory: inbox) where InboxFilter.accepts(entry.name) {
            if entry.kind == .directory { directory(entry.name) } else if let raw = entry.undecodableName {
                // No String can name this file, and results need UTF-8: give it a name that can (bad bytes as %XX).
                if let name = renameUndecodable(raw, in: inbox) { names.append(name) }
            } else {
                names.append(entry.name)
            }
        }
        return names.sorted()
    }

    public func run() async throws {
        let tick = notifier.watchdogInterval.map { min(.milliseconds(500), $0 / 4) } ?? .milliseconds(500)
        let queue = self.queue
        watcher.start(tick: tick) { events in queue.push(.watcher(events)) }
        defer { watcher.stop() }
        if wedge {
            environment.logger.warning("TEST ONLY: [testing] wedge_pipeline is set; the dispatch loop stops here")
            try await Task.sleep(for: .seconds(86400 * 365))
        }
        try await withGracefulShutdownHandler {
            try await loop()
        } onGracefulShutdown: {
            queue.push(.stop)
        }
    }

    private func loop() async throws {
        var state = DispatchState(baseline: baseline)
        state.enqueue(claims: startup.claims)
        state.enqueue(names: startup.names)
        var heartbeat = Heartbeat(notifier: notifier)
        var memory = IdleMemoryRelease()
        var stopDeadline: ContinuousClock.Instant?
        try await withThrowingDiscardingTaskGroup { group in
            while true {
                let current = settings.withLock { $0 }
                if !state.stopping, let due = state.dueRetries() { resume(due, context: current.context, &state) }
                while !state.stopping, state.backoff == nil, state.inFlight < current.maxInFlight, let item = state.nextItem() {
                    guard let claim = claim(item) else { continue }
                    state.inFlight += 1
                    let job = DocumentJob(claim: claim, context: current.context, environment: environment)
                    let queue = self.queue
                    group.addTask { queue.push(.finished(await job.run())) }
                }
                heartbeat.beat(status: state.statusLine)
                if memory.observe(busy: state.inFlight > 0 || state.pendingCount > 0) { ProcessMemory.returnFreeMemory() }
                if state.stopping && state.inFlight == 0 { break }
                for event in await queue.next() {
                    switch event {
                    case .finished(let outcome): state.finished(outcome)
                    case .stop:
                        if !state.stopping {
                            state.stopping = true
                            notifier.stopping()
                            stopDeadline = .now + current.stopTimeout
                            environment.logger.info("stopping: finishing documents in flight", metadata: [
                                UndocdMessageID.metadataKey: "\(UndocdMessageID.stopping)", "inFlight": "\(state.inFlight)",
                            ])
                        }
                    case .watcher(let events): try handle(events, &state)
                    }
                }
                if let deadline = stopDeadline, state.inFlight > 0 {
                    let remaining = deadline - .now
                    if remaining <= .zero {
                        environment.logger.warning(
                            "stop timeout reached: cancelling documents in flight; they stay in processing/ for the next start",
                            metadata: ["inFlight": "\(state.inFlight)"])
                        group.cancelAll()
                        stopDeadline = nil
                    } else {
                        notifier.extendTimeout(microseconds: UInt64(remaining.milliseconds * 1000) + 1_000_000)
                    }
                }
            }
        }
        notifier.status("stopped · \(state.done) done, \(state.failed) failed, \(state.pendingCount) queued")
    }

    private func handle(_ events: [DirectoryWatcher.Event], _ state: inout DispatchState) throws {
        for event in events {
            switch event {
            case .file(let name):
                if InboxFilter.accepts(name) { state.enqueue(names: [name]) }
            case .directory(let name):
                if InboxFilter.accepts(name) { noteDirectory(name, &state) }
            case .overflow, .undecodableName:
                environment.logger.warning(event == .overflow
                    ? "inotify queue overflowed: rescanning the inbox" : "a file name that is not UTF-8 appeared: rescanning the inbox")
                try rescan(&state)
            case .watchLost:
                state.inboxLost = true
                environment.logger.error("the inbox was deleted or moved away: waiting for it to reappear",
                                         metadata: ["file": "\(environment.layout.inbox)"])
            case .watchRestored:
                state.inboxLost = false
                environment.logger.notice("the inbox is back: watching and rescanning it", metadata: ["file": "\(environment.layout.inbox)"])
                // Gone again before the scan: the watcher reports that and waits for it once more.
                try rescan(&state, unlessMissing: true)
            case .failed(let errno):
                throw SystemError(operation: "inotify (watching the inbox)", path: environment.layout.inbox, errno: errno)
            case .tick:
                break
            }
        }
    }

    /// Queues every document in the inbox (after events were lost) and notes its subdirectories. With
    /// `unlessMissing`, an inbox that does not exist is not an error.
    private func rescan(_ state: inout DispatchState, unlessMissing: Bool = false) throws(SystemError) {
        var directories: [String] = []
        let names: [String]
        do {
            names = try Self.scan(inbox: environment.layout.inbox) { directories.append($0) }
        } catch {
            guard unlessMissing && error.errno == SystemError.noEntry else { throw error }
            return
        }
        state.enqueue(names: names)
        for directory in directories { noteDirectory(directory, &state) }
    }

    /// Retries documents whose result could not be written, once the back-off is over: each is finished or
    /// queued again; if the storage still fails, the back-off grows.
    private func resume(_ claims: [ClaimName], context: PipelineContext, _ state: inout DispatchState) {
        environment.logger.notice("retrying documents whose result could not be written", metadata: ["count": "\(claims.count)"])
        for (index, claim) in claims.enumerated() {
            do {
                var removed = 0
                if try Recovery.resume(claim, context: context, environment: environment, removedTemporary: &removed) {
                    state.resumedComplete()
                } else {
                    state.enqueue(claims: [claim])
                }
            } catch {
                environment.logger.error("retry failed; backing off", metadata: ["error": "\(error)"])
                state.retryFailed(Array(claims[index...]), reason: "\(error)")
                return
            }
        }
    }

    private func noteDirectory(_ name: String, _ state: inout DispatchState) {
        if state.ignoredDirectories.insert(name).inserted {
            environment.logger.notice("subdirectory in the inbox ignored (only files renamed into the inbox itself are documents)",
                                      metadata: ["source": "\(name)"])
        }
    }

    /// Claims an inbox name by renaming it into `processing/` under a unique claim name. Returns `nil` when the
    /// file is gone (another daemon claimed it, or the writer removed it).
    private func claim(_ item: DispatchState.Item) -> ClaimName? {
        switch item {
        case .claimed(let claim): return claim
        case .name(let name):
            do {
                return try Claimer.claim(name, layout: environment.layout)
            } catch {
                environment.logger.error("cannot claim inbox file", metadata: ["source": "\(name)", "error": "\(error)"])
                return nil
            }
        }
    }
}

/// Pings the watchdog at half its interval and pushes the status line when it changes (at most 4 times a second,
/// and at once when the daemon becomes idle).
struct Heartbeat {
    let notifier: any LifecycleNotifier
    private let every: Duration?
    private var lastPing = ContinuousClock.now
    private var lastStatus = ""
    private var lastStatusAt = ContinuousClock.now - .seconds(1)

    init(notifier: any LifecycleNotifier) {
        self.notifier = notifier
        self.every = notifier.watchdogInterval.map { $0 / 2 }
    }

    mutating func beat(status: String) {
        let now = ContinuousClock.now
        if let every, now - lastPing >= every {
            notifier.watchdog()
            lastPing = now
        }
        if status != lastStatus && (now - lastStatusAt >= .milliseconds(250) || status.hasPrefix("idle")) {
            notifier.status(status)
            lastStatus = status
            lastStatusAt = now
        }
    }
}

extension Dispatcher {
    /// Renames an inbox file whose name is not valid UTF-8 to the same name with each invalid byte written as
    /// `%XX` (`report-%FF.txt`), numbered if that name is taken. Returns the new name, or `nil` if it is gone.
    static func renameUndecodable(_ raw: [UInt8], in inbox: String) -> String? {
        let escaped = escapingInvalidUTF8(raw)
        for attempt in 1...100 {
            let name = attempt == 1 ? escaped : "\(attempt)-" + escaped
            do {
                try FileSystem.renameUndecodable(raw, inDirectory: inbox, to: name)
                return name
            } catch where error.errno == SystemError.exists {
                continue
            } catch {
                return nil
            }
        }
        return nil
    }

    /// `raw` as a string, with every byte that is not part of a valid UTF-8 sequence written as `%XX`.
    static func escapingInvalidUTF8(_ raw: [UInt8]) -> String {
        var result = ""
        var index = 0
        while index < raw.count {
            let lead = raw[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            if length > 0, index + length <= raw.count, let piece = String(validating: raw[index..<(index + length)], as: UTF8.self) {
                result += piece
                index += length
            } else {
                result += "%" + String(lead, radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return result
    }
}

extension String {
    /// Zeros before the text up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
