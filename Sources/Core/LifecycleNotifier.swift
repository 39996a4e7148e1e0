/// Receives the daemon's lifecycle events so that a service manager can be told about them.
///
/// The pipeline calls these at the points that prove the state they announce; the systemd module implements
/// it with `sd_notify`, and outside systemd the ``SilentNotifier`` does nothing.
public protocol LifecycleNotifier: Sendable {
    /// The inbox is watched, the ledger is open and the start-up rescan is queued.
    func ready()
    /// A one-line human summary of what the daemon is doing (`idle · 1204 done, 3 failed, 0 queued`).
    func status(_ line: String)
    /// A configuration reload has started.
    func reloading()
    /// Shutdown has started.
    func stopping()
    /// The pipeline loop is alive (called from the loop that claims and dispatches, also when idle).
    func watchdog()
    /// A graceful stop needs this much more time (microseconds).
    func extendTimeout(microseconds: UInt64)
    /// Start-up failed with this errno-style code.
    func failed(errno: Int32)
    /// How often ``watchdog()`` must be called, if a watchdog is armed.
    var watchdogInterval: Duration? { get }
}

/// A notifier that does nothing: the daemon outside systemd.
public struct SilentNotifier: LifecycleNotifier {
    /// Creates a silent notifier.
    public init() {}
    public func ready() {}
    public func status(_ line: String) {}
    public func reloading() {}
    public func stopping() {}
    public func watchdog() {}
    public func extendTimeout(microseconds: UInt64) {}
    public func failed(errno: Int32) {}
    public var watchdogInterval: Duration? { nil }
}
