// A tiny release harness for the intake normalizer (compiled by scripts/bench-intake.sh together with the
// normalizer's sources, outside SwiftPM so that it needs no product or target of its own).
//   harness dump FILE    prints the normalized paragraphs, links, furniture and annexes of a UTF-8 text file
//   harness bench FILE…  normalizes the files repeatedly and prints throughput in MB/s
import Foundation
import Glibc
import PluginAPI

/// CPU time of this process in seconds: on a shared machine wall time measures the neighbours too.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func readText(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("cannot read \(path) as UTF-8\n".utf8))
        exit(1)
    }
    return text.replacingOccurrences(of: "\r\n", with: "\n")
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "dump":
    for path in arguments.dropFirst() {
        let normalized = Normalizer().normalize(readText(path))
        print("== \(path): \(normalized.paragraphs.count) paragraphs")
        for (index, paragraph) in normalized.paragraphs.enumerated() {
            let label = paragraph.label.map { "[\($0)]" } ?? ""
            let folded = paragraph.folded == paragraph.text ? "" : "\n      folded: \(paragraph.folded)"
            print("#\(index) \(paragraph.kind.rawValue)\(label) annex=\(paragraph.annex) lines=\(paragraph.sourceLines): \(paragraph.text)\(folded)")
        }
        print("links: \(normalized.links.map { "\($0.line):\($0.url)" })")
        let furniture = normalized.furniture
        print("furniture: symbols=\(furniture.symbols) job=\(furniture.jobNumber ?? "-") pages=\(furniture.pageCount.map(String.init) ?? "-") removed=\(furniture.removedLines)")
        for annex in normalized.annexes { print("annex: line \(annex.line) \(annex.heading) | title line \(annex.titleLine ?? 0): \(annex.title ?? "-") | paragraph \(annex.paragraphIndex)") }
    }
case "bench":
    let texts = arguments.dropFirst().map(readText)
    let totalBytes = texts.reduce(0) { $0 + $1.utf8.count }
    let normalizer = Normalizer()
    var paragraphs = 0
    for text in texts { paragraphs += normalizer.normalize(text).paragraphs.count }  // warm up
    let rounds = max(1, 200_000_000 / max(totalBytes, 1))
    var started = cpuSeconds()
    for _ in 0..<rounds { for text in texts { paragraphs &+= normalizer.normalize(text).paragraphs.count } }
    let seconds = cpuSeconds() - started
    let megabytes = Double(totalBytes * rounds) / 1_000_000
    started = cpuSeconds()
    do {
        for _ in 0..<rounds {
            for text in texts {
                // What the decoder adds for UTF-8 text: source lines and language on top of the normalizer.
                let normalized = normalizer.normalize(text)
                let lines = SourceText.lines(of: text)
                let language = LanguageDetector.detect(SourceText.languageSample(normalized.paragraphs))
                paragraphs &+= lines.count &+ (language == .und ? 1 : 0)
            }
        }
    }
    let decodeSeconds = cpuSeconds() - started
    print(String(format: "text intake (normalize + source lines + language), CPU time: %.1f MB/s, %.1f µs per 50 KB",
                 megabytes / decodeSeconds, decodeSeconds / (megabytes / 0.05) * 1e6))
    print(String(format: "normalizer alone, CPU time: %d files, %d bytes, %d rounds, %.1f MB/s, %.1f µs per 50 KB (checksum %d)",
                 texts.count, totalBytes, rounds, megabytes / seconds, seconds / (megabytes / 0.05) * 1e6, paragraphs))
default:
    print("usage: harness dump FILE… | harness bench FILE…")
}
