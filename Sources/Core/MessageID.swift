/// The fixed journal `MESSAGE_ID`s of the events an operator searches for.
///
/// Attach one to a log entry under the metadata key ``metadataKey`` (`message.id`); the journal log handler
/// turns it into the entry's `MESSAGE_ID=` field, so `journalctl MESSAGE_ID=…` finds every such event and
/// `journalctl -x` shows its explanation from `systemd/undocd.catalog`. Never change an ID once released:
/// operators' searches and the catalog depend on it.
///
/// ```swift
/// logger.info("document processed", metadata: [
///     UndocdMessageID.metadataKey: "\(UndocdMessageID.documentProcessed)",
///     "document.id": "\(id)",
/// ])
/// ```
public enum UndocdMessageID {
    /// The logger metadata key whose value becomes the journal `MESSAGE_ID`.
    public static let metadataKey = "message.id"

    /// The daemon process started and is setting up (before READY).
    public static let started = "b5e7820e46a94c44b6053e3457137306"
    /// The daemon is ready: inbox watched, ledger open, start-up rescan queued.
    public static let ready = "248ceb993f0248d19bca7bc9045fb869"
    /// A configuration reload (SIGHUP) was applied.
    public static let reloaded = "cccb3e1375fb4d59ad2fbbf218ab1a47"
    /// A document was processed and its result written to the spool.
    public static let documentProcessed = "ce3571ae9d144c9e8e1a11a115c30497"
    /// A document could not be processed (unreadable, undecodable, or every extractor failed).
    public static let documentFailed = "8535a4289f964bafba57f4a942ec12a5"
    /// A document was skipped because an identical one was already processed.
    public static let duplicate = "53ac3439153a4d43b526c9beed7797ab"
    /// An extractor plugin failed on a document.
    public static let pluginFailed = "2990f4d20296487099913eda9c0d386a"
    /// An extractor plugin exceeded its time limit on a document.
    public static let pluginTimedOut = "32441293b6834282926e32a215b0624e"
    /// The daemon is stopping: draining in-flight documents.
    public static let stopping = "7e0d13b019ba4834b6dd03f8fb6448c9"

    /// Every ID with a short name, in the order above (for the catalog test and documentation).
    public static let all: [(name: String, id: String)] = [
        ("started", started), ("ready", ready), ("reloaded", reloaded),
        ("documentProcessed", documentProcessed), ("documentFailed", documentFailed), ("duplicate", duplicate),
        ("pluginFailed", pluginFailed), ("pluginTimedOut", pluginTimedOut), ("stopping", stopping),
    ]
}
