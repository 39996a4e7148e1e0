import Core
import Logging
import PluginAPI
import Registry
import Systemd

/// The wiring of the executable: the only place that picks the log handler, the lifecycle notifier and the
/// plugin factory. The systemd integration plugs in here (see ``bootstrap(_:)``).
enum Wiring {
    /// Bootstraps swift-log and returns the notifier the daemon reports its lifecycle to.
    ///
    /// Journal entries when `settings.journal` is `always`, or `auto` and standard error is the journal (started by
    /// systemd); the readable console handler otherwise. The sd_notify notifier when systemd passed `NOTIFY_SOCKET`,
    /// the silent one otherwise.
    static func bootstrap(_ settings: Configuration.LoggingSettings) -> any LifecycleNotifier {
        Systemd.bootstrapLogging(mode: settings.journal, level: settings.level) { label in
            ConsoleLogHandler(label: label, level: settings.level)
        }
        return Systemd.makeNotifier(logger: Logger(label: "undocd.systemd"))
    }

    /// Builds the registry's plugins for a configuration.
    static let makePlugins: PluginFactory = { configuration in
        try Registry.makePlugins(dataDirectory: configuration.paths.data, switches: switches(configuration))
    }

    /// The `[plugins.<name>]` tables as the registry's switches.
    static func switches(_ configuration: Configuration) -> [String: Registry.PluginSwitch] {
        configuration.plugins.mapValues { Registry.PluginSwitch(enabled: $0.enabled, settings: $0.settings) }
    }
}
