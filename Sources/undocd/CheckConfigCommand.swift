import ArgumentParser
import Core
import ExternalPlugins
import Platform

/// `undocd check-config`: validate a configuration.
struct CheckConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a configuration file (and environment overrides) and build its plugins.",
        discussion: """
            Prints the resolved folders and exits 0 when the configuration is usable. Otherwise prints the file, \
            the key (section.key or the environment variable) and the problem, and exits 78. Unknown sections and \
            keys are errors, so typos do not pass silently.
            """)

    @OptionGroup var options: ConfigOptions

    func run() async throws {
        let configuration = try options.loadOrExit()
        Wiring.bootstrapLogging(.init(level: .warning, journal: .never))
        let plugins: Int
        do { plugins = try Wiring.makePlugins(configuration).count } catch {
            StandardError.write("undocd: configuration error: \(configuration.file ?? "defaults"): \(error)\n")
            throw ExitCode(78)
        }
        // External plugins: every manifest must pass (a refused one would be skipped by the daemon).
        let external = ExternalPluginLoader.scan(directory: configuration.paths.plugins)
        if !external.problems.isEmpty {
            for problem in external.problems { StandardError.write("undocd: configuration error: \(problem)\n") }
            throw ExitCode(78)
        }
        let externalEnabled = external.entries.filter { $0.manifest.enabled && configuration.plugin($0.manifest.name).enabled }.count
        let text = """
            ok: \(configuration.file ?? "built-in defaults")
              inbox:  \(configuration.paths.inbox)
              spool:  \(configuration.paths.spool)
              state:  \(configuration.paths.state)
              data:   \(configuration.paths.data)
              external plugins: \(configuration.paths.plugins) (\(external.entries.count) manifests, \(externalEnabled) enabled)
              plugins enabled: \(plugins + externalEnabled), documents in flight: \(configuration.pipeline.effectiveMaxInFlight(processors: System.processorCount))

            """
        try StandardOutput.write(Array(text.utf8))
    }
}
