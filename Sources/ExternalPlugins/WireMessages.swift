import Foundation
import PluginAPI

/// The protocol version this daemon speaks (see `Plugins/PROTOCOL.md`).
let wireProtocolVersion = 1

/// What a worker asked for in its `hello` reply.
struct WorkerCapabilities: Sendable, Equatable {
    /// Send `document.text`.
    var wantsText = true
    /// Send `document.paragraphs` (and annexes and page furniture).
    var wantsParagraphs = true
    /// The name and version the worker reported (for the log).
    var name: String?
    var version: String?
}

/// Builds the lines the daemon sends. Every line starts with `{"type":…` and, for requests, `"id":…` next,
/// so that even a shell script can dispatch on a prefix.
enum WireRequest {
    static func hello(pluginName: String) -> [UInt8] {
        var writer = JSONWriter()
        writer.raw("{")
        writer.member("type")
        writer.string("hello")
        writer.member("protocol")
        writer.integer(wireProtocolVersion)
        writer.member("plugin")
        writer.string(pluginName)
        writer.raw("}\n")
        return writer.bytes
    }

    static func shutdown() -> [UInt8] {
        Array("{\"type\":\"shutdown\"}\n".utf8)
    }

    static func extract(id: UInt64, document: Document, capabilities: WorkerCapabilities) -> [UInt8] {
        var writer = JSONWriter(capacity: document.text.utf8.count * (capabilities.wantsParagraphs ? 2 : 1) + 1024)
        writer.raw("{")
        writer.member("type")
        writer.string("extract")
        writer.member("id")
        writer.string(String(id))
        writer.member("document")
        writer.raw("{")
        writer.member("id")
        writer.string(document.id)
        writer.member("language")
        writer.string(document.language.rawValue)
        writer.member("source")
        source(document.source, into: &writer)
        writer.member("lineCount")
        writer.integer(document.lines.count)
        if capabilities.wantsText {
            writer.member("text")
            writer.string(document.text)
        }
        if capabilities.wantsParagraphs {
            normalized(document.normalized, into: &writer)
        }
        writer.raw("}}\n")
        return writer.bytes
    }

    private static func source(_ source: SourceInfo, into writer: inout JSONWriter) {
        writer.raw("{")
        writer.member("fileName")
        writer.string(source.fileName)
        writer.member("bytes")
        writer.integer(source.byteCount)
        writer.member("mediaType")
        writer.string(source.mediaType.rawValue)
        writer.member("encoding")
        writer.string(orNull: source.encoding)
        writer.member("receivedAt")
        writer.string(source.receivedAt.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        writer.raw("}")
    }

    private static func normalized(_ normalized: NormalizedText, into writer: inout JSONWriter) {
        writer.member("paragraphs")
        writer.raw("[")
        for (index, paragraph) in normalized.paragraphs.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{")
            writer.member("kind")
            writer.string(paragraph.kind.rawValue)
            writer.member("text")
            writer.string(paragraph.text)
            if paragraph.folded != paragraph.text {
                writer.member("folded")
                writer.string(paragraph.folded)
            }
            if let label = paragraph.label {
                writer.member("label")
                writer.string(label)
            }
            writer.member("annex")
            writer.integer(paragraph.annex)
            writer.member("lines")
            writer.raw("[")
            writer.integer(paragraph.sourceLines.lowerBound)
            writer.raw(",")
            writer.integer(paragraph.sourceLines.upperBound)
            writer.raw("]")
            writer.member("segments")
            writer.raw("[")
            for (segmentIndex, segment) in paragraph.segments.enumerated() {
                writer.raw(segmentIndex == 0 ? "[" : ",[")
                writer.integer(segment.utf8Offset)
                writer.raw(",")
                writer.integer(segment.line)
                writer.raw("]")
            }
            writer.raw("]}")
        }
        writer.raw("]")
        writer.member("annexes")
        writer.raw("[")
        for (index, annex) in normalized.annexes.enumerated() {
            writer.raw(index == 0 ? "{" : ",{")
            writer.member("heading")
            writer.string(annex.heading)
            writer.member("title")
            writer.string(orNull: annex.title)
            writer.member("line")
            writer.integer(annex.line)
            writer.member("paragraphIndex")
            writer.integer(annex.paragraphIndex)
            writer.raw("}")
        }
        writer.raw("]")
        writer.member("furniture")
        writer.raw("{")
        writer.member("symbols")
        writer.raw("[")
        for (index, symbol) in normalized.furniture.symbols.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.string(symbol)
        }
        writer.raw("]")
        writer.member("jobNumber")
        writer.string(orNull: normalized.furniture.jobNumber)
        writer.member("pageCount")
        if let pages = normalized.furniture.pageCount { writer.integer(pages) } else { writer.raw("null") }
        writer.raw("}")
    }
}

