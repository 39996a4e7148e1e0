import Logging
import Platform

/// A readable log handler that writes one line per entry to standard error (fd 2):
/// `2026-11-22T02:40:00.123Z info undocd.pipeline: document processed document.id=sha256:… durationMs=0.8`.
///
/// The journald handler of the systemd module replaces it when the daemon runs under systemd.
public struct ConsoleLogHandler: LogHandler {
    /// The logger's label (`undocd.pipeline`).
    public let label: String
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    /// Creates a handler for `label` logging at `level` and above.
    public init(label: String, level: Logger.Level = .info) {
        self.label = label
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var line = "\(WallClockTime.now().iso8601) \(event.level) \(label): \(event.message)"
        for key in merged.keys.sorted() {
            line += " \(key)=\(Self.render(merged[key]))"
        }
        line += "\n"
        StandardError.write(line)
    }

    /// Quotes values containing spaces so each line stays parseable as `key=value` pairs.
    static func render(_ value: Logger.Metadata.Value?) -> String {
        let text = value.map { "\($0)" } ?? ""
        if text.isEmpty || text.contains(where: { $0 == " " || $0 == "\"" || $0 == "\n" }) {
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        return text
    }
}
