/// Why a manifest (or the plugins folder) was refused: the file, the key when one is to blame, and what is wrong.
public struct ManifestProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The manifest file or folder.
    public var path: String
    /// The offending key (`command`, `sandbox.memory_mb`), or `nil` when the whole file is refused.
    public var key: String?
    /// What is wrong, as a sentence fragment (`must be a positive integer`).
    public var message: String

    /// Creates a problem report.
    public init(path: String, key: String? = nil, message: String) {
        self.path = path
        self.key = key
        self.message = message
    }

    /// `/etc/undocd/plugins.d/dates.toml: timeout_ms: must be a positive integer`.
    public var description: String {
        if let key { return "\(path): \(key): \(message)" }
        return "\(path): \(message)"
    }
}
