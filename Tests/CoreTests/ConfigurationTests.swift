import Core
import Foundation
import Logging
import Platform
import Testing

@Suite("Configuration: the documented file, defaults, environment overrides and errors that name the key")
struct ConfigurationTests {
    static let shippedFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("config/undocd.toml").path

    @Test("the shipped config/undocd.toml holds exactly the built-in defaults, with folders under ../var")
    func shippedFileMatchesDefaults() throws {
        let configuration = try Configuration.load(file: Self.shippedFile)
        let root = Path.directory(of: Path.directory(of: Self.shippedFile))
        #expect(configuration.paths.inbox == root + "/var/inbox")
        #expect(configuration.paths.spool == root + "/var/spool")
        #expect(configuration.paths.state == root + "/var/state")
        #expect(configuration.paths.data == root + "/config")
        var expected = Configuration(file: Self.shippedFile, paths: configuration.paths)
        expected.plugins = configuration.plugins
        #expect(configuration == expected)
        #expect(configuration.plugins.keys.sorted() == ["citations", "metadata", "speakers", "topics"])
        #expect(configuration.plugins.values.allSatisfy { $0.enabled && $0.settings.isEmpty })
    }

    @Test("an empty file gives every default; relative paths resolve against the file's folder")
    func emptyFileGivesDefaults() throws {
        let directory = try TemporaryDirectory("config")
        defer { directory.remove() }
        try directory.write("u.toml", "")
        let configuration = try Configuration.load(file: directory.file("u.toml"))
        #expect(configuration.paths.inbox == Path.resolve("../var/inbox", against: directory.path))
        #expect(configuration.pipeline == .init())
        #expect(configuration.archive == .keep)
        #expect(configuration.duplicates == .record)
        #expect(configuration.logging == .init(level: .info, journal: .auto))
    }

    @Test("values in the file are read, and UNDOCD_<SECTION>_<KEY> overrides them")
    func environmentOverrides() throws {
        let directory = try TemporaryDirectory("config")
        defer { directory.remove() }
        try directory.write("u.toml", """
            [paths]
            inbox = "in"
            [pipeline]
            max_in_flight = 3
            plugin_timeout_seconds = 0.5
            [duplicates]
            policy = "reprocess"
            [plugins.topics]
            enabled = false
            threshold = 0.25
            """)
        let environment = [
            "UNDOCD_PATHS_SPOOL": "/srv/spool", "UNDOCD_PIPELINE_MAX_IN_FLIGHT": "7", "UNDOCD_LOGGING_LEVEL": "debug",
            "UNDOCD_PLUGINS_TOPICS_ENABLED": "true", "UNDOCD_PLUGINS_SPEAKERS_MODE": "strict",
        ]
        let configuration = try Configuration.load(file: directory.file("u.toml"), environment: environment, knownPlugins: ["speakers"])
        #expect(configuration.paths.inbox == directory.path + "/in")
        #expect(configuration.paths.spool == "/srv/spool")
        #expect(configuration.pipeline.maxInFlight == 7)
        #expect(configuration.pipeline.pluginTimeout == .milliseconds(500))
        #expect(configuration.duplicates == .reprocess)
        #expect(configuration.logging.level == .debug)
        #expect(configuration.plugin("topics") == .init(enabled: true, settings: ["threshold": "0.25"]))
        #expect(configuration.plugin("speakers").settings == ["mode": "strict"])
    }

    @Test("a bad file is rejected with the key and the problem", arguments: [
        ("[pipeline]\nmax_in_flight = \"many\"", "pipeline.max_in_flight", "expected an integer"),
        ("[pipeline]\nmax_in_flight = -1", "pipeline.max_in_flight", "between 0 and"),
        ("[archive]\noriginals = \"shred\"", "archive.originals", "must be one of \"keep\", \"delete\""),
        ("[paths]\ninbx = \"x\"", "paths.inbx", "unknown key"),
        ("[pathz]\ninbox = \"x\"", "pathz", "unknown section"),
        ("[logging]\nlevel = \"loud\"", "logging.level", "must be one of"),
        ("[plugins]\ntopics = 1", "plugins.topics", "must be a table"),
    ])
    func badValues(text: String, key: String, problem: String) throws {
        let directory = try TemporaryDirectory("config")
        defer { directory.remove() }
        try directory.write("u.toml", text)
        let error = #expect(throws: ConfigurationError.self) { try Configuration.load(file: directory.file("u.toml")) }
        #expect(error?.key == key)
        #expect(error?.problem.contains(problem) == true, "\(String(describing: error))")
        #expect(error?.file == directory.file("u.toml"))
    }

    @Test("a TOML syntax error names the line; a bad environment value names the variable")
    func syntaxAndEnvironmentErrors() throws {
        let directory = try TemporaryDirectory("config")
        defer { directory.remove() }
        try directory.write("u.toml", "[paths]\ninbox = \"unterminated\n")
        let syntax = #expect(throws: ConfigurationError.self) { try Configuration.load(file: directory.file("u.toml")) }
        #expect(syntax?.problem.hasPrefix("line 2") == true, "\(String(describing: syntax))")
        try directory.write("u.toml", "")
        let variable = #expect(throws: ConfigurationError.self) {
            try Configuration.load(file: directory.file("u.toml"), environment: ["UNDOCD_PIPELINE_STOP_TIMEOUT_SECONDS": "soon"])
        }
        #expect(variable?.key == "UNDOCD_PIPELINE_STOP_TIMEOUT_SECONDS")
        let missing = #expect(throws: ConfigurationError.self) { try Configuration.load(file: directory.file("nope.toml")) }
        #expect(missing?.problem.contains("cannot read") == true)
    }
}
