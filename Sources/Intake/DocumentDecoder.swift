import Foundation
import PluginAPI

/// Turns the bytes of a dropped file into a ``PluginAPI/Document``: detects the media type from the content,
/// decodes the text, normalizes it and detects the language.
///
/// INTERIM implementation (UTF-8 text only, one paragraph per non-empty line); the intake issue replaces it.
public struct DocumentDecoder: Sendable {
    /// The limits in force.
    public var configuration: IntakeConfiguration

    /// Creates a decoder.
    public init(configuration: IntakeConfiguration = .init()) {
        self.configuration = configuration
    }

    /// Decodes one file.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - id: `sha256:<hex>` of `bytes` (computed by the caller, who needs it first for duplicate detection).
    ///   - fileName: the name as dropped into the inbox.
    ///   - receivedAt: when the file was first seen.
    /// - Throws: ``IntakeError`` saying why the file cannot be a document.
    public func decode(bytes: [UInt8], id: String, fileName: String, receivedAt: Date) throws(IntakeError) -> Document {
        guard !bytes.isEmpty else { throw IntakeError(code: "empty-document", message: "\(fileName) is empty") }
        guard bytes.count <= configuration.maxBytes else {
            throw IntakeError(code: "too-large", message: "\(fileName) has \(bytes.count) bytes; the limit is \(configuration.maxBytes)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw IntakeError(code: "invalid-encoding", message: "\(fileName) is not valid UTF-8")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var paragraphs: [Paragraph] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty {
                paragraphs.append(Paragraph(kind: .body, text: trimmed, segments: [Segment(utf8Offset: 0, line: index + 1)]))
            }
        }
        let source = SourceInfo(fileName: fileName, byteCount: bytes.count, mediaType: .plainText, encoding: "utf-8", receivedAt: receivedAt)
        return Document(id: id, source: source, text: text, lines: lines, language: .und, normalized: NormalizedText(paragraphs: paragraphs))
    }
}
