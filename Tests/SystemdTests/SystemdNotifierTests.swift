import Platform
import Synchronization
import Testing
@testable import Systemd

/// A notifier whose messages and clock the test controls.
final class NotifierFixture: Sendable {
    private let messages = Mutex<[String]>([])
    let clock = Atomic<UInt64>(1_000_000)

    var sent: [String] { messages.withLock { $0 } }

    func notifier(watchdogTimeout: Duration? = nil, failing: Bool = false) -> SystemdNotifier {
        SystemdNotifier(
            watchdogTimeout: watchdogTimeout,
            now: { [self] in clock.load(ordering: .relaxed) },
            transport: { [self] message throws(SystemdError) in
                if failing { throw SystemdError(operation: "sd_notify", errno: 111) }
                messages.withLock { $0.append(message) }
                return .sent
            })
    }

    func advance(microseconds: UInt64) { clock.add(microseconds, ordering: .relaxed) }
}

@Suite("systemd notifier")
struct SystemdNotifierTests {
    let fixture = NotifierFixture()

    @Test("lifecycle events become sd_notify assignments")
    func lifecycleMessages() {
        let notifier = fixture.notifier()
        notifier.ready()
        notifier.stopping()
        notifier.extendTimeout(microseconds: 30_000_000)
        notifier.failed(errno: 13)
        #expect(fixture.sent == ["READY=1", "STOPPING=1", "EXTEND_TIMEOUT_USEC=30000000", "ERRNO=13"])
    }

    @Test("a reload announces RELOADING=1 with the monotonic time it started")
    func reloadCarriesMonotonicTime() {
        fixture.notifier().reloading()
        #expect(fixture.sent == ["RELOADING=1\nMONOTONIC_USEC=1000000"])
    }

    @Test("a status line cannot smuggle in another assignment")
    func statusIsOneLine() {
        fixture.notifier().status("idle · 3 done\nREADY=1")
        #expect(fixture.sent == ["STATUS=idle · 3 done READY=1"])
    }

    @Test("without a watchdog there is no interval and no ping")
    func noWatchdog() {
        let notifier = fixture.notifier()
        notifier.watchdog()
        #expect(notifier.watchdogInterval == nil)
        #expect(fixture.sent.isEmpty)
    }

    @Test("the pipeline is asked to call at half the timeout and pings go out at most every eighth")
    func watchdogPacing() {
        let notifier = fixture.notifier(watchdogTimeout: .seconds(10))
        #expect(notifier.watchdogInterval == .seconds(5))
        notifier.watchdog()
        #expect(fixture.sent == ["WATCHDOG=1"])
        fixture.advance(microseconds: 1_000_000)
        notifier.watchdog()
        notifier.watchdog()
        #expect(fixture.sent.count == 1)
        fixture.advance(microseconds: 250_000)
        notifier.watchdog()
        #expect(fixture.sent == ["WATCHDOG=1", "WATCHDOG=1"])
    }

    @Test("a failing notification socket does not disturb the daemon")
    func failuresAreAbsorbed() {
        let notifier = fixture.notifier(watchdogTimeout: .seconds(2), failing: true)
        notifier.ready()
        notifier.status("idle")
        notifier.watchdog()
        #expect(fixture.sent.isEmpty)
    }
}
