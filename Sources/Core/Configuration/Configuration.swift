import Intake
import Logging

/// Everything the daemon reads from its configuration file. Every field has a default; the file
/// (`config/undocd.toml`) documents each key, and ``Configuration/load(file:environment:knownPlugins:)`` reads it.
public struct Configuration: Sendable, Equatable {
    /// The configuration file this was read from (absolute), or `nil` for built-in defaults.
    public var file: String?
    /// Where documents arrive, where results go and where the daemon keeps its state.
    public var paths: Paths
    /// Concurrency and time limits of the dispatch pipeline.
    public var pipeline: Pipeline
    /// What happens to an original once its result is durable (`[archive] originals`).
    public var archive: ArchivePolicy
    /// What happens to a file whose content was already processed (`[duplicates] policy`).
    public var duplicates: DuplicatePolicy
    /// Limits for turning bytes into documents (`[intake]`).
    public var intake: IntakeConfiguration
    /// Log level and destination (`[logging]`).
    public var logging: LoggingSettings
    /// Per-plugin switches and settings (`[plugins.<name>]`).
    public var plugins: [String: PluginSettings]
    /// Fault switches for the test-suite only (`[testing]`).
    public var testing: Testing

    /// Creates a configuration; every parameter has a default.
    public init(
        file: String? = nil, paths: Paths = .init(), pipeline: Pipeline = .init(), archive: ArchivePolicy = .keep,
        duplicates: DuplicatePolicy = .record, intake: IntakeConfiguration = .init(), logging: LoggingSettings = .init(),
        plugins: [String: PluginSettings] = [:], testing: Testing = .init()
    ) {
        self.file = file
        self.paths = paths
        self.pipeline = pipeline
        self.archive = archive
        self.duplicates = duplicates
        self.intake = intake
        self.logging = logging
        self.plugins = plugins
        self.testing = testing
    }

    /// The settings of plugin `name` (enabled, no settings when the file has no `[plugins.<name>]`).
    public func plugin(_ name: String) -> PluginSettings {
        plugins[name] ?? PluginSettings()
    }

    /// `[paths]`: absolute after loading (relative values resolve against the configuration file's folder).
    public struct Paths: Sendable, Equatable {
        /// The watched inbox (`inbox`, default `../var/inbox`).
        public var inbox: String
        /// The result spool with `tmp/` and `new/` (`spool`, default `../var/spool`).
        public var spool: String
        /// The daemon's own state: `processing/`, `archive/`, `failed/`, `ledger.sqlite` (`state`, default `../var/state`).
        public var state: String
        /// Data files the plugins read (gazetteer, taxonomy) (`data`, default `.`: the configuration file's folder).
        public var data: String
        /// External plugins' manifests, one `*.toml` each (`plugins`, default `plugins.d` beside the configuration file).
        public var plugins: String

        /// Creates paths; defaults are relative to the current directory's `config/` folder.
        public init(
            inbox: String = "var/inbox", spool: String = "var/spool", state: String = "var/state", data: String = "config",
            plugins: String = "config/plugins.d"
        ) {
            self.inbox = inbox
            self.spool = spool
            self.state = state
            self.data = data
            self.plugins = plugins
        }
    }

    /// `[pipeline]`.
    public struct Pipeline: Sendable, Equatable {
        /// Documents processed at once (`max_in_flight`, default 0 = automatic: 8 per core, because durable
        /// writes wait on the disk and overlap well).
        public var maxInFlight: Int
        /// Longest time one plugin may take on one document (`plugin_timeout_seconds`, default 10).
        public var pluginTimeout: Duration
        /// Longest time a graceful stop waits for documents in flight (`stop_timeout_seconds`, default 30).
        public var stopTimeout: Duration

        /// Creates pipeline settings.
        public init(maxInFlight: Int = 0, pluginTimeout: Duration = .seconds(10), stopTimeout: Duration = .seconds(30)) {
            self.maxInFlight = maxInFlight
            self.pluginTimeout = pluginTimeout
            self.stopTimeout = stopTimeout
        }

        /// ``maxInFlight`` with 0 resolved for `processors` cores.
        public func effectiveMaxInFlight(processors: Int) -> Int {
            maxInFlight > 0 ? maxInFlight : max(4, processors * 8)
        }
    }

    /// `[archive] originals`.
    public enum ArchivePolicy: String, Sendable, Equatable, CaseIterable {
        /// Move the original to `state/archive/`.
        case keep
        /// Delete the original.
        case delete
    }

    /// `[duplicates] policy`.
    public enum DuplicatePolicy: String, Sendable, Equatable, CaseIterable {
        /// Record the duplicate in the ledger, log it and archive it without a second result.
        case record
        /// Process it again and write another result.
        case reprocess
    }

    /// `[logging]`.
    public struct LoggingSettings: Sendable, Equatable {
        /// Lowest level logged (`level`, default `info`).
        public var level: Logger.Level
        /// Whether to log to the systemd journal (`journal`, default `auto`: when started by systemd).
        public var journal: JournalMode

        /// Creates logging settings.
        public init(level: Logger.Level = .info, journal: JournalMode = .auto) {
            self.level = level
            self.journal = journal
        }
    }

    /// `[logging] journal`.
    public enum JournalMode: String, Sendable, Equatable, CaseIterable {
        case auto, always, never
    }

    /// `[plugins.<name>]`.
    public struct PluginSettings: Sendable, Equatable {
        /// Whether the plugin runs (`enabled`, default true).
        public var enabled: Bool
        /// Every other key of the table, as strings, handed to the plugin's `PluginEnvironment.settings`.
        public var settings: [String: String]

        /// Creates plugin settings.
        public init(enabled: Bool = true, settings: [String: String] = [:]) {
            self.enabled = enabled
            self.settings = settings
        }
    }

    /// `[testing]`: fault switches that exist only so the test-suite can prove recovery paths. Never set in production.
    public struct Testing: Sendable, Equatable {
        /// Wedge the claim/dispatch loop after start-up so that it stops pinging the watchdog
        /// (`wedge_pipeline`, default false; also `UNDOCD_TEST_WEDGE_PIPELINE=1`).
        public var wedgePipeline: Bool

        /// Creates testing switches (all off).
        public init(wedgePipeline: Bool = false) {
            self.wedgePipeline = wedgePipeline
        }
    }
}
