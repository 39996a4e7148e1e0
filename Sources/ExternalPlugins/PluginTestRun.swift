import Logging
import PluginAPI
import Synchronization

/// What `undocd plugin-test MANIFEST FILE` shows a plugin author: the exchange and the outcome.
public struct PluginTestReport: Sendable {
    /// The worker's command line after sandbox wrappers.
    public var commandLine: [String]
    /// Every protocol line, in order (hello, its reply, the request, the reply).
    public var exchange: [ExchangeLine]
    /// The plugin's data, or the error the daemon would write into the result.
    public var result: Result<JSONFragment, PluginError>
    /// Time from sending the document to receiving the reply, including the worker's start.
    public var duration: Duration

    /// A readable transcript: `→` lines went to the plugin, `←` lines came back; long lines are cut
    /// to `lineLimit` bytes.
    public func transcript(lineLimit: Int = 600) -> String {
        var text = "$ " + commandLine.joined(separator: " ") + "\n"
        for line in exchange {
            let arrow = line.direction == .toPlugin ? "→ " : "← "
            let head = String(decoding: line.bytes.prefix(lineLimit), as: UTF8.self)
            let rest = line.bytes.count - min(line.bytes.count, lineLimit)
            text += arrow + head + (rest > 0 ? " …(\(rest) more bytes)" : "") + "\n"
        }
        let milliseconds = Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000
        switch result {
        case .success(let data):
            text += "ok in \(Int(milliseconds.rounded())) ms: extractors.<name>.data = \(String(decoding: data.utf8, as: UTF8.self))\n"
        case .failure(let error):
            text += "failed in \(Int(milliseconds.rounded())) ms: \(error.code): \(error.message)\n"
        }
        return text
    }
}

/// Runs one plugin on one document, for plugin authors (`undocd plugin-test`).
public enum PluginTestRun {
    /// Loads the manifest (enabled or not, with every check the daemon makes), starts one worker, sends the
    /// document, stops the worker, and returns the exchange.
    ///
    /// - Parameters:
    ///   - manifestPath: the manifest file.
    ///   - document: the decoded document (the CLI decodes FILE with the intake).
    ///   - logger: receives the worker's stderr and supervision messages.
    ///   - configuration: supervision timings.
    /// - Throws: ``ManifestProblems`` when the manifest is refused.
    public static func run(
        manifestPath: String, document: Document, logger: Logger, configuration: SupervisionConfiguration = .init()
    ) async throws(ManifestProblems) -> PluginTestReport {
        let entry = try ExternalPluginLoader.entry(manifestAt: manifestPath, configuration: configuration)
        let lines = Mutex<[ExchangeLine]>([])
        let plugin = ExternalPlugin(
            manifest: entry.manifest, plan: entry.plan, configuration: configuration, logger: logger,
            exchangeObserver: { line in lines.withLock { $0.append(line) } })
        let clock = ContinuousClock()
        let start = clock.now
        let result = await plugin.submit(document)
        let duration = clock.now - start
        await plugin.shutdown()
        return PluginTestReport(commandLine: entry.plan.commandLine, exchange: lines.withLock { $0 }, result: result, duration: duration)
    }
}
