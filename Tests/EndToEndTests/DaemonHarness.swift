import Foundation
import Platform

/// Where things are: the repository and the built `undocd` binary.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// `$UNDOCD_BINARY`, else `undocd` next to the test bundle, else `.build/debug/undocd`.
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["UNDOCD_BINARY"] { return path }
        let beside = Path.join(Path.directory(of: CommandLine.arguments[0]), "undocd")
        if FileSystem.exists(atPath: beside) { return beside }
        return Path.join(root, ".build/debug/undocd")
    }()
}

/// Waits for `condition` to hold, checking every few milliseconds, until `timeout`; returns whether it held.
@discardableResult
func wait(upTo timeout: Duration, for condition: () throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try condition() { return true }
        try await Task.sleep(for: .milliseconds(10))
    }
    return try condition()
}

/// Runs blocking work (waiting for a child process) on its own thread, so the few cooperative threads stay free.
func offCooperativePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// Runs the built binary to completion and captures its output.
func runUndocd(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) async throws
    -> (status: Int32, stdout: Data, stderr: String)
{
    try await offCooperativePool { try runUndocdBlocking(arguments, stdin: stdin, environment: environment) }
}

private func runUndocdBlocking(_ arguments: [String], stdin: Data?, environment: [String: String]) throws -> (status: Int32, stdout: Data, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Repository.binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, stdout, String(decoding: stderr, as: UTF8.self))
}

/// Validates JSON results (one per line) against schema/result-v1.schema.json with python3 + jsonschema.
func validateAgainstSchema(_ jsonLines: Data) async throws -> (ok: Bool, report: String) {
    try await offCooperativePool { try validateBlocking(jsonLines) }
}

private func validateBlocking(_ jsonLines: Data) throws -> (ok: Bool, report: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Path.join(Repository.root, "schema/validate.py"), "-"]
    let input = Pipe()
    let out = Pipe()
    process.standardInput = input
    process.standardOutput = out
    process.standardError = out
    try process.run()
    input.fileHandleForWriting.write(jsonLines)
    try input.fileHandleForWriting.close()
    let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus == 0, report)
}

/// A daemon on its own folders under a temporary directory, started and stopped by the test.
final class DaemonHarness {
    let root: String
    let config: String
    var inbox: String { Path.join(root, "inbox") }
    var stage: String { Path.join(root, "stage") }
    var spoolNew: String { Path.join(root, "spool/new") }
    var spoolTemporary: String { Path.join(root, "spool/tmp") }
    var processing: String { Path.join(root, "state/processing") }
    var archive: String { Path.join(root, "state/archive") }
    var failed: String { Path.join(root, "state/failed") }
    var logPath: String { Path.join(root, "daemon.log") }
    private(set) var process: Process?
    private var readyLinesSeen = 0
    private var sourceCache: [String: String] = [:]
    /// Runs the daemon through this prefix (e.g. `setpriv --reuid=65534 …`).
    var launcher: [String] = []

    init(label: String, extraConfig: String = "") throws {
        root = NSTemporaryDirectory() + "undocd-e2e-\(label)-\(UUID().uuidString.prefix(8))"
        config = Path.join(root, "undocd.toml")
        try FileSystem.makeDirectories(atPath: Path.join(root, "stage"))
        try FileSystem.writeFile(atPath: config, bytes: Array("""
            [paths]
            inbox = "inbox"
            spool = "spool"
            state = "state"
            data = "\(Repository.root)/config"
            [pipeline]
            stop_timeout_seconds = 20
            \(extraConfig)

            """.utf8))
        try FileSystem.writeFile(atPath: logPath, bytes: [])
    }

