import Foundation
import Logging
import Platform

/// Finds, checks and builds the external plugins of a plugins folder (`config/plugins.d/`,
/// `/etc/undocd/plugins.d/` when installed). One manifest per `*.toml` file, read in name order.
public enum ExternalPluginLoader {
    /// A manifest that passed every check, whether enabled or not (for `undocd plugins` and `check-config`).
    public struct Entry: Sendable {
        /// The validated manifest.
        public var manifest: PluginManifest
        /// How its workers would be started.
        public var plan: LaunchPlan
    }

    /// Reads and checks every manifest without starting anything.
    ///
    /// - Parameters:
    ///   - directory: the plugins folder. A missing folder is not an error (no plugins).
    ///   - trustedOwner: besides root, the user who may own plugin files (the config file's owner);
    ///     `nil` means the daemon's own user.
    ///   - configuration: supplies `searchPath` for finding programs.
    /// - Returns: the valid manifests, and a problem for every refused file or key.
    public static func scan(
        directory: String, trustedOwner: UInt32? = nil, configuration: SupervisionConfiguration = .init()
    ) -> (entries: [Entry], problems: [ManifestProblem]) {
        let folder = PathText.resolve(directory, against: FileManager.default.currentDirectoryPath)
        let trust = TrustCheck(trustedOwners: [0, trustedOwner ?? ProcessControl.effectiveUserID])
        guard FileManager.default.fileExists(atPath: folder) else { return ([], []) }
        do {
            try trust.check(folder, as: "plugins folder", allowSymbolicLink: true)
        } catch {
            return ([], [error])
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted()
        } catch {
            return ([], [ManifestProblem(path: folder, message: "cannot list the plugins folder: \(error.localizedDescription)")])
        }
        var entries: [Entry] = []
        var problems: [ManifestProblem] = []
        var seen: [String: String] = [:]
        for name in names {
            let path = folder + "/" + name
            do {
                let entry = try load(manifestAt: path, trust: trust, configuration: configuration)
                if let other = seen[entry.manifest.name] {
                    problems.append(ManifestProblem(path: path, key: "name", message: "\"\(entry.manifest.name)\" is already used by \(other)"))
                    continue
                }
                seen[entry.manifest.name] = path
                entries.append(entry)
            } catch {
                problems.append(contentsOf: error.problems)
            }
        }
        return (entries, problems)
    }

    /// Builds the enabled plugins of a folder; nothing starts until a document arrives.
    ///
    /// - Parameters:
    ///   - directory: the plugins folder.
    ///   - logger: given to every plugin (with `plugin` metadata) and told about refused manifests.
    ///   - trustedOwner: besides root, the user who may own plugin files; `nil` means the daemon's user.
    ///   - configuration: supervision timings and limits.
    /// - Returns: the enabled plugins and every problem found (refused files are skipped, not fatal).
    public static func load(
        directory: String, logger: Logger, trustedOwner: UInt32? = nil, configuration: SupervisionConfiguration = .init()
    ) -> (plugins: [ExternalPlugin], problems: [ManifestProblem]) {
        let (entries, problems) = scan(directory: directory, trustedOwner: trustedOwner, configuration: configuration)
        for problem in problems {
            logger.warning("external plugin refused: \(problem)", metadata: ["plugin.manifest": "\(problem.path)"])
        }
        let plugins = entries.filter(\.manifest.enabled).map {
            ExternalPlugin(manifest: $0.manifest, plan: $0.plan, configuration: configuration, logger: logger)
        }
        return (plugins, problems)
    }

    /// Reads and checks one manifest file (also what `undocd plugin-test MANIFEST` uses).
    ///
    /// - Throws: ``ManifestProblems`` naming the file and keys.
    public static func entry(
        manifestAt path: String, trustedOwner: UInt32? = nil, configuration: SupervisionConfiguration = .init()
    ) throws(ManifestProblems) -> Entry {
        let absolute = PathText.resolve(path, against: FileManager.default.currentDirectoryPath)
        let trust = TrustCheck(trustedOwners: [0, trustedOwner ?? ProcessControl.effectiveUserID])
        return try load(manifestAt: absolute, trust: trust, configuration: configuration)
    }

    static func load(manifestAt path: String, trust: TrustCheck, configuration: SupervisionConfiguration) throws(ManifestProblems) -> Entry {
        do {
            try trust.check(path, as: "manifest")
        } catch {
            throw ManifestProblems([error])
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ManifestProblems([ManifestProblem(path: path, message: "cannot read: \(error.localizedDescription)")])
        }
        let manifest = try PluginManifest.parse(text, path: path)
        do {
            let plan = try LaunchPlan(manifest: manifest, searchPath: configuration.searchPath)
            try checkProgramFiles(of: manifest, plan: plan, trust: trust)
            return Entry(manifest: manifest, plan: plan)
        } catch {
            throw ManifestProblems([error])
        }
    }

    /// The plugin's own files must be as trustworthy as its manifest: the program when it lives beside the
    /// manifest (not a system binary found on PATH), a script argument that names a file there, and the folder.
    static func checkProgramFiles(of manifest: PluginManifest, plan: LaunchPlan, trust: TrustCheck) throws(ManifestProblem) {
        var paths: [String] = []
        if manifest.command[0].contains("/") {
            paths.append(PathText.resolve(manifest.command[0], against: manifest.workingDirectory))
        }
        for argument in manifest.command.dropFirst() where !argument.hasPrefix("-") {
            let candidate = PathText.resolve(argument, against: manifest.workingDirectory)
            if FileManager.default.fileExists(atPath: candidate) { paths.append(candidate) }
        }
        for path in paths {
            try trust.check(path, as: "plugin program", allowSymbolicLink: false)
            let folder = PathText.folder(of: path)
            try trust.check(folder, as: "plugin's folder", allowSymbolicLink: true)
        }
    }
}
