import Platform

/// Read-only queries on a ledger file, for `undocd status` (safe while the daemon runs: WAL readers do not block).
public enum LedgerReader {
    static let columns = "claim, sha256, source, received_at, processed_at, status, result_status, result, error"

    /// Counts and the `limit` most recently finished documents in the ledger at `path`.
    public static func report(path: String, limit: Int) throws(SQLiteError) -> (LedgerSummary, [LedgerRow]) {
        let database = try SQLiteDatabase(path: path, readOnly: true)
        let summary = try summary(database)
        let recent = try database.prepare(
            "SELECT \(columns) FROM documents ORDER BY COALESCE(processed_at, received_at) DESC LIMIT ?1")
        try recent.bind(1, Int64(limit))
        var rows: [LedgerRow] = []
        while try recent.step() { rows.append(row(recent)) }
        return (summary, rows)
    }

    static func summary(_ database: SQLiteDatabase) throws(SQLiteError) -> LedgerSummary {
        let query = try database.prepare(
            "SELECT status, COALESCE(result_status, ''), COUNT(*) FROM documents GROUP BY status, result_status")
        var summary = LedgerSummary()
        while try query.step() {
            let count = Int(query.integer(2))
            switch query.text(0) ?? "" {
            case "done": summary.done += count
                if query.text(1) == "partial" { summary.partial += count }
            case "failed": summary.failed += count
            case "duplicate": summary.duplicates += count
            case "pending": summary.pending += count
            default: break
            }
        }
        return summary
    }

    static func row(_ statement: SQLiteStatement) -> LedgerRow {
        LedgerRow(
            claim: statement.text(0) ?? "", sha256: statement.text(1), source: statement.text(2) ?? "",
            receivedAt: statement.text(3) ?? "", processedAt: statement.text(4),
            status: LedgerRow.Status(rawValue: statement.text(5) ?? "") ?? .failed, resultStatus: statement.text(6),
            result: statement.text(7), error: statement.text(8))
    }
}
