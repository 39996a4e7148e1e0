import Foundation
import Glibc
import Synchronization

/// Watches one directory with inotify on a dedicated thread (`poll` + `read`: the lowest latency measured here).
///
/// Reports names that were renamed in (`IN_MOVED_TO`) or closed after writing (`IN_CLOSE_WRITE`), queue overflows,
/// and a periodic ``Event/tick`` when nothing happens, so that the consumer's loop wakes regularly.
///
/// When the directory itself is deleted or moved away, the watcher reports ``Event/watchLost`` once, then tries
/// to watch the path again with a growing interval (50 ms doubling to 2 s) and reports ``Event/watchRestored``
/// when a directory is there again.
public final class DirectoryWatcher: Sendable {
    /// What the watcher reports.
    public enum Event: Sendable, Equatable {
        /// A file (or any non-directory) named `name` appeared complete in the directory.
        case file(String)
        /// A subdirectory named `name` appeared.
        case directory(String)
        /// The kernel dropped events (`IN_Q_OVERFLOW`): the directory must be rescanned.
        case overflow
        /// A name that is not valid UTF-8 appeared: only a rescan can reach it (``DirectoryEntry/undecodableName``).
        case undecodableName
        /// The watched directory was deleted or moved away; the watcher watches for it to reappear.
        case watchLost
        /// A directory is at the watched path again and watched: names that appeared meanwhile raised no event, so
        /// the consumer must rescan it.
        case watchRestored
        /// The watcher failed (`poll` or `read` on the inotify descriptor, with this errno) and stopped.
        case failed(errno: Int32)
        /// Nothing happened for one tick interval.
        case tick
    }

    /// The watched directory.
    public let directory: String
    private let inotify: Int32
    private let initialWatch: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let started = Atomic<Bool>(false)
    private let stopped = Atomic<Bool>(false)

    /// Creates an inotify instance and adds the watch; events are queued by the kernel from now on.
    /// - Throws: ``SystemError`` naming the directory.
    public init(directory: String) throws(SystemError) {
        self.directory = directory
        let fd = try check(inotify_init1(Int32(IN_CLOEXEC)), "inotify_init1", directory)
        let watch = inotify_add_watch(fd, directory, Self.mask)
        if watch < 0 {
            let code = errno
            Glibc.close(fd)
            throw SystemError(operation: "inotify_add_watch", path: directory, errno: code)
        }
        var ends: [Int32] = [0, 0]
        if pipe(&ends) != 0 {
            let code = errno
            Glibc.close(fd)
            throw SystemError(operation: "pipe", path: directory, errno: code)
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        inotify = fd
        initialWatch = watch
        wakeRead = ends[0]
        wakeWrite = ends[1]
    }

    /// Starts the watching thread. `handler` receives each batch of events read at once, on that thread.
    /// - Parameter tick: how long the thread waits before reporting ``Event/tick``.
    public func start(tick: Duration, handler: @escaping @Sendable ([Event]) -> Void) {
        guard !started.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let milliseconds = Int32(clamping: max(1, tick.components.seconds * 1000 + tick.components.attoseconds / 1_000_000_000_000_000))
        let thread = Thread { [self] in
            self.loop(timeout: milliseconds, handler: handler)
        }
        thread.name = "undocd-inotify"
        thread.start()
    }

    /// Stops the thread (it closes the descriptors on its way out). Safe to call more than once.
    public func stop() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        if started.load(ordering: .acquiring) {
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        } else {
            closeAll()
        }
    }

    private func closeAll() {
        Glibc.close(inotify)
        Glibc.close(wakeRead)
        Glibc.close(wakeWrite)
    }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_ONLYDIR | IN_DELETE_SELF | IN_MOVE_SELF)

    private func loop(timeout: Int32, handler: @Sendable ([Event]) -> Void) {
        defer { closeAll() }
        let bufferSize = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 8)
        defer { buffer.deallocate() }
        var fds = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        var watch = initialWatch
        var rewatch = RewatchSchedule()
        while true {
            let ready = poll(&fds, 2, rewatch.pollTimeout(tick: timeout))
            if ready < 0 {
                if errno == EINTR { continue }
                handler([.failed(errno: errno)])
                return
            }
            if fds[1].revents != 0 || stopped.load(ordering: .acquiring) { return }
            if ready == 0 {
                if rewatch.isDue {
                    let restored = inotify_add_watch(inotify, directory, Self.mask)
                    if restored >= 0 {
                        watch = restored
                        rewatch = RewatchSchedule()
                        handler([.watchRestored])
                        continue
                    }
                    rewatch.failedAgain()
                }
                handler([.tick])
                continue
            }
            let count = read(inotify, buffer, bufferSize)
            if count <= 0 {
                if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                handler([.failed(errno: count == 0 ? EIO : errno)])
                return
            }
            var events = Self.parse(UnsafeRawBufferPointer(start: buffer, count: count), watch: watch)
            if events.contains(.watchLost) {
                events.removeAll { $0 == .watchLost }
                if !rewatch.isWaiting {
                    // A directory moved away is still watched under its new name: stop that before watching the path.
                    _ = inotify_rm_watch(inotify, watch)
                    watch = -1
                    rewatch.lost()
                    events.append(.watchLost)
                }
            }
            if !events.isEmpty { handler(events) }
        }
    }

    /// Parses a buffer of `struct inotify_event` records (16-byte header, then `len` NUL-padded name bytes).
    /// Events of watches other than `watch` (one removed after the directory was lost) are left out.
    static func parse(_ bytes: UnsafeRawBufferPointer, watch: Int32) -> [Event] {
        var events: [Event] = []
        var offset = 0
        let header = 16
        while offset + header <= bytes.count {
            let descriptor = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = UnsafeRawBufferPointer(rebasing: bytes[(offset + header)..<min(bytes.count, offset + header + length)])
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { events.append(.overflow); continue }
            if descriptor != watch { continue }
            if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 { events.append(.watchLost); continue }
            guard let name = String(validating: nameBytes.prefix { $0 != 0 }, as: UTF8.self) else {
                events.append(.undecodableName)
                continue
            }
            let isDirectory = mask & UInt32(IN_ISDIR) != 0
            // IN_CREATE is watched only to notice new subdirectories: a file created in place is still being
            // written; it is reported by IN_CLOSE_WRITE.
            if name.isEmpty || (mask & UInt32(IN_CREATE) != 0 && !isDirectory) { continue }
            events.append(isDirectory ? .directory(name) : .file(name))
        }
        return events
    }
}

/// When the watcher next tries to watch its lost directory again: 50 ms after the loss, then at intervals doubling
/// to 2 s while the path holds no directory.
struct RewatchSchedule {
    private(set) var next: ContinuousClock.Instant?
    private var delay: Duration = .milliseconds(50)

    /// Whether the directory is lost and the watcher waits to watch it again.
    var isWaiting: Bool { next != nil }
    /// Whether it is time to try.
    var isDue: Bool { next.map { ContinuousClock.now >= $0 } ?? false }

    mutating func lost() {
        delay = .milliseconds(50)
        next = .now + delay
    }

    mutating func failedAgain() {
        delay = min(.seconds(2), delay * 2)
        next = .now + delay
    }

    /// How long `poll` may wait: the tick, or less when a try is due sooner.
    func pollTimeout(tick: Int32) -> Int32 {
        guard let next else { return tick }
        let remaining = next - .now
        let milliseconds = remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, min(Int64(tick), milliseconds + 1)))
    }
}
