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

    init() throws {
        path = NSTemporaryDirectory() + "undocd-notify-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        try #require(descriptor >= 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
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

@Suite("Notifications through a real socket", .serialized)
struct NotifySocketTests {
    @Test("with NOTIFY_SOCKET set the daemon's messages reach the service manager")
    func messagesArrive() throws {
        let manager = try FakeServiceManagerSocket()
        setenv("NOTIFY_SOCKET", manager.path, 1)
        setenv("WATCHDOG_USEC", "4000000", 1)
        setenv("WATCHDOG_PID", "\(getpid())", 1)
        defer {
            unsetenv("NOTIFY_SOCKET")
            unsetenv("WATCHDOG_USEC")
            unsetenv("WATCHDOG_PID")
        }
        let notifier = Systemd.makeNotifier()
        #expect(notifier is SystemdNotifier)
        #expect(notifier.watchdogInterval == .seconds(2))
        notifier.ready()
        #expect(manager.receive() == "READY=1")
        notifier.status("idle · 0 done, 0 failed, 0 queued")
        #expect(manager.receive() == "STATUS=idle · 0 done, 0 failed, 0 queued")
        notifier.watchdog()
        #expect(manager.receive() == "WATCHDOG=1")
    }

    @Test("a watchdog armed for another process is not ours")
    func watchdogForAnotherPID() throws {
        setenv("WATCHDOG_USEC", "4000000", 1)
        setenv("WATCHDOG_PID", "1", 1)
        defer {
            unsetenv("WATCHDOG_USEC")
            unsetenv("WATCHDOG_PID")
        }
        #expect(try SystemdNotify.watchdogTimeout() == nil)
    }

    @Test("without NOTIFY_SOCKET the notifier is silent")
    func silentOutsideSystemd() {
        unsetenv("NOTIFY_SOCKET")
        #expect(!(Systemd.makeNotifier() is SystemdNotifier))
        #expect(throws: Never.self) { try SystemdNotify.send("READY=1") }
    }
}
