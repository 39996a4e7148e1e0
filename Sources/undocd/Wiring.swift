import Core
import Logging
import PluginAPI
import Registry

/// The wiring of the executable: the only place that picks the log handler, the lifecycle notifier and the
/// plugin factory. The systemd integration plugs in here (see ``bootstrap(_:)``).
enum Wiring {
    /// Bootstraps swift-log and returns the notifier the daemon reports its lifecycle to.
    ///
    /// Today: a readable console handler on standard error and the ``Core/SilentNotifier``.
    /// SYSTEMD HOOK: when `settings.journal` is `always`, or `auto` and the process runs under systemd, bootstrap the
    /// journald handler instead, and return the sd_notify notifier when `NOTIFY_SOCKET` is set.
    static func bootstrap(_ settings: Configuration.LoggingSettings) -> any LifecycleNotifier {
        LoggingSystem.bootstrap { label in ConsoleLogHandler(label: label, level: settings.level) }
        return SilentNotifier()
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
