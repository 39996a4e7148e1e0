import Foundation
import Platform

/// The exact program, arguments and environment a worker is started with, worked out once when the
/// manifest is loaded: `command[0]` resolved to an absolute path, and the sandbox tightening turned into
/// util-linux wrappers in front of the command.
public struct LaunchPlan: Sendable, Equatable {
    /// Absolute path of the first program run (a sandbox wrapper or the plugin itself).
    public var executable: String
    /// Its arguments (the plugin's command at the end).
    public var arguments: [String]
    /// The whole environment of the worker, `KEY=value`.
    public var environment: [String]
    /// The folder the worker starts in.
    public var workingDirectory: String

    /// Works out how to start the manifest's worker.
    ///
    /// - Parameters:
    ///   - manifest: the validated manifest.
    ///   - searchPath: where to find `command[0]` and the sandbox tools.
    ///   - daemonHasNetwork: whether the daemon itself has a network interface besides loopback; `nil` reads
    ///     `/proc/net/dev`. When it has none (systemd's `PrivateNetwork=yes`), `network = false` is already true
    ///     for every worker and no namespace is created (the shipped unit also forbids creating one).
    /// - Throws: ``ManifestProblem`` when `command[0]` or a needed sandbox tool cannot be found.
    public init(manifest: PluginManifest, searchPath: String, daemonHasNetwork: Bool? = nil) throws(ManifestProblem) {
        let program = try Self.locate(manifest.command[0], relativeTo: manifest.workingDirectory, searchPath: searchPath,
                                      path: manifest.path, key: "command")
        var argv = [program] + manifest.command.dropFirst()
        let sandbox = manifest.sandbox
        if !sandbox.network, daemonHasNetwork ?? NetworkProbe.hasInterfaceBesidesLoopback() {
            // As root, a new network namespace needs no user namespace; otherwise map our own user into one.
            let user = ProcessControl.effectiveUserID == 0 ? [] : ["--user", "--map-current-user"]
            argv = [try tool("unshare")] + user + ["--net", "--"] + argv
        }
        var limits: [String] = []
        if let memory = sandbox.memoryMiB { limits.append("--as=\(memory * 1_048_576)") }
        if let cpu = sandbox.cpuSeconds { limits.append("--cpu=\(cpu)") }
        if let files = sandbox.openFiles { limits.append("--nofile=\(files)") }
        if let size = sandbox.fileSizeMiB { limits.append("--fsize=\(size * 1_048_576)") }
        if !limits.isEmpty { argv = [try tool("prlimit")] + limits + ["--"] + argv }
        if sandbox.noNewPrivileges { argv = [try tool("setpriv"), "--no-new-privs", "--"] + argv }

        func tool(_ name: String) throws(ManifestProblem) -> String {
            try Self.locate(name, relativeTo: "/", searchPath: searchPath, path: manifest.path, key: "sandbox")
        }

        executable = argv[0]
        arguments = Array(argv.dropFirst())
        workingDirectory = manifest.workingDirectory
        var environment = [
            "PATH=\(searchPath)", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "PYTHONUNBUFFERED=1",
            "UNDOCD_PLUGIN_NAME=\(manifest.name)", "UNDOCD_PROTOCOL_VERSION=\(wireProtocolVersion)",
        ]
        for (key, value) in manifest.environment.sorted(by: { $0.key < $1.key }) {
            environment.removeAll { $0.hasPrefix(key + "=") }
            environment.append("\(key)=\(value)")
        }
        self.environment = environment
    }

    /// The full command line, for logs and `plugin-test`.
    public var commandLine: [String] { [executable] + arguments }

    /// Finds a program: a name containing `/` relative to `folder`, a bare name on `searchPath`.
    static func locate(_ name: String, relativeTo folder: String, searchPath: String, path: String, key: String) throws(ManifestProblem) -> String {
        if name.contains("/") {
            let candidate = PathText.resolve(name, against: folder)
            guard FileProbe.isExecutableFile(candidate) else {
                throw ManifestProblem(path: path, key: key, message: "\(candidate) is not an executable file")
            }
            return candidate
        }
        for directory in searchPath.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if FileProbe.isExecutableFile(candidate) { return candidate }
        }
        throw ManifestProblem(path: path, key: key, message: "\"\(name)\" not found on PATH (\(searchPath))")
    }
}

/// Whether this process's network namespace has any interface but loopback.
enum NetworkProbe {
    static func hasInterfaceBesidesLoopback(devices: String = "/proc/net/dev") -> Bool {
        let table: String
        do {
            table = try String(contentsOfFile: devices, encoding: .utf8)
        } catch {
            // Unreadable: assume there is a network, so `network = false` is enforced with a namespace.
            return true
        }
        return table.split(separator: "\n").dropFirst(2).contains { line in
            guard let colon = line.firstIndex(of: ":") else { return false }
            return line[..<colon].trimmingCharacters(in: .whitespaces) != "lo"
        }
    }
}
