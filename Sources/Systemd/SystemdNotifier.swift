import Core
import Logging
import Platform
import Synchronization

/// Tells systemd about the daemon's lifecycle through `sd_notify` (a `Type=notify` service).
///
/// `watchdog()` may be called as often as the pipeline likes (every document): it sends `WATCHDOG=1` at most
/// every eighth of `WATCHDOG_USEC`, while ``watchdogInterval`` asks for a call at least every half of it.
/// Use ``Systemd/makeNotifier(logger:)`` to get this notifier only when `NOTIFY_SOCKET` is set.
public final class SystemdNotifier: LifecycleNotifier {
    /// Sends one notification message; tests capture the messages instead.
    public typealias Transport = @Sendable (String) throws(SystemdError) -> NotifyOutcome

    /// How often ``watchdog()`` must be called: half the watchdog timeout, `nil` without a watchdog.
    public let watchdogInterval: Duration?
    private let pingSpacingMicroseconds: UInt64
    private let transport: Transport
    private let now: @Sendable () -> UInt64
    private let logger: Logger?
    /// `CLOCK_MONOTONIC` µs of the last `WATCHDOG=1` sent (0 = never).
    private let lastPing = Atomic<UInt64>(0)
    private let failureReported = Atomic<Bool>(false)

    /// Creates a notifier for the service manager that started this process.
    /// - Parameters:
    ///   - watchdogTimeout: The armed watchdog timeout (`WATCHDOG_USEC`), `nil` for none.
    ///   - logger: Where the first failed notification is reported (later ones are counted silently).
    public convenience init(watchdogTimeout: Duration?, logger: Logger? = nil) {
        self.init(
            watchdogTimeout: watchdogTimeout,
            logger: logger,
            now: { SystemdNotify.monotonicMicroseconds() },
            transport: { message throws(SystemdError) in try SystemdNotify.send(message) }
        )
    }

    /// Creates a notifier with an injected clock (`CLOCK_MONOTONIC` µs) and transport, for tests.
    public init(
        watchdogTimeout: Duration?,
        logger: Logger? = nil,
        now: @escaping @Sendable () -> UInt64,
        transport: @escaping Transport
    ) {
        let timeoutMicroseconds = watchdogTimeout.map { Self.microseconds($0) } ?? 0
        self.watchdogInterval = timeoutMicroseconds > 0 ? .microseconds(Int64(clamping: timeoutMicroseconds / 2)) : nil
        self.pingSpacingMicroseconds = timeoutMicroseconds / 8
        self.logger = logger
        self.now = now
        self.transport = transport
    }

    public func ready() { send("READY=1") }

    public func status(_ line: String) {
        // A newline would start another assignment in the message.
        send("STATUS=" + line.map { $0.isNewline ? " " : $0 })
    }

    public func reloading() { send("RELOADING=1\nMONOTONIC_USEC=\(now())") }

    public func stopping() { send("STOPPING=1") }

    public func watchdog() {
        guard watchdogInterval != nil else { return }
        let time = now()
        let last = lastPing.load(ordering: .relaxed)
        guard last == 0 || time &- last >= pingSpacingMicroseconds else { return }
        // Only the caller that wins the exchange pings, so concurrent callers do not send twice.
        guard lastPing.compareExchange(expected: last, desired: time, ordering: .relaxed).exchanged else { return }
        send("WATCHDOG=1")
    }

    public func extendTimeout(microseconds: UInt64) { send("EXTEND_TIMEOUT_USEC=\(microseconds)") }

    public func failed(errno: Int32) { send("ERRNO=\(errno)") }

    private func send(_ message: String) {
        do {
            _ = try transport(message)
        } catch {
            guard !failureReported.exchange(true, ordering: .relaxed) else { return }
            logger?.warning(
                "cannot notify systemd; further failures are not reported",
                metadata: ["notify.message": "\(message)", "error": "\(error)"]
            )
        }
    }

    private static func microseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0 else { return 0 }
        return UInt64(seconds) &* 1_000_000 &+ UInt64(attoseconds / 1_000_000_000_000)
    }
}
