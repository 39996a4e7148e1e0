import Foundation
import Platform
import Testing

/// SIGKILL at random moments during a burst of 500 files, restart, repeat; then every file must have exactly one
/// complete result, none missing, nothing half-written. `UNDOCD_CRASH_ITERATIONS` sets the number of trials
/// (default 2; `scripts/crash-test.sh` runs hundreds).
@Suite("Crash safety: SIGKILL at any instant leaves each document not yet done or completely done", .serialized)
struct CrashSafetyTests {
    static let files = 500
    static var iterations: Int { Int(ProcessInfo.processInfo.environment["UNDOCD_CRASH_ITERATIONS"] ?? "") ?? 2 }

    @Test("random SIGKILLs during a 500-file burst: exactly one result per file after restart")
    func killAndRestart() async throws {
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        var midDocument = 0
        var failures: [String] = []
        let start = ContinuousClock.now
        for iteration in 0..<Self.iterations {
            do {
                let (made, interrupted) = try await trial(iteration, &generator)
                kills += made
                midDocument += interrupted
            } catch {
                failures.append("iteration \(iteration): \(error)")
            }
        }
        let seconds = (ContinuousClock.now - start).components.seconds
        let summary = "crash-test: \(Self.iterations) iterations, \(Self.iterations * Self.files) files, \(kills) SIGKILLs (\(midDocument) with documents in processing/), "
            + "\(failures.count) failed, \(seconds) s"
        print(summary)
        #expect(failures.isEmpty, "\(summary)\n\(failures.joined(separator: "\n"))")
    }

    /// One trial; returns the number of kills, and how many found documents in `processing/` (interrupted mid-way).
    func trial(_ iteration: Int, _ generator: inout SystemRandomNumberGenerator) async throws -> (Int, Int) {
        var interrupted = 0
        let daemon = try DaemonHarness(label: "crash\(iteration)", extraConfig: "[duplicates]\npolicy = \"record\"")
        defer { daemon.remove() }
        for index in 0..<Self.files { try daemon.stageFile("f\(iteration)-\(index).txt", sampleText(index + iteration * 100_000, size: 2000)) }
        try await daemon.start()
        var dropped = 0
        let killsPlanned = Int.random(in: 1...3, using: &generator)
        for kill in 0..<killsPlanned {
            // Drop a share of the burst, then kill after a random delay (sometimes while still dropping).
            let share = kill == killsPlanned - 1 ? Self.files - dropped : Int.random(in: 0...(Self.files - dropped), using: &generator)
            let killAfter = Int.random(in: 0...share, using: &generator)
            for index in dropped..<(dropped + share) {
                let name = "f\(iteration)-\(index).txt"
                try FileSystem.rename(Path.join(daemon.stage, name), to: Path.join(daemon.inbox, name), replacing: false)
                if index - dropped == killAfter {
                    usleep(UInt32.random(in: 0...20_000, using: &generator))
                    try daemon.kill()
                    if !daemon.names(in: daemon.processing).isEmpty { interrupted += 1 }
                }
            }
            dropped += share
            if daemon.process != nil {
                usleep(UInt32.random(in: 0...30_000, using: &generator))
                try daemon.kill()
                if !daemon.names(in: daemon.processing).isEmpty { interrupted += 1 }
            }
            try await daemon.start()
        }
        let finished = try await wait(upTo: .seconds(120)) {
            daemon.names(in: daemon.archive).count + daemon.names(in: daemon.failed).count >= Self.files
                && daemon.names(in: daemon.processing).isEmpty && daemon.names(in: daemon.inbox).isEmpty
        }
        let status = try await daemon.stop()
        guard finished else {
            throw CrashCheck.failed("not finished: inbox \(daemon.names(in: daemon.inbox).count), processing \(daemon.names(in: daemon.processing).count), archive \(daemon.names(in: daemon.archive).count)")
        }
        guard status == 0 else { throw CrashCheck.failed("exit status \(status) after SIGTERM") }
        let sources = try daemon.resultSources()
        let counts = Dictionary(sources.map { ($0, 1) }, uniquingKeysWith: +)
        let expected = Set((0..<Self.files).map { "f\(iteration)-\($0).txt" })
        let missing = expected.subtracting(counts.keys)
        let doubled = counts.filter { $0.value > 1 }.map(\.key)
        guard missing.isEmpty, doubled.isEmpty, sources.count == Self.files else {
            throw CrashCheck.failed("missing \(missing.sorted().prefix(5)), doubled \(doubled.sorted().prefix(5)), results \(sources.count)")
        }
        guard daemon.names(in: daemon.spoolTemporary).isEmpty, daemon.names(in: daemon.failed).isEmpty else {
            throw CrashCheck.failed("leftovers: tmp \(daemon.names(in: daemon.spoolTemporary)), failed \(daemon.names(in: daemon.failed))")
        }
        return (killsPlanned, interrupted)
    }

    enum CrashCheck: Error, CustomStringConvertible {
        case failed(String)
        var description: String { if case .failed(let text) = self { text } else { "" } }
    }
}
