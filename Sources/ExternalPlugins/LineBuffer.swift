/// Splits a byte stream into `\n`-terminated lines, refusing to hold more than `limit` bytes of one line.
struct LineBuffer {
    /// The line being read grew past the limit (its newline not yet seen).
    struct Overflow: Error {
        var bytesSeen: Int
    }

    let limit: Int
    private var pending: [UInt8] = []
    /// Where to resume scanning `pending` for a newline.
    private var scanned = 0

    init(limit: Int) { self.limit = limit }

    /// Appends bytes read from the pipe.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        pending.append(contentsOf: bytes)
    }

    /// Removes and returns the next complete line (without `\n` and a trailing `\r`), if one is buffered.
    mutating func nextLine() throws(Overflow) -> [UInt8]? {
        if let newline = pending[scanned...].firstIndex(of: 0x0A) {
            var end = newline
            if end > 0, pending[end - 1] == 0x0D { end -= 1 }
            guard end <= limit else { throw Overflow(bytesSeen: newline) }
            let line = Array(pending[..<end])
            pending.removeSubrange(...newline)
            scanned = 0
            return line
        }
        scanned = pending.count
        guard pending.count <= limit else { throw Overflow(bytesSeen: pending.count) }
        return nil
    }

    /// Bytes received after the last complete line.
    var partialLineCount: Int { pending.count }

    /// Forgets everything buffered.
    mutating func reset() {
        pending.removeAll(keepingCapacity: false)
        scanned = 0
    }
}
