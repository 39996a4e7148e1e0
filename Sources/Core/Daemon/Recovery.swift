import Logging
import Platform

/// Start-up recovery: decides, for every file left in `state/processing/` by an earlier run, whether its result was
/// already published (then it only needs archiving) or not (then it is processed again), and clears `spool/tmp/`.
///
/// A result is published exactly when its `pending` ledger row exists and its `spool/tmp/` file does not: the
/// temporary file is written before the row is committed and disappears only by the rename into `spool/new/`.
public enum Recovery {
    /// What recovery found.
    public struct Report: Sendable, Equatable {
        /// Claims to process again.
        public var requeued: [ClaimName] = []
        /// Claims whose result was already published; now archived.
        public var completed = 0
        /// Files removed from `spool/tmp/`.
        public var temporaryFilesRemoved = 0
    }

    /// Runs recovery. Must finish before new documents are claimed.
    public static func run(context: PipelineContext, environment: JobEnvironment) async throws -> Report {
        var report = Report()
        for entry in try FileSystem.entries(inDirectory: environment.layout.processing) {
            let claim = ClaimName(fileName: entry.name)
            if try resume(claim, context: context, environment: environment, removedTemporary: &report.temporaryFilesRemoved) {
                report.completed += 1
            } else {
                report.requeued.append(claim)
            }
        }
        report.temporaryFilesRemoved += try environment.spool.removeLeftovers()
        report.requeued.sort { $0.fileName < $1.fileName }
        return report
    }

    /// Brings one claim in `processing/` to a consistent state: finishes it when its result was published
    /// (returns `true`), or forgets its unfinished ledger row and temporary result so that it can be processed
    /// again (returns `false`). Used at start-up, and by the dispatcher to retry a document whose result could not
    /// be written (a full disk).
    /// - Parameter removedTemporary: incremented when the claim's temporary result is removed.
    public static func resume(
        _ claim: ClaimName, context: PipelineContext, environment: JobEnvironment, removedTemporary: inout Int
    ) throws -> Bool {
        let ledger = environment.ledger
        let job = DocumentJob(claim: claim, context: context, environment: environment)
        guard let row = try ledger.row(claim: claim.fileName) else { return false }
        switch row.status {
        case .pending:
            if let result = row.result, !environment.spool.hasTemporary(result) {
                try ledger.markDone(claim: claim.fileName, processedAt: WallClockTime.now().iso8601)
                try job.archiveOriginal()
                return true
            }
            if let result = row.result, try FileSystem.removeIfPresent(atPath: Path.join(environment.spool.temporary, result)) {
                removedTemporary += 1
            }
            try ledger.forget(claim: claim.fileName)
            return false
        case .done, .duplicate:
            try job.archiveOriginal()
            return true
        case .failed:
            try ledger.forget(claim: claim.fileName)
            return false
        }
    }
}
