/// An extractor: reads a ``Document`` and returns structured data for the result's `extractors.<name>.data`.
///
/// Implementations must be safe to call concurrently for different documents (they are `Sendable` and are
/// shared by every document in flight), must not keep per-document state, and must return only what the
/// document says: an empty list is honest, a made-up value is not.
public protocol ExtractorPlugin: Sendable {
    /// Name, version, languages and a one-line summary.
    var descriptor: PluginDescriptor { get }

    /// Extracts this plugin's data from a document.
    ///
    /// - Parameter document: the decoded, normalized document.
    /// - Returns: the data written under `extractors.<name>.data`; it is encoded with `JSONEncoder`
    ///   (or copied verbatim when it is a ``JSONFragment``).
    /// - Throws: ``PluginError`` (its `code` goes into the result) or any error, which the daemon reports as
    ///   `status: failed` for this extractor only.
    func extract(_ document: Document) async throws -> any Encodable & Sendable
}

/// What `undocd plugins` lists about a plugin.
public struct PluginDescriptor: Sendable, Equatable, Codable {
    /// The key under `extractors` in results: lower-case letters, digits and `-`.
    public var name: String
    /// The plugin's semantic version (`1.0.0`), written into each result.
    public var version: String
    /// The languages the plugin accepts; empty means every language. Documents in other languages give
    /// `status: skipped` for this plugin.
    public var languages: [Language]
    /// One line: what the plugin extracts.
    public var summary: String

    /// Creates a descriptor.
    public init(name: String, version: String, languages: [Language] = [], summary: String) {
        self.name = name
        self.version = version
        self.languages = languages
        self.summary = summary
    }

    /// Whether the plugin accepts documents in `language`.
    public func accepts(_ language: Language) -> Bool {
        languages.isEmpty || languages.contains(language)
    }
}

/// An error a plugin throws on purpose, with a stable machine-readable code for the result.
public struct PluginError: Error, Sendable, Equatable {
    /// Kebab-case code written to `extractors.<name>.error.code` (e.g. `invalid-output`).
    public var code: String
    /// A sentence for people.
    public var message: String

    /// Creates a plugin error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}

/// Data that is already a JSON value (e.g. returned by an external plugin), copied verbatim into the result.
///
/// The daemon checks for this type before encoding; encoding it with a plain `JSONEncoder` throws.
public struct JSONFragment: Encodable, Sendable, Equatable {
    /// One complete, valid JSON value in UTF-8.
    public let utf8: [UInt8]

    /// Wraps bytes that the caller has validated as one JSON value.
    public init(validatedUTF8 utf8: [UInt8]) {
        self.utf8 = utf8
    }

    /// Always throws: a fragment is spliced into the result by the daemon, not re-encoded.
    public func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(
            self, .init(codingPath: encoder.codingPath, debugDescription: "JSONFragment is copied verbatim by the result writer"))
    }
}

/// What every plugin is built from: where the editable data lives and its own settings.
public struct PluginEnvironment: Sendable {
    /// The folder holding data files a user may edit (taxonomy, gazetteers): the config file's folder by default.
    public var dataDirectory: String
    /// The plugin's own settings from the config file's `[plugins.<name>]` table, as strings.
    public var settings: [String: String]

    /// Creates an environment.
    public init(dataDirectory: String, settings: [String: String] = [:]) {
        self.dataDirectory = dataDirectory
        self.settings = settings
    }
}
