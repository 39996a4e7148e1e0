import Intake
import Logging
import Platform
import PluginAPI

/// Processes one claimed document from `state/processing/` to its end state. The order of steps is what makes
/// a crash at any instant harmless (see ``Recovery``):
///
/// 1. read (regular files only), hash; ask the ledger whether the content is a duplicate;
/// 2. decode once, run the plugins, assemble the result;
/// 3. write `spool/tmp/NAME`, `fsync` — then commit a `pending` ledger row naming NAME;
/// 4. rename into `spool/new/`, `fsync` the folder — the result is now published;
/// 5. mark the row `done`, then archive (or delete) the original.
public struct DocumentJob: Sendable {
    let claim: ClaimName
    let context: PipelineContext
    let environment: JobEnvironment

    /// Creates a job for a claimed file.
    public init(claim: ClaimName, context: PipelineContext, environment: JobEnvironment) {
        self.claim = claim
        self.context = context
        self.environment = environment
    }

    var path: String { Path.join(environment.layout.processing, claim.fileName) }
    var receivedAt: WallClockTime { claim.claimedAt ?? .now() }

    /// Runs the job.
    public func run() async -> JobOutcome {
        let start = ContinuousClock.now
        var logger = environment.logger
        logger[metadataKey: "source"] = "\(claim.original)"
        let bytes: [UInt8]
        do {
            switch try FileSystem.readRegularFile(atPath: path) {
            case .bytes(let content): bytes = content
            case .notRegular(let kind):
                return await quarantine(sha256: nil, code: "not-a-regular-file", message: "\(claim.original) is a \(kind), not a regular file", logger)
            case .hardLinked(let links):
                // Whoever can write to the inbox could link any file of the same file system they cannot read.
                return await quarantine(
                    sha256: nil, code: "hard-linked",
                    message: "\(claim.original) has \(links) hard links; rename a file into the inbox instead of linking it", logger)
            }
        } catch where error.errno == SystemError.noEntry {
            return vanished(logger)
        } catch {
            let code = error.errno == SystemError.loop ? "symbolic-link" : (error.errno == SystemError.accessDenied ? "unreadable" : "read-failed")
            return await quarantine(sha256: nil, code: code, message: "\(claim.original): \(error.reason)", logger)
        }
        let sha256 = SHA256.hex(bytes)
        logger[metadataKey: "document.id"] = "sha256:\(sha256)"
        do {
            if context.duplicates == .record, let earlier = try environment.ledger.reserve(sha256: sha256, claim: claim.fileName) {
                return try recordDuplicate(sha256: sha256, earlier: earlier, logger)
            }
        } catch {
            logger.error("ledger lookup failed; document will be retried", metadata: ["error": "\(error)"])
            return .retry(claim, reason: "\(error)")
        }
        let outcome = await processNew(bytes: bytes, sha256: sha256, start: start, logger)
        if context.duplicates == .record { environment.ledger.release(sha256: sha256) }
        return outcome
    }

    private func processNew(bytes: [UInt8], sha256: String, start: ContinuousClock.Instant, _ logger: Logger) async -> JobOutcome {
        let result: DocumentResult
        do {
            result = try await context.processor.process(bytes: bytes, id: "sha256:" + sha256, fileName: claim.original, receivedAt: receivedAt)
        } catch {
            return await quarantine(sha256: sha256, code: error.code, message: error.message, logger)
        }
        if Task.isCancelled { return .deferred }
        do {
            let name = try await publish(result, sha256: sha256)
            logger.info("document processed", metadata: [
                UndocdMessageID.metadataKey: "\(UndocdMessageID.documentProcessed)",
                "status": "\(result.status.rawValue)", "result": "\(name)",
                "durationMs": "\((ContinuousClock.now - start).milliseconds.rounded3)",
            ])
            for outcome in result.extractors where outcome.status == .failed || outcome.status == .timeout {
                logger.warning("extractor did not finish", metadata: [
                    UndocdMessageID.metadataKey:
                        "\(outcome.status == .timeout ? UndocdMessageID.pluginTimedOut : UndocdMessageID.pluginFailed)",
                    "plugin": "\(outcome.name)", "status": "\(outcome.status.rawValue)",
                    "error": "\(outcome.error?.message ?? "")", "durationMs": "\(outcome.durationMs.rounded3)",
                ])
            }
            return .done(result.status)
        } catch {
            logger.error("result could not be written; document left in processing/ and retried", metadata: ["error": "\(error)"])
            return .retry(claim, reason: "\(error)")
        }
    }

