import Core
import Logging
import Platform

/// A swift-log handler that writes native journal entries through `sd_journal_sendv`.
///
/// Each entry carries `MESSAGE`, `PRIORITY` (from the level), `SYSLOG_IDENTIFIER`, `CODE_FILE`, `CODE_LINE`,
/// `CODE_FUNC`, `UNDOCD_LOGGER` (the logger's label), every metadata key as an `UNDOCD_…` field (see
/// ``JournalFieldName``), `UNDOCD_ERROR` for an attached error, and `MESSAGE_ID` when the metadata holds
/// ``UndocdMessageID/metadataKey``. Search with `journalctl -u undocd UNDOCD_DOCUMENT_ID=…`.
///
/// Values are kept byte for byte (a file name with control characters stays searchable); journalctl shows a
/// field holding control characters other than newline and tab as a blob unless asked with `--all`, so it cannot
/// drive a terminal.
public struct JournalLogHandler: LogHandler {
    /// Where finished entries go; tests capture them instead of calling journald.
    public typealias Sink = @Sendable (JournalFields) throws(SystemdError) -> Void

    /// The logger's label (`undocd.core`), sent as `UNDOCD_LOGGER`.
    public let label: String
    /// The `SYSLOG_IDENTIFIER` of every entry (`undocd`).
    public let identifier: String
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let sink: Sink

    /// Creates a handler writing to journald.
    /// - Parameters:
    ///   - label: The logger's label.
    ///   - identifier: The syslog identifier of the entries.
    ///   - metadataProvider: Contextual metadata added to every entry.
    public init(label: String, identifier: String = "undocd", metadataProvider: Logger.MetadataProvider? = nil) {
        self.init(label: label, identifier: identifier, metadataProvider: metadataProvider) { fields throws(SystemdError) in
            try SystemdJournal.send(fields)
        }
    }

    /// Creates a handler handing its entries to `sink` (for tests).
    public init(label: String, identifier: String, metadataProvider: Logger.MetadataProvider? = nil, sink: @escaping Sink) {
        self.label = label
        self.identifier = identifier
        self.metadataProvider = metadataProvider
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let fields = entry(for: event)
        do {
            try sink(fields)
        } catch {
            // The journal is the log: there is nowhere better to report that it refused an entry.
            StandardError.write(ConsoleLogHandler.escaped("undocd: journal refused an entry (\(error)): \(event.message)") + "\n")
        }
    }

    /// The journal fields of one event.
    func entry(for event: LogEvent) -> JournalFields {
        var fields = JournalFields()
        fields.append("MESSAGE", event.message.description)
        fields.append("PRIORITY", String(event.level.journalPriority))
        fields.append("SYSLOG_IDENTIFIER", identifier)
        fields.append("CODE_FILE", event.file)
        fields.append("CODE_LINE", String(event.line))
        fields.append("CODE_FUNC", event.function)
        fields.append("UNDOCD_LOGGER", label)
        if let error = event.error { fields.append("UNDOCD_ERROR", String(describing: error)) }

        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let explicit = event.metadata { merged.merge(explicit) { _, new in new } }
        // Sorted so that entries are reproducible (and tests stable).
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            if key == UndocdMessageID.metadataKey {
                fields.append("MESSAGE_ID", value.description)
            } else {
                fields.append(JournalFieldName.forMetadataKey(key), value.journalValue)
            }
        }
        return fields
    }
}

extension Logger.Level {
    /// The syslog priority journald files this level under (`PRIORITY=`).
    public var journalPriority: Int {
        switch self {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }
}

extension Logger.MetadataValue {
    /// The field value: strings as they are, everything else as swift-log prints it.
    fileprivate var journalValue: String {
        switch self {
        case .string(let text): text
        case .stringConvertible(let value): value.description
        default: description
        }
    }
}
