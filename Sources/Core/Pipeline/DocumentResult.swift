import Foundation
import Platform
import PluginAPI

/// How one extractor fared on one document (`extractors.<name>` in the result).
public struct ExtractorOutcome: Sendable, Equatable {
    /// `ok | failed | timeout | skipped`.
    public enum Status: String, Sendable, Equatable {
        case ok, failed, timeout, skipped
    }

    /// The plugin's name (the key under `extractors`).
    public var name: String
    /// The plugin's version.
    public var version: String
    /// What happened.
    public var status: Status
    /// Wall time spent in the plugin, in milliseconds.
    public var durationMs: Double
    /// The encoded `data` JSON value (only for `ok`).
    public var data: [UInt8]?
    /// `error.code` and `error.message` (for everything but `ok`).
    public var error: PluginError?
}

/// The one result of one document, as written to the spool and printed by `undocd process`
/// (the contract is `schema/result-v1.schema.json`).
public struct DocumentResult: Sendable {
    /// `complete | partial | failed`.
    public enum Status: String, Sendable, Equatable {
        case complete, partial, failed
    }

    /// `sha256:<hex>` of the original bytes.
    public var id: String
    /// Facts about the original file.
    public var source: SourceInfo
    /// The detected language.
    public var language: Language
    /// When processing finished.
    public var processedAt: WallClockTime
    /// The extractors' outcomes, in registration order.
    public var extractors: [ExtractorOutcome]

    /// Creates a result.
    public init(id: String, source: SourceInfo, language: Language, processedAt: WallClockTime, extractors: [ExtractorOutcome]) {
        self.id = id
        self.source = source
        self.language = language
        self.processedAt = processedAt
        self.extractors = extractors
    }

    /// `complete` when every extractor that ran succeeded, `failed` when none did, `partial` otherwise.
    public var status: Status {
        let ran = extractors.filter { $0.status != .skipped }
        let succeeded = ran.filter { $0.status == .ok }.count
        if succeeded == ran.count { return .complete }
        return succeeded == 0 ? .failed : .partial
    }

    /// The 64 hex digits of the content hash.
    public var hexDigest: String {
        id.hasPrefix("sha256:") ? String(id.dropFirst(7)) : id
    }

    /// The spool file name: sorts by time and carries the first 16 hex digits of the hash
    /// (`20261122T024000.123Z-9f2c1e0a4b7d3c21.json`).
    public var fileName: String {
        "\(processedAt.compact)-\(hexDigest.prefix(16)).json"
    }

    /// The result as compact UTF-8 JSON (no trailing newline).
    public func json() -> [UInt8] {
        var out = JSONWriter(capacity: 512 + extractors.reduce(0) { $0 + ($1.data?.count ?? 64) })
        out.raw("{\"schema\":\"undocd/result/v1\",\"document\":{\"id\":")
        out.string(id)
        out.raw(",\"source\":")
        out.string(source.fileName)
        out.raw(",\"bytes\":")
        out.integer(source.byteCount)
        out.raw(",\"mediaType\":")
        out.string(source.mediaType.rawValue)
        if let encoding = source.encoding {
            out.raw(",\"encoding\":")
            out.string(encoding)
        }
        out.raw(",\"language\":")
        out.string(language.rawValue)
        out.raw(",\"receivedAt\":")
        out.string(WallClockTime(source.receivedAt).iso8601)
        out.raw(",\"processedAt\":")
        out.string(processedAt.iso8601)
        out.raw("},\"status\":")
        out.string(status.rawValue)
        out.raw(",\"extractors\":{")
        for (index, outcome) in extractors.enumerated() {
            if index > 0 { out.raw(",") }
            out.key(outcome.name)
            out.raw("{\"version\":")
            out.string(outcome.version)
            out.raw(",\"status\":")
            out.string(outcome.status.rawValue)
            out.raw(",\"durationMs\":")
            out.milliseconds(outcome.durationMs)
            if let data = outcome.data, outcome.status == .ok {
                out.raw(",\"data\":")
                out.raw(data)
            } else if let error = outcome.error {
                out.raw(",\"error\":{\"code\":")
                out.string(error.code)
                out.raw(",\"message\":")
                out.string(error.message)
                out.raw("}")
            }
            out.raw("}")
        }
        out.raw("}}")
        return out.bytes
    }
}

extension WallClockTime {
    /// The time of a Foundation `Date`, to the millisecond.
    public init(_ date: Date) {
        self.init(millisecondsSinceEpoch: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }

    /// The same instant as a Foundation `Date`.
    public var date: Date {
        Date(timeIntervalSince1970: Double(millisecondsSinceEpoch) / 1000)
    }
}
