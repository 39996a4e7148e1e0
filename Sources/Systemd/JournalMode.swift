/// Whether log entries go to the journal or to standard error (`[logging] journal = "auto"`).
public enum JournalMode: String, Sendable, CaseIterable {
    /// The journal when standard error is connected to it (`JOURNAL_STREAM`), the console otherwise.
    case auto
    /// Always native journal entries, even when standard error goes elsewhere.
    case always
    /// Always the console handler on standard error.
    case never

    /// Parses the config value (`"auto"`, `"always"`, `"never"`); `nil` for anything else.
    public init?(configValue: String) {
        self.init(rawValue: configValue)
    }

    /// Whether this mode logs to the journal, given whether standard error is the journal.
    public func usesJournal(standardErrorIsJournal: Bool) -> Bool {
        switch self {
        case .auto: standardErrorIsJournal
        case .always: true
        case .never: false
        }
    }
}
