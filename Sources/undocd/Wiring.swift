import Core
import ExternalPlugins
import Logging
import PluginAPI
import Registry
import Systemd

/// The wiring of the executable: the only place that picks the log handler, the lifecycle notifier and the
/// plugin factory.
enum Wiring {
    /// Bootstraps swift-log once for the process: journald entries when `[logging] journal` says so (`auto`: when
    /// standard error is systemd's journal stream), otherwise the readable console handler on standard error.
    static func bootstrapLogging(_ settings: Configuration.LoggingSettings) {
        Systemd.bootstrapLogging(mode: settings.journal, level: settings.level) { label in
            ConsoleLogHandler(label: label, level: settings.level)
        }
    }

    /// The notifier the daemon reports its lifecycle to: sd_notify when systemd gave a `NOTIFY_SOCKET`
    /// (with the watchdog interval it asked for), a silent one otherwise.
    static func makeNotifier() -> any LifecycleNotifier {
        Systemd.makeNotifier(logger: Logger(label: "undocd.systemd"))
    }

    /// Builds the registry's built-in plugins for a configuration.
    static let makePlugins: PluginFactory = { configuration in
        try Registry.makePlugins(dataDirectory: configuration.paths.data, switches: switches(configuration))
    }

    /// Builds the built-in plugins and (re)loads the external ones into `external`, which keeps their workers
    /// across reloads; the caller awaits `external.shutdown()` before exiting.
    static func makePlugins(external: ExternalPluginSet) -> PluginFactory {
        { configuration in
            try Registry.makePlugins(
                dataDirectory: configuration.paths.data, switches: switches(configuration),
                external: (external, configuration.paths.plugins))
        }
    }

    /// The `[plugins.<name>]` tables as the registry's switches.
    static func switches(_ configuration: Configuration) -> [String: Registry.PluginSwitch] {
        configuration.plugins.mapValues { Registry.PluginSwitch(enabled: $0.enabled, settings: $0.settings) }
    }
}
