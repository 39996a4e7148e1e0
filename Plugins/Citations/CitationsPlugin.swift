
import PluginAPI

/// The `citations` extractor (not implemented yet: it reports nothing rather than anything untrue).
public struct CitationsExtractor: ExtractorPlugin {
    public let descriptor = PluginDescriptor(name: "citations", version: "0.0.0", summary: "not implemented yet")

    /// Creates the extractor from its environment.
    public init(environment: PluginEnvironment) throws {}

    public func extract(_ document: Document) async throws -> any Encodable & Sendable {
        [String: [String]]()
    }
}
