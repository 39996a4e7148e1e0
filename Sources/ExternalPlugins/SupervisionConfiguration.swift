/// How the supervisor treats worker processes: one value shared by every external plugin.
public struct SupervisionConfiguration: Sendable, Equatable {
    /// Longest time a new worker may take to answer `hello`.
    public var startTimeout: Duration
    /// After `shutdown`, how long a worker may take to exit before `SIGTERM`, and after `SIGTERM` before `SIGKILL`.
    public var shutdownGrace: Duration
    /// Delay before restarting a worker after its first failure; doubled after each further consecutive failure.
    public var restartBackoff: Duration
    /// Upper bound of the restart delay.
    public var maximumRestartBackoff: Duration
    /// Consecutive failures (crash, timeout, protocol violation) after which the plugin is disabled.
    public var maximumConsecutiveFailures: Int
    /// stderr lines per second logged per worker; the rest are counted and summarized.
    public var stderrLinesPerSecond: Int
    /// Longest stderr line logged, in bytes; longer lines are cut.
    public var stderrLineLimit: Int
    /// `PATH` given to workers and used to find `command[0]` and the sandbox tools.
    public var searchPath: String

    /// Creates a configuration; every parameter has the daemon's default.
    public init(
        startTimeout: Duration = .seconds(10), shutdownGrace: Duration = .seconds(2),
        restartBackoff: Duration = .milliseconds(100), maximumRestartBackoff: Duration = .seconds(30),
        maximumConsecutiveFailures: Int = 5, stderrLinesPerSecond: Int = 50, stderrLineLimit: Int = 4096,
        searchPath: String = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    ) {
        self.startTimeout = startTimeout
        self.shutdownGrace = shutdownGrace
        self.restartBackoff = restartBackoff
        self.maximumRestartBackoff = maximumRestartBackoff
        self.maximumConsecutiveFailures = maximumConsecutiveFailures
        self.stderrLinesPerSecond = stderrLinesPerSecond
        self.stderrLineLimit = stderrLineLimit
        self.searchPath = searchPath
    }
}
