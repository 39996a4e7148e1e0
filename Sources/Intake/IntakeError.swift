/// Why a file could not be turned into a document. `code` goes into `NAME.error.json` and the result.
public struct IntakeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Kebab-case code: `empty-document`, `too-large`, `unsupported-media-type`, `invalid-encoding`,
    /// `binary-content`, `pdf-encrypted`, `pdf-image-only` (no text; OCR is not done), `pdf-invalid` (poppler
    /// cannot read it), `pdf-no-text`, `pdf-too-many-pages`, `pdf-timeout`, `pdf-failed` (poppler missing,
    /// crashed or killed at its memory/CPU limit), `docx-invalid`, `docx-too-large`.
    public var code: String
    /// A sentence for people, naming the file when known.
    public var message: String

    /// Creates an intake error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
