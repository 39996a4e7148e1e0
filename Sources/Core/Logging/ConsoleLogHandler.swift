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
        StandardError.write(line(for: event))
    }

    /// The line written for `event`, newline included. File names and other text from outside reach this line
    /// in messages and metadata: every control character in them is escaped (see ``escaped(_:quoting:)``), so
    /// one entry is always one line and cannot drive the terminal.
    func line(for event: LogEvent) -> String {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var line = "\(WallClockTime.now().iso8601) \(event.level) \(label): \(Self.escaped(event.message.description))"
        for key in merged.keys.sorted() {
            line += " \(Self.escaped(key))=\(Self.render(merged[key]))"
        }
        return line + "\n"
    }

    /// Quotes values that are empty or contain spaces, quotes or control characters, so each line stays
    /// parseable as `key=value` pairs.
    static func render(_ value: Logger.Metadata.Value?) -> String {
        let text = value.map { "\($0)" } ?? ""
        if text.isEmpty || text.unicodeScalars.contains(where: { $0 == " " || $0 == "\"" || isUnsafe($0) }) {
            return "\"" + escaped(text, quoting: true) + "\""
        }
        return text
    }

    /// `text` safe to print on one terminal line: each C0 control (newline, tab, escape…), DEL and C1 control,
    /// and each line separator and bidirectional override (which reorder what a reader sees) is written as an
    /// escape — `\n`, `\t`, `\r`, `\x1B`, `\u{85}`, `\u{202E}`. With `quoting`, `"` and `\` are escaped too.
    ///
    /// Strings are valid Unicode, so bytes that were not UTF-8 arrive here as U+FFFD at worst; inbox names that
    /// are not UTF-8 are renamed with `%XX` for each invalid byte before they are claimed or logged.
    public static func escaped(_ text: String, quoting: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) || (quoting && ($0 == "\"" || $0 == "\\")) }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\"" where quoting, "\\" where quoting: result += "\\" + String(scalar)
            case _ where scalar.value < 0x80 && isUnsafe(scalar):
                result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            case _ where isUnsafe(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 controls, DEL, C1 controls, the line and paragraph separators and the bidirectional embeddings,
    /// overrides and isolates.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
