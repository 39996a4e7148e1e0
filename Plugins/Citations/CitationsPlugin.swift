import PluginAPI

/// The `citations` extractor: the UN documents a document cites (by symbol, by link, or by naming a resolution in
/// Chinese, English, French or Spanish running text) and the named instruments it invokes.
public struct CitationsExtractor: ExtractorPlugin {
    public let descriptor = PluginDescriptor(
        name: "citations", version: "1.0.0", languages: [],
        summary: "UN document symbols, undocs.org links and resolutions named in running text (zh, en, fr, es), de-duplicated with every mention; named treaties and declarations"
    )

    /// Creates the extractor; it needs no data files or settings.
    public init(environment: PluginEnvironment) throws {}

    /// Extracts ``CitationsData`` from a document.
    public func extract(_ document: Document) async throws -> any Encodable & Sendable {
        citations(in: document)
    }

    /// The citations of a document (synchronous, for tests and benchmarks).
    public func citations(in document: Document) -> CitationsData {
        CitationScanner.scan(document)
    }
}
