import ArgumentParser
import Core
import Platform

/// `undocd status`: what the ledger says.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show documents processed, failed and duplicate, and the last few, from the ledger.",
        discussion: "Reads <state>/ledger.sqlite read-only; safe while the daemon runs.")

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "How many recent documents to list.")
    var last = 10

    func run() async throws {
        let configuration = try options.loadOrExit()
        let path = StateLayout(paths: configuration.paths).ledger
        guard FileSystem.exists(atPath: path) else {
            StandardError.write("undocd: no ledger at \(path) (the daemon has not run with this configuration)\n")
            throw ExitCode.failure
        }
        let (summary, rows): (LedgerSummary, [LedgerRow])
        do { (summary, rows) = try LedgerReader.report(path: path, limit: last) } catch {
            StandardError.write("undocd: \(error)\n")
            throw ExitCode.failure
        }
        var text = """
            ledger:    \(path)
            processed: \(summary.done) (\(summary.partial) partial)
            failed:    \(summary.failed)
            duplicate: \(summary.duplicates)
            pending:   \(summary.pending)

            """
        if !rows.isEmpty { text += "last \(rows.count):\n" }
        for row in rows {
            let detail = row.status == .failed ? (row.error ?? "") : (row.result.map { "→ \($0)" } ?? "")
            text += "  \(row.processedAt ?? row.receivedAt)  \(row.status.rawValue.padding(9))  "
                + "\((row.resultStatus ?? "").padding(8))  \(row.source)  \(detail)\n"
        }
        try StandardOutput.write(Array(text.utf8))
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
