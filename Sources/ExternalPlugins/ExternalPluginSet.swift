import Logging
import Synchronization

/// The external plugins of one plugins folder across reloads: what the daemon keeps so that SIGHUP picks up
/// added, changed and removed manifests without restarting the plugins that did not change.
public final class ExternalPluginSet: Sendable {
    private let logger: Logger
    private let trustedOwner: UInt32?
    private let configuration: SupervisionConfiguration
    private let state = Mutex(State())

    private struct State {
        var current: [ExternalPlugin] = []
        var retired: [ExternalPlugin] = []
    }

    /// Creates an empty set; call ``reload(directory:reservedNames:)`` to fill it.
    ///
    /// - Parameters:
    ///   - logger: for the plugins and for refused manifests.
    ///   - trustedOwner: besides root, the user who may own plugin files (the config's owner); `nil` = the daemon's user.
    ///   - configuration: supervision timings and limits.
    public init(logger: Logger, trustedOwner: UInt32? = nil, configuration: SupervisionConfiguration = .init()) {
        self.logger = logger
        self.trustedOwner = trustedOwner
        self.configuration = configuration
    }

    /// The enabled plugins after the last reload, in manifest-file order.
    public var plugins: [ExternalPlugin] { state.withLock { $0.current } }

    /// Re-reads the plugins folder. A plugin whose manifest and launch plan are unchanged, and which is not
    /// disabled, keeps its running workers; new manifests become new plugins; changed, removed and disabled
    /// ones are retired (their queued documents are still handled, then their workers stop). Does not block.
    ///
    /// - Parameters:
    ///   - directory: the plugins folder.
    ///   - reservedNames: names external plugins may not take (the built-in extractors').
    /// - Returns: the enabled plugins now, and every problem found (each also logged).
    @discardableResult
    public func reload(directory: String, reservedNames: Set<String> = []) -> (plugins: [ExternalPlugin], problems: [ManifestProblem]) {
        var (entries, problems) = ExternalPluginLoader.scan(directory: directory, trustedOwner: trustedOwner, configuration: configuration)
        entries.removeAll { entry in
            guard reservedNames.contains(entry.manifest.name) else { return false }
            problems.append(ManifestProblem(path: entry.manifest.path, key: "name", message: "\"\(entry.manifest.name)\" is a built-in extractor's name"))
            return true
        }
        for problem in problems {
            logger.warning("external plugin refused: \(problem)", metadata: ["plugin.manifest": "\(problem.path)"])
        }
        let plugins: [ExternalPlugin] = state.withLock { state in
            var keep: [ExternalPlugin] = []
            var next: [ExternalPlugin] = []
            for entry in entries where entry.manifest.enabled {
                if let running = state.current.first(where: {
                    $0.manifest == entry.manifest && $0.plan == entry.plan && $0.status.disabledReason == nil
                }) {
                    keep.append(running)
                    next.append(running)
                } else {
                    next.append(ExternalPlugin(manifest: entry.manifest, plan: entry.plan, configuration: configuration, logger: logger))
                }
            }
            for old in state.current where !keep.contains(where: { $0 === old }) {
                old.retire(reason: "replaced or removed by a reload")
                state.retired.append(old)
            }
            state.retired.removeAll(where: \.isStopped)
            state.current = next
            return next
        }
        logger.info("external plugins loaded", metadata: ["plugins": "\(plugins.map(\.descriptor.name))", "problems": "\(problems.count)"])
        return (plugins, problems)
    }

    /// Stops every plugin, current and retired, in parallel, and waits until all their workers are reaped.
    public func shutdown() async {
        let (current, retired) = state.withLock { state in
            defer {
                state.current = []
                state.retired = []
            }
            return (state.current, state.retired)
        }
        // All at once: each may take two grace periods if its workers ignore `shutdown` and SIGTERM.
        await withTaskGroup(of: Void.self) { group in
            for plugin in current { group.addTask { await plugin.shutdown() } }
            for plugin in retired { group.addTask { await plugin.waitUntilStopped() } }
        }
    }
}
