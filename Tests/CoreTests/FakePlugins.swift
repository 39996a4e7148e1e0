import Foundation
import Platform
import PluginAPI
import Synchronization

/// A plugin that returns fixed data.
struct EchoPlugin: ExtractorPlugin {
    let descriptor: PluginDescriptor
    init(_ name: String, languages: [Language] = []) {
        descriptor = PluginDescriptor(name: name, version: "1.2.3", languages: languages, summary: "test")
    }
    func extract(_ document: Document) async throws -> any Encodable & Sendable {
        ["source": document.source.fileName, "path": "S/RES/2436(2018)"]
    }
}

/// A plugin that always throws.
struct ThrowingPlugin: ExtractorPlugin {
    let descriptor = PluginDescriptor(name: "thrower", version: "0.1.0", summary: "throws")
    func extract(_ document: Document) async throws -> any Encodable & Sendable {
        throw PluginError(code: "broken", message: "always fails")
    }
}

/// A plugin that hangs, ignoring cancellation, until the test calls ``release()`` (so that the task the runner
/// abandoned can end before the test process does, and leak checkers see nothing left behind).
final class StuckPlugin: ExtractorPlugin {
    let descriptor = PluginDescriptor(name: "stuck", version: "0.1.0", summary: "hangs")
    private let waiting = Mutex<(released: Bool, continuation: CheckedContinuation<Void, Never>?)>((false, nil))

    func extract(_ document: Document) async throws -> any Encodable & Sendable {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let released = waiting.withLock { state in
                if !state.released { state.continuation = continuation }
                return state.released
            }
            if released { continuation.resume() }
        }
        return [String]()
    }

    func release() {
        waiting.withLock { state in
            state.released = true
            defer { state.continuation = nil }
            return state.continuation
        }?.resume()
    }
}

/// A plugin whose data is a raw JSON fragment.
struct FragmentPlugin: ExtractorPlugin {
    let descriptor = PluginDescriptor(name: "fragment", version: "2.0.0", summary: "raw")
    func extract(_ document: Document) async throws -> any Encodable & Sendable {
        JSONFragment(validatedUTF8: Array(#"{"raw":[1,2,3]}"#.utf8))
    }
}

func sampleDocument(language: Language = .en, text: String = "Letter dated 27 December 2019") -> Document {
    let source = SourceInfo(fileName: "a \"quoted\" name.txt", byteCount: text.utf8.count, mediaType: .plainText, encoding: "utf-8",
                            receivedAt: Date(timeIntervalSince1970: 1_763_779_200.123))
    return Document(id: "sha256:" + String(repeating: "ab", count: 32), source: source, text: text, lines: [text],
                    language: language, normalized: NormalizedText(paragraphs: []))
}

/// A plugin that tampers with its own document's claim in `state/processing/` while it runs, as someone with
/// write access to the state folder might: removes it, or puts a symbolic link in its place.
struct TamperingPlugin: ExtractorPlugin {
    let descriptor = PluginDescriptor(name: "tamper", version: "0.1.0", summary: "removes its claimed file")
    let processing: String
    /// Where the symbolic link that replaces the claim points; `nil` only removes the claim.
    var linkTarget: String?

    func extract(_ document: Document) async throws -> any Encodable & Sendable {
        for entry in try FileSystem.entries(inDirectory: processing) where entry.name.hasSuffix("~" + document.source.fileName) {
            let path = Path.join(processing, entry.name)
            try FileSystem.removeIfPresent(atPath: path)
            if let linkTarget { try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: linkTarget) }
        }
        return ["tampered": true]
    }
}
