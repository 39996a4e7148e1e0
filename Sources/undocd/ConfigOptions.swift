import ArgumentParser
import Core
import Foundation
import Platform
import Registry

/// `--config PATH`, shared by the subcommands that read the configuration.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The configuration file (TOML).",
        discussion: "Default: $UNDOCD_CONFIG, else ./config/undocd.toml, else /etc/undocd/undocd.toml, else built-in defaults.",
        valueName: "path"))
    var config: String?

    /// The file to read, after the lookup order above; `nil` means built-in defaults.
    var resolvedPath: String? {
        if let config { return config }
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["UNDOCD_CONFIG"], !path.isEmpty { return path }
        for candidate in ["config/undocd.toml", "/etc/undocd/undocd.toml"] where FileSystem.exists(atPath: candidate) {
            return candidate
        }
        return nil
    }

    /// Loads the configuration with environment overrides.
    func load() throws(ConfigurationError) -> Configuration {
        try Configuration.load(
            file: resolvedPath, environment: ProcessInfo.processInfo.environment, knownPlugins: Registry.builtInNames)
    }

    /// Loads the configuration or exits with status 78 (EX_CONFIG) after printing the key and the problem.
    func loadOrExit() throws -> Configuration {
        do {
            return try load()
        } catch {
            StandardError.write("undocd: configuration error: \(error)\n")
            throw ExitCode(78)
        }
    }
}
