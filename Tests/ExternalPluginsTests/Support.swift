import Foundation
import Logging
import PluginAPI
import Synchronization
import Testing

@testable import ExternalPlugins

/// Collects log entries so tests can check what was logged and with which `plugin` metadata.
final class LogCapture: Sendable {
    struct Entry: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]
        var time = ContinuousClock.now
    }

    private let entries = Mutex<[Entry]>([])

    var all: [Entry] { entries.withLock { $0 } }

    func append(_ entry: Entry) { entries.withLock { $0.append(entry) } }

    /// A logger writing here.
    func logger(label: String = "test") -> Logger {
        Logger(label: label) { _ in Handler(capture: self) }
    }

    /// Entries about `plugin` at `level` or above.
    func entries(plugin: String, atLeast level: Logger.Level = .trace) -> [Entry] {
        all.filter { $0.metadata["plugin"] == plugin && $0.level >= level }
    }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            var merged = metadata
            for (key, value) in event.metadata ?? [:] { merged[key] = value }
            capture.append(Entry(level: event.level, message: "\(event.message)", metadata: merged.mapValues { "\($0)" }))
        }
    }
}

/// A fresh folder under the system temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("undocd-ext-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    }

    func write(_ name: String, _ contents: String, mode: Int = 0o644) throws -> String {
        let file = path + "/" + name
        try contents.write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file)
        return file
    }

    func read(_ name: String) -> String? { try? String(contentsOfFile: path + "/" + name, encoding: .utf8) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Supervision timings short enough for tests.
let fastSupervision = SupervisionConfiguration(
    startTimeout: .seconds(60), shutdownGrace: .milliseconds(150), restartBackoff: .milliseconds(10),
    maximumRestartBackoff: .milliseconds(50), maximumConsecutiveFailures: 3, stderrLinesPerSecond: 20)

/// Waits until `condition` holds, checking every few milliseconds, failing after `deadline` (generous: when the
/// whole package's tests run at once on two cores, other suites can hold the concurrency pool for seconds).
func waitUntil(
    _ what: String, deadline: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: () -> Bool
) async {
    let clock = ContinuousClock()
    let end = clock.now + deadline
    while !condition() {
        if clock.now >= end {
            Issue.record("timed out waiting until \(what)", sourceLocation: sourceLocation)
            return
        }
        try? await Task.sleep(for: .milliseconds(5))
    }
}

/// Processes as /proc shows them.
enum ProcTable {
    /// State letter and parent of a process, from /proc/PID/stat, or `nil` once it is gone.
    static func stat(_ pid: Int32) -> (state: Character, parent: Int32, group: Int32)? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else {
            return nil
        }
        // Fields after "comm)": state ppid pgrp …
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 2, let state = fields[0].first, let parent = Int32(fields[1]), let group = Int32(fields[2]) else { return nil }
        return (state, parent, group)
    }

    /// Pids of every process whose process group is `group`.
    static func members(ofGroup group: Int32) -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap(Int32.init).filter { stat($0)?.group == group }
    }

    /// Whether `pid` is something this test process is still responsible for: alive, or a zombie we have not
    /// reaped. An orphan's zombie waiting for init (here a slow-reaping container init) has already been killed.
    static func isLeftBehind(_ pid: Int32) -> Bool {
        guard let stat = stat(pid) else { return false }
        return stat.state != "Z" || stat.parent == getpid()
    }

    /// Waits until none of `pids` is left behind, nor any process in their process groups.
    static func waitUntilGone(_ pids: [Int32], sourceLocation: SourceLocation = #_sourceLocation) async {
        await waitUntil("processes \(pids) and their groups are gone", sourceLocation: sourceLocation) {
            pids.allSatisfy { !isLeftBehind($0) && members(ofGroup: $0).allSatisfy { !isLeftBehind($0) } }
        }
    }
}

/// Pids a test plugin wrote to a file, one per line.
func recordedPIDs(_ folder: TemporaryFolder, _ name: String = "pids") -> [Int32] {
    (folder.read(name) ?? "").split(separator: "\n").compactMap { Int32($0.trimmingCharacters(in: .whitespaces)) }
}

/// A small bilingual document built by hand: one paragraph per line.
func sampleDocument(_ lines: [String] = [
    "2019 年 12 月 27 日科特迪瓦常驻联合国代表给安全理事会主席的信",
    "一. 导言",
    "The meeting held on 3 March 2020 adopted resolution 2436 (2018).",
]) -> Document {
    let text = lines.joined(separator: "\n")
    let paragraphs = lines.enumerated().map { index, line in
        Paragraph(kind: index == 1 ? .heading : .body, text: line, segments: [Segment(utf8Offset: 0, line: index + 1)])
    }
    return Document(
        id: "sha256:" + String(repeating: "ab", count: 32),
        source: SourceInfo(fileName: "S-2019-1002.txt", byteCount: text.utf8.count, mediaType: .plainText, encoding: "utf-8", receivedAt: Date()),
        text: text, lines: lines, language: .zh, normalized: NormalizedText(paragraphs: paragraphs))
}

/// Writes a shell-script plugin and its manifest into `folder`, and builds the plugin.
func shellPlugin(
    _ name: String, in folder: TemporaryFolder, script: String, timeoutMs: Int = 60_000, manifestExtra: String = "", logger: Logger,
    configuration: SupervisionConfiguration = fastSupervision
) throws -> ExternalPlugin {
    _ = try folder.write("\(name).sh", "#!/bin/sh\n" + script, mode: 0o755)
    let manifest = try folder.write(
        "\(name).toml",
        """
        name = "\(name)"
        version = "0.1.0"
        command = ["./\(name).sh"]
        timeout_ms = \(timeoutMs)
        max_output_bytes = 65536
        \(manifestExtra)
        """)
    let entry = try ExternalPluginLoader.entry(manifestAt: manifest, configuration: configuration)
    return ExternalPlugin(manifest: entry.manifest, plan: entry.plan, configuration: configuration, logger: logger)
}

/// The shell snippet that answers `hello` like a well-behaved worker.
let helloReply = #"printf '%s\n' '{"type":"hello","protocol":1,"capabilities":{"input":["paragraphs"]}}'"#

/// The repository's root folder (for the examples and `config/plugins.d`).
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()
