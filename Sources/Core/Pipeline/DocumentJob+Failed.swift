import Foundation
import Logging
import Platform
import PluginAPI

extension DocumentJob {
    /// Moves an unreadable document to `state/failed/` with `NAME.error.json` beside it (written first, durably),
    /// and records it in the ledger. The daemon goes on.
    func quarantine(sha256: String?, code: String, message: String, _ logger: Logger) async -> JobOutcome {
        let failed = environment.layout.failed
        // NAME.error.json must fit in a file name too.
        let longest = ClaimName.maxNameBytes - ".error.json".utf8.count
        var name = ClaimName.shortened(claim.original, toBytes: longest)
        if FileSystem.exists(atPath: Path.join(failed, name)) || FileSystem.exists(atPath: Path.join(failed, name + ".error.json")) {
            name = ClaimName.shortened(claim.fileName, toBytes: longest)
        }
        let now = WallClockTime.now()
        var error = JSONWriter()
        error.raw("{\"source\":")
        error.string(claim.original)
        error.raw(",\"id\":")
        if let sha256 { error.string("sha256:" + sha256) } else { error.raw("null") }
        error.raw(",\"error\":{\"code\":")
        error.string(code)
        error.raw(",\"message\":")
        error.string(message)
        error.raw("},\"receivedAt\":")
        error.string(receivedAt.iso8601)
        error.raw(",\"failedAt\":")
        error.string(now.iso8601)
        error.raw("}\n")
        let errorFile = Path.join(failed, name + ".error.json")
        let temporary = Path.join(failed, ".\(claim.token).error.json.tmp")
        do {
            _ = try FileSystem.removeIfPresent(atPath: temporary)
            let bytes = error.bytes
            try await environment.pool.run {
                try FileSystem.writeDurably(bytes, temporaryPath: temporary, finalPath: errorFile)
            }
            guard try moveClaim(to: Path.join(failed, name)) else {
                // Removed or moved by someone else: an error file without its document would only mislead.
                try FileSystem.removeIfPresent(atPath: errorFile)
                return vanished(logger)
            }
            try environment.ledger.record(LedgerRow(
                claim: claim.fileName, sha256: sha256, source: claim.original, receivedAt: receivedAt.iso8601,
                processedAt: now.iso8601, status: .failed, error: "\(code): \(message)"))
        } catch {
            logger.error("failed document could not be moved to failed/; left in processing/ and retried", metadata: ["error": "\(error)"])
            return .retry(claim, reason: "\(error)")
        }
        logger.warning("document cannot be read; moved to failed/", metadata: [
            UndocdMessageID.metadataKey: "\(UndocdMessageID.documentFailed)",
            "status": "failed", "error.code": "\(code)", "error.message": "\(message)", "file": "\(Path.join(failed, name))",
        ])
        return .failed
    }
}
