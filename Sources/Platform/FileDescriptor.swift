import Glibc

/// An open file descriptor that the holder must ``close()``; a thin value wrapper, not reference counted.
public struct FileDescriptor: Sendable {
    /// The raw descriptor number.
    public let rawValue: Int32
    /// The path it was opened from, for error messages.
    public let path: String

    init(rawValue: Int32, path: String) {
        self.rawValue = rawValue
        self.path = path
    }

    /// Closes the descriptor. Errors from `close` are ignored on purpose: the descriptor is gone either way,
    /// and durability is established by ``sync()`` before closing.
    public func close() {
        _ = Glibc.close(rawValue)
    }

    /// Flushes the file's data and metadata to stable storage (`fsync`).
    public func sync() throws(SystemError) {
        try check(retryingOnInterrupt { fsync(rawValue) }, "fsync", path)
    }

    /// Writes all of `bytes`, continuing after short writes.
    public func writeAll(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = retryingOnInterrupt { write(rawValue, base + offset, bytes.count - offset) }
            try check(written, "write", path)
            offset += written
        }
    }

    /// Writes all of `bytes`.
    public func writeAll(_ bytes: [UInt8]) throws(SystemError) {
        var failure: SystemError?
        bytes.withUnsafeBytes { buffer in
            do throws(SystemError) { try writeAll(buffer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Reads until end of file; `sizeHint` (from `fstat`) sizes the buffer so that one read usually suffices.
    public func readToEnd(sizeHint: Int) throws(SystemError) -> [UInt8] {
        var capacity = max(sizeHint + 1, 4096)
        var result = [UInt8](repeating: 0, count: capacity)
        var count = 0
        while true {
            if count == capacity {
                capacity *= 2
                result.append(contentsOf: repeatElement(0, count: capacity - result.count))
            }
            let got = result.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return retryingOnInterrupt { read(rawValue, base + count, capacity - count) }
            }
            try check(got, "read", path)
            if got == 0 { break }
            count += got
        }
        result.removeLast(result.count - count)
        return result
    }
}
