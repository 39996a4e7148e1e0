import Foundation
import Glibc
import Platform
import Testing
@testable import Systemd

/// A datagram socket standing in for systemd's notification socket (test fixture: the one place the tests
/// call libc directly, to play the service manager's side).
final class FakeServiceManagerSocket {
    let path: String
    private let descriptor: Int32

    struct SetupFailed: Error {}

    init() throws {
        path = NSTemporaryDirectory() + "undocd-notify-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw SetupFailed() }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else {
            close(descriptor)
            throw SetupFailed()
        }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// The next datagram, waiting at most five seconds.
    func receive() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count < 0 ? nil : String(decoding: buffer[0..<count], as: UTF8.self)
    }

    deinit {
        close(descriptor)
        unlink(path)
    }
}

/// These tests change the process environment, so each runs in a child process of its own (an exit test):
/// parallel tests, and daemons other tests spawn, never see the fake `NOTIFY_SOCKET`.
@Suite("Notifications through a real socket")
struct NotifySocketTests {
    @Test("with NOTIFY_SOCKET set the daemon's messages reach the service manager")
    func messagesArrive() async {
        await #expect(processExitsWith: .success) {
            guard let manager = try? FakeServiceManagerSocket() else { exit(10) }
            setenv("NOTIFY_SOCKET", manager.path, 1)
            setenv("WATCHDOG_USEC", "4000000", 1)
            setenv("WATCHDOG_PID", "\(getpid())", 1)
            let notifier = Systemd.makeNotifier()
            guard notifier is SystemdNotifier else { exit(11) }
            guard notifier.watchdogInterval == .seconds(2) else { exit(12) }
            notifier.ready()
            guard manager.receive() == "READY=1" else { exit(13) }
            notifier.status("idle · 0 done, 0 failed, 0 queued")
            guard manager.receive() == "STATUS=idle · 0 done, 0 failed, 0 queued" else { exit(14) }
            notifier.watchdog()
            guard manager.receive() == "WATCHDOG=1" else { exit(15) }
            exit(0)
        }
    }

    @Test("a watchdog armed for another process is not ours")
    func watchdogForAnotherPID() async {
        await #expect(processExitsWith: .success) {
            setenv("WATCHDOG_USEC", "4000000", 1)
            setenv("WATCHDOG_PID", "1", 1)
            exit((try? SystemdNotify.watchdogTimeout()) == .some(nil) ? 0 : 1)
        }
    }

    @Test("without NOTIFY_SOCKET the notifier is silent")
    func silentOutsideSystemd() async {
        await #expect(processExitsWith: .success) {
            unsetenv("NOTIFY_SOCKET")
            guard !(Systemd.makeNotifier() is SystemdNotifier) else { exit(1) }
            exit((try? SystemdNotify.send("READY=1")) == .noSocket ? 0 : 2)
        }
    }
}