    /// Steps 3–5 for a finished result, in one job on a blocking-I/O thread (one thread hand-off per document).
    /// Returns the published file name.
    private func publish(_ result: DocumentResult, sha256: String) async throws -> String {
        let bytes = result.json()
        let receivedAt = self.receivedAt.iso8601
        return try await environment.pool.run { [self] in
            let spool = environment.spool
            var name = result.fileName
            var attempt = 1
            while true {
                do {
                    try spool.writeTemporary(name, bytes)
                    break
                } catch let error as SystemError where error.errno == SystemError.exists && attempt < 100 {
                    // Same content finished in the same millisecond (duplicates reprocessed): number the name.
                    attempt += 1
                    name = String(result.fileName.dropLast(5)) + "-\(attempt).json"
                }
            }
            do {
                try environment.ledger.record(LedgerRow(
                    claim: claim.fileName, sha256: sha256, source: claim.original, receivedAt: receivedAt,
                    status: .pending, resultStatus: result.status.rawValue, result: name))
            } catch {
                // Without its row nobody would ever remove the temporary result (a full disk fails here too).
                _ = try? FileSystem.removeIfPresent(atPath: Path.join(spool.temporary, name))
                throw error
            }
            try spool.publish(name)
            try environment.ledger.markDone(claim: claim.fileName, processedAt: result.processedAt.iso8601)
            try archiveOriginal()
            return name
        }
    }

    /// Moves the original to `state/archive/` under its own name (the claim name if taken), or deletes it.
    ///
    /// An original that is no longer in `processing/` (removed or moved by someone else once it was read) is
    /// logged and skipped: its result is already published, and retrying could never succeed.
    func archiveOriginal() throws(SystemError) {
        let present: Bool
        if context.archive == .delete {
            present = try FileSystem.removeIfPresent(atPath: path)
        } else {
            present = try moveToArchive()
        }
        if !present {
            environment.logger.warning("original vanished from processing/ before it could be archived; its result stands",
                                       metadata: ["source": "\(claim.original)", "file": "\(path)"])
        }
    }

    /// Renames the original into `state/archive/`; `false` if it is not in `processing/` any more.
    private func moveToArchive() throws(SystemError) -> Bool {
        do {
            return try moveClaim(to: Path.join(environment.layout.archive, claim.original))
        } catch where error.errno == SystemError.exists {
            return try moveClaim(to: Path.join(environment.layout.archive, claim.fileName))
        }
    }

    /// Renames the claimed file to `target`, never replacing; `false` if it is not in `processing/` any more.
    func moveClaim(to target: String) throws(SystemError) -> Bool {
        do {
            try FileSystem.rename(path, to: target, replacing: false)
        } catch where error.errno == SystemError.noEntry && !FileSystem.exists(atPath: path) {
            return false
        }
        return true
    }

    /// The outcome for a claim that disappeared from `processing/` before it was read or failed: nothing to do.
    func vanished(_ logger: Logger) -> JobOutcome {
        logger.warning("claimed file vanished from processing/ (removed or moved by someone else); dropped", metadata: ["file": "\(path)"])
        return .vanished
    }

    private func recordDuplicate(sha256: String, earlier: String, _ logger: Logger) throws -> JobOutcome {
        try environment.ledger.record(LedgerRow(
            claim: claim.fileName, sha256: sha256, source: claim.original, receivedAt: receivedAt.iso8601,
            processedAt: WallClockTime.now().iso8601, status: .duplicate, result: earlier.isEmpty ? nil : earlier))
        try archiveOriginal()
        logger.info("duplicate content: recorded and archived without a second result", metadata: [
            UndocdMessageID.metadataKey: "\(UndocdMessageID.duplicate)",
            "status": "duplicate", "result": "\(earlier)",
        ])
        return .duplicate
    }
}

extension Double {
    /// Rounded to three decimals, for log metadata.
    var rounded3: Double { (self * 1000).rounded() / 1000 }
}
