import Glibc

/// A failed system call: which operation, on which path, and the `errno` it returned.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call that failed (`open`, `rename`, `fsync`, …).
    public var operation: String
    /// The path it was applied to (the first one for two-path calls).
    public var path: String
    /// The `errno` value.
    public var errno: Int32

    /// Creates an error from its parts.
    public init(operation: String, path: String, errno: Int32) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    /// The C library's description of ``errno`` (`No such file or directory`).
    public var reason: String { String(cString: strerror(errno)) }

    public var description: String { "\(operation) \(path): \(reason) (errno \(errno))" }

    /// Well-known errno values that callers branch on, so they need not import Glibc.
    public static let noEntry = ENOENT
    /// The target exists.
    public static let exists = EEXIST
    /// Too many symbolic links (what `O_NOFOLLOW` gives for a symlink).
    public static let loop = ELOOP
    /// Permission denied.
    public static let accessDenied = EACCES
}

/// Runs `body` until it does not fail with `EINTR`; the one place interrupted calls are retried.
@inline(__always)
func retryingOnInterrupt<T: BinaryInteger>(_ body: () -> T) -> T {
    while true {
        let result = body()
        if result == -1 && errno == EINTR { continue }
        return result
    }
}

/// Throws a ``SystemError`` for `operation` on `path` when `result` is -1.
@inline(__always)
@discardableResult
func check<T: BinaryInteger>(_ result: T, _ operation: String, _ path: String) throws(SystemError) -> T {
    if result == -1 { throw SystemError(operation: operation, path: path, errno: errno) }
    return result
}
