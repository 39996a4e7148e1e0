import Glibc

/// The few process and file-status calls the external-plugin supervisor needs: signalling a worker's
/// process group and checking who may write a manifest.
public enum ProcessControl {
    /// A failed system call: which call, on what, and the `errno`.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The C function that failed (`lstat`, `kill`).
        public var call: String
        /// The path or process group it was called on.
        public var subject: String
        /// The `errno` value.
        public var errno: Int32

        /// `lstat(/etc/undocd/plugins.d/x.toml): No such file or directory (errno 2)`.
        public var description: String {
            "\(call)(\(subject)): \(String(cString: strerror(errno))) (errno \(errno))"
        }
    }

    /// A signal the supervisor sends to a worker's process group.
    public enum Signal: Sendable {
        /// `SIGTERM`: asks the processes to stop.
        case terminate
        /// `SIGKILL`: stops them.
        case kill

        var rawValue: Int32 {
            switch self {
            case .terminate: SIGTERM
            case .kill: SIGKILL
            }
        }
    }

    /// Sends `signal` to every process in the process group `groupID` (`kill(-groupID, signal)`).
    ///
    /// - Returns: `false` when no process is left in the group (`ESRCH`), `true` when the signal was sent.
    /// - Throws: ``Failure`` for any other error (e.g. `EPERM`).
    @discardableResult
    public static func signalProcessGroup(_ groupID: Int32, _ signal: Signal) throws(Failure) -> Bool {
        // Group 0 or 1 would hit the caller's own group or every process: never what a supervisor means.
        guard groupID > 1 else { throw Failure(call: "kill", subject: "process group \(groupID)", errno: EINVAL) }
        if kill(-groupID, signal.rawValue) == 0 { return true }
        let error = Glibc.errno
        if error == ESRCH { return false }
        throw Failure(call: "kill", subject: "process group \(groupID)", errno: error)
    }

    /// Owner, group and permission bits of a file, as `lstat` reports them (symbolic links are not followed).
    public struct FileOwnership: Sendable, Equatable {
        /// The owning user ID.
        public var userID: UInt32
        /// The owning group ID.
        public var groupID: UInt32
        /// The permission bits (`0o7777` part of `st_mode`).
        public var permissions: UInt32
        /// What kind of file it is.
        public var kind: Kind

        /// File kinds the ownership check tells apart.
        public enum Kind: Sendable, Equatable {
            case regular, directory, symbolicLink, other
        }

        /// Whether users other than the owner may write it (group- or other-writable).
        public var isWritableByOthers: Bool { permissions & 0o022 != 0 }
    }

    /// The ownership and mode of the file at `path`, without following a final symbolic link.
    ///
    /// - Throws: ``Failure`` naming the path when `lstat` fails.
    public static func ownership(ofPath path: String) throws(Failure) -> FileOwnership {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw Failure(call: "lstat", subject: path, errno: Glibc.errno) }
        let kind: FileOwnership.Kind =
            switch info.st_mode & S_IFMT {
            case S_IFREG: .regular
            case S_IFDIR: .directory
            case S_IFLNK: .symbolicLink
            default: .other
            }
        return FileOwnership(userID: info.st_uid, groupID: info.st_gid, permissions: info.st_mode & 0o7777, kind: kind)
    }

    /// The effective user ID of this process.
    public static var effectiveUserID: UInt32 { geteuid() }
}

extension ProcessControl {
    /// Ignores `SIGPIPE` in this process, so that writing to a worker that has died fails with `EPIPE`
    /// instead of killing the daemon. Children still start with the default disposition (swift-subprocess
    /// resets every signal with `POSIX_SPAWN_SETSIGDEF`). Idempotent.
    public static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }
}

/// Small file probes used when resolving a plugin's command.
public enum FileProbe {
    /// Whether `path` names a regular file (following links) that this process may execute (`access(X_OK)`).
    public static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }
}
