import Platform

/// The result spool: results are written to `tmp/`, `fsync`ed, then renamed into `new/` (never overwriting), and
/// `new/` is `fsync`ed, so a file in `new/` is always complete and durable.
public final class Spool: Sendable {
    /// `spool/tmp/`.
    public let temporary: String
    /// `spool/new/`.
    public let new: String
    private let newDirectorySync: CoalescingDirectorySync

    /// Opens the spool in `layout`.
    public init(layout: StateLayout) throws(SystemError) {
        temporary = layout.spoolTemporary
        new = layout.spoolNew
        let directory = try FileSystem.openDirectory(atPath: layout.spoolNew)
        newDirectorySync = CoalescingDirectorySync { try directory.sync() }
    }

    /// Writes `bytes` to `tmp/name` and `fsync`s it. Fails with `EEXIST` if that name is taken.
    public func writeTemporary(_ name: String, _ bytes: [UInt8]) throws(SystemError) {
        let path = Path.join(temporary, name)
        let descriptor = try FileSystem.createExclusive(atPath: path)
        do {
            try descriptor.writeAll(bytes)
            try descriptor.sync()
        } catch {
            descriptor.close()
            _ = try? FileSystem.removeIfPresent(atPath: path)
            throw error
        }
        descriptor.close()
    }

    /// Renames `tmp/name` to `new/name` (never replacing) and flushes `new/`.
    public func publish(_ name: String) throws(SystemError) {
        try FileSystem.rename(Path.join(temporary, name), to: Path.join(new, name), replacing: false)
        do { try newDirectorySync.sync() } catch let error as SystemError { throw error } catch {
            throw SystemError(operation: "fsync", path: new, errno: 5)
        }
    }

    /// Whether `tmp/name` exists (used by crash recovery: it exists exactly until it is published).
    public func hasTemporary(_ name: String) -> Bool {
        FileSystem.exists(atPath: Path.join(temporary, name))
    }

    /// Whether `new/name` exists.
    public func hasPublished(_ name: String) -> Bool {
        FileSystem.exists(atPath: Path.join(new, name))
    }

    /// Removes everything left in `tmp/` by an earlier run.
    /// - Returns: how many files were removed.
    public func removeLeftovers() throws(SystemError) -> Int {
        var count = 0
        for entry in try FileSystem.entries(inDirectory: temporary) {
            try FileSystem.removeIfPresent(atPath: Path.join(temporary, entry.name))
            count += 1
        }
        return count
    }
}
