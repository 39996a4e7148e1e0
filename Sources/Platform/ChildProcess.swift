import Glibc

/// Runs a program to completion on the calling thread with `posix_spawn`, capturing its standard output and
/// standard error, under a wall-clock deadline that the wrapper enforces itself.
///
/// Why not `Foundation.Process`: swift-corelibs-foundation wakes its run loop through a UDP socket pair on
/// 127.0.0.1, which hangs under `RestrictAddressFamilies=AF_UNIX`, and it hands the caller's blocked-signal
/// mask to the child. Why not swift-subprocess: it is async-only, and the intake's callers are synchronous.
///
/// The child starts with an empty signal mask and default signal dispositions, in a process group of its own
/// (so the deadline's `SIGKILL` reaches whatever it starts), with standard input from `/dev/null` and no
/// descriptor of this process but its two pipes.
public struct ChildProcess: Sendable {
    /// The program: an absolute path, or a name looked up in this process's `PATH` (`posix_spawnp`).
    public var program: String
    /// The arguments after the program name (`argv[1...]`).
    public var arguments: [String]
    /// The child's complete environment.
    public var environment: [String: String]
    /// Wall clock the child may run; when it passes, the child's process group is killed with `SIGKILL`.
    public var deadline: Duration
    /// Bytes of standard output kept; the rest is read and dropped (``Outcome/outputTruncated``).
    public var outputLimitBytes: Int
    /// Bytes of standard error kept; the rest is read and dropped.
    public var errorLimitBytes: Int

    /// Describes a run; nothing starts until ``run()``.
    public init(
        program: String, arguments: [String] = [], environment: [String: String] = [:], deadline: Duration = .seconds(30),
        outputLimitBytes: Int = 64 << 20, errorLimitBytes: Int = 64 << 10
    ) {
        self.program = program
        self.arguments = arguments
        self.environment = environment
        self.deadline = deadline
        self.outputLimitBytes = outputLimitBytes
        self.errorLimitBytes = errorLimitBytes
    }

    /// How the child ended.
    public enum Termination: Sendable, Equatable {
        /// It called `exit` with this status.
        case exited(Int32)
        /// A signal ended it (`SIGKILL` = 9 when the deadline passed).
        case signaled(Int32)
    }

    /// What a finished run produced.
    public struct Outcome: Sendable {
        /// The child's process ID (already reaped: for logs and tests).
        public var processID: Int32
        /// How the child ended.
        public var termination: Termination
        /// Standard output, at most ``ChildProcess/outputLimitBytes`` bytes.
        public var output: [UInt8]
        /// Standard error as text (invalid UTF-8 repaired), at most ``ChildProcess/errorLimitBytes`` bytes.
        public var error: String
        /// Whether the deadline passed and the wrapper killed the process group.
        public var timedOut: Bool
        /// Whether standard output was longer than ``ChildProcess/outputLimitBytes``.
        public var outputTruncated: Bool
    }

    /// A call that failed while starting or supervising the child: which program, which call, the `errno`.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The program being run.
        public var program: String
        /// The C function that failed (`posix_spawn`, `pipe2`, `poll`, `read`, `waitpid`).
        public var call: String
        /// The `errno` value (or the error number `posix_spawn` returned).
        public var errno: Int32

        /// `pdftotext: posix_spawn: No such file or directory (errno 2)`.
        public var description: String { "\(program): \(call): \(String(cString: strerror(errno))) (errno \(errno))" }
    }

    /// Starts the child and blocks until it has ended and been reaped.
    ///
    /// - Returns: the termination, the captured output and whether the deadline killed it.
    /// - Throws: ``Failure`` when the child cannot be started or supervised; it is then killed and reaped.
    public func run() throws(Failure) -> Outcome {
        let output = try makePipe()
        let error: (read: Int32, write: Int32)
        do { error = try makePipe() } catch {
            closeAll([output.read, output.write])
            throw error
        }
        let pid: pid_t
        do {
            pid = try spawn(standardOutput: output.write, standardError: error.write)
        } catch let failure {
            closeAll([output.read, output.write, error.read, error.write])
            throw failure
        }
        closeAll([output.write, error.write])
        var capture = ChildProcessCapture(output: output.read, error: error.read, outputLimit: outputLimitBytes, errorLimit: errorLimitBytes)
        defer { capture.closeRemaining() }
        return try supervise(pid, capture: &capture)
    }
}

extension ChildProcess {
    private func fail(_ call: String, _ number: Int32 = Glibc.errno) -> Failure {
        Failure(program: program, call: call, errno: number)
    }

    private func closeAll(_ descriptors: [Int32]) {
        for descriptor in descriptors { _ = close(descriptor) }
    }

