import Foundation
import PluginAPI

/// Turns the bytes of a dropped file into a ``PluginAPI/Document``: detects the media type from the content,
/// extracts and decodes the text, normalizes it and detects the language.
///
/// Text and DOCX are decoded in-process. PDF text comes from poppler's `pdftotext`, run as a child process
/// under resource limits: ``decode(bytes:id:fileName:receivedAt:)`` then blocks the calling thread until the
/// child finishes (at most ``IntakeConfiguration/pdfTimeoutSeconds``); call it from a thread that may block.
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
    ///   - fileName: the name as dropped into the inbox (used in error messages only, never to guess the type).
    ///   - receivedAt: when the file was first seen.
    /// - Throws: ``IntakeError`` saying why the file cannot be a document: `empty-document`, `too-large`,
    ///   `unsupported-media-type`, `invalid-encoding`, `binary-content`, `pdf-encrypted`, `pdf-image-only`,
    ///   `pdf-invalid`, `pdf-no-text`, `pdf-too-many-pages`, `pdf-timeout`, `pdf-failed`, `docx-invalid`,
    ///   `docx-too-large`.
    public func decode(bytes: [UInt8], id: String, fileName: String, receivedAt: Date) throws(IntakeError) -> Document {
        guard !bytes.isEmpty else { throw IntakeError(code: "empty-document", message: "\(fileName) is empty") }
        guard bytes.count <= configuration.maxBytes else {
            throw IntakeError(code: "too-large", message: "\(fileName) has \(bytes.count) bytes; the limit is \(configuration.maxBytes)")
        }
        let mediaType: MediaType
        let text: String
        var encoding: String?
        var lineMode = Normalizer.LineMode.detect
        switch MediaSniffer.sniff(bytes) {
        case .unsupported(let what):
            throw IntakeError(code: "unsupported-media-type", message: "\(fileName) is \(what); undocd reads text, PDF and DOCX")
        case .text:
            let decoded = try TextDecoder.decode(bytes, fileName: fileName)
            (mediaType, text, encoding) = (.plainText, decoded.text, decoded.encoding)
        case .pdf:
            mediaType = .pdf
            text = try PDFExtractor(configuration: configuration).text(of: bytes, fileName: fileName)
        case .docx:
            mediaType = .docx
            text = try DOCXExtractor.text(of: bytes, fileName: fileName, maxUncompressedBytes: configuration.docxMaxUncompressedBytes)
            lineMode = .paragraphPerLine
        }
        let normalized = Normalizer(lineMode: lineMode).normalize(text)
        guard normalized.paragraphs.contains(where: { !$0.text.isEmpty }) else {
            throw IntakeError(code: "empty-document", message: "\(fileName) holds no text")
        }
        let lines = SourceText.lines(of: text)
        let source = SourceInfo(fileName: fileName, byteCount: bytes.count, mediaType: mediaType, encoding: encoding, receivedAt: receivedAt)
        let language = LanguageDetector.detect(SourceText.languageSample(normalized.paragraphs))
        return Document(id: id, source: source, text: text, lines: lines, language: language, normalized: normalized)
    }
}
