import Foundation

/// A UN document as every extractor sees it: decoded once by the intake, immutable, shared by all plugins.
///
/// Two views of the same text are offered:
/// - the *source* view (``text`` and ``lines``): exactly the decoded characters, so that a plugin can point a
///   person at a line (`line` numbers in results are 1-based lines of this text);
/// - the *normalized* view (``normalized``): page furniture removed, hard-wrapped lines joined into paragraphs,
///   each paragraph mapped back to its source lines. Extractors should read this one.
public struct Document: Sendable {
    /// `sha256:` followed by the lower-case hex SHA-256 of the original bytes.
    public let id: String
    /// Where the document came from and how it was decoded.
    public let source: SourceInfo
    /// The decoded source text.
    public let text: String
    /// The source text split at line breaks (`\n`, `\r\n`, `\r`); element 0 is line 1.
    public let lines: [String]
    /// The detected language.
    public let language: Language
    /// The cleaned, paragraph-level view of the text.
    public let normalized: NormalizedText
    /// Results derived from this document that extractors share (e.g. one gazetteer scan for all), computed once.
    public let analyses = DocumentAnalyses()

    /// Creates a document. Normally only the intake does this; tests and plugin authors may build one by hand.
    public init(id: String, source: SourceInfo, text: String, lines: [String], language: Language, normalized: NormalizedText) {
        self.id = id
        self.source = source
        self.text = text
        self.lines = lines
        self.language = language
        self.normalized = normalized
    }

    /// The source line with the given 1-based number, or `nil` when out of range.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }
}

/// Facts about the original file.
public struct SourceInfo: Sendable, Codable, Equatable {
    /// The file name as dropped into the inbox (`-` for standard input).
    public var fileName: String
    /// Size of the original bytes.
    public var byteCount: Int
    /// The media type detected from the content (not the name).
    public var mediaType: MediaType
    /// The text encoding detected, for text input (`utf-8`, `utf-16le`, `utf-16be`, `gb18030`); `nil` otherwise.
    public var encoding: String?
    /// When the daemon first saw the file.
    public var receivedAt: Date

    /// Creates source information.
    public init(fileName: String, byteCount: Int, mediaType: MediaType, encoding: String?, receivedAt: Date) {
        self.fileName = fileName
        self.byteCount = byteCount
        self.mediaType = mediaType
        self.encoding = encoding
        self.receivedAt = receivedAt
    }
}

/// Media types undocd accepts, as written in results.
public enum MediaType: String, Sendable, Codable, CaseIterable {
    case plainText = "text/plain"
    case pdf = "application/pdf"
    case docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
}

/// The languages undocd tells apart (the six UN languages), or `und` when it cannot tell.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh, en, fr, es, ru, ar, und
}