    /// A pipe whose both ends are close-on-exec from the start, so that no child started concurrently by
    /// another thread inherits them (which would keep the read end from ever seeing end of file).
    private func makePipe() throws(Failure) -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [-1, -1]
        guard PlatformSymbols.pipe2(&descriptors, O_CLOEXEC) == 0 else { throw fail("pipe2") }
        return (descriptors[0], descriptors[1])
    }

    private func spawn(standardOutput: Int32, standardError: Int32) throws(Failure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        guard posix_spawn_file_actions_init(&actions) == 0 else { throw fail("posix_spawn_file_actions_init") }
        defer { posix_spawn_file_actions_destroy(&actions) }
        guard posix_spawnattr_init(&attributes) == 0 else { throw fail("posix_spawnattr_init") }
        defer { posix_spawnattr_destroy(&attributes) }

        var setup = posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if setup == 0 { setup = posix_spawn_file_actions_adddup2(&actions, standardOutput, 1) }
        if setup == 0 { setup = posix_spawn_file_actions_adddup2(&actions, standardError, 2) }
        // Descriptors other code opened without O_CLOEXEC must not reach the child either.
        if setup == 0 { setup = PlatformSymbols.addCloseFrom(&actions, 3) }
        guard setup == 0 else { throw fail("posix_spawn_file_actions", setup) }

        var empty = sigset_t()
        var all = sigset_t()
        sigemptyset(&empty)
        // Every bit, not sigfillset: that leaves out glibc's internal signals (32, 33), which posix_spawn then
        // hands to the child as ignored; exec keeps an ignored signal ignored.
        withUnsafeMutableBytes(of: &all) { _ = $0.initializeMemory(as: UInt8.self, repeating: 0xff) }
        setup = posix_spawnattr_setsigmask(&attributes, &empty)
        if setup == 0 { setup = posix_spawnattr_setsigdefault(&attributes, &all) }
        if setup == 0 { setup = posix_spawnattr_setpgroup(&attributes, 0) }
        if setup == 0 { setup = posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP)) }
        guard setup == 0 else { throw fail("posix_spawnattr", setup) }

        let argv = CStringArray([program] + arguments)
        let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" })
        defer {
            argv.free()
            envp.free()
        }
        var pid: pid_t = 0
        let result =
            program.contains("/")
            ? posix_spawn(&pid, program, &actions, &attributes, argv.pointers, envp.pointers)
            : posix_spawnp(&pid, program, &actions, &attributes, argv.pointers, envp.pointers)
        guard result == 0 else { throw fail("posix_spawn", result) }
        return pid
    }

    /// Reads both pipes until end of file or the deadline, then reaps the child.
    private func supervise(_ pid: pid_t, capture: inout ChildProcessCapture) throws(Failure) -> Outcome {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: deadline)
        var timedOut = false
        var pause = Duration.milliseconds(1)
        while true {
            let remaining = clock.now.duration(to: deadline)
            if remaining <= .zero {
                // The leader is not reaped yet, so its pid still names the group: the kill cannot hit a stranger.
                _ = kill(-pid, SIGKILL)
                timedOut = true
                break
            }
            if capture.isFinished {
                // Both pipes closed but the child may still run (it closed them itself): wait for it, bounded.
                var status: Int32 = 0
                let reaped = retryingOnInterrupt { waitpid(pid, &status, WNOHANG) }
                if reaped == pid { return outcome(pid, status: status, timedOut: false, capture: capture) }
                if reaped == -1 { throw fail("waitpid") }
                sleep(for: min(pause, remaining))
                pause = min(pause * 2, .milliseconds(50))
                continue
            }
            let milliseconds = Int32(min((remaining / .milliseconds(1)).rounded(.up), Double(Int32.max)))
            do throws(Failure) {
                try capture.pump(timeoutMilliseconds: milliseconds, program: program)
            } catch {
                _ = kill(-pid, SIGKILL)
                _ = reap(pid)
                throw error
            }
        }
        // Killed: a grandchild that left the group could still hold a pipe open, so stop reading now.
        capture.closeRemaining()
        guard let status = reap(pid) else { throw fail("waitpid") }
        return outcome(pid, status: status, timedOut: timedOut, capture: capture)
    }

    /// Blocking `waitpid`, retried on `EINTR`; `nil` when it fails otherwise.
    private func reap(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        return retryingOnInterrupt { waitpid(pid, &status, 0) } == pid ? status : nil
    }

    private func sleep(for duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var left = timespec()
        while nanosleep(&request, &left) == -1 && Glibc.errno == EINTR { request = left }
    }

    private func outcome(_ pid: pid_t, status: Int32, timedOut: Bool, capture: ChildProcessCapture) -> Outcome {
        // WIFEXITED / WTERMSIG are C macros that Swift does not import.
        let signal = status & 0x7f
        let termination: Termination = signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
        return Outcome(
            processID: pid, termination: termination, output: capture.output, error: String(decoding: capture.error, as: UTF8.self),
            timedOut: timedOut, outputTruncated: capture.outputTruncated
        )
    }
}

/// `NULL`-terminated `char *[]` for `argv` and `envp`; the strings are `strdup`ed and must be ``free()``d.
private struct CStringArray {
    var pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    func free() {
        for pointer in pointers { Glibc.free(pointer) }
    }
}
