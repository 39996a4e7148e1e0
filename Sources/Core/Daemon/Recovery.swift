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
        let ledger = environment.ledger
        for entry in try FileSystem.entries(inDirectory: environment.layout.processing) {
            let claim = ClaimName(fileName: entry.name)
            let job = DocumentJob(claim: claim, context: context, environment: environment)
            guard let row = try ledger.row(claim: claim.fileName) else {
                report.requeued.append(claim)
                continue
            }
            switch row.status {
            case .pending:
                if let result = row.result, !environment.spool.hasTemporary(result) {
                    try ledger.markDone(claim: claim.fileName, processedAt: WallClockTime.now().iso8601)
                    try job.archiveOriginal()
                    report.completed += 1
                } else {
                    try ledger.forget(claim: claim.fileName)
                    report.requeued.append(claim)
                }
            case .done, .duplicate:
                try job.archiveOriginal()
                report.completed += 1
            case .failed:
                try ledger.forget(claim: claim.fileName)
                report.requeued.append(claim)
            }
        }
        report.temporaryFilesRemoved = try environment.spool.removeLeftovers()
        report.requeued.sort { $0.fileName < $1.fileName }
        return report
    }
}
