import Intake
import Logging
import Platform
import TOMLKit

extension Configuration {
    /// The sections and keys a configuration file may contain (besides `[plugins.<name>]` tables).
    static let knownKeys: [String: Set<String>] = [
        "paths": ["inbox", "spool", "state", "data", "plugins"],
        "pipeline": ["max_in_flight", "plugin_timeout_seconds", "stop_timeout_seconds"],
        "archive": ["originals"],
        "duplicates": ["policy"],
        "intake": ["max_bytes", "pdf_max_pages", "pdf_timeout_seconds", "pdf_memory_limit_bytes", "docx_max_uncompressed_bytes"],
        "logging": ["level", "journal"],
        "testing": ["wedge_pipeline"],
    ]

    /// Reads a configuration file, applies `UNDOCD_<SECTION>_<KEY>` environment overrides and resolves relative
    /// paths against the file's folder.
    ///
    /// - Parameters:
    ///   - file: path of the TOML file, or `nil` for built-in defaults (paths relative to the current directory).
    ///   - environment: the process environment (overrides); tests pass their own.
    ///   - knownPlugins: plugin names whose `UNDOCD_PLUGINS_<NAME>_<KEY>` variables are honoured even without a table.
    /// - Throws: ``ConfigurationError`` naming the key and the problem; unknown sections and keys are errors.
    public static func load(file: String?, environment: [String: String] = [:], knownPlugins: [String] = []) throws(ConfigurationError) -> Configuration {
        let table: TOMLTable
        let base: String
        var absoluteFile: String?
        if let file {
            let path = Path.resolve(file, against: FileSystem.currentDirectory())
            absoluteFile = path
            let bytes: [UInt8]
            do { bytes = try FileSystem.readFile(atPath: path) } catch {
                throw ConfigurationError(file: path, key: nil, problem: "cannot read: \(error.reason)")
            }
            do { table = try TOMLTable(string: String(decoding: bytes, as: UTF8.self)) } catch let error as TOMLParseError {
                throw ConfigurationError(
                    file: path, key: nil,
                    problem: "line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)")
            } catch {
                throw ConfigurationError(file: path, key: nil, problem: "not valid TOML: \(error)")
            }
            base = Path.directory(of: path)
        } else {
            table = TOMLTable()
            base = Path.resolve("config", against: FileSystem.currentDirectory())
        }
        let reader = ConfigurationReader(table: table, environment: environment, file: absoluteFile)
        try reader.rejectUnknownKeys()
        return try read(reader, base: base, file: absoluteFile, knownPlugins: knownPlugins)
    }

    private static func read(_ r: ConfigurationReader, base: String, file: String?, knownPlugins: [String]) throws(ConfigurationError) -> Configuration {
        var c = Configuration(file: file)
        c.paths = Paths(
            inbox: Path.resolve(try r.string("paths", "inbox", default: "../var/inbox"), against: base),
            spool: Path.resolve(try r.string("paths", "spool", default: "../var/spool"), against: base),
            state: Path.resolve(try r.string("paths", "state", default: "../var/state"), against: base),
            data: Path.resolve(try r.string("paths", "data", default: "."), against: base),
            plugins: Path.resolve(try r.string("paths", "plugins", default: "plugins.d"), against: base))
        c.pipeline = Pipeline(
            maxInFlight: try r.integer("pipeline", "max_in_flight", default: 0, in: 0...65536),
            pluginTimeout: .milliseconds(Int64(1000 * (try r.double("pipeline", "plugin_timeout_seconds", default: 10, in: 0.001...86400)))),
            stopTimeout: .milliseconds(Int64(1000 * (try r.double("pipeline", "stop_timeout_seconds", default: 30, in: 0...86400)))))
        c.archive = try r.choice("archive", "originals", default: .keep)
        c.duplicates = try r.choice("duplicates", "policy", default: .record)
        let intake = IntakeConfiguration()
        c.intake = IntakeConfiguration(
            maxBytes: try r.integer("intake", "max_bytes", default: intake.maxBytes, in: 1...Int.max),
            pdfMaxPages: try r.integer("intake", "pdf_max_pages", default: intake.pdfMaxPages, in: 1...Int.max),
            pdfTimeoutSeconds: try r.double("intake", "pdf_timeout_seconds", default: intake.pdfTimeoutSeconds, in: 0.001...86400),
            pdfMemoryLimitBytes: try r.integer("intake", "pdf_memory_limit_bytes", default: intake.pdfMemoryLimitBytes, in: 1...Int.max),
            docxMaxUncompressedBytes: try r.integer(
                "intake", "docx_max_uncompressed_bytes", default: intake.docxMaxUncompressedBytes, in: 1...Int.max))
        c.logging = LoggingSettings(
            level: try r.choice("logging", "level", default: Logger.Level.info),
            journal: try r.choice("logging", "journal", default: JournalMode.auto))
        c.testing = Testing(
            wedgePipeline: try r.bool("testing", "wedge_pipeline", default: false) || r.environment["UNDOCD_TEST_WEDGE_PIPELINE"] == "1")
        for name in Set(r.pluginTableNames + knownPlugins) {
            c.plugins[name] = try r.pluginSettings(name)
        }
        return c
    }
}
