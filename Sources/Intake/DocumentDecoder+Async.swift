import Foundation
import PluginAPI

extension DocumentDecoder {
    /// Decodes one file from async code without holding a thread of the global pool while a PDF is extracted.
    ///
    /// Text and DOCX are decoded in place (they never wait). A PDF is decoded on a thread of its own while the
    /// caller is suspended, because `pdftotext` may run for up to ``IntakeConfiguration/pdfTimeoutSeconds``
    /// and the global pool has only as many threads as the machine has cores.
    /// - Parameters: as for ``decode(bytes:id:fileName:receivedAt:)``.
    /// - Throws: ``IntakeError``, as ``decode(bytes:id:fileName:receivedAt:)`` does.
    public func decodeSuspending(bytes: [UInt8], id: String, fileName: String, receivedAt: Date) async throws(IntakeError) -> Document {
        guard MediaSniffer.sniff(bytes) == .pdf, bytes.count <= configuration.maxBytes else {
            return try decode(bytes: bytes, id: id, fileName: fileName, receivedAt: receivedAt)
        }
        let result: Result<Document, IntakeError> = await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Result { () throws(IntakeError) -> Document in
                    try decode(bytes: bytes, id: id, fileName: fileName, receivedAt: receivedAt)
                })
            }
            thread.name = "undocd-intake-pdf"
            thread.start()
        }
        return try result.get()
    }
}
