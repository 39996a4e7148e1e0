import Foundation
import Platform
import Synchronization

/// Runs the real daemon on a scratch folder (on disk, so `fsync` costs what it costs) and measures it.
final class Bench {
    let options: BenchOptions
    let root: String
    let repository: String
    var inbox: String { Path.join(root, "inbox") }
    var stage: String { Path.join(root, "stage") }
    var spoolNew: String { Path.join(root, "spool/new") }
    var config: String { Path.join(root, "undocd.toml") }
    var log: String { Path.join(root, "daemon.log") }
    private var daemon: Process?

    init(options: BenchOptions) throws {
        self.options = options
        // The checkout is four levels above the real binary (.build/<triple>/release/undocd): resolve symlinks
        // (`.build/release` is one) and relative paths first.
        let binary = try FileSystem.canonicalPath(options.binary)
        repository = Path.directory(of: Path.directory(of: Path.directory(of: Path.directory(of: binary))))
        root = Path.join(options.workDirectory, "undocd-bench-\(System.processID)")
        try FileSystem.makeDirectories(atPath: stage)
        let data = Path.join(repository, "config")
        try FileSystem.writeFile(atPath: config, bytes: Array("""
            [paths]
            inbox = "inbox"
            spool = "spool"
            state = "state"
            data = "\(data)"
            \(options.maxInFlight.map { "[pipeline]\nmax_in_flight = \($0)" } ?? "")

            """.utf8))
    }

    func runAll() throws {
        print("undocd-bench: \(options.binary)")
        print("machine: \(System.processorCount) cores; work folder \(root) (on disk: results are fsynced); \(loadAverage())")
        let (readyMedian, readyAll) = try measureReady()
        print("ready: median \(format(readyMedian)) ms from exec to the READY log line (\(readyAll.map(format).joined(separator: ", ")))")
        try startDaemon()
        // Idle means settled: the daemon returns its start-up garbage to the kernel after a second without work.
        usleep(2_000_000)
        print("idle RSS (2 s after READY): \(memory())")
        let seeds = try seedTexts()
        try burst(label: "seed copies", count: options.seedCopies) { index in
            seeds[index % seeds.count] + Array("\n(copy \(index))\n".utf8)
        }
        let fifty = try base(seeds, bytes: options.documentBytes)
        try burst(label: "\(options.documentBytes / 1024) KB documents", count: options.documents) { index in
            Array("(document \(index))\n".utf8) + fifty
        }
        let peak = pidRSS()
        print("peak RSS: \(mb(peak.peak)) MB (current \(mb(peak.current)) MB)")
        usleep(3_000_000)
        print("RSS after the burst (idle 3 s): \(memory())")
        try latency(fifty)
        try stopDaemon()
    }

    // MARK: Phases

    private func measureReady() throws -> (Double, [Double]) {
        var times: [Double] = []
        for _ in 0..<max(1, options.starts) {
            let start = ContinuousClock.now
            try startDaemon()
            times.append((ContinuousClock.now - start).ms)
            try stopDaemon()
        }
        return (times.sorted()[times.count / 2], times)
    }

    private func burst(label: String, count: Int, content: (Int) -> [UInt8]) throws {
        var bytes = 0
        for index in 0..<count {
            let data = content(index)
            bytes += data.count
            try FileSystem.writeFile(atPath: Path.join(stage, "\(label.prefix(4))-\(index).txt"), bytes: data)
        }
        let earlier = Set(try FileSystem.entries(inDirectory: spoolNew).map(\.name))
        let before = earlier.count
        let counter = try ResultCounter(directory: spoolNew)
        let cpuBefore = daemonCPU()
        let start = ContinuousClock.now
        for index in 0..<count {
            let name = "\(label.prefix(4))-\(index).txt"
            try FileSystem.rename(Path.join(stage, name), to: Path.join(inbox, name), replacing: false)
        }
        let dropped = ContinuousClock.now - start
        guard counter.wait(for: count, timeout: .seconds(600)) else {
            throw BenchError.timeout("\(label): only \(counter.count) of \(count) results")
        }
        let elapsed = ContinuousClock.now - start
        let cpu = (daemonCPU() - cpuBefore) / Double(max(1, count))
        counter.stop()
        let after = try FileSystem.entries(inDirectory: spoolNew).count
        let rate = Double(count) / (elapsed.ms / 1000)
        print("\(label): \(count) documents (avg \(bytes / max(1, count) / 1024) KB) in \(format(elapsed.ms / 1000)) s = "
            + "\(Int(rate)) documents/s; daemon CPU \(format(cpu)) ms per document "
            + "(renaming them in took \(format(dropped.ms)) ms; \(after - before) new results; \(loadAverage()))")
        let fresh = try FileSystem.entries(inDirectory: spoolNew).map(\.name).filter { !earlier.contains($0) }
        print("  \(pluginSplit(results: fresh))")
    }

    /// Mean wall time per extractor over (up to 1,000 of) the results just written, from their `durationMs`.
    private func pluginSplit(results names: [String]) -> String {
        var total: [String: Double] = [:]
        var counted = 0
        for name in names.prefix(1000) {
            guard let data = try? FileSystem.readFile(atPath: Path.join(spoolNew, name)),
                  let object = try? JSONSerialization.jsonObject(with: Data(data)) as? [String: Any],
                  let extractors = object["extractors"] as? [String: Any] else { continue }
            counted += 1
            for (plugin, value) in extractors {
                total[plugin, default: 0] += ((value as? [String: Any])?["durationMs"] as? Double) ?? 0
            }
        }
        let parts = total.sorted { $0.value > $1.value }.map { "\($0.key) \(format($0.value / Double(max(1, counted))))" }
        return "extractor wall time per document (ms, mean of \(counted) results; they run concurrently): " + parts.joined(separator: ", ")
    }

