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

    /// Bootstraps swift-log once for the process: journal entries or console lines on standard error.
    ///
    /// Call it before creating any `Logger`. In ``JournalMode/auto`` the journal is chosen when standard error
    /// is the journal stream systemd connected (`JOURNAL_STREAM` matches fd 2).
    /// - Parameters:
    ///   - mode: The `[logging] journal` setting.
    ///   - level: The lowest level logged.
    ///   - identifier: The `SYSLOG_IDENTIFIER` of journal entries.
    ///   - metadataProvider: Contextual metadata added to every entry.
    /// - Returns: Whether the journal was chosen.
    @discardableResult
    public static func bootstrapLogging(
        mode: JournalMode,
        level: Logger.Level,
        identifier: String = "undocd",
        metadataProvider: Logger.MetadataProvider? = nil
    ) -> Bool {
        let journal = mode.usesJournal(standardErrorIsJournal: SystemdJournal.isStandardErrorConnected())
        LoggingSystem.bootstrap({ label, metadataProvider in
            var handler: any LogHandler =
                journal
                ? JournalLogHandler(label: label, identifier: identifier, metadataProvider: metadataProvider)
                : StreamLogHandler.standardError(label: label, metadataProvider: metadataProvider)
            handler.logLevel = level
            return handler
        }, metadataProvider: metadataProvider)
        return journal
    }
}
