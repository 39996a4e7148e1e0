import CitationsPlugin
import Foundation
import Gazetteer
import Intake
import MetadataPlugin
import PluginAPI
import SpeakersPlugin
import TopicsPlugin

/// What one fuzzing run aims at.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// `DocumentDecoder.decode` on raw bytes: media sniffing, text decoding, DOCX, normalization.
    case decode
    /// `Normalizer.normalize` on any UTF-8 text, in both line modes.
    case normalize
    /// Each built-in extractor on whatever the decoder makes of the input, then JSON encoding of its data.
    case metadata, citations, speakers, topics
}

/// A broken promise found while running one input: the fuzzer reports it as a crash.
struct InvariantViolation: Error, CustomStringConvertible {
    var target: FuzzTarget
    var problems: [String]
    var description: String { "\(target.rawValue): " + problems.joined(separator: "; ") }
}

/// Runs one input through one target and checks every promise the output makes.
struct FuzzHarness: Sendable {
    let target: FuzzTarget
    /// Limits far below the defaults: inflating a 256 MiB zip bomb is correct behaviour but takes seconds under
    /// AddressSanitizer, which libFuzzer would report as a hang.
    private let decoder = DocumentDecoder(configuration: IntakeConfiguration(maxBytes: 1 << 20, docxMaxUncompressedBytes: 8 << 20))
    private let plugin: (any ExtractorPlugin)?

    /// Builds the harness; plugins read their data (gazetteer, taxonomy) from `dataDirectory`.
    init(target: FuzzTarget, dataDirectory: String) throws {
        self.target = target
        let environment = PluginEnvironment(dataDirectory: dataDirectory)
        switch target {
        case .decode, .normalize: plugin = nil
        case .citations: plugin = try CitationsExtractor(environment: environment)
        case .metadata: plugin = try MetadataExtractor(environment: environment, gazetteer: try StateGazetteer.load(fromDataDirectory: dataDirectory))
        case .speakers: plugin = try SpeakersExtractor(environment: environment, gazetteer: try StateGazetteer.load(fromDataDirectory: dataDirectory))
        case .topics: plugin = try TopicsExtractor(environment: environment, gazetteer: try StateGazetteer.load(fromDataDirectory: dataDirectory))
        }
    }

    /// The repository's `config/` folder, or `$UNDOCD_DATA_DIR`.
    static var defaultDataDirectory: String {
        if let directory = ProcessInfo.processInfo.environment["UNDOCD_DATA_DIR"] { return directory }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("config").path
    }

    /// Runs `bytes` through the target.
    /// - Returns: whether the input was accepted (decoded) rather than refused with an error.
    /// - Throws: ``InvariantViolation`` when an output breaks a promise of the plugin API or the result contract.
    @discardableResult
    func run(_ bytes: [UInt8]) throws(InvariantViolation) -> Bool {
        switch target {
        case .decode:
            guard !Self.looksLikePDF(bytes), let document = decodeOrNil(bytes) else { return false }
            try check(DocumentInvariants.violations(in: document, byteCount: bytes.count))
            return true
        case .normalize:
            // The normalizer's precondition: UTF-8 text with `\n` line breaks.
            let text = String(decoding: bytes.map { $0 == 0x0D ? 0x0A : $0 }, as: UTF8.self)
            let lineCount = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            for mode in [Normalizer.LineMode.detect, .paragraphPerLine] {
                try check(DocumentInvariants.violations(in: Normalizer(lineMode: mode).normalize(text), lineCount: lineCount))
            }
            return true
        case .metadata, .citations, .speakers, .topics:
            // Give the plugin text: invalid UTF-8 is repaired so that most inputs reach the extractor.
            let text = Array(String(decoding: bytes, as: UTF8.self).utf8)
            guard let plugin, !Self.looksLikePDF(text), let document = decodeOrNil(text) else { return false }
            try check(Self.extract(plugin, document))
            return true
        }
    }

    /// PDF text comes from poppler's pdftotext in a child process under limits: fuzzing it means fuzzing poppler
    /// at a process per input, and libFuzzer's SIGALRM (its hang detector) interrupts Foundation's FileHandle
    /// reads there, which trap on EINTR. The intake's hostile-PDF tests cover that path; the sniffer takes any
    /// input with `%PDF-` in its first 1024 bytes for a PDF.
    private static func looksLikePDF(_ bytes: [UInt8]) -> Bool {
        let pattern = Array("%PDF-".utf8)
        let head = bytes.prefix(1024 + pattern.count)
        guard head.count >= pattern.count else { return false }
        return (0...(head.count - pattern.count)).contains { head[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }

    private func decodeOrNil(_ bytes: [UInt8]) -> Document? {
        try? decoder.decode(bytes: bytes, id: "sha256:fuzz", fileName: "fuzz-input", receivedAt: Date(timeIntervalSince1970: 0))
    }

    private func check(_ problems: [String]) throws(InvariantViolation) {
        if !problems.isEmpty { throw InvariantViolation(target: target, problems: problems) }
    }

    /// Runs the plugin as the daemon does and checks its encoded data. A thrown error is allowed (the daemon
    /// reports it as this extractor's failure); data that cannot be encoded or points at lines that do not
    /// exist is not.
    private static func extract(_ plugin: any ExtractorPlugin, _ document: Document) -> [String] {
        let outcome = blocking { () async -> Result<any Encodable & Sendable, any Error> in
            do { return .success(try await plugin.extract(document)) } catch { return .failure(error) }
        }
        guard case .success(let data) = outcome else { return [] }
        let json: [UInt8]
        if let fragment = data as? JSONFragment {
            json = fragment.utf8
        } else {
            do {
                json = Array(try JSONEncoder().encode(data))
            } catch {
                return ["\(plugin.descriptor.name) returned data that cannot be encoded: \(error)"]
            }
        }
        return ResultInvariants.violations(inJSON: json, lineCount: document.lines.count)
    }
}

/// Runs async work to completion from the fuzzer's synchronous callback (never called from a task).
private func blocking<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        box.value = await operation()
        done.signal()
    }
    done.wait()
    // The task stored its value before signalling, and nothing else touches the box.
    return box.value!
}

/// Hands a value from the task to the waiting thread; the semaphore orders the write before the read.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    var value: T?
}
