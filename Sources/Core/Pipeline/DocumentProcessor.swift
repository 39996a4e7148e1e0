import Foundation
import Intake
import Platform
import PluginAPI

/// Turns the bytes of one file into its result: decode once, run every plugin, assemble. Shared by the daemon
/// and `undocd process`, so both produce exactly the same objects.
public struct DocumentProcessor: Sendable {
    /// The intake decoder.
    public let decoder: DocumentDecoder
    /// The plugins and their timeout.
    public let runner: PluginRunner

    /// Creates a processor.
    public init(decoder: DocumentDecoder, runner: PluginRunner) {
        self.decoder = decoder
        self.runner = runner
    }

    /// Decodes `bytes` and runs the plugins on the document.
    /// - Parameters:
    ///   - id: `sha256:<hex>` of `bytes`.
    /// - Throws: ``Intake/IntakeError`` when the bytes are not a document.
    public func process(bytes: [UInt8], id: String, fileName: String, receivedAt: WallClockTime) async throws(IntakeError) -> DocumentResult {
        let document = try decoder.decode(bytes: bytes, id: id, fileName: fileName, receivedAt: receivedAt.date)
        let outcomes = await runner.run(document)
        return DocumentResult(
            id: document.id, source: document.source, language: document.language, processedAt: .now(), extractors: outcomes)
    }

    /// `sha256:<hex>` of `bytes`.
    public static func documentID(of bytes: [UInt8]) -> String {
        "sha256:" + SHA256.hex(bytes)
    }
}
