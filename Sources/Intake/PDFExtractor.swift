import Foundation
import PluginAPI

/// Extracts the text of a PDF with poppler's `pdfinfo` and `pdftotext` (Debian's poppler-utils), each run
/// under `prlimit` (address space and CPU time) and a wall-clock deadline (see ``LimitedTool``), so that a
/// hostile PDF can neither hang nor exhaust the daemon.
///
/// `pdftotext` runs in its default (reading-order) mode rather than `-layout`: layout mode pads justified
/// Chinese lines with runs of spaces and interleaves side-by-side blocks, while the default mode gives one
/// printed line per text line, which the normalizer joins into paragraphs.
struct PDFExtractor: Sendable {
    var configuration: IntakeConfiguration

    /// The extracted text (line breaks `\n`, pages separated by form feeds).
    func text(of bytes: [UInt8], fileName: String) throws(IntakeError) -> String {
        let file: URL
        do {
            file = try TemporaryFile.write(bytes, suffix: ".pdf")
        } catch {
            throw IntakeError(code: "pdf-failed", message: "\(fileName): cannot stage the PDF for pdftotext: \(error)")
        }
        defer { TemporaryFile.remove(file) }
        let path = file.path
        let info = try run("pdfinfo", [path], fileName: fileName)
        if !info.succeeded {
            if info.error.contains("password") {
                throw IntakeError(code: "pdf-encrypted", message: "\(fileName) is an encrypted PDF that needs a password; undocd cannot read it")
            }
            throw IntakeError(code: "pdf-invalid", message: "\(fileName) is not a readable PDF: \(Self.firstLine(info.error))")
        }
        let pages = Self.field("Pages", in: info.output).flatMap { Int($0) } ?? 0
        if pages > configuration.pdfMaxPages {
            throw IntakeError(code: "pdf-too-many-pages", message: "\(fileName) has \(pages) pages; the limit is \(configuration.pdfMaxPages)")
        }
        let extraction = try run("pdftotext", ["-q", "-enc", "UTF-8", "-l", String(configuration.pdfMaxPages), path, "-"], fileName: fileName)
        guard extraction.succeeded else {
            if extraction.error.contains("password") || extraction.status == 3 {
                throw IntakeError(code: "pdf-encrypted", message: "\(fileName) is an encrypted PDF whose text cannot be extracted")
            }
            throw IntakeError(code: "pdf-failed", message: "\(fileName): pdftotext failed (\(extraction.status)): \(Self.firstLine(extraction.error))")
        }
        let text = extraction.output
        if !text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
            // No text at all: scanned pages have no fonts; anything else is a PDF poppler cannot make sense of.
            let fonts = try run("pdffonts", [path], fileName: fileName)
            let fontLines = fonts.output.split(separator: "\n").count
            if fonts.succeeded && fontLines <= 2 {
                throw IntakeError(code: "pdf-image-only", message: "\(fileName) has \(pages) page(s) of images and no text; undocd does not do OCR")
            }
            throw IntakeError(code: "pdf-no-text", message: "\(fileName): pdftotext found no text in \(pages) page(s)")
        }
        return TextDecoder.normalizeLineBreaks(text)
    }

    /// Runs a poppler tool under the configured limits.
    private func run(_ tool: String, _ arguments: [String], fileName: String) throws(IntakeError) -> Outcome {
        let child = LimitedTool(
            memoryLimitBytes: configuration.pdfMemoryLimitBytes, timeoutSeconds: configuration.pdfTimeoutSeconds,
            outputLimitBytes: max(configuration.maxBytes * 8, 1 << 20)
        )
        let outcome: LimitedTool.Outcome
        do {
            outcome = try child.run(tool, arguments)
        } catch {
            throw IntakeError(code: "pdf-failed", message: "\(fileName): \(error)")
        }
        if outcome.timedOut {
            throw IntakeError(code: "pdf-timeout", message: "\(fileName): \(tool) did not finish within \(configuration.pdfTimeoutSeconds) s")
        }
        if outcome.killed {
            throw IntakeError(code: "pdf-failed", message: "\(fileName): \(tool) was killed at its memory or CPU limit")
        }
        return Outcome(status: outcome.status, output: String(decoding: outcome.output, as: UTF8.self), error: outcome.error)
    }

    private struct Outcome {
        var status: Int32
        var output: String
        var error: String
        var succeeded: Bool { status == 0 }
    }

    private static func field(_ name: String, in info: String) -> String? {
        for line in info.split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    private static func firstLine(_ text: String) -> String {
        text.split(separator: "\n").first.map(String.init) ?? "no diagnostic"
    }
}
