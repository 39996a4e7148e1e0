import Glibc

/// The read ends of a child's standard output and standard error, drained together with `poll` so that a
/// child filling one pipe while the parent waits on the other cannot deadlock.
struct ChildProcessCapture {
    private var descriptors: [Int32]
    private let outputDescriptor: Int32
    private let outputLimit: Int
    private let errorLimit: Int
    private(set) var output: [UInt8] = []
    private(set) var error: [UInt8] = []
    private(set) var outputTruncated = false
    private var buffer = [UInt8](repeating: 0, count: 64 << 10)

    init(output: Int32, error: Int32, outputLimit: Int, errorLimit: Int) {
        descriptors = [output, error]
        outputDescriptor = output
        self.outputLimit = outputLimit
        self.errorLimit = errorLimit
    }

    /// Whether both pipes have reached end of file.
    var isFinished: Bool { descriptors.isEmpty }

    /// Waits up to `timeoutMilliseconds` for data and reads what is ready; closes a pipe at end of file.
    mutating func pump(timeoutMilliseconds: Int32, program: String) throws(ChildProcess.Failure) {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let ready = poll(&polled, nfds_t(polled.count), max(timeoutMilliseconds, 0))
        if ready == -1 {
            if errno == EINTR { return }
            throw ChildProcess.Failure(program: program, call: "poll", errno: errno)
        }
        for entry in polled where entry.revents != 0 {
            let count = buffer.withUnsafeMutableBytes { bytes in
                retryingOnInterrupt { read(entry.fd, bytes.baseAddress, bytes.count) }
            }
            if count == -1 { throw ChildProcess.Failure(program: program, call: "read", errno: errno) }
            if count == 0 {
                _ = close(entry.fd)
                descriptors.removeAll { $0 == entry.fd }
            } else {
                keep(buffer[0..<count], from: entry.fd)
            }
        }
    }

    private mutating func keep(_ bytes: ArraySlice<UInt8>, from descriptor: Int32) {
        if descriptor == outputDescriptor {
            let room = max(outputLimit - output.count, 0)
            if bytes.count > room { outputTruncated = true }
            output.append(contentsOf: bytes.prefix(room))
        } else {
            error.append(contentsOf: bytes.prefix(max(errorLimit - error.count, 0)))
        }
    }

    /// Closes the pipes not yet at end of file.
    mutating func closeRemaining() {
        for descriptor in descriptors { _ = close(descriptor) }
        descriptors.removeAll()
    }
}

/// glibc functions that its headers declare only under `_GNU_SOURCE`, which Swift's Glibc module does not
/// define; looked up by name once instead of adding a C shim target.
enum PlatformSymbols {
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    // Looked up once, lazily (Swift's static initialization is thread-safe).
    private static let pipe2Function: Pipe2? = symbol("pipe2", as: Pipe2.self)
    private static let addCloseFromFunction: AddCloseFrom? =
        symbol("posix_spawn_file_actions_addclosefrom_np", as: AddCloseFrom.self)

    private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
        guard let handle = dlopen(nil, RTLD_LAZY), let address = dlsym(handle, name) else { return nil }
        return unsafeBitCast(address, to: type)
    }

    /// `pipe2(2)`; without it (never on glibc ≥ 2.9) `pipe` followed by `FD_CLOEXEC` on both ends.
    static func pipe2(_ descriptors: inout [Int32], _ flags: Int32) -> Int32 {
        if let pipe2Function { return descriptors.withUnsafeMutableBufferPointer { pipe2Function($0.baseAddress, flags) } }
        guard pipe(&descriptors) == 0 else { return -1 }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return 0
    }

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc ≥ 2.34): the child closes every descriptor from
    /// `lowest` up. Returns 0 without doing anything on an older glibc, where O_CLOEXEC is the only guard.
    static func addCloseFrom(_ actions: inout posix_spawn_file_actions_t, _ lowest: Int32) -> Int32 {
        guard let addCloseFromFunction else { return 0 }
        return addCloseFromFunction(&actions, lowest)
    }
}
