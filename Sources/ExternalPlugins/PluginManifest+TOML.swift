import PluginAPI
import TOMLKit

extension PluginManifest {
    /// Keys a manifest may contain; any other key is reported, so that a typo does not silently do nothing.
    static let knownKeys: Set<String> = [
        "name", "version", "summary", "command", "languages", "enabled", "timeout_ms", "max_output_bytes",
        "concurrency", "environment", "working_directory", "sandbox",
    ]
    static let knownSandboxKeys: Set<String> = [
        "network", "no_new_privileges", "memory_mb", "cpu_seconds", "open_files", "file_size_mb",
    ]

    /// Parses and validates a manifest.
    ///
    /// Keys (all at the top level unless noted):
    /// - `name` (string, required): result key, `[a-z][a-z0-9-]*`, at most 64 characters.
    /// - `version` (string, required). `summary` (string, default empty).
    /// - `command` (array of strings, required): argv, no shell.
    /// - `languages` (array of `zh`/`en`/`fr`/`es`/`ru`/`ar`/`und`, default all).
    /// - `enabled` (bool, default `true`). `timeout_ms` (int, default 10000).
    /// - `max_output_bytes` (int, default 1048576). `concurrency` (int 1...64, default 1).
    /// - `working_directory` (string, default the manifest's folder; relative to it).
    /// - `[environment]` (table of strings). `[sandbox]`: `network` (bool), `no_new_privileges` (bool),
    ///   `memory_mb`, `cpu_seconds`, `open_files`, `file_size_mb` (ints).
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - path: the file's absolute path (for messages and to resolve relative paths).
    /// - Throws: the list of ``ManifestProblem``s found (all of them, not just the first) as ``ManifestProblems``.
    public static func parse(_ text: String, path: String) throws(ManifestProblems) -> PluginManifest {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ManifestProblems([
                ManifestProblem(path: path, message: "not valid TOML at line \(error.source.begin.line): \(error.description)")
            ])
        } catch {
            throw ManifestProblems([ManifestProblem(path: path, message: "not valid TOML: \(error)")])
        }
        var reader = ManifestReader(path: path, table: table)
        let manifest = reader.read()
        if !reader.problems.isEmpty { throw ManifestProblems(reader.problems) }
        // The reader reports a problem whenever it cannot produce a manifest.
        guard let manifest else { throw ManifestProblems([ManifestProblem(path: path, message: "invalid manifest")]) }
        return manifest
    }
}

/// Every problem found in one manifest.
public struct ManifestProblems: Error, Sendable, Equatable {
    /// The problems, in the order of the keys.
    public var problems: [ManifestProblem]

    /// Wraps a list of problems.
    public init(_ problems: [ManifestProblem]) { self.problems = problems }
}

/// Reads a manifest table key by key, collecting problems instead of stopping at the first.
struct ManifestReader {
    let path: String
    let table: TOMLTable
    var problems: [ManifestProblem] = []

    var folder: String { PathText.folder(of: path) }

    mutating func read() -> PluginManifest? {
        for key in table.keys where !PluginManifest.knownKeys.contains(key) {
            problem(key, "unknown key")
        }
        let name = requiredString("name")
        if let name, !Self.isValidName(name) {
            problem("name", "must be 1–64 lower-case letters, digits or '-', starting with a letter (got \"\(name)\")")
        }
        let version = requiredString("version")
        let summary = optionalString("summary") ?? ""
        let command = stringArray("command")
        if let command, command.isEmpty || command[0].isEmpty { problem("command", "must name a program") }
        if let command, command.contains(where: { $0.utf8.contains(0) }) { problem("command", "must not contain a NUL character") }
        if table["command"] == nil { problem("command", "is required (an array: program and arguments)") }
        let languages = readLanguages()
        let enabled = bool("enabled", in: table, key: "enabled") ?? true
        let timeoutMs = positiveInt("timeout_ms", in: table, key: "timeout_ms", range: 1...3_600_000) ?? 10_000
        let maxOutput = positiveInt("max_output_bytes", in: table, key: "max_output_bytes", range: 2...(1 << 30)) ?? (1 << 20)
        let concurrency = positiveInt("concurrency", in: table, key: "concurrency", range: 1...64) ?? 1
        let environment = readEnvironment()
        let sandbox = readSandbox()
        let workingDirectory = resolve(optionalString("working_directory") ?? ".")
        guard let name, let version, let command, !command.isEmpty else { return nil }
        return PluginManifest(
            path: path, name: name, version: version, summary: summary, command: command, languages: languages,
            enabled: enabled, timeout: .milliseconds(timeoutMs), maxOutputBytes: maxOutput, concurrency: concurrency,
            environment: environment, workingDirectory: workingDirectory, sandbox: sandbox)
    }

