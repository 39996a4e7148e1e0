/// A configuration that cannot be used: which file, which key (`section.key`), and what is wrong.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The configuration file, when one was read.
    public var file: String?
    /// The key as `section.key` (or the environment variable), `nil` for whole-file problems such as syntax errors.
    public var key: String?
    /// What is wrong, in words.
    public var problem: String

    /// Creates an error.
    public init(file: String?, key: String?, problem: String) {
        self.file = file
        self.key = key
        self.problem = problem
    }

    public var description: String {
        [file, key, problem].compactMap { $0 }.joined(separator: ": ")
    }
}
