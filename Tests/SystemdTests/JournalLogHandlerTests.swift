import Core
import Logging
import Platform
import Synchronization
import Testing
@testable import Systemd

/// Collects the entries a handler would send to journald.
final class CapturedEntries: Sendable {
    private let entries = Mutex<[[String]]>([])

    var all: [[String]] { entries.withLock { $0 } }

    func sink() -> JournalLogHandler.Sink {
        { [self] fields throws(SystemdError) in entries.withLock { $0.append(fields.lines) } }
    }
}

@Suite("Journal log handler")
struct JournalLogHandlerTests {
    let captured = CapturedEntries()

    func logger(level: Logger.Level = .info) -> Logger {
        var logger = Logger(label: "undocd.test") { [captured] label in
            JournalLogHandler(label: label, identifier: "undocd", sink: captured.sink())
        }
        logger.logLevel = level
        return logger
    }

    @Test("an entry carries the message, priority, identifier and source location")
    func standardFields() throws {
        logger().warning("inbox is filling up")
        let entry = try #require(captured.all.first)
        #expect(entry.contains("MESSAGE=inbox is filling up"))
        #expect(entry.contains("PRIORITY=4"))
        #expect(entry.contains("SYSLOG_IDENTIFIER=undocd"))
        #expect(entry.contains("UNDOCD_LOGGER=undocd.test"))
        #expect(entry.contains { $0.hasPrefix("CODE_FILE=") && $0.hasSuffix("JournalLogHandlerTests.swift") })
        #expect(entry.contains { $0.hasPrefix("CODE_LINE=") && Int($0.dropFirst(10)) != nil })
        #expect(entry.contains("CODE_FUNC=standardFields()"))
    }

    @Test("every metadata key becomes an UNDOCD_ field, the message id becomes MESSAGE_ID")
    func metadataFields() throws {
        var logger = logger()
        logger[metadataKey: "source"] = "inbox"
        logger.info(
            "document processed",
            metadata: [
                UndocdMessageID.metadataKey: "\(UndocdMessageID.documentProcessed)",
                "document.id": "S-2020-1234",
                "durationMs": "\(3)",
                "plugin": "citations",
                "status": "ok",
            ])
        let entry = try #require(captured.all.first)
        #expect(entry.contains("MESSAGE_ID=\(UndocdMessageID.documentProcessed)"))
        #expect(entry.contains("UNDOCD_DOCUMENT_ID=S-2020-1234"))
        #expect(entry.contains("UNDOCD_DURATION_MS=3"))
        #expect(entry.contains("UNDOCD_PLUGIN=citations"))
        #expect(entry.contains("UNDOCD_STATUS=ok"))
        #expect(entry.contains("UNDOCD_SOURCE=inbox"))
        #expect(!entry.contains { $0.hasPrefix("UNDOCD_MESSAGE_ID") })
    }

    @Test("metadata given with the event wins over the logger's own")
    func eventMetadataWins() throws {
        var logger = logger()
        logger[metadataKey: "status"] = "pending"
        logger.info("x", metadata: ["status": "done"])
        let entry = try #require(captured.all.first)
        #expect(entry.filter { $0.hasPrefix("UNDOCD_STATUS=") } == ["UNDOCD_STATUS=done"])
    }

    @Test("newlines in a message survive as one field")
    func multilineMessage() throws {
        logger().error("plugin failed:\nline two")
        let entry = try #require(captured.all.first)
        #expect(entry.contains("MESSAGE=plugin failed:\nline two"))
        #expect(entry.contains("PRIORITY=3"))
    }

    @Test("entries below the logger's level are not written")
    func levelFilter() {
        logger(level: .notice).info("quiet")
        #expect(captured.all.isEmpty)
    }

    @Test(
        "levels map to syslog priorities",
        arguments: [
            (Logger.Level.trace, 7), (.debug, 7), (.info, 6), (.notice, 5), (.warning, 4), (.error, 3),
            (.critical, 2),
        ])
    func priorities(level: Logger.Level, priority: Int) {
        #expect(level.journalPriority == priority)
    }
}
