import Foundation
import Platform

/// Command-line options of the benchmark.
struct BenchOptions {
    var documents = 10_000
    var documentBytes = 50 * 1024
    var seedCopies = 2_000
    var latencySamples = 300
    var starts = 5
    var maxInFlight: Int?
    var binary: String = Path.join(Path.directory(of: CommandLine.arguments[0]), "undocd")
    var workDirectory = "/var/tmp"

    static func parse(_ arguments: ArraySlice<String>) -> BenchOptions {
        var options = BenchOptions()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            let value = iterator.next() ?? ""
            switch argument {
            case "--documents": options.documents = Int(value) ?? options.documents
            case "--document-bytes": options.documentBytes = Int(value) ?? options.documentBytes
            case "--seed-copies": options.seedCopies = Int(value) ?? options.seedCopies
            case "--latency-samples": options.latencySamples = Int(value) ?? options.latencySamples
            case "--starts": options.starts = Int(value) ?? options.starts
            case "--max-in-flight": options.maxInFlight = Int(value)
            case "--binary": options.binary = value
            case "--work-directory": options.workDirectory = value
            default:
                StandardError.write("usage: undocd-bench [--documents N] [--document-bytes N] [--seed-copies N] [--latency-samples N] [--starts N] "
                    + "[--max-in-flight N] [--binary PATH] [--work-directory DIR]\n")
                exit(64)
            }
        }
        return options
    }
}
