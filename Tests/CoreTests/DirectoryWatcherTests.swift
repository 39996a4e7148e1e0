import Foundation
import Platform
import Synchronization
import Testing

@Suite("The inbox watcher survives its folder being deleted or moved away, and watches the new one")
struct DirectoryWatcherTests {
    enum Loss: String, CaseIterable { case deleted, movedAway }

    @Test("the folder lost: reported once; recreated: watched again, and files renamed into it are reported",
          arguments: Loss.allCases)
    func recreated(loss: Loss) async throws {
        let directory = try TemporaryDirectory("watch")
        defer { directory.remove() }
        let inbox = directory.file("inbox")
        try FileSystem.makeDirectories(atPath: inbox)
        let watcher = try DirectoryWatcher(directory: inbox)
        let events = Mutex<[DirectoryWatcher.Event]>([])
        watcher.start(tick: .milliseconds(100)) { batch in events.withLock { $0 += batch.filter { $0 != .tick } } }
        defer { watcher.stop() }
        func saw(_ event: DirectoryWatcher.Event) -> Bool { events.withLock { $0.contains(event) } }

        switch loss {
        case .deleted: try FileManager.default.removeItem(atPath: inbox)
        case .movedAway: try FileSystem.rename(inbox, to: directory.file("elsewhere"), replacing: false)
        }
        #expect(await waitUntil(.seconds(5)) { saw(.watchLost) })
        try FileSystem.makeDirectories(atPath: inbox)
        #expect(await waitUntil(.seconds(5)) { saw(.watchRestored) })
        if loss == .movedAway {
            try directory.write("elsewhere/not-the-inbox.txt", "x")
        }
        try directory.write("late.txt", "x")
        try FileSystem.rename(directory.file("late.txt"), to: Path.join(inbox, "late.txt"), replacing: false)
        #expect(await waitUntil(.seconds(5)) { saw(.file("late.txt")) })
        #expect(!saw(.file("not-the-inbox.txt")), "the folder moved away is not watched any more")
        #expect(events.withLock { $0.filter { $0 == .watchLost }.count } == 1)
    }
}
