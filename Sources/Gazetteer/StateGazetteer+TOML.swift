import Foundation
import TOMLKit

extension StateGazetteer {
    /// Loads the gazetteer from a `states.toml` file at `path`.
    /// - Throws: ``GazetteerError``, naming the file and the line or key at fault.
    public static func load(fromFile path: String) throws -> StateGazetteer {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw GazetteerError.unreadable(file: path, reason: "\(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GazetteerError.unreadable(file: path, reason: "not UTF-8 text")
        }
        return try StateGazetteer(parsingTOML: text, file: path)
    }

    /// Parses the text of a `states.toml` file (see the comments at the top of `config/states.toml`).
    ///
    /// - `[state.<CODE>]` and `[region.<CODE>]` tables: `kind`, `en`, `en-formal`, `en-variants`,
    ///   `en-adjectives`, `zh`, `zh-formal`, `zh-variants`, `zh-hant`. `en` and `zh` are required; `kind`
    ///   defaults to `member` for States and `region` for regions.
    /// - `[mask]`: `en`, `zh`, `zh-hant` arrays of phrases that hide the names inside them.
    /// - Parameter file: the file name used in errors.
    /// - Throws: ``GazetteerError``.
    public init(parsingTOML text: String, file: String) throws {
        let root = try GazetteerError.parseTOML(text, file: file)
        let reader = TableReader(file: file)
        for key in root.keys where !["state", "region", "mask"].contains(key) {
            throw GazetteerError.invalidValue(file: file, key: key, reason: "unknown table (expected state, region or mask)")
        }
        var entries: [GazetteerEntry] = []
        for (section, defaultKind) in [("state", GazetteerEntry.Kind.member), ("region", .region)] {
            guard let value = root[section] else { continue }
            let table = try reader.table(value, key: section)
            for code in table.keys {
                guard let entryValue = table[code] else { continue }
                let entryTable = try reader.table(entryValue, key: "\(section).\(code)")
                entries.append(try reader.entry(code: code, table: entryTable, key: "\(section).\(code)", defaultKind: defaultKind))
            }
        }
        var masks: [String] = []
        if let value = root["mask"] {
            let table = try reader.table(value, key: "mask")
            for key in table.keys {
                masks += try reader.strings(table, key, path: "mask")
            }
        }
        try self.init(entries: entries, masks: masks, source: file)
    }
}

/// Reads typed values out of TOML tables, naming the dotted key of anything wrong.
private struct TableReader {
    let file: String

    static let entryKeys: Set<String> = [
        "kind", "en", "en-formal", "en-variants", "en-adjectives", "zh", "zh-formal", "zh-variants", "zh-hant",
    ]

    func table(_ value: any TOMLValueConvertible, key: String) throws -> TOMLTable {
        guard let table = value.table else { throw invalid(key, "expected a table") }
        return table
    }

    func entry(code: String, table: TOMLTable, key: String, defaultKind: GazetteerEntry.Kind) throws -> GazetteerEntry {
        for name in table.keys where !Self.entryKeys.contains(name) {
            throw invalid("\(key).\(name)", "unknown key (expected one of \(Self.entryKeys.sorted().joined(separator: ", ")))")
        }
        var kind = defaultKind
        if let raw = try optionalString(table, "kind", path: key) {
            guard let parsed = GazetteerEntry.Kind(rawValue: raw) else {
                throw invalid("\(key).kind", "\"\(raw)\" is not one of member, observer, territory, region")
            }
            kind = parsed
        }
        if (kind == .region) != (defaultKind == .region) {
            throw invalid("\(key).kind", defaultKind == .region ? "a [region.…] table holds regions only" : "regions go in [region.…] tables")
        }
        if kind == .region, !code.hasPrefix("REG-") {
            throw invalid(key, "a region's code must start with \"REG-\"")
        }
        guard let english = try optionalString(table, "en", path: key) else { throw invalid("\(key).en", "missing") }
        guard let chinese = try optionalString(table, "zh", path: key) else { throw invalid("\(key).zh", "missing") }
        return GazetteerEntry(
            code: code, kind: kind,
            english: english, englishFormal: try optionalString(table, "en-formal", path: key),
            englishVariants: try strings(table, "en-variants", path: key),
            englishAdjectives: try strings(table, "en-adjectives", path: key),
            chinese: chinese, chineseFormal: try optionalString(table, "zh-formal", path: key),
            chineseVariants: try strings(table, "zh-variants", path: key),
            traditionalChinese: try strings(table, "zh-hant", path: key))
    }

    func optionalString(_ table: TOMLTable, _ name: String, path: String) throws -> String? {
        guard let value = table[name] else { return nil }
        guard let string = value.string else { throw invalid("\(path).\(name)", "expected a string") }
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw invalid("\(path).\(name)", "empty name") }
        return trimmed
    }

    func strings(_ table: TOMLTable, _ name: String, path: String) throws -> [String] {
        guard let value = table[name] else { return [] }
        guard let array = value.array else { throw invalid("\(path).\(name)", "expected an array of strings") }
        return try array.enumerated().map { offset, element in
            guard let string = element.string else { throw invalid("\(path).\(name)[\(offset)]", "expected a string") }
            let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw invalid("\(path).\(name)[\(offset)]", "empty name") }
            return trimmed
        }
    }

    func invalid(_ key: String, _ reason: String) -> GazetteerError {
        GazetteerError.invalidValue(file: file, key: key, reason: reason)
    }
}
