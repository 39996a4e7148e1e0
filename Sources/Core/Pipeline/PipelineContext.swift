import Logging
import Platform

/// What a document job needs that a configuration reload may change; a job uses one snapshot from start to end.
public struct PipelineContext: Sendable {
    /// Decoder and plugins.
    public var processor: DocumentProcessor
    /// What happens to originals.
    public var archive: Configuration.ArchivePolicy
    /// What happens to duplicates.
    public var duplicates: Configuration.DuplicatePolicy

    /// Creates a context.
    public init(processor: DocumentProcessor, archive: Configuration.ArchivePolicy, duplicates: Configuration.DuplicatePolicy) {
        self.processor = processor
        self.archive = archive
        self.duplicates = duplicates
    }
}

/// The fixed parts every job works with: folders, spool, ledger, the blocking-I/O threads, the logger.
public struct JobEnvironment: Sendable {
    public let layout: StateLayout
    public let spool: Spool
    public let ledger: Ledger
    public let pool: BlockingPool
    public let logger: Logger

    /// Creates the environment.
    public init(layout: StateLayout, spool: Spool, ledger: Ledger, pool: BlockingPool, logger: Logger) {
        self.layout = layout
        self.spool = spool
        self.ledger = ledger
        self.pool = pool
        self.logger = logger
    }
}

/// How a job ended.
public enum JobOutcome: Sendable, Equatable {
    /// A result was published with this status.
    case done(DocumentResult.Status)
    /// The content was seen before; recorded and archived without a result.
    case duplicate
    /// The file could not be read or decoded; it is in `state/failed/` with its error file.
    case failed
    /// The job was cancelled (shutdown); the file stays in `state/processing/` for the next start.
    case deferred
    /// The claimed file disappeared from `state/processing/` before it was read or moved to `state/failed/`
    /// (someone removed or moved it): logged and dropped, never retried.
    case vanished
    /// Writing the result, the ledger or the failed/ entry failed (a full disk, an I/O error): the file stays in
    /// `state/processing/`, and the dispatcher finishes it with ``Recovery/resume(_:context:environment:)`` after a
    /// back-off, without waiting for a restart. `reason` says what failed, for the log and the status line.
    case retry(ClaimName, reason: String)
}
