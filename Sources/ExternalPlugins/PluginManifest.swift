import PluginAPI

/// One external plugin as its manifest file (`plugins.d/NAME.toml`) describes it.
///
/// The keys, their types and defaults are documented in `Plugins/PROTOCOL.md` and in
/// ``PluginManifest/parse(_:path:)``; every field has a default except `name`, `version` and `command`.
public struct PluginManifest: Sendable, Equatable {
    /// The manifest file this came from (absolute path).
    public var path: String
    /// The key under `extractors` in results: lower-case letters, digits and `-`, starting with a letter.
    public var name: String
    /// The plugin's version, written into each result.
    public var version: String
    /// One line for `undocd plugins`.
    public var summary: String
    /// The program and its arguments, run without a shell. `command[0]` is resolved at load time:
    /// a path with `/` relative to the manifest's folder, a bare name on `PATH`.
    public var command: [String]
    /// Languages the plugin accepts; empty means every language.
    public var languages: [Language]
    /// Whether the daemon runs the plugin. A disabled manifest is still validated.
    public var enabled: Bool
    /// Longest time one request may take before the worker is killed and the document fails with `timeout`.
    public var timeout: Duration
    /// Largest response line accepted, in bytes; longer output fails the document with `output-too-large`.
    public var maxOutputBytes: Int
    /// Number of worker processes (documents handled at once).
    public var concurrency: Int
    /// Variables added to the worker's (otherwise minimal) environment.
    public var environment: [String: String]
    /// The folder the worker runs in: the manifest's folder unless `working_directory` says otherwise.
    public var workingDirectory: String
    /// Restrictions added on top of the daemon's own sandbox.
    public var sandbox: SandboxOptions

    /// Creates a manifest; defaults match those of a manifest file that leaves the keys out.
    public init(
        path: String, name: String, version: String, summary: String = "", command: [String],
        languages: [Language] = [], enabled: Bool = true, timeout: Duration = .seconds(10),
        maxOutputBytes: Int = 1 << 20, concurrency: Int = 1, environment: [String: String] = [:],
        workingDirectory: String, sandbox: SandboxOptions = .init()
    ) {
        self.path = path
        self.name = name
        self.version = version
        self.summary = summary
        self.command = command
        self.languages = languages
        self.enabled = enabled
        self.timeout = timeout
        self.maxOutputBytes = maxOutputBytes
        self.concurrency = concurrency
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.sandbox = sandbox
    }

    /// What `undocd plugins` lists.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: name, version: version, languages: languages, summary: summary)
    }
}

/// Restrictions a manifest may add to a worker (the `[sandbox]` table). Each one is enforced by running the
/// worker through a util-linux tool (`setpriv`, `prlimit`, `unshare`); see `Plugins/PROTOCOL.md`.
public struct SandboxOptions: Sendable, Equatable {
    /// `false` runs the worker in a new, empty network namespace (only a down loopback): no network at all.
    public var network: Bool
    /// Sets `no_new_privs`, so set-user-ID programs cannot raise the worker's privileges.
    public var noNewPrivileges: Bool
    /// Address-space limit (`RLIMIT_AS`) in MiB.
    public var memoryMiB: Int?
    /// CPU-time limit (`RLIMIT_CPU`) in seconds for the worker's whole life.
    public var cpuSeconds: Int?
    /// Open-file limit (`RLIMIT_NOFILE`).
    public var openFiles: Int?
    /// Largest file the worker may write (`RLIMIT_FSIZE`) in MiB; 0 forbids writing files.
    public var fileSizeMiB: Int?

    /// Creates sandbox options; the defaults add only `no_new_privs`.
    public init(
        network: Bool = true, noNewPrivileges: Bool = true, memoryMiB: Int? = nil, cpuSeconds: Int? = nil,
        openFiles: Int? = nil, fileSizeMiB: Int? = nil
    ) {
        self.network = network
        self.noNewPrivileges = noNewPrivileges
        self.memoryMiB = memoryMiB
        self.cpuSeconds = cpuSeconds
        self.openFiles = openFiles
        self.fileSizeMiB = fileSizeMiB
    }
}
