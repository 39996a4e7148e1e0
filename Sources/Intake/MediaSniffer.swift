import PluginAPI

/// Decides the media type of a file from its first bytes (never from its name).
enum MediaSniffer {
    /// What the content looks like.
    enum Verdict: Equatable {
        case text, pdf, docx
        /// A recognized format undocd does not read (`what` names it for the error message).
        case unsupported(what: String)
    }

    static func sniff(_ bytes: [UInt8]) -> Verdict {
        if starts(bytes, with: [0x25, 0x50, 0x44, 0x46, 0x2D]) || containsPDFHeader(bytes) { return .pdf }  // %PDF-
        if starts(bytes, with: [0x50, 0x4B, 0x03, 0x04]) || starts(bytes, with: [0x50, 0x4B, 0x05, 0x06]) {
            return DOCXExtractor.isWordDocument(bytes) ? .docx : .unsupported(what: "a ZIP archive that is not a Word document")
        }
        for (magic, what) in signatures where starts(bytes, with: magic) { return .unsupported(what: what) }
        return .text
    }

    private static let signatures: [([UInt8], String)] = [
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a legacy Microsoft Office (OLE) file such as .doc"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        ([0x52, 0x49, 0x46, 0x46], "a RIFF (WebP, WAV, AVI) file"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x42, 0x5A, 0x68], "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([0x52, 0x61, 0x72, 0x21], "a RAR archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "a Mach-O or Java class file"),
        ([0x7B, 0x5C, 0x72, 0x74, 0x66], "an RTF document"),
        ([0x25, 0x21, 0x50, 0x53], "a PostScript file"),
        ([0x00, 0x00, 0x00], "a binary file"),
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32 text"),
        ([0x00, 0x00, 0xFE, 0xFF], "UTF-32 text"),
    ]

    private static func starts(_ bytes: [UInt8], with magic: [UInt8]) -> Bool {
        bytes.count >= magic.count && bytes[0..<magic.count].elementsEqual(magic)
    }

    /// PDF readers accept the header within the first 1024 bytes.
    private static func containsPDFHeader(_ bytes: [UInt8]) -> Bool {
        let limit = min(bytes.count, 1024)
        guard limit >= 5 else { return false }
        for index in 0..<(limit - 4) where bytes[index] == 0x25
            && bytes[index + 1] == 0x50 && bytes[index + 2] == 0x44 && bytes[index + 3] == 0x46 && bytes[index + 4] == 0x2D {
            return true
        }
        return false
    }
}
