import Glibc

/// Direct writes to file descriptor 2, for the rare message that cannot go through a logger.
public enum StandardError {
    /// Writes `text` to fd 2, retrying on `EINTR` and short writes; other failures are dropped
    /// because there is nowhere left to report them.
    public static func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { raw in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let written = Glibc.write(STDERR_FILENO, base + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
