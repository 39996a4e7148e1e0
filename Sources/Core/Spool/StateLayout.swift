import Platform

/// The folders the daemon works in. The folder a file is in is its state:
/// `inbox/` → `state/processing/` → (`spool/tmp/` → `spool/new/`) → `state/archive/` or `state/failed/`.
public struct StateLayout: Sendable, Equatable {
    /// Where writers rename documents in.
    public let inbox: String
    /// Results being written (never read by consumers).
    public let spoolTemporary: String
    /// Complete results, for consumers.
    public let spoolNew: String
    /// Claimed documents being processed.
    public let processing: String
    /// Originals whose result is durable (`[archive] originals = "keep"`).
    public let archive: String
    /// Documents that could not be read, each with `NAME.error.json`.
    public let failed: String
    /// The SQLite ledger.
    public let ledger: String

    /// The layout under the configured paths.
    public init(paths: Configuration.Paths) {
        inbox = paths.inbox
        spoolTemporary = Path.join(paths.spool, "tmp")
        spoolNew = Path.join(paths.spool, "new")
        processing = Path.join(paths.state, "processing")
        archive = Path.join(paths.state, "archive")
        failed = Path.join(paths.state, "failed")
        ledger = Path.join(paths.state, "ledger.sqlite")
    }

    /// Creates every folder that is missing.
    public func create() throws(SystemError) {
        for directory in [inbox, spoolTemporary, spoolNew, processing, archive, failed] {
            try FileSystem.makeDirectories(atPath: directory)
        }
    }
}

/// Which files in the inbox are documents: not hidden, not `*.part`, not `*.tmp` (writers' files in progress).
public enum InboxFilter {
    /// Whether `name` is a document to claim.
    public static func accepts(_ name: String) -> Bool {
        !name.hasPrefix(".") && !name.hasSuffix(".part") && !name.hasSuffix(".tmp") && !name.isEmpty
    }
}
