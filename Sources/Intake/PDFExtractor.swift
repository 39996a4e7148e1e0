import Foundation
import PluginAPI
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Extracts the text of a PDF with poppler's `pdfinfo` and `pdftotext` (Debian's poppler-utils), each run
/// under `prlimit` (address space and CPU time) and a wall-clock deadline, so that a hostile PDF can neither
/// hang nor exhaust the daemon.
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
        if !info.status.isSuccess {
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
        guard extraction.status.isSuccess else {
            if extraction.error.contains("password") || extraction.status == .exited(3) {
                throw IntakeError(code: "pdf-encrypted", message: "\(fileName) is an encrypted PDF whose text cannot be extracted")
            }
            throw IntakeError(code: "pdf-failed", message: "\(fileName): pdftotext failed (\(extraction.status)): \(Self.firstLine(extraction.error))")
        }
        let text = extraction.output
        if !text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
            // No text at all: scanned pages have no fonts; anything else is a PDF poppler cannot make sense of.
            let fonts = try run("pdffonts", [path], fileName: fileName)
            let fontLines = fonts.output.split(separator: "\n").count
            if fonts.status.isSuccess && fontLines <= 2 {
                throw IntakeError(code: "pdf-image-only", message: "\(fileName) has \(pages) page(s) of images and no text; undocd does not do OCR")
            }
            throw IntakeError(code: "pdf-no-text", message: "\(fileName): pdftotext found no text in \(pages) page(s)")
        }
        return TextDecoder.normalizeLineBreaks(text)
    }

    private struct Outcome: Sendable {
        var status: TerminationStatus
        var output: String
        var error: String
    }

    /// Runs a poppler tool under resource limits and the configured deadline.
    private func run(_ tool: String, _ arguments: [String], fileName: String) throws(IntakeError) -> Outcome {
        let limits = [
            "--as=\(configuration.pdfMemoryLimitBytes)",
            "--cpu=\(max(1, Int(configuration.pdfTimeoutSeconds.rounded(.up))))",
            "--core=0",
            "--", tool,
        ]
        let outputLimit = max(configuration.maxBytes * 8, 1 << 20)
        let timeout = configuration.pdfTimeoutSeconds
        let result: Result<Outcome, IntakeError> = BlockingBridge.run {
            await withTaskGroup(of: Result<Outcome, IntakeError>?.self) { group in
                group.addTask {
                    do {
                        var options = PlatformOptions()
                        options.teardownSequence = []  // a runaway extractor gets SIGKILL at once
                        let execution = try await Subprocess.run(
                            .name("prlimit"), arguments: Arguments(limits + arguments), environment: .inherit.updating(["LC_ALL": "C.UTF-8"]),
                            platformOptions: options, output: .string(limit: outputLimit), error: .string(limit: 64 << 10)
                        )
                        return .success(Outcome(status: execution.terminationStatus, output: execution.standardOutput, error: execution.standardError))
                    } catch is CancellationError {
                        return nil
                    } catch {
                        return .failure(IntakeError(code: "pdf-failed", message: "\(fileName): cannot run \(tool): \(error)"))
                    }
                }
                group.addTask {
                    try? await Task.sleep(for: .seconds(timeout))
                    return .failure(IntakeError(code: "pdf-timeout", message: "\(fileName): \(tool) did not finish within \(timeout) s"))
                }
                var first: Result<Outcome, IntakeError>?
                while let next = await group.next() {
                    if let next { first = next; break }
                }
                group.cancelAll()
                return first ?? .failure(IntakeError(code: "pdf-timeout", message: "\(fileName): \(tool) was cancelled"))
            }
        }
        return try result.get()
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
