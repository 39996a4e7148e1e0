import ArgumentParser
import Core
import ExternalPlugins
import Foundation
import Intake
import Logging
import Platform
import PluginAPI

/// `undocd plugin-test MANIFEST FILE`: runs one external plugin on one document and shows the exchange.
struct PluginTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin-test",
        abstract: "Run one external plugin on one document and show the protocol exchange (for plugin authors).",
        discussion: """
            Reads and checks MANIFEST exactly as the daemon does (it may be disabled), decodes FILE with the \
            configured intake, starts one worker, sends hello and the document, prints every protocol line \
            (→ to the plugin, ← from it; long lines cut) and the outcome, then stops the worker. The worker's \
            stderr and supervision messages go to standard error. The protocol: Plugins/PROTOCOL.md.

            Exit status 0 when the plugin returned data, 1 when it failed, 78 when the manifest is refused.

            EXAMPLE
              undocd plugin-test config/plugins.d/dates.toml seeds/000_3f1e21eccdfe48fb.txt
            """)

    @OptionGroup var options: ConfigOptions

    @Argument(help: ArgumentHelp("The plugin's manifest (TOML).", valueName: "manifest"))
    var manifest: String

    @Argument(help: ArgumentHelp("A document: plain text, PDF or DOCX.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "Cut protocol lines after this many bytes (0: never).")
    var lineLimit = 600

    func run() async throws {
        let configuration = try options.loadOrExit()
        Wiring.bootstrapLogging(.init(level: .info, journal: .never))
        let logger = Logger(label: "undocd.plugin-test")
        let bytes: [UInt8]
        do { bytes = try FileSystem.readFile(atPath: file) } catch {
            StandardError.write("undocd: \(file): \(error.reason)\n")
            throw ExitCode.failure
        }
        let document: Document
        do {
            document = try DocumentDecoder(configuration: configuration.intake).decode(
                bytes: bytes, id: DocumentProcessor.documentID(of: bytes), fileName: Path.lastComponent(of: file), receivedAt: Date())
        } catch {
            StandardError.write("undocd: \(file): \(error.code): \(error.message)\n")
            throw ExitCode.failure
        }
        let report: PluginTestReport
        do {
            report = try await PluginTestRun.run(manifestPath: manifest, document: document, logger: logger)
        } catch {
            for problem in error.problems { StandardError.write("undocd: \(problem)\n") }
            throw ExitCode(78)
        }
        try StandardOutput.write(Array(report.transcript(lineLimit: lineLimit == 0 ? .max : lineLimit).utf8))
        if case .failure = report.result { throw ExitCode.failure }
    }
}
