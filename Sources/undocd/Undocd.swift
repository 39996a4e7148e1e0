import ArgumentParser

/// `undocd`: the daemon and its tools in one executable.
@main
struct Undocd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undocd",
        abstract: "Turn United Nations documents into structured data (JSON), one result per document.",
        discussion: """
            undocd watches an inbox folder. Each document renamed into it (plain \
            text, PDF or DOCX; Chinese or English UN letters, notes, reports, \
            statements, resolutions) is decoded once and handed to the extractor \
            plugins (metadata, citations, speakers, topics); its result is written \
            as one JSON file to <spool>/new/, and the original moves to \
            <state>/archive/. The result contract is schema/result-v1.schema.json.

            DROPPING FILES
              Write the file elsewhere on the same file system, then rename (mv) \
            it into the inbox. Names starting with '.' or ending in .part or .tmp \
            are ignored, and so are subdirectories.

            FILES
              config/undocd.toml     the configuration, every key documented
              <state>/processing/    documents being processed (redone after a crash)
              <state>/archive/       originals whose result is durable
              <state>/failed/        unreadable documents, each with NAME.error.json
              <state>/ledger.sqlite  one row per document (read by undocd status)
              <spool>/new/           results, named <time>-<hash>.json

            ENVIRONMENT
              UNDOCD_CONFIG          the configuration file, if --config is not given
              UNDOCD_<SECTION>_<KEY> overrides a key (UNDOCD_PATHS_INBOX=/srv/in)

            CONFIGURATION FILE LOOKUP
              --config PATH, else $UNDOCD_CONFIG, else ./config/undocd.toml, else \
            /etc/undocd/undocd.toml, else built-in defaults (folders under ./var).

            EXIT STATUS
              0   success
              1   a document failed (process), or the daemon failed
              64  usage error
              78  bad configuration
            """,
        version: "0.1.0",
        subcommands: [RunCommand.self, ProcessCommand.self, PluginsCommand.self, CheckConfigCommand.self, StatusCommand.self, PluginTestCommand.self]
    )
}
