import Foundation

/// Where things are: the repository and the built executables.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// A path inside the repository.
    static func path(_ relative: String) -> String { root + "/" + relative }
}

/// Runs the package's executables (built next to the test bundle).
enum Binaries {
    /// The executable `name` beside the test bundle, else under `.build/debug`.
    static func path(_ name: String) -> String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return Repository.path(".build/debug/\(name)")
    }

    /// Runs the package's executable `name` to completion; standard output and error are returned together.
    static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        try launch(path(name), arguments, environment: environment)
    }

    /// Runs a tool found on `PATH` (`python3`) to completion.
    static func runTool(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        try launch("/usr/bin/env", [name] + arguments, environment: environment)
    }

    private static func launch(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
