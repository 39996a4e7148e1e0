import ArgumentParser
import Core
import ExternalPlugins
import Logging
import Platform

/// `undocd run`: the daemon.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: watch the inbox, process each document, write results to the spool.",
        discussion: """
            Creates the inbox, spool and state folders if missing, re-processes anything an earlier run left in \
            <state>/processing/, removes leftovers in <spool>/tmp/, processes everything already in the inbox, \
            then watches it (inotify). Runs in the foreground and logs to standard error (or the journal).

            SIGNALS
              SIGTERM, SIGINT  stop claiming, finish documents in flight (up to [pipeline] stop_timeout_seconds), exit 0.
              SIGHUP           reload the configuration; a bad one is rejected with a log line and the old one stays.
            """)

    @OptionGroup var options: ConfigOptions

    func run() async throws {
        System.unblockAllSignals()
        let configuration: Configuration
        do {
            configuration = try options.load()
        } catch {
            // Tell systemd why start-up failed (ERRNO=22, EINVAL) before exiting with EX_CONFIG.
            Wiring.bootstrapLogging(.init())
            Logger(label: "undocd").critical("configuration error; not starting", metadata: ["error": "\(error)"])
            Wiring.makeNotifier().failed(errno: 22)
            throw ExitCode(78)
        }
        Wiring.bootstrapLogging(configuration.logging)
        let notifier = Wiring.makeNotifier()
        let logger = Logger(label: "undocd")
        let external = ExternalPluginSet(logger: Logger(label: "undocd.plugins"))
        let daemon = Daemon(
            configuration: configuration, reloadConfiguration: { try options.load() },
            makePlugins: Wiring.makePlugins(external: external), notifier: notifier, logger: logger)
        do {
            try await daemon.run()
        } catch {
            await external.shutdown()
            throw ExitCode.failure
        }
        // Stops every external plugin's workers (shutdown message, then SIGTERM, then SIGKILL) and reaps them.
        await external.shutdown()
    }
}
