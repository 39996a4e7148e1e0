import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads the configuration on SIGHUP. A configuration that does not load, or whose plugins cannot be built, is
/// rejected with one log line and the old one stays in force; documents in flight finish with the settings they
/// started with, so nothing is dropped or done twice.
struct ReloadService: Service {
    let daemon: Daemon
    let dispatcher: Dispatcher
    /// Trapping starts when this is created (before READY), so an early SIGHUP is queued rather than fatal.
    let signals: UnixSignalsSequence

    func run() async throws {
        for await _ in signals.cancelOnGracefulShutdown() {
            reload()
        }
    }

    func reload() {
        daemon.notifier.reloading()
        defer { daemon.notifier.ready() }
        let logger = daemon.logger
        do {
            let new = try daemon.reloadConfiguration()
            let plugins = try daemon.makePlugins(new)
            dispatcher.update(Daemon.settings(for: new, plugins: plugins))
            let old = daemon.configuration
            if new.paths != old.paths || new.logging != old.logging || new.testing != old.testing {
                logger.warning("configuration reloaded, but [paths], [logging] and [testing] changes take effect only after a restart")
            }
            logger.info("configuration reloaded", metadata: [
                UndocdMessageID.metadataKey: "\(UndocdMessageID.reloaded)", "plugins": "\(plugins.map(\.descriptor.name).joined(separator: ","))"])
        } catch {
            logger.error("configuration reload rejected; the previous configuration stays in force", metadata: ["error": "\(error)"])
        }
    }
}
