import ArgumentParser
import Core
import ExternalPlugins
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
        func line(_ d: PluginDescriptor, enabled: Bool, summary: String) -> String {
            let languages = d.languages.isEmpty ? "all" : d.languages.map(\.rawValue).joined(separator: ",")
            return pad(d.name, 12) + pad(d.version, 10) + pad(enabled ? "yes" : "no", 9) + pad(languages, 11) + summary
        }
        for plugin in plugins {
            lines.append(line(plugin.descriptor, enabled: configuration.plugin(plugin.descriptor.name).enabled, summary: plugin.descriptor.summary))
        }
        // External plugins, from their manifests (enabled in the manifest and not switched off in the config).
        let external = ExternalPluginLoader.scan(directory: configuration.paths.plugins)
        for entry in external.entries {
            let enabled = entry.manifest.enabled && configuration.plugin(entry.manifest.name).enabled
            lines.append(line(entry.manifest.descriptor, enabled: enabled, summary: "(external) " + entry.manifest.summary))
        }
        for problem in external.problems { lines.append("refused: \(problem)") }
        try StandardOutput.write(Array((lines.joined(separator: "\n") + "\n").utf8))
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
