/// Limits and switches for turning bytes into documents. Every field has a default no real UN document reaches.
public struct IntakeConfiguration: Sendable, Equatable {
    /// Largest input accepted, in bytes (`[intake] max_bytes`, default 64 MiB).
    public var maxBytes: Int
    /// Most PDF pages accepted (`[intake] pdf_max_pages`, default 2000).
    public var pdfMaxPages: Int
    /// Time limit for PDF text extraction, in seconds (`[intake] pdf_timeout_seconds`, default 30).
    public var pdfTimeoutSeconds: Double
    /// Address-space limit for the PDF extraction process, in bytes (`[intake] pdf_memory_limit_bytes`, default 1 GiB).
    public var pdfMemoryLimitBytes: Int
    /// Cap on the uncompressed size of a DOCX's parts, in bytes (`[intake] docx_max_uncompressed_bytes`, default 256 MiB).
    public var docxMaxUncompressedBytes: Int

    /// Creates a configuration; every parameter has a default.
    public init(
        maxBytes: Int = 64 << 20, pdfMaxPages: Int = 2000, pdfTimeoutSeconds: Double = 30,
        pdfMemoryLimitBytes: Int = 1 << 30, docxMaxUncompressedBytes: Int = 256 << 20
    ) {
        self.maxBytes = maxBytes
        self.pdfMaxPages = pdfMaxPages
        self.pdfTimeoutSeconds = pdfTimeoutSeconds
        self.pdfMemoryLimitBytes = pdfMemoryLimitBytes
        self.docxMaxUncompressedBytes = docxMaxUncompressedBytes
    }
}
