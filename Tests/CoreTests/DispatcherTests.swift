import Core
import Foundation
import Intake
import Logging
import Platform
import PluginAPI
import Synchronization
import Testing

/// Records what the daemon tells its service manager.
final class RecordingNotifier: LifecycleNotifier {
    let events = Mutex<[String]>([])
    let watchdogInterval: Duration?

    init(watchdogInterval: Duration?) { self.watchdogInterval = watchdogInterval }

    func ready() { events.withLock { $0.append("ready") } }
    func status(_ line: String) { events.withLock { $0.append("status: " + line) } }
    func reloading() { events.withLock { $0.append("reloading") } }
    func stopping() { events.withLock { $0.append("stopping") } }
    func watchdog() { events.withLock { $0.append("watchdog") } }
    func extendTimeout(microseconds: UInt64) { events.withLock { $0.append("extend") } }
    func failed(errno: Int32) { events.withLock { $0.append("failed") } }

    func count(_ event: String) -> Int { events.withLock { $0.filter { $0 == event }.count } }
    var all: [String] { events.withLock { $0 } }
}

@Suite("The dispatch loop is the heartbeat: it pings the watchdog also when idle, and a wedged loop does not")
struct DispatcherTests {
    func dispatcher(
        _ directory: TemporaryDirectory, _ notifier: RecordingNotifier, wedge: Bool,
        plugins: (StateLayout) -> [any ExtractorPlugin] = { _ in [EchoPlugin("alpha")] }
    ) throws -> (Dispatcher, StateLayout) {
        let layout = StateLayout(paths: .init(inbox: directory.file("inbox"), spool: directory.file("spool"),
                                              state: directory.file("state"), data: directory.path))
        try layout.create()
        let environment = JobEnvironment(layout: layout, spool: try Spool(layout: layout), ledger: try Ledger(path: layout.ledger),
                                         pool: BlockingPool(threads: 2), logger: Logger(label: "test"))
        let context = PipelineContext(
            processor: DocumentProcessor(decoder: DocumentDecoder(), runner: PluginRunner(plugins: plugins(layout), timeout: .seconds(5))),
            archive: .keep, duplicates: .record)
        let dispatcher = Dispatcher(
            environment: environment, settings: RuntimeSettings(context: context, maxInFlight: 4, stopTimeout: .seconds(5)),
            watcher: try DirectoryWatcher(directory: layout.inbox), notifier: notifier, recovered: [], rescanned: [],
            baseline: LedgerSummary(), wedge: wedge)
        return (dispatcher, layout)
    }

    @Test("an idle loop pings the watchdog at half its interval and reports 'idle'; a dropped file is processed")
    func idleHeartbeat() async throws {
        let directory = try TemporaryDirectory("dispatch")
        defer { directory.remove() }
        let notifier = RecordingNotifier(watchdogInterval: .milliseconds(200))
        let (dispatcher, layout) = try dispatcher(directory, notifier, wedge: false)
        let run = Task { try await dispatcher.run() }
        #expect(await waitUntil(.seconds(5)) { notifier.count("watchdog") >= 3 })
        #expect(notifier.all.contains { $0.hasPrefix("status: idle · 0 done") })
        try FileSystem.writeFile(atPath: directory.file("a.txt"), bytes: Array("a letter".utf8))
        try FileSystem.rename(directory.file("a.txt"), to: Path.join(layout.inbox, "a.txt"), replacing: false)
        #expect(await waitUntil(.seconds(5)) { notifier.all.contains { $0.hasPrefix("status: idle · 1 done") } })
        run.cancel()
        try await run.value
        #expect(notifier.count("stopping") == 1)
    }

    @Test("a document whose claim is removed from processing/ while it runs does not stop the loop from claiming the next")
    func claimRemovedUnderTheLoop() async throws {
        let directory = try TemporaryDirectory("dispatch-removed")
        defer { directory.remove() }
        let notifier = RecordingNotifier(watchdogInterval: nil)
        let (dispatcher, layout) = try dispatcher(directory, notifier, wedge: false) { layout in
            [EchoPlugin("alpha"), TamperingPlugin(processing: layout.processing)]
        }
        let run = Task { try await dispatcher.run() }
        // Each file is dropped once the loop is idle again, so the second is claimed only if the first's outcome
        // left claiming open (a storage back-off would show "waiting: …" instead of "idle").
        for (number, name) in ["first.txt", "second.txt"].enumerated() {
            try FileSystem.writeFile(atPath: directory.file(name), bytes: Array("a letter named \(name)".utf8))
            try FileSystem.rename(directory.file(name), to: Path.join(layout.inbox, name), replacing: false)
            #expect(await waitUntil(.seconds(10)) { notifier.all.contains { $0.hasPrefix("status: idle · \(number + 1) done") } },
                    "\(name) is done and the loop idle again")
        }
        #expect(try FileSystem.entries(inDirectory: layout.spoolNew).count == 2)
        #expect(!notifier.all.contains { $0.contains("waiting: cannot write results") }, "no storage back-off")
        run.cancel()
        try await run.value
    }

    @Test("an inbox deleted and recreated: the status says so, and a file dropped into the new folder is processed")
    func inboxRecreated() async throws {
        let directory = try TemporaryDirectory("dispatch-inbox")
        defer { directory.remove() }
        let notifier = RecordingNotifier(watchdogInterval: nil)
        let (dispatcher, layout) = try dispatcher(directory, notifier, wedge: false)
        let run = Task { try await dispatcher.run() }
        #expect(await waitUntil(.seconds(5)) { notifier.all.contains { $0.hasPrefix("status: idle") } })
        try FileManager.default.removeItem(atPath: layout.inbox)
        #expect(await waitUntil(.seconds(5)) { notifier.all.contains { $0.hasPrefix("status: waiting: the inbox was deleted or moved away") } })
        try FileSystem.makeDirectories(atPath: layout.inbox)
        try FileSystem.writeFile(atPath: Path.join(layout.inbox, "after.txt"), bytes: Array("a letter".utf8))
        #expect(await waitUntil(.seconds(10)) { notifier.all.contains { $0.hasPrefix("status: idle · 1 done") } })
        run.cancel()
        try await run.value
    }

    @Test("with [testing] wedge_pipeline the loop never pings the watchdog (so systemd restarts the daemon)")
    func wedged() async throws {
        let directory = try TemporaryDirectory("wedge")
        defer { directory.remove() }
        let notifier = RecordingNotifier(watchdogInterval: .milliseconds(100))
        let (dispatcher, _) = try dispatcher(directory, notifier, wedge: true)
        let run = Task { try await dispatcher.run() }
        let pinged = await waitUntil(.milliseconds(600)) { notifier.count("watchdog") > 0 }
        #expect(!pinged)
        run.cancel()
        _ = try? await run.value
    }
}
