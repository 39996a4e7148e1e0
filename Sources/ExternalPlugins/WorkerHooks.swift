/// A line of the conversation between the daemon and a worker, as `undocd plugin-test` shows it.
public struct ExchangeLine: Sendable, Equatable {
    /// Who wrote the line.
    public enum Direction: Sendable, Equatable {
        /// The daemon, on the worker's stdin.
        case toPlugin
        /// The worker, on its stdout.
        case fromPlugin
    }

    /// Who wrote the line.
    public var direction: Direction
    /// The line without its newline.
    public var bytes: [UInt8]
}

/// Callbacks through which the supervisor (and `plugin-test`) watch a worker's life.
struct WorkerHooks: Sendable {
    /// A worker process started (its pid is also its process-group and session ID).
    var spawned: @Sendable (Int32) -> Void = { _ in }
    /// A worker process has been reaped.
    var exited: @Sendable (Int32) -> Void = { _ in }
    /// A request was answered with a well-formed reply (data or a plugin-reported error).
    var answered: @Sendable () -> Void = {}
    /// Every line sent and received, when someone wants to see the exchange.
    var exchange: (@Sendable (ExchangeLine) -> Void)?
}