    /// Starts the daemon and waits until it logs that it is ready.
    func start(timeout: Duration = .seconds(20)) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher.isEmpty ? Repository.binary : launcher[0])
        process.arguments = (launcher.isEmpty ? [] : Array(launcher.dropFirst()) + [Repository.binary]) + ["run", "--config", config]
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        log.seekToEndOfFile()
        process.standardError = log
        process.standardOutput = log
        try process.run()
        self.process = process
        let target = readyLinesSeen + 1
        let ready = try await wait(upTo: timeout) { readyLines() >= target || !process.isRunning }
        guard ready, process.isRunning else { throw HarnessError.notReady(log: self.log) }
        readyLinesSeen = target
    }

    func readyLines() -> Int {
        log.components(separatedBy: "\n").filter { $0.contains(" undocd: ready ") }.count
    }

    var log: String {
        (try? FileSystem.readFile(atPath: logPath)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Sends a signal to the daemon.
    func signal(_ number: Int32) throws {
        guard let process else { return }
        try System.send(signal: number, toProcess: process.processIdentifier)
    }

    /// SIGTERM, then waits for the exit; returns the exit status.
    @discardableResult
    func stop(timeout: Duration = .seconds(30)) async throws -> Int32 {
        guard let process else { return 0 }
        try signal(System.signalTerminate)
        guard try await wait(upTo: timeout, for: { !process.isRunning }) else { throw HarnessError.didNotStop(log: log) }
        self.process = nil
        return process.terminationStatus
    }

    /// SIGKILL, then waits for the process to be gone.
    func kill() throws {
        guard let process else { return }
        try signal(System.signalKill)
        process.waitUntilExit()
        self.process = nil
    }

    /// Writes a file in the staging folder and renames it into the inbox (the inbox protocol).
    func drop(_ name: String, _ bytes: [UInt8]) throws {
        try stageFile(name, bytes)
        try FileSystem.rename(Path.join(stage, name), to: Path.join(inbox, name), replacing: false)
    }

    func stageFile(_ name: String, _ bytes: [UInt8]) throws {
        try FileSystem.writeFile(atPath: Path.join(stage, name), bytes: bytes)
    }

    func names(in directory: String) -> [String] {
        ((try? FileSystem.entries(inDirectory: directory)) ?? []).map(\.name).sorted()
    }

    /// The results in spool/new, parsed.
    func results() throws -> [[String: Any]] {
        try names(in: spoolNew).map { name in
            let data = Data(try FileSystem.readFile(atPath: Path.join(spoolNew, name)))
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw HarnessError.badResult(name)
            }
            return object
        }
    }

    /// The `document.source` of every result (each file is parsed once; polling this stays cheap).
    func resultSources() throws -> [String] {
        for name in names(in: spoolNew) where sourceCache[name] == nil {
            let data = Data(try FileSystem.readFile(atPath: Path.join(spoolNew, name)))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            guard let source = (object?["document"] as? [String: Any])?["source"] as? String else { throw HarnessError.badResult(name) }
            sourceCache[name] = source
        }
        return Array(sourceCache.values)
    }

    /// All results as JSON Lines.
    func resultLines() throws -> Data {
        var data = Data()
        for name in names(in: spoolNew) {
            data.append(contentsOf: try FileSystem.readFile(atPath: Path.join(spoolNew, name)))
            data.append(0x0A)
        }
        return data
    }

    func remove() {
        if process != nil { try? kill() }
        try? FileManager.default.removeItem(atPath: root)
    }
}

enum HarnessError: Error, CustomStringConvertible {
    case notReady(log: String)
    case didNotStop(log: String)
    case badResult(String)

    var description: String {
        switch self {
        case .notReady(let log): "daemon did not become ready; log:\n\(log.suffix(3000))"
        case .didNotStop(let log): "daemon did not stop; log:\n\(log.suffix(3000))"
        case .badResult(let name): "result \(name) is not a JSON object"
        }
    }
}

/// Text documents that differ from each other.
func sampleText(_ index: Int, size: Int = 600) -> [UInt8] {
    var text = "2019年12月27日常驻联合国代表给安全理事会主席的信 第\(index)号\nLetter \(index) dated 27 December 2019 (S/2019/\(index)).\n"
    while text.utf8.count < size { text += "安全理事会第 2436 (2018)号决议 document \(index) paragraph.\n" }
    return Array(text.utf8)
}
