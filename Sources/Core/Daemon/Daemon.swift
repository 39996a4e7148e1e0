import Logging
import Platform
import PluginAPI
import ServiceLifecycle
import UnixSignals

/// Builds the plugins for a configuration (the Registry module provides the real one).
public typealias PluginFactory = @Sendable (Configuration) throws -> [any ExtractorPlugin]

/// The daemon: prepares folders, ledger and spool, recovers from an earlier crash, starts watching the inbox,
/// announces readiness, then runs the dispatch loop and the SIGHUP reloader in one `ServiceGroup` until
/// SIGTERM or SIGINT.
public struct Daemon: Sendable {
    /// The configuration in force at start.
    public let configuration: Configuration
    /// Re-reads the configuration (file and environment) for SIGHUP.
    public let reloadConfiguration: @Sendable () throws -> Configuration
    /// Builds the plugins.
    public let makePlugins: PluginFactory
    /// Told about readiness, status, reloads and the watchdog.
    public let notifier: any LifecycleNotifier
    /// The daemon's logger.
    public let logger: Logger

    /// Creates a daemon.
    public init(
        configuration: Configuration, reloadConfiguration: @escaping @Sendable () throws -> Configuration,
        makePlugins: @escaping PluginFactory, notifier: any LifecycleNotifier, logger: Logger
    ) {
        self.configuration = configuration
        self.reloadConfiguration = reloadConfiguration
        self.makePlugins = makePlugins
        self.notifier = notifier
        self.logger = logger
    }

    /// The runtime settings for a configuration: plugins built, limits resolved.
    public static func settings(for configuration: Configuration, plugins: [any ExtractorPlugin]) -> RuntimeSettings {
        let processor = DocumentProcessor(
            decoder: .init(configuration: configuration.intake),
            runner: PluginRunner(plugins: plugins, timeout: configuration.pipeline.pluginTimeout))
        return RuntimeSettings(
            context: PipelineContext(processor: processor, archive: configuration.archive, duplicates: configuration.duplicates),
            maxInFlight: configuration.pipeline.effectiveMaxInFlight(processors: System.processorCount),
            stopTimeout: configuration.pipeline.stopTimeout)
    }

    /// Runs until a graceful stop. Throws when start-up fails (after telling the notifier) or the inbox watch is lost.
    public func run() async throws {
        logger.info("starting", metadata: [UndocdMessageID.metadataKey: "\(UndocdMessageID.started)"])
        let prepared: (Dispatcher, BlockingPool, UnixSignalsSequence)
        do {
            prepared = try await prepare()
        } catch {
            logger.critical("start-up failed", metadata: ["error": "\(error)"])
            notifier.failed(errno: (error as? SystemError)?.errno ?? 22)
            throw error
        }
        let (dispatcher, pool, hangups) = prepared
        defer { pool.shutdown() }
        let reloader = ReloadService(daemon: self, dispatcher: dispatcher, signals: hangups)
        var groupConfiguration = ServiceGroupConfiguration(
            services: [dispatcher, reloader], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = configuration.pipeline.stopTimeout + .seconds(5)
        do {
            try await ServiceGroup(configuration: groupConfiguration).run()
        } catch {
            logger.critical("daemon stopped on an error", metadata: ["error": "\(error)"])
            throw error
        }
        logger.info("stopped")
    }

    private func prepare() async throws -> (Dispatcher, BlockingPool, UnixSignalsSequence) {
        let start = ContinuousClock.now
        let layout = StateLayout(paths: configuration.paths)
        try layout.create()
        let ledger = try Ledger(path: layout.ledger)
        let spool = try Spool(layout: layout)
        let pool = BlockingPool(threads: max(4, configuration.pipeline.effectiveMaxInFlight(processors: System.processorCount) / 2))
        let settings = Self.settings(for: configuration, plugins: try makePlugins(configuration))
        var jobLogger = logger
        jobLogger[metadataKey: "component"] = "pipeline"
        let environment = JobEnvironment(layout: layout, spool: spool, ledger: ledger, pool: pool, logger: jobLogger)
        let recovered = try await Recovery.run(context: settings.context, environment: environment)
        if recovered.requeued.count + recovered.completed + recovered.temporaryFilesRemoved > 0 {
            logger.notice("recovered from an interrupted run", metadata: [
                "requeued": "\(recovered.requeued.count)", "completed": "\(recovered.completed)",
                "tmpRemoved": "\(recovered.temporaryFilesRemoved)",
            ])
        }
        let watcher = try DirectoryWatcher(directory: layout.inbox)
        var directories: [String] = []
        let names = try Dispatcher.scan(inbox: layout.inbox) { directories.append($0) }
        for name in directories {
            logger.notice("subdirectory in the inbox ignored (only files renamed into the inbox itself are documents)",
                          metadata: ["source": "\(name)"])
        }
        let dispatcher = Dispatcher(
            environment: environment, settings: settings, watcher: watcher, notifier: notifier,
            recovered: recovered.requeued, rescanned: names, baseline: try ledger.summary(),
            wedge: configuration.testing.wedgePipeline)
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        notifier.ready()
        logger.info("ready", metadata: [
            UndocdMessageID.metadataKey: "\(UndocdMessageID.ready)",
            "inbox": "\(layout.inbox)", "spool": "\(layout.spoolNew)", "queued": "\(names.count + recovered.requeued.count)",
            "maxInFlight": "\(settings.maxInFlight)", "durationMs": "\((ContinuousClock.now - start).milliseconds.rounded3)",
        ])
        return (dispatcher, pool, hangups)
    }
}