    private func latency(_ base: [UInt8]) throws {
        var samples: [Double] = []
        let counter = try ResultCounter(directory: spoolNew)
        for index in 0..<options.latencySamples {
            let name = "lat-\(index).txt"
            try FileSystem.writeFile(atPath: Path.join(stage, name), bytes: Array("(latency \(index))\n".utf8) + base)
            let target = counter.count + 1
            let start = ContinuousClock.now
            try FileSystem.rename(Path.join(stage, name), to: Path.join(inbox, name), replacing: false)
            guard counter.wait(for: target, timeout: .seconds(10)) else { throw BenchError.timeout("latency sample \(index)") }
            samples.append((ContinuousClock.now - start).ms)
            usleep(2_000)
        }
        counter.stop()
        samples.sort()
        let p50 = samples[samples.count / 2]
        let p99 = samples[min(samples.count - 1, Int(Double(samples.count) * 0.99))]
        print("latency drop→result (\(samples.count) single ~\(options.documentBytes / 1024) KB files, one at a time): p50 \(format(p50)) ms, "
            + "p99 \(format(p99)) ms, max \(format(samples.last ?? 0)) ms")
    }

    // MARK: Daemon

    private func startDaemon() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: options.binary)
        process.arguments = ["run", "--config", config]
        try FileSystem.writeFile(atPath: log, bytes: [])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardError = handle
        process.standardOutput = handle
        try process.run()
        daemon = process
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if let text = try? FileSystem.readFile(atPath: log), String(decoding: text, as: UTF8.self).contains(" undocd: ready ") {
                return
            }
            if !process.isRunning { break }
            usleep(200)
        }
        throw BenchError.timeout("daemon did not become ready; see \(log)")
    }

    private func stopDaemon() throws {
        guard let daemon else { return }
        try System.send(signal: System.signalTerminate, toProcess: daemon.processIdentifier)
        daemon.waitUntilExit()
        self.daemon = nil
    }

    private func daemonCPU() -> Double {
        guard let daemon else { return 0 }
        return System.cpuTime(ofProcess: daemon.processIdentifier) ?? 0
    }

    /// `X MB (private X MB, file-backed X MB)` for the daemon now.
    private func memory() -> String {
        guard let daemon, let usage = ProcessMemory.usage(ofProcess: daemon.processIdentifier) else { return "unknown" }
        return "\(mb(usage.resident)) MB (private \(mb(usage.anonymous)) MB, file-backed \(mb(usage.file)) MB)"
    }

    /// `load 1.23 0.98 0.50` from `/proc/loadavg`: figures taken while other work runs are noisy.
    private func loadAverage() -> String {
        guard let bytes = try? FileSystem.readFile(atPath: "/proc/loadavg") else { return "load unknown" }
        return "load " + String(decoding: bytes, as: UTF8.self).split(separator: " ").prefix(3).joined(separator: " ")
    }

    private func pidRSS() -> (current: Int, peak: Int) {
        guard let daemon else { return (0, 0) }
        return System.residentMemory(ofProcess: daemon.processIdentifier) ?? (0, 0)
    }

    func cleanUp() {
        if let daemon { try? System.send(signal: System.signalKill, toProcess: daemon.processIdentifier) }
        try? FileManager.default.removeItem(atPath: root)
    }

    // MARK: Inputs

    private func seedTexts() throws -> [[UInt8]] {
        let folder = Path.join(repository, "seeds")
        return try FileSystem.entries(inDirectory: folder).map(\.name).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try FileSystem.readFile(atPath: Path.join(folder, $0)) }
    }

    /// About `bytes` of real UN text (seeds joined, cut at a line end).
    private func base(_ seeds: [[UInt8]], bytes: Int) throws -> [UInt8] {
        var text: [UInt8] = []
        while text.count < bytes { for seed in seeds { text += seed } }
        var end = bytes
        while end < text.count, text[end] != 0x0A { end += 1 }
        return Array(text[..<end])
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
    private func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }
}

/// Counts files appearing in a folder, with inotify.
final class ResultCounter: Sendable {
    private let watcher: DirectoryWatcher
    private let counter = Atomic<Int>(0)

    var count: Int { counter.load(ordering: .acquiring) }

    init(directory: String) throws {
        watcher = try DirectoryWatcher(directory: directory)
        watcher.start(tick: .seconds(1)) { [self] events in
            let files = events.filter { if case .file = $0 { true } else { false } }.count
            if files > 0 { self.counter.add(files, ordering: .releasing) }
        }
    }

    func wait(for target: Int, timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while count < target {
            if ContinuousClock.now > deadline { return false }
            usleep(50)
        }
        return true
    }

    func stop() { watcher.stop() }
}

enum BenchError: Error, CustomStringConvertible {
    case timeout(String)
    var description: String { if case .timeout(let text) = self { "timed out: \(text)" } else { "" } }
}

extension Duration {
    var ms: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}
