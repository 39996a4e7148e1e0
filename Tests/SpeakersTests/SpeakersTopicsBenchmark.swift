import Foundation
import Gazetteer
import PluginAPI
import SpeakersPlugin
import Testing
import TopicsPlugin

/// Throughput of the speakers and topics extractors over the seed corpus, in MB of source text per second on one
/// core. Runs only when `BENCH_PLUGINS_ST` is set (see `scripts/bench-plugins-st.sh`, which builds in release);
/// it prints figures and asserts nothing about time.
@Suite("Speakers and topics throughput (benchmark)")
struct SpeakersTopicsBenchmark {
    @Test func throughput() async throws {
        guard let rounds = ProcessInfo.processInfo.environment["BENCH_PLUGINS_ST"].flatMap({ Int($0) }) ?? nil else { return }
        let directory = SeedCorpus.dataDirectory
        let gazetteer = try StateGazetteer.load(fromDataDirectory: directory)
        let environment = PluginEnvironment(dataDirectory: directory)
        let loadStart = ContinuousClock.now
        let speakers = try SpeakersExtractor(environment: environment, gazetteer: gazetteer)
        let topics = try TopicsExtractor(environment: environment, gazetteer: gazetteer)
        let loadTime = ContinuousClock.now - loadStart
        // BENCH_DOCS=text keeps only the documents whose file name contains it (the five seeds: "00", the English fixtures: "en").
        let filter = ProcessInfo.processInfo.environment["BENCH_DOCS"]
        let documents = try SeedCorpus.all().filter { filter == nil || $0.document.source.fileName.contains(filter ?? "") }.map(\.document)
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count } * rounds
        // CPU time of the process (one thread works), so that other processes on a shared machine do not count.
        // Each round reads fresh copies of the documents: a document keeps the analyses its extractors share (the
        // gazetteer scan), and the daemon never sees the same document twice.
        func measure(_ body: (Document) -> Int) -> Double {
            var sink = 0
            let start = clock()
            for _ in 0..<rounds {
                for document in documents {
                    sink &+= body(Document(
                        id: document.id, source: document.source, text: document.text, lines: document.lines,
                        language: document.language, normalized: document.normalized))
                }
            }
            let seconds = Double(clock() - start) / Double(CLOCKS_PER_SEC)
            if sink == -1 { print(sink) }
            return Double(bytes) / 1e6 / seconds
        }
        // BENCH_ONLY=speakers, topics or both measures just that one (under a profiler, say).
        let only = ProcessInfo.processInfo.environment["BENCH_ONLY"]
        let speakersRate = only == nil || only == "speakers" ? measure { speakers.analyze($0).speakers.count } : 0
        let topicsRate = only == nil || only == "topics" ? measure { topics.analyze($0).topics.count } : 0
        let bothRate = only == nil || only == "both"
            ? measure { speakers.analyze($0).speakers.count + topics.analyze($0).topics.count } : 0
        if only != nil {
            print(String(format: "BENCH speakers %.1f MB/s, topics %.1f MB/s, both %.1f MB/s", speakersRate, topicsRate, bothRate))
            return
        }
        // The share of the States gazetteer scan, which both plugins share (once per document).
        let gazetteerRate = measure { document in
            document.normalized.paragraphs.reduce(0) { $0 + gazetteer.matches(in: $1.folded).count }
        }
        print(String(format: "BENCH speakers+topics: %d documents × %d rounds, %.1f MB of text", documents.count, rounds, Double(bytes) / 1e6))
        print(String(format: "BENCH speakers %.1f MB/s, topics %.1f MB/s, both %.1f MB/s (per CPU second); extractors built in %@",
                     speakersRate, topicsRate, bothRate, "\(loadTime)"))
        print(String(format: "BENCH (of which one States gazetteer scan alone: %.1f MB/s)", gazetteerRate))
    }
}
