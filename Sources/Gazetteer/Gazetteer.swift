import PluginAPI

/// The UN Member States and observers, with their Chinese and English names and common variants.
///
/// Loaded once from `states.toml` in the data directory and shared by the metadata, speakers and topics plugins.
public struct StateGazetteer: Sendable {
    /// Loads the gazetteer from `<dataDirectory>/states.toml`.
    /// - Throws: an error naming the file and the problem.
    public static func load(fromDataDirectory dataDirectory: String) throws -> StateGazetteer {
        StateGazetteer()
    }

    /// Creates an empty gazetteer.
    public init() {}
}
