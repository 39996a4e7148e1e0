import Glibc

/// Facts about the running process and machine, and the few process-level calls the daemon needs.
public enum System {
    /// Number of online processors.
    public static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// This process's id.
    public static var processID: Int32 { getpid() }

    /// Whether this process runs as root.
    public static var isRoot: Bool { geteuid() == 0 }

    /// Resident set size now and at its peak, in bytes, from `/proc/<pid>/status` (`VmRSS`, `VmHWM`).
    public static func residentMemory(ofProcess pid: Int32? = nil) -> (current: Int, peak: Int)? {
        ProcessMemory.usage(ofProcess: pid).map { ($0.resident, $0.peak) }
    }

    /// CPU time (user + system) consumed so far by process `pid`, from `/proc/<pid>/stat`, in milliseconds.
    public static func cpuTime(ofProcess pid: Int32) -> Double? {
        guard let bytes = try? FileSystem.readFile(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        return (user + system) / ticks * 1000
    }

    /// Sends `signal` to process `pid` (tests and tools).
    public static func send(signal: Int32, toProcess pid: Int32) throws(SystemError) {
        try check(kill(pid, signal), "kill", "pid \(pid)")
    }

    /// `SIGKILL`, `SIGTERM`, `SIGHUP`, `SIGINT` without importing Glibc.
    public static let signalKill = SIGKILL, signalTerminate = SIGTERM, signalHangUp = SIGHUP, signalInterrupt = SIGINT
}

/// Writing to standard error (fd 2) without the global `stderr`, which Swift 6 rejects as not concurrency-safe.
public enum StandardError {
    /// Whether standard error is a terminal.
    public static var isTerminal: Bool { isatty(2) == 1 }

    /// Writes `text` to fd 2 in as few `write` calls as the kernel allows.
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(2, base + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue } else { return } }
                offset += written
            }
        }
    }
}

/// Writing to standard output (fd 1) in whole buffers.
public enum StandardOutput {
    /// Whether standard output is a terminal.
    public static var isTerminal: Bool { isatty(1) == 1 }

    /// Writes all of `bytes` to fd 1.
    public static func write(_ bytes: [UInt8]) throws(SystemError) {
        try FileDescriptor(rawValue: 1, path: "<stdout>").writeAll(bytes)
    }
}

/// Reading all of standard input.
public enum StandardInput {
    /// Reads fd 0 to its end.
    public static func readAll() throws(SystemError) -> [UInt8] {
        try FileDescriptor(rawValue: 0, path: "<stdin>").readToEnd(sizeHint: 64 * 1024)
    }
}

extension System {
    /// Unblocks every signal in the calling thread (inherited by threads started afterwards).
    ///
    /// A parent such as `Foundation.Process` can start us with SIGTERM, SIGINT and SIGHUP blocked; the daemon calls
    /// this first so its signal handling works whoever started it.
    public static func unblockAllSignals() {
        var empty = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, nil)
    }
}
