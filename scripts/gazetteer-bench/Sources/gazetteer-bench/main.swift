// Prints how fast the States gazetteer loads and scans (MB/s on one core), or lists the matches in files.
import Foundation
import Gazetteer
#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../..").standardizedFileURL
let configDirectory = root.appendingPathComponent("config").path

/// CPU time of this thread spent in `body` (the machine is shared: wall-clock time would count others' work).
func seconds(_ body: () throws -> Void) rethrows -> Double {
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    try body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

var loadStart = timespec()
var loadEnd = timespec()
clock_gettime(CLOCK_THREAD_CPUTIME_ID, &loadStart)
let gazetteer = try StateGazetteer.load(fromDataDirectory: configDirectory)
clock_gettime(CLOCK_THREAD_CPUTIME_ID, &loadEnd)
let loadTime = Double(loadEnd.tv_sec - loadStart.tv_sec) + Double(loadEnd.tv_nsec - loadStart.tv_nsec) / 1e9
print("load: \(String(format: "%.1f", loadTime * 1000)) ms, \(gazetteer.entries.count) entries, \(gazetteer.spellingCount) spellings")

if arguments.first == "--show" {
    for path in arguments.dropFirst() {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        print("== \(path)")
        for match in gazetteer.matches(in: text, options: .all) {
            let lower = max(0, match.utf8Range.lowerBound - 12)
            let upper = min(text.utf8.count, match.utf8Range.upperBound + 12)
            let context = String(decoding: Array(text.utf8)[lower..<upper], as: UTF8.self)
            print("\(match.code)\t\(match.name)\t\(context.replacingOccurrences(of: "\n", with: "⏎"))")
        }
    }
    exit(0)
}

func benchmark(_ gazetteer: StateGazetteer, _ label: String, _ sample: String, megabytes: Int) {
    var text = ""
    while text.utf8.count < megabytes << 20 { text += sample }
    text.makeContiguousUTF8()
    var found = 0
    let time = seconds { gazetteer.forEachMatch(in: text, options: .all) { _ in found += 1 } }
    let mb = Double(text.utf8.count) / 1_048_576
    print("\(label): \(String(format: "%.0f", mb / time)) MB/s of CPU time (\(String(format: "%.1f", mb)) MB, \(found) matches)")
}

let seeds = root.appendingPathComponent("seeds").path
let chinese = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
    .map { try String(contentsOfFile: seeds + "/" + $0, encoding: .utf8) }.joined(separator: "\n")
let english = """
    Letter dated 27 December 2019 from the Permanent Representative of Côte d'Ivoire to the United Nations \
    addressed to the President of the Security Council. I have the honour to transmit herewith the summary of \
    the open debate on peacekeeping operations held on 12 December 2019, at which the representatives of \
    Ethiopia, France, Germany, Indonesia, the Russian Federation, South Africa, the United Kingdom of Great \
    Britain and Northern Ireland and the United States of America made statements. The Assistant \
    Secretary-General for Africa briefed the Council on the situation in Mali, the Sahel and the Lake Chad \
    Basin, and in the Democratic Republic of the Congo, recalling resolution 2436 (2018). I should be \
    grateful if you would have the present letter and its annex circulated as a document of the Security \
    Council.

    """
for _ in 0..<2 {
    benchmark(gazetteer, "Chinese seeds", chinese, megabytes: 64)
    benchmark(gazetteer, "English letter", english, megabytes: 64)
}

// Where loading spends its time.
let text = try String(contentsOfFile: configDirectory + "/states.toml", encoding: .utf8)
let parse = try seconds { _ = try StateGazetteer(parsingTOML: text, file: "states.toml") }
let entries = gazetteer.entries
let build = try seconds { _ = try StateGazetteer(entries: entries, masks: []) }
print("load breakdown: parse+build \(String(format: "%.1f", parse * 1000)) ms, build from entries \(String(format: "%.1f", build * 1000)) ms")
