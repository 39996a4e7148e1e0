// Benchmark of external plugins (run from the repository root, release build):
//   swift run -c release external-plugins-bench [ROUNDS]
// Prints the per-document cost of a round trip with a warm worker for a 50 KB document (undocd's
// overhead: encode, pipes, validate; measured against a worker that does no work) and documents/s
// through the example Python plugin (config/plugins.d/dates.toml).
import ExternalPlugins
import Foundation
import Logging
import PluginAPI

let rounds = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 2000
let root = FileManager.default.currentDirectoryPath
let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }

/// A ~50 KB document made of the seed documents' lines, one paragraph per line.
func fiftyKilobyteDocument() throws -> Document {
    var lines: [String] = []
    var size = 0
    let seeds = try FileManager.default.contentsOfDirectory(atPath: root + "/seeds").filter { $0.hasSuffix(".txt") }.sorted()
    outer: while true {
        for seed in seeds {
            for line in try String(contentsOfFile: root + "/seeds/" + seed, encoding: .utf8).split(separator: "\n") {
                lines.append(String(line))
                size += line.utf8.count + 1
                if size >= 50_000 { break outer }
            }
        }
    }
    let paragraphs = lines.enumerated().map { index, line in
        Paragraph(kind: .body, text: line, segments: [Segment(utf8Offset: 0, line: index + 1)])
    }
    let text = lines.joined(separator: "\n")
    return Document(
        id: "sha256:" + String(repeating: "0", count: 64),
        source: SourceInfo(fileName: "bench.txt", byteCount: text.utf8.count, mediaType: .plainText, encoding: "utf-8", receivedAt: Date()),
        text: text, lines: lines, language: .zh, normalized: NormalizedText(paragraphs: paragraphs))
}

/// A worker in C that answers every request at once without reading it beyond its id: what remains is undocd's cost.
func nullWorker(in folder: String, input: String) throws -> ExternalPlugin {
    let source = folder + "/null.c"
    try #"""
    #include <stdio.h>
    #include <stdlib.h>
    #include <string.h>
    int main(void) {
        char *line = NULL; size_t cap = 0; ssize_t n;
        while ((n = getline(&line, &cap, stdin)) > 0) {
            if (strncmp(line, "{\"type\":\"hello\"", 15) == 0) {
                printf("{\"type\":\"hello\",\"protocol\":1,\"capabilities\":{\"input\":[%s]}}\n", getenv("INPUT"));
            } else if (strncmp(line, "{\"type\":\"extract\",\"id\":\"", 24) == 0) {
                char *id = line + 24; char *end = strchr(id, '"'); if (end) *end = 0;
                printf("{\"type\":\"result\",\"id\":\"%s\",\"data\":{\"ok\":true}}\n", id);
            } else break;
            fflush(stdout);
        }
        return 0;
    }
    """#.write(toFile: source, atomically: true, encoding: .utf8)
    let compile = Process()
    compile.executableURL = URL(fileURLWithPath: "/usr/bin/cc")
    compile.arguments = ["-O2", "-o", folder + "/null", source]
    try compile.run()
    compile.waitUntilExit()
    let manifest = folder + "/null.toml"
    try "name = \"null\"\nversion = \"1\"\ncommand = [\"./null\"]\n[environment]\nINPUT = '\(input)'\n".write(toFile: manifest, atomically: true, encoding: .utf8)
    let entry = try ExternalPluginLoader.entry(manifestAt: manifest)
    return ExternalPlugin(manifest: entry.manifest, plan: entry.plan, logger: logger)
}

func measure(_ plugin: ExternalPlugin, _ document: Document, rounds: Int) async throws -> [Double] {
    for _ in 0..<20 { _ = try await plugin.submit(document).get() }  // warm up: worker started, caches hot
    var samples: [Double] = []
    samples.reserveCapacity(rounds)
    let clock = ContinuousClock()
    for _ in 0..<rounds {
        let start = clock.now
        _ = try await plugin.submit(document).get()
        let elapsed = clock.now - start
        samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
    }
    return samples.sorted()
}

func report(_ label: String, _ samples: [Double]) {
    let mean = samples.reduce(0, +) / Double(samples.count)
    let p50 = samples[samples.count / 2]
    let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
    print(String(format: "%@: mean %.0f µs, p50 %.0f µs, p99 %.0f µs (%d rounds)", label, mean, p50, p99, samples.count))
}

let document = try fiftyKilobyteDocument()
print("document: \(document.text.utf8.count) bytes, \(document.normalized.paragraphs.count) paragraphs")
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("undocd-bench-\(UUID().uuidString)").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
defer { try? FileManager.default.removeItem(atPath: folder) }

for (label, input) in [("paragraphs", #""paragraphs""#), ("text+paragraphs", #""text","paragraphs""#)] {
    let null = try nullWorker(in: folder, input: input)
    report("round trip, warm no-op worker, 50 KB, input=\(label)", try await measure(null, document, rounds: rounds))
    await null.shutdown()
}

let dates = try ExternalPluginLoader.entry(manifestAt: root + "/config/plugins.d/dates.toml")
let python = ExternalPlugin(manifest: dates.manifest, plan: dates.plan, logger: logger)
let pythonRounds = max(50, rounds / 10)
let samples = try await measure(python, document, rounds: pythonRounds)
report("example Python plugin (dates), 50 KB", samples)
print(String(format: "example Python plugin (dates): %.0f documents/s with one worker", 1e6 * Double(samples.count) / samples.reduce(0, +)))
await python.shutdown()

var parallel = dates.manifest
parallel.concurrency = 2
let pool = ExternalPlugin(manifest: parallel, plan: dates.plan, logger: logger)
_ = try await measure(pool, document, rounds: 10)
let clock = ContinuousClock()
let start = clock.now
try await withThrowingTaskGroup(of: Void.self) { group in
    for _ in 0..<2 {
        group.addTask { for _ in 0..<(pythonRounds / 2) { _ = try await pool.submit(document).get() } }
    }
    try await group.waitForAll()
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(String(format: "example Python plugin (dates): %.0f documents/s with two workers", Double(pythonRounds / 2 * 2) / seconds))
await pool.shutdown()
