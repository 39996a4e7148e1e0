import CitationsPlugin
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
    /// - Throws: ``Failure`` naming the plugin whose constructor failed.
    public static func makePlugins(
        dataDirectory: String, switches: [String: PluginSwitch], includeDisabled: Bool = false
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

        // HOOK (external plugins): the ExternalPlugins module appends its out-of-process plugins here, after the
        // built-ins, e.g. `plugins += try ExternalPluginLoader.plugins(dataDirectory:switches:)`, each wrapped so
        // a constructor error becomes `Failure(plugin: name, …)`. Names must not clash with the built-ins.
        return plugins
    }
}
