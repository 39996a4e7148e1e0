import Foundation
import Platform

/// A fresh folder under the system temporary directory, removed by ``remove()``.
struct TemporaryDirectory {
    let path: String

    init(_ label: String = "core") throws {
        path = NSTemporaryDirectory() + "undocd-\(label)-\(UUID().uuidString.prefix(8))"
        try FileSystem.makeDirectories(atPath: path)
    }

    func file(_ name: String) -> String { Path.join(path, name) }

    func write(_ name: String, _ text: String) throws {
        try FileSystem.writeFile(atPath: file(name), bytes: Array(text.utf8))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
