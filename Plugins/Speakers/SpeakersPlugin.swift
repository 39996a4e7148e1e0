import Gazetteer
import PluginAPI

/// The `speakers` extractor (not implemented yet: it reports nothing rather than anything untrue).
public struct SpeakersExtractor: ExtractorPlugin {
    public let descriptor = PluginDescriptor(name: "speakers", version: "0.0.0", summary: "not implemented yet")

    /// Creates the extractor from its environment.
    public init(environment: PluginEnvironment, gazetteer: StateGazetteer) throws {}

    public func extract(_ document: Document) async throws -> any Encodable & Sendable {
        [String: [String]]()
    }
}
