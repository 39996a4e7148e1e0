import Foundation
import Platform

// undocd-bench: end-to-end figures for the real daemon binary (build with -c release; scripts/bench.sh does).
//
//   undocd-bench [--documents N] [--latency-samples N] [--starts N] [--max-in-flight N] [--binary PATH]
//
// Prints: READY time, idle RSS, documents/s for a burst of seed copies and of ~50 KB documents (durable, all
// extractors), drop→result latency p50/p99 for single files, and peak RSS.

var options = BenchOptions.parse(CommandLine.arguments.dropFirst())
let bench: Bench
do {
    bench = try Bench(options: options)
} catch {
    StandardError.write("undocd-bench: \(error)\n")
    exit(1)
}
defer { bench.cleanUp() }
do {
    try bench.runAll()
} catch {
    StandardError.write("undocd-bench: \(error)\n")
    exit(1)
}