    static func isValidName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...64).contains(bytes.count), let first = bytes.first, (0x61...0x7A).contains(first) else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// Resolves a path against the manifest's folder.
    func resolve(_ path: String) -> String {
        PathText.resolve(path, against: folder)
    }

    mutating func problem(_ key: String?, _ message: String) {
        problems.append(ManifestProblem(path: path, key: key, message: message))
    }

    mutating func requiredString(_ key: String) -> String? {
        guard table[key] != nil else {
            problem(key, "is required")
            return nil
        }
        return optionalString(key)
    }

    mutating func optionalString(_ key: String) -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else {
            problem(key, "must be a string")
            return nil
        }
        return string
    }

    mutating func stringArray(_ key: String) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else {
            problem(key, "must be an array of strings")
            return nil
        }
        var strings: [String] = []
        for element in array {
            guard let string = element.string else {
                problem(key, "must be an array of strings")
                return nil
            }
            strings.append(string)
        }
        return strings
    }

    mutating func bool(_ name: String, in table: TOMLTable, key: String) -> Bool? {
        guard let value = table[name] else { return nil }
        guard let bool = value.bool else {
            problem(key, "must be true or false")
            return nil
        }
        return bool
    }

    mutating func positiveInt(_ name: String, in table: TOMLTable, key: String, range: ClosedRange<Int>) -> Int? {
        guard let value = table[name] else { return nil }
        guard let int = value.int, range.contains(int) else {
            problem(key, "must be an integer from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return int
    }

    mutating func readLanguages() -> [Language] {
        guard let codes = stringArray("languages") else { return [] }
        var languages: [Language] = []
        for code in codes {
            guard let language = Language(rawValue: code) else {
                problem("languages", "unknown language \"\(code)\" (expected zh, en, fr, es, ru, ar or und)")
                continue
            }
            languages.append(language)
        }
        return languages
    }

    mutating func readEnvironment() -> [String: String] {
        guard let value = table["environment"] else { return [:] }
        guard let environment = value.table else {
            problem("environment", "must be a table of strings")
            return [:]
        }
        var result: [String: String] = [:]
        for key in environment.keys {
            guard let string = environment[key]?.string else {
                problem("environment.\(key)", "must be a string")
                continue
            }
            if string.utf8.contains(0) {
                problem("environment.\(key)", "must not contain a NUL character")
                continue
            }
            if key.isEmpty || key.contains("=") || key.utf8.contains(0) {
                problem("environment.\(key)", "is not a valid variable name")
                continue
            }
            result[key] = string
        }
        return result
    }

    mutating func readSandbox() -> SandboxOptions {
        guard let value = table["sandbox"] else { return SandboxOptions() }
        guard let sandbox = value.table else {
            problem("sandbox", "must be a table")
            return SandboxOptions()
        }
        for key in sandbox.keys where !PluginManifest.knownSandboxKeys.contains(key) {
            problem("sandbox.\(key)", "unknown key")
        }
        var options = SandboxOptions()
        options.network = bool("network", in: sandbox, key: "sandbox.network") ?? true
        options.noNewPrivileges = bool("no_new_privileges", in: sandbox, key: "sandbox.no_new_privileges") ?? true
        options.memoryMiB = positiveInt("memory_mb", in: sandbox, key: "sandbox.memory_mb", range: 16...1_048_576)
        options.cpuSeconds = positiveInt("cpu_seconds", in: sandbox, key: "sandbox.cpu_seconds", range: 1...31_536_000)
        options.openFiles = positiveInt("open_files", in: sandbox, key: "sandbox.open_files", range: 8...1_048_576)
        options.fileSizeMiB = positiveInt("file_size_mb", in: sandbox, key: "sandbox.file_size_mb", range: 0...1_048_576)
        return options
    }
}
