import CSystemd
import Glibc

/// Thin wrappers over libsystemd's service-manager notification API (`sd_notify(3)`, `sd_watchdog_enabled(3)`).
public enum SystemdNotify {
    /// Whether the service manager handed this process a notification socket (`NOTIFY_SOCKET` is set).
    public static var hasNotifySocket: Bool {
        getenv("NOTIFY_SOCKET") != nil
    }

    /// Sends newline-separated `KEY=VALUE` assignments (`READY=1`, `STATUS=…`) to the service manager.
    ///
    /// The environment is left as it is, so later calls keep working.
    /// - Parameter state: The assignments, for example `"RELOADING=1\nMONOTONIC_USEC=123"`.
    /// - Returns: Whether the message was sent or there was no socket to send it to.
    /// - Throws: ``SystemdError`` with the errno `sd_notify` reported.
    @discardableResult
    public static func send(_ state: String) throws(SystemdError) -> NotifyOutcome {
        let result = sd_notify(0, state)
        if result < 0 { throw SystemdError(operation: "sd_notify", errno: -result) }
        return result == 0 ? .noSocket : .sent
    }

    /// The watchdog timeout the service manager armed for this process (`WATCHDOG_USEC`, checked against
    /// `WATCHDOG_PID`), or `nil` when no watchdog is armed.
    ///
    /// - Throws: ``SystemdError`` when the variables are present but malformed.
    public static func watchdogTimeout() throws(SystemdError) -> Duration? {
        var usec: UInt64 = 0
        let result = sd_watchdog_enabled(0, &usec)
        if result < 0 { throw SystemdError(operation: "sd_watchdog_enabled", errno: -result) }
        guard result > 0, usec > 0 else { return nil }
        return .microseconds(Int64(clamping: usec))
    }

    /// The current `CLOCK_MONOTONIC` time in microseconds, the clock `MONOTONIC_USEC=` is read against.
    public static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        // CLOCK_MONOTONIC cannot fail with a valid timespec pointer (clock_gettime(2): EINVAL/EFAULT only).
        _ = clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) &* 1_000_000 &+ UInt64(now.tv_nsec) / 1_000
    }
}

/// What became of a notification.
public enum NotifyOutcome: Sendable, Equatable {
    /// The service manager's socket received it.
    case sent
    /// There is no `NOTIFY_SOCKET`: the process does not run under a notify-aware service manager.
    case noSocket
}

/// A libsystemd call failed.
public struct SystemdError: Error, Equatable, CustomStringConvertible {
    /// The libsystemd function that failed.
    public var operation: String
    /// The errno it reported (libsystemd returns `-errno`).
    public var errno: Int32

    /// Creates an error for a failed libsystemd call.
    public init(operation: String, errno: Int32) {
        self.operation = operation
        self.errno = errno
    }

    public var description: String {
        "\(operation) failed: \(String(cString: strerror(errno))) (errno \(errno))"
    }
}