/// A line a worker sent, understood.
enum WireReply: Equatable {
    case hello(protocolVersion: Int, capabilities: WorkerCapabilities)
    case data(id: String, json: [UInt8])
    case error(id: String, code: String, message: String)

    /// Parses one line (without its newline). Throws a ``PluginError`` with code `invalid-output` on anything
    /// that is not a well-formed reply.
    static func parse(_ line: [UInt8]) throws(PluginError) -> WireReply {
        let members: [JSONScanner.Member]
        do {
            members = try JSONScanner.objectMembers(line)
        } catch {
            throw PluginError(code: "invalid-output", message: "output is not a JSON object (\(error.reason) at byte \(error.offset)): \(preview(line))")
        }
        func string(_ key: String) -> String? {
            guard let member = members.first(where: { $0.key == key }), line[member.value.lowerBound] == UInt8(ascii: "\"") else { return nil }
            return decodeString(Array(line[member.value]))
        }
        func member(_ key: String) -> [UInt8]? {
            members.first(where: { $0.key == key }).map { Array(line[$0.value]) }
        }
        switch string("type") {
        case "hello":
            let version = member("protocol").flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 0
            var capabilities = WorkerCapabilities(name: string("name"), version: string("version"))
            if let raw = member("capabilities"), let inputs = decodeInputs(raw) {
                capabilities.wantsText = inputs.contains("text")
                capabilities.wantsParagraphs = inputs.contains("paragraphs")
            }
            return .hello(protocolVersion: version, capabilities: capabilities)
        case "result":
            guard let id = string("id") else { throw PluginError(code: "invalid-output", message: "result without a string \"id\"") }
            if let data = member("data") {
                guard data.first == UInt8(ascii: "{") else {
                    throw PluginError(code: "invalid-output", message: "\"data\" must be a JSON object: \(preview(data))")
                }
                return .data(id: id, json: data)
            }
            if let error = member("error"), let members = try? JSONScanner.objectMembers(error) {
                func field(_ key: String) -> String? {
                    guard let member = members.first(where: { $0.key == key }) else { return nil }
                    return decodeString(Array(error[member.value]))
                }
                return .error(id: id, code: field("code") ?? "plugin-error", message: field("message") ?? "")
            }
            throw PluginError(code: "invalid-output", message: "result without \"data\" or \"error\" object")
        case let other:
            throw PluginError(code: "invalid-output", message: "unexpected message type \(other.map { "\"\($0)\"" } ?? "(none)")")
        }
    }

    private static func decodeString(_ json: [UInt8]) -> String? {
        try? JSONDecoder().decode(String.self, from: Data(json))
    }

    private static func decodeInputs(_ json: [UInt8]) -> [String]? {
        struct Capabilities: Decodable { var input: [String]? }
        return (try? JSONDecoder().decode(Capabilities.self, from: Data(json)))?.input
    }

    /// The first 120 bytes of a line, for messages.
    static func preview(_ bytes: some Collection<UInt8>) -> String {
        let head = String(decoding: bytes.prefix(120), as: UTF8.self)
        return bytes.count > 120 ? head + "…" : head
    }
}
