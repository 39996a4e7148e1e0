import Core

extension Configuration.JournalMode {
    /// Whether this `[logging] journal` setting logs to the journal, given whether standard error is the journal.
    public func usesJournal(standardErrorIsJournal: Bool) -> Bool {
        switch self {
        case .auto: standardErrorIsJournal
        case .always: true
        case .never: false
        }
    }
}
