/// Decides, from a plugin's recent failures, whether to restart its worker (and after how long) or to
/// disable the plugin. A plain value: the supervisor feeds it events and carries out the actions.
struct RestartPolicy: Sendable, Equatable {
    enum Action: Equatable {
        /// Start a new worker after this delay.
        case restart(after: Duration)
        /// Stop trying: the plugin has failed too often in a row.
        case disable
    }

    let baseBackoff: Duration
    let maximumBackoff: Duration
    let maximumConsecutiveFailures: Int
    private(set) var consecutiveFailures = 0
    private(set) var isDisabled = false

    init(configuration: SupervisionConfiguration) {
        baseBackoff = configuration.restartBackoff
        maximumBackoff = configuration.maximumRestartBackoff
        maximumConsecutiveFailures = configuration.maximumConsecutiveFailures
    }

    /// A request was answered (with data or a plugin-reported error): the worker is healthy.
    mutating func recordSuccess() {
        consecutiveFailures = 0
    }

    /// The worker crashed, hung, or broke the protocol.
    mutating func recordFailure() -> Action {
        consecutiveFailures += 1
        if isDisabled || consecutiveFailures >= maximumConsecutiveFailures {
            isDisabled = true
            return .disable
        }
        var delay = baseBackoff
        for _ in 1..<consecutiveFailures where delay < maximumBackoff { delay *= 2 }
        return .restart(after: min(delay, maximumBackoff))
    }
}
