/// Why a file could not be turned into a document. `code` goes into `NAME.error.json` and the result.
public struct IntakeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Kebab-case code: `empty-document`, `too-large`, `unsupported-media-type`, `invalid-encoding`,
    /// `binary-content`, `pdf-encrypted`, `pdf-image-only`, `pdf-failed`, `docx-invalid`, `docx-too-large`, …
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
