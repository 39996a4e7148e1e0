import CSystemd
import Glibc

/// A journal entry being assembled: `NAME=value` fields packed into one byte buffer.
///
/// Keeping every field in one buffer lets ``SystemdJournal/send(_:)`` build all `iovec`s inside a single
/// `withUnsafeBytes` scope, so every pointer handed to `sd_journal_sendv` is valid for the whole call.
/// Field names are written as given: callers pass valid journal field names (`[A-Z0-9_]`, ≤ 64 bytes,
/// not starting with `_` or a digit). Values may hold any bytes, newlines included.
public struct JournalFields: Sendable {
    /// `NAME=value` of every field, back to back.
    private var bytes: [UInt8] = []
    /// The end offset of each field in `bytes`.
    private var ends: [Int] = []

    /// Creates an empty entry with room for about `capacity` bytes.
    public init(capacity: Int = 512) {
        bytes.reserveCapacity(capacity)
    }

    /// The number of fields.
    public var count: Int { ends.count }

    /// Appends a field.
    public mutating func append(_ name: String, _ value: String) {
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: "="))
        bytes.append(contentsOf: value.utf8)
        ends.append(bytes.count)
    }

    /// The fields as `NAME=value` strings, in order (for tests and diagnostics).
    public var lines: [String] {
        var start = 0
        return ends.map { end in
            defer { start = end }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }

    /// Calls `body` with one `iovec` per field; the pointers are valid only inside `body`.
    fileprivate func withIOVecs<R>(_ body: (UnsafeBufferPointer<iovec>) -> R) -> R {
        bytes.withUnsafeBytes { raw in
            var vectors: [iovec] = []
            vectors.reserveCapacity(ends.count)
            var start = 0
            for end in ends {
                let base = raw.baseAddress.map { UnsafeMutableRawPointer(mutating: $0 + start) }
                vectors.append(iovec(iov_base: base, iov_len: end - start))
                start = end
            }
            return vectors.withUnsafeBufferPointer(body)
        }
    }
}

/// Thin wrappers over libsystemd's journal submission API (`sd_journal_sendv(3)`).
public enum SystemdJournal {
    /// Sends one entry to journald.
    ///
    /// `sd_journal_sendv` reports success when no journald socket exists, so this cannot tell whether anyone
    /// listens: decide that beforehand with ``isStandardErrorConnected()``.
    /// - Throws: ``SystemdError`` with the errno `sd_journal_sendv` reported.
    public static func send(_ fields: JournalFields) throws(SystemdError) {
        let result = fields.withIOVecs { vectors in
            sd_journal_sendv(vectors.baseAddress, Int32(vectors.count))
        }
        if result < 0 { throw SystemdError(operation: "sd_journal_sendv", errno: -result) }
    }

    /// Whether standard error is connected to the journal: `JOURNAL_STREAM` names its device and inode.
    ///
    /// systemd sets `JOURNAL_STREAM=DEV:INODE` for services whose output goes to the journal; a child whose
    /// stderr was redirected elsewhere inherits the variable, hence the comparison with fd 2 itself.
    public static func isStandardErrorConnected() -> Bool {
        guard let raw = getenv("JOURNAL_STREAM") else { return false }
        guard let stream = JournalStream(String(cString: raw)) else { return false }
        var info = stat()
        guard fstat(STDERR_FILENO, &info) == 0 else { return false }
        return UInt64(info.st_dev) == stream.device && UInt64(info.st_ino) == stream.inode
    }
}

/// The parsed value of `JOURNAL_STREAM` (`DEVICE:INODE`, both decimal).
public struct JournalStream: Sendable, Equatable {
    /// The device number of the journal stream socket.
    public var device: UInt64
    /// The inode number of the journal stream socket.
    public var inode: UInt64

    /// Creates a stream identity from its parts.
    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// Parses `DEVICE:INODE`; `nil` when malformed.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return nil }
        self.init(device: device, inode: inode)
    }
}
