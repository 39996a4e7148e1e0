import ArgumentParser
import Core
import Platform
import PluginAPI
import Registry

/// `undocd plugins`: what is registered.
struct PluginsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the registered extractor plugins: name, version, languages, whether enabled, what each extracts.")

    @OptionGroup var options: ConfigOptions

    func run() async throws {
        let configuration = try options.loadOrExit()
        Wiring.bootstrapLogging(.init(level: .warning, journal: .never))
        let plugins: [any ExtractorPlugin]
        do {
            plugins = try Registry.makePlugins(
                dataDirectory: configuration.paths.data, switches: Wiring.switches(configuration), includeDisabled: true)
        } catch {
            StandardError.write("undocd: \(error)\n")
            throw ExitCode(78)
        }
        var lines = ["NAME        VERSION   ENABLED  LANGUAGES  EXTRACTS"]
        for plugin in plugins {
            let d = plugin.descriptor
            let languages = d.languages.isEmpty ? "all" : d.languages.map(\.rawValue).joined(separator: ",")
            let enabled = configuration.plugin(d.name).enabled ? "yes" : "no"
            lines.append(pad(d.name, 12) + pad(d.version, 10) + pad(enabled, 9) + pad(languages, 11) + d.summary)
        }
        try StandardOutput.write(Array((lines.joined(separator: "\n") + "\n").utf8))
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
