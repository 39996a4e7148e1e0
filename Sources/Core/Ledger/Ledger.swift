import Foundation
import Platform

/// One row of the ledger: one claimed document.
public struct LedgerRow: Sendable, Equatable {
    /// `pending` (result being published) · `done` · `duplicate` · `failed` (could not be read; see `state/failed/`).
    public enum Status: String, Sendable {
        case pending, done, duplicate, failed
    }

    /// The claim's file name in `state/processing/` (unique per claim).
    public var claim: String
    /// Lower-case hex SHA-256 of the content, when it could be read.
    public var sha256: String?
    /// The name as dropped into the inbox.
    public var source: String
    /// When the document was claimed (ISO 8601).
    public var receivedAt: String
    /// When it was finished (ISO 8601).
    public var processedAt: String?
    /// Where it stands.
    public var status: Status
    /// The result's `status` (`complete | partial | failed`) for `pending`/`done` rows.
    public var resultStatus: String?
    /// The result file in `spool/new/` (for a duplicate: the earlier document's result).
    public var result: String?
    /// Why it failed, for `failed` rows.
    public var error: String?

    /// Creates a row.
    public init(
        claim: String, sha256: String?, source: String, receivedAt: String, processedAt: String? = nil, status: Status,
        resultStatus: String? = nil, result: String? = nil, error: String? = nil
    ) {
        self.claim = claim
        self.sha256 = sha256
        self.source = source
        self.receivedAt = receivedAt
        self.processedAt = processedAt
        self.status = status
        self.resultStatus = resultStatus
        self.result = result
        self.error = error
    }
}

/// Counts for `undocd status` and the status line.
public struct LedgerSummary: Sendable, Equatable {
    public var done = 0
    public var failed = 0
    public var duplicates = 0
    public var pending = 0
    public var partial = 0

    public init() {}
}

/// The SQLite ledger in `state/ledger.sqlite`: one row per claimed document (WAL mode, prepared statements).
///
/// Commits use `synchronous=NORMAL`: a row survives a crash of the process (the WAL is written before the call
/// returns) but not necessarily a power cut; results themselves are always `fsync`ed.
///
/// Calls are synchronous and short (no `fsync` per commit), so a document's durable steps run together on one
/// blocking-I/O thread instead of hopping to an actor for each.
public final class Ledger: @unchecked Sendable {
    // `lock` serializes every use of `database`, the prepared statements and `inFlight`.
    private let lock = NSLock()
    private let database: SQLiteDatabase
    private let insert: SQLiteStatement
    private let finish: SQLiteStatement
    private let findByHash: SQLiteStatement
    private let findByClaim: SQLiteStatement
    private let deleteClaim: SQLiteStatement
    /// Hashes of documents in flight (claimed, no row yet): a second copy arriving meanwhile is a duplicate.
    private var inFlight: [String: String] = [:]

    static let schema = """
        PRAGMA journal_mode=WAL;
        PRAGMA synchronous=NORMAL;
        CREATE TABLE IF NOT EXISTS documents(
            claim TEXT PRIMARY KEY,
            sha256 TEXT,
            source TEXT NOT NULL,
            received_at TEXT NOT NULL,
            processed_at TEXT,
            status TEXT NOT NULL,
            result_status TEXT,
            result TEXT,
            error TEXT
        );
        CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
        CREATE INDEX IF NOT EXISTS documents_processed ON documents(processed_at);
        """

    /// Opens (creating if needed) the ledger at `path`.
    /// - Throws: ``Platform/SQLiteError`` naming the file.
    public init(path: String) throws(SQLiteError) {
        database = try SQLiteDatabase(path: path)
        try database.execute(Self.schema)
        insert = try database.prepare("""
            INSERT OR REPLACE INTO documents(claim, sha256, source, received_at, processed_at, status, result_status, result, error)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """)
        finish = try database.prepare("UPDATE documents SET status = 'done', processed_at = ?2 WHERE claim = ?1")
        findByHash = try database.prepare(
            "SELECT result FROM documents WHERE sha256 = ?1 AND status IN ('pending', 'done') LIMIT 1")
        findByClaim = try database.prepare("SELECT \(LedgerReader.columns) FROM documents WHERE claim = ?1")
        deleteClaim = try database.prepare("DELETE FROM documents WHERE claim = ?1")
    }

    /// Whether content `sha256` was processed before or is being processed now; reserves it when it was not.
    /// - Returns: `nil` for new content (now reserved for `claim`), otherwise the earlier result's file name
    ///   (empty when the earlier copy is still in flight).
    public func reserve(sha256: String, claim: String) throws(SQLiteError) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if inFlight[sha256] != nil { return "" }
        defer { findByHash.reset() }
        try findByHash.bind(1, sha256)
        if try findByHash.step() { return findByHash.text(0) ?? "" }
        inFlight[sha256] = claim
        return nil
    }

    /// Releases a reservation made by ``reserve(sha256:claim:)``.
    public func release(sha256: String) {
        lock.lock()
        defer { lock.unlock() }
        inFlight[sha256] = nil
    }

    /// Writes (or replaces) the row of `row.claim`.
    public func record(_ row: LedgerRow) throws(SQLiteError) {
        lock.lock()
        defer { lock.unlock() }
        defer { insert.reset() }
        try insert.bind(1, row.claim)
        try insert.bind(2, row.sha256)
        try insert.bind(3, row.source)
        try insert.bind(4, row.receivedAt)
        try insert.bind(5, row.processedAt)
        try insert.bind(6, row.status.rawValue)
        try insert.bind(7, row.resultStatus)
        try insert.bind(8, row.result)
        try insert.bind(9, row.error)
        try insert.step()
    }

    /// Marks a `pending` row `done`.
    public func markDone(claim: String, processedAt: String) throws(SQLiteError) {
        lock.lock()
        defer { lock.unlock() }
        defer { finish.reset() }
        try finish.bind(1, claim)
        try finish.bind(2, processedAt)
        try finish.step()
    }

    /// The row of `claim`, if any.
    public func row(claim: String) throws(SQLiteError) -> LedgerRow? {
        lock.lock()
        defer { lock.unlock() }
        defer { findByClaim.reset() }
        try findByClaim.bind(1, claim)
        return try findByClaim.step() ? LedgerReader.row(findByClaim) : nil
    }

    /// Deletes the row of `claim` (its document will be processed again).
    public func forget(claim: String) throws(SQLiteError) {
        lock.lock()
        defer { lock.unlock() }
        defer { deleteClaim.reset() }
        try deleteClaim.bind(1, claim)
        try deleteClaim.step()
    }

    /// Counts by status.
    public func summary() throws(SQLiteError) -> LedgerSummary {
        lock.lock()
        defer { lock.unlock() }
        return try LedgerReader.summary(database)
    }
}
