import CSQLite

/// A failed SQLite call: what was being done, on which database, and SQLite's message.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    /// The database file.
    public var path: String
    /// What was being done (`open`, `prepare`, `step`, the SQL text, …).
    public var operation: String
    /// SQLite's result code.
    public var code: Int32
    /// SQLite's message.
    public var message: String

    public var description: String { "sqlite \(path): \(operation): \(message) (code \(code))" }
}

/// A connection to one SQLite database: a thin wrapper, not thread-safe. Its owner (an actor, or one thread)
/// serializes every use.
public final class SQLiteDatabase {
    /// The database file.
    public let path: String
    private let handle: OpaquePointer

    /// Opens (creating if needed) the database at `path` in serialized-by-owner mode.
    /// - Throws: ``SQLiteError``.
    public init(path: String, readOnly: Bool = false) throws(SQLiteError) {
        var db: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(path: path, operation: "open", code: code, message: message)
        }
        self.path = path
        self.handle = db
        sqlite3_busy_timeout(db, 5000)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that return no rows.
    public func execute(_ sql: String) throws(SQLiteError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code, sql) }
    }

    /// Compiles a statement for repeated use.
    public func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else { throw error(code, "prepare \(sql)") }
        return SQLiteStatement(database: self, handle: statement, sql: sql)
    }

    /// Number of rows changed by the last statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    func error(_ code: Int32, _ operation: String) -> SQLiteError {
        SQLiteError(path: path, operation: operation, code: code, message: String(cString: sqlite3_errmsg(handle)))
    }
}

/// A prepared statement. Bind parameters (1-based), ``step()`` through rows, read columns (0-based), ``reset()``.
public final class SQLiteStatement {
    private let database: SQLiteDatabase
    private let handle: OpaquePointer
    private let sql: String
    /// `SQLITE_TRANSIENT`: SQLite copies bound text before the call returns (the C macro is not imported).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(database: SQLiteDatabase, handle: OpaquePointer, sql: String) {
        self.database = database
        self.handle = handle
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds text, or NULL for `nil`.
    public func bind(_ index: Int32, _ value: String?) throws(SQLiteError) {
        let code: Int32
        if let value {
            code = sqlite3_bind_text(handle, index, value, -1, Self.transient)
        } else {
            code = sqlite3_bind_null(handle, index)
        }
        guard code == SQLITE_OK else { throw database.error(code, "bind \(index) in \(sql)") }
    }

    /// Binds an integer.
    public func bind(_ index: Int32, _ value: Int64) throws(SQLiteError) {
        let code = sqlite3_bind_int64(handle, index, value)
        guard code == SQLITE_OK else { throw database.error(code, "bind \(index) in \(sql)") }
    }

    /// Advances to the next row. Returns `false` when the statement is done.
    @discardableResult
    public func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.error(code, sql)
        }
    }

    /// Text of column `index` of the current row, `nil` for NULL.
    public func text(_ index: Int32) -> String? {
        guard let pointer = sqlite3_column_text(handle, index) else { return nil }
        return String(cString: pointer)
    }

    /// Integer value of column `index` of the current row.
    public func integer(_ index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// Resets the statement and clears its bindings for the next use.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }
}
