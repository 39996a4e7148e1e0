import Core
import Logging
import Platform

/// The wiring entry points of the systemd integration, for the executable.
public enum Systemd {
    /// The lifecycle notifier for this process: a ``SystemdNotifier`` when systemd gave it a notification
    /// socket (`NOTIFY_SOCKET`), a `SilentNotifier` otherwise.
    ///
    /// - Parameter logger: Where a malformed watchdog environment or a failed notification is reported.
    public static func makeNotifier(logger: Logger? = nil) -> any LifecycleNotifier {
        guard SystemdNotify.hasNotifySocket else { return SilentNotifier() }
        do {
            return SystemdNotifier(watchdogTimeout: try SystemdNotify.watchdogTimeout(), logger: logger)
        } catch {
            logger?.warning("ignoring the watchdog settings systemd passed", metadata: ["error": "\(error)"])
            return SystemdNotifier(watchdogTimeout: nil, logger: logger)
        }
    }

    /// Whether log entries should go to the journal: `mode`, and in `auto` whether standard error
    /// is the journal stream systemd connected (`JOURNAL_STREAM` names fd 2's device and inode).
    public static func usesJournal(_ mode: Configuration.JournalMode) -> Bool {
        mode.usesJournal(standardErrorIsJournal: SystemdJournal.isStandardErrorConnected())
    }

    /// Bootstraps swift-log once for the process: native journal entries or the console handler.
    ///
    /// Call it before creating any `Logger`.
    /// - Parameters:
    ///   - mode: The `[logging] journal` setting.
    ///   - level: The lowest level logged.
    ///   - identifier: The `SYSLOG_IDENTIFIER` of journal entries.
    ///   - console: Makes the handler for a label when the journal is not used.
    /// - Returns: Whether the journal was chosen.
    @discardableResult
    public static func bootstrapLogging(
        mode: Configuration.JournalMode,
        level: Logger.Level,
        identifier: String = "undocd",
        console: @escaping @Sendable (String) -> any LogHandler = { StreamLogHandler.standardError(label: $0) }
    ) -> Bool {
        let journal = usesJournal(mode)
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = journal ? JournalLogHandler(label: label, identifier: identifier) : console(label)
            handler.logLevel = level
            return handler
        }
        return journal
    }
}
