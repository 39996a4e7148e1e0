import CitationsPlugin
import ExternalPlugins
import Gazetteer
import MetadataPlugin
import PluginAPI
import SpeakersPlugin
import TopicsPlugin

/// THE one place where extractors are constructed. The daemon, `undocd process` and `undocd plugins` all get their
/// plugins from here, in the order they appear in results.
public enum Registry {
    /// The built-in extractors, in result order.
    public static let builtInNames = ["metadata", "citations", "speakers", "topics"]

    /// One plugin's switch and settings (from `[plugins.<name>]`).
    public struct PluginSwitch: Sendable, Equatable {
        /// Whether the plugin runs.
        public var enabled: Bool
        /// Its settings, handed over as `PluginEnvironment.settings`.
        public var settings: [String: String]

        /// Creates a switch.
        public init(enabled: Bool = true, settings: [String: String] = [:]) {
            self.enabled = enabled
            self.settings = settings
        }
    }

    /// A plugin that could not be built: which one, and why.
    public struct Failure: Error, CustomStringConvertible {
        /// The plugin (or `gazetteer`).
        public var plugin: String
        /// The error its constructor threw.
        public var underlying: any Error

        public var description: String { "plugin \(plugin): \(underlying)" }
    }

    /// Builds the enabled plugins.
    /// - Parameters:
    ///   - dataDirectory: where data files live (the configuration file's folder by default).
    ///   - switches: per-plugin switches by name; a plugin without an entry is enabled with no settings.
    ///   - includeDisabled: build disabled plugins too (for `undocd plugins`).
    ///   - external: the daemon's external-plugin set and the plugins folder to (re)load it from; its enabled
    ///     plugins follow the built-ins. Unchanged plugins keep their workers across calls (SIGHUP).
    /// - Throws: ``Failure`` naming the plugin whose constructor failed.
    public static func makePlugins(
        dataDirectory: String, switches: [String: PluginSwitch], includeDisabled: Bool = false,
        external: (set: ExternalPluginSet, directory: String)? = nil
    ) throws(Failure) -> [any ExtractorPlugin] {
        func wanted(_ name: String) -> Bool { includeDisabled || switches[name]?.enabled ?? true }
        func environment(_ name: String) -> PluginEnvironment {
            PluginEnvironment(dataDirectory: dataDirectory, settings: switches[name]?.settings ?? [:])
        }
        func build(_ name: String, _ make: () throws -> any ExtractorPlugin) throws(Failure) -> (any ExtractorPlugin)? {
            guard wanted(name) else { return nil }
            do { return try make() } catch { throw Failure(plugin: name, underlying: error) }
        }

        // The States gazetteer is loaded once and shared by the plugins that need it.
        var gazetteer: StateGazetteer?
        if wanted("metadata") || wanted("speakers") || wanted("topics") {
            do { gazetteer = try StateGazetteer.load(fromDataDirectory: dataDirectory) } catch {
                throw Failure(plugin: "gazetteer", underlying: error)
            }
        }
        let states = gazetteer ?? StateGazetteer()

        var plugins: [any ExtractorPlugin] = []
        if let plugin = try build("metadata", { try MetadataExtractor(environment: environment("metadata"), gazetteer: states) }) {
            plugins.append(plugin)
        }
        if let plugin = try build("citations", { try CitationsExtractor(environment: environment("citations")) }) {
            plugins.append(plugin)
        }
        if let plugin = try build("speakers", { try SpeakersExtractor(environment: environment("speakers"), gazetteer: states) }) {
            plugins.append(plugin)
        }
        if let plugin = try build("topics", { try TopicsExtractor(environment: environment("topics"), gazetteer: states) }) {
            plugins.append(plugin)
        }

        // External (out-of-process) plugins come last, so a built-in that fails to build leaves them untouched.
        // A refused manifest is logged and skipped; `check-config` reports it as an error.
        if let external {
            let loaded = external.set.reload(directory: external.directory, reservedNames: Set(builtInNames))
            plugins += loaded.plugins.filter { wanted($0.descriptor.name) } as [any ExtractorPlugin]
        }
        return plugins
    }
}
