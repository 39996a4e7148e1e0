import CitationsPlugin
import Foundation
import Gazetteer
import MetadataPlugin
import PluginAPI
import Testing

/// Throughput of the metadata and citations extractors on the seeds and English fixtures, in MB/s of source text
/// on one core. A benchmark, not a check: it prints figures and runs only when `UNDOCD_BENCH=1`
/// (`scripts/bench-plugins.sh` builds in release mode and runs it).
@Suite("Plugin benchmark", .enabled(if: ProcessInfo.processInfo.environment["UNDOCD_BENCH"] == "1"))
struct PluginBenchmark {
    @Test("metadata and citations throughput")
    func throughput() throws {
        let documents = try Fixtures.all.map { try Fixtures.document($0) }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let metadata = try MetadataExtractor(environment: PluginEnvironment(dataDirectory: "config"), gazetteer: SeedMetadataTests.gazetteer)
        let citations = try CitationsExtractor(environment: PluginEnvironment(dataDirectory: "config"))
        // The machine is shared: CPU time (C `clock()`, re-exported by Foundation; the benchmark is single-threaded)
        // is the figure that matters; wall-clock time is printed beside it.
        func measure(_ name: String, _ body: (Document) -> Int) -> Double {
            let clock = ContinuousClock()
            var rounds = 0
            var sink = 0
            let start = clock.now
            let cpuStart = Foundation.clock()
            while clock.now - start < .seconds(2) {
                for document in documents { sink &+= body(document) }
                rounds += 1
            }
            let cpuSeconds = Double(Foundation.clock() - cpuStart) / Double(CLOCKS_PER_SEC)
            let wall = clock.now - start
            let wallSeconds = Double(wall.components.attoseconds) / 1e18 + Double(wall.components.seconds)
            let perCore = Double(bytes * rounds) / cpuSeconds / 1_000_000
            let perWall = Double(bytes * rounds) / wallSeconds / 1_000_000
            print("bench \(name): \(String(format: "%.1f", perCore)) MB/s per core of CPU time (\(String(format: "%.1f", perWall)) MB/s wall; \(documents.count) documents, \(bytes) bytes, \(rounds) rounds, sink \(sink % 10))")
            return perCore
        }
        let m = measure("metadata") { metadata.metadata(of: $0).annexes.count }
        let c = measure("citations") { citations.citations(in: $0).citations.count }
        let both = measure("metadata+citations") { metadata.metadata(of: $0).annexes.count + citations.citations(in: $0).citations.count }
        print("bench summary: metadata \(String(format: "%.1f", m)) MB/s, citations \(String(format: "%.1f", c)) MB/s, together \(String(format: "%.1f", both)) MB/s per core")
    }
}
