import ArgumentParser
import Core
import ExternalPlugins
import Intake
import Logging
import Platform
import PluginAPI

/// `undocd process FILE...`: one-shot processing to standard output.
struct ProcessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "Process files once and print one JSON result per document (JSON Lines) on standard output.",
        discussion: """
            Prints exactly the objects the daemon writes to the spool, one per line, in the order given. Nothing \
            is moved, archived or recorded. A file that cannot be read or decoded prints no line; its error goes to \
            standard error. Progress goes to standard error when it is a terminal.

            Exit status 1 when any document failed (could not be read, or every extractor failed).

            EXAMPLES
              undocd process seeds/*.txt | jq .extractors.metadata.data.symbol
              cat letter.txt | undocd process -
            """)

    @OptionGroup var options: ConfigOptions

    @Argument(help: ArgumentHelp("Files to process; '-' reads standard input.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one FILE (or '-' for standard input).") }
    }

    func run() async throws {
        var configuration = try options.loadOrExit()
        configuration.logging.level = max(configuration.logging.level, .warning)
        Wiring.bootstrapLogging(configuration.logging)
        let external = ExternalPluginSet(logger: Logger(label: "undocd.plugins"))
        let plugins: [any ExtractorPlugin]
        do { plugins = try Wiring.makePlugins(external: external)(configuration) } catch {
            StandardError.write("undocd: \(error)\n")
            throw ExitCode(78)
        }
        let processor = Daemon.settings(for: configuration, plugins: plugins).context.processor
        let progress = StandardError.isTerminal
        var failures = 0
        do {
            for (index, file) in files.enumerated() {
                if progress { StandardError.write("[\(index + 1)/\(files.count)] \(file)\n") }
                let bytes: [UInt8]
                do {
                    bytes = file == "-" ? try StandardInput.readAll() : try FileSystem.readFile(atPath: file)
                } catch {
                    StandardError.write("undocd: \(file): \(error.reason)\n")
                    failures += 1
                    continue
                }
                let name = file == "-" ? "-" : Path.lastComponent(of: file)
                do {
                    let result = try await processor.process(
                        bytes: bytes, id: DocumentProcessor.documentID(of: bytes), fileName: name, receivedAt: .now())
                    if result.status == .failed { failures += 1 }
                    try StandardOutput.write(result.json() + [0x0A])
                } catch let error as IntakeError {
                    StandardError.write("undocd: \(file): \(error.code): \(error.message)\n")
                    failures += 1
                }
            }
        } catch {
            await external.shutdown()
            throw error
        }
        await external.shutdown()
        if failures > 0 { throw ExitCode.failure }
    }
}
