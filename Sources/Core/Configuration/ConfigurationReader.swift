import TOMLKit

/// Reads typed keys from a parsed TOML table, letting `UNDOCD_<SECTION>_<KEY>` environment variables win.
struct ConfigurationReader {
    let table: TOMLTable
    let environment: [String: String]
    let file: String?

    /// The environment variable that overrides `section.key`.
    static func variable(_ section: String, _ key: String) -> String {
        "UNDOCD_" + (section + "_" + key).uppercased().replacingOccurrences(of: ".", with: "_")
    }

    /// Names of the `[plugins.<name>]` tables in the file.
    var pluginTableNames: [String] {
        table["plugins"]?.table?.keys ?? []
    }

    func rejectUnknownKeys() throws(ConfigurationError) {
        for section in table.keys {
            guard let sectionTable = table[section]?.table else {
                throw error(section, "must be a table ([\(section)]), not a single value")
            }
            if section == "plugins" {
                for name in sectionTable.keys where sectionTable[name]?.table == nil {
                    throw error("plugins.\(name)", "must be a table ([plugins.\(name)])")
                }
                continue
            }
            guard let known = Configuration.knownKeys[section] else {
                let sections = (Configuration.knownKeys.keys.sorted() + ["plugins.<name>"]).joined(separator: ", ")
                throw error(section, "unknown section; known sections: \(sections)")
            }
            for key in sectionTable.keys where !known.contains(key) {
                throw error("\(section).\(key)", "unknown key; known keys in [\(section)]: \(known.sorted().joined(separator: ", "))")
            }
        }
    }

    private func error(_ key: String, _ problem: String) -> ConfigurationError {
        ConfigurationError(file: file, key: key, problem: problem)
    }

    private func value(_ section: String, _ key: String) -> (any TOMLValueConvertible)? {
        var current: TOMLTable? = table
        for part in section.split(separator: ".") { current = current?[String(part)]?.table }
        return current?[key]
    }

    /// The raw override string for `section.key`, if set.
    private func override(_ section: String, _ key: String) -> (name: String, value: String)? {
        let name = Self.variable(section, key)
        return environment[name].map { (name, $0) }
    }

    func string(_ section: String, _ key: String, default fallback: String) throws(ConfigurationError) -> String {
        if let (_, value) = override(section, key) { return value }
        guard let value = value(section, key) else { return fallback }
        guard let string = value.string else { throw error("\(section).\(key)", "expected a string, found \(value.type)") }
        return string
    }

    func integer(_ section: String, _ key: String, default fallback: Int, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        let result: Int
        if let (name, text) = override(section, key) {
            guard let parsed = Int(text) else { throw error(name, "expected an integer, found \"\(text)\"") }
            result = parsed
        } else if let value = value(section, key) {
            guard let parsed = value.int else { throw error("\(section).\(key)", "expected an integer, found \(value.type)") }
            result = parsed
        } else {
            return fallback
        }
        guard range.contains(result) else {
            let bounds = range.upperBound == Int.max ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
            throw error("\(section).\(key)", "must be \(bounds), found \(result)")
        }
        return result
    }

    func double(_ section: String, _ key: String, default fallback: Double, in range: ClosedRange<Double>) throws(ConfigurationError) -> Double {
        let result: Double
        if let (name, text) = override(section, key) {
            guard let parsed = Double(text) else { throw error(name, "expected a number, found \"\(text)\"") }
            result = parsed
        } else if let value = value(section, key) {
            guard let parsed = value.double ?? value.int.map(Double.init) else {
                throw error("\(section).\(key)", "expected a number, found \(value.type)")
            }
            result = parsed
        } else {
            return fallback
        }
        guard range.contains(result) else {
            throw error("\(section).\(key)", "must be between \(range.lowerBound) and \(range.upperBound), found \(result)")
        }
        return result
    }

    func bool(_ section: String, _ key: String, default fallback: Bool) throws(ConfigurationError) -> Bool {
        if let (name, text) = override(section, key) {
            switch text.lowercased() {
            case "true", "1", "yes": return true
            case "false", "0", "no": return false
            default: throw error(name, "expected true or false, found \"\(text)\"")
            }
        }
        guard let value = value(section, key) else { return fallback }
        guard let bool = value.bool else { throw error("\(section).\(key)", "expected true or false, found \(value.type)") }
        return bool
    }

    func choice<T: RawRepresentable & CaseIterable>(_ section: String, _ key: String, default fallback: T) throws(ConfigurationError) -> T
    where T.RawValue == String {
        let text = try string(section, key, default: fallback.rawValue)
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw error("\(section).\(key)", "must be one of \(allowed), found \"\(text)\"")
        }
        return value
    }

    /// `[plugins.<name>]`: `enabled` plus every other key as a string; `UNDOCD_PLUGINS_<NAME>_<KEY>` overrides.
    func pluginSettings(_ name: String) throws(ConfigurationError) -> Configuration.PluginSettings {
        let section = "plugins.\(name)"
        var settings: [String: String] = [:]
        if let pluginTable = value("plugins", name)?.table {
            for key in pluginTable.keys where key != "enabled" {
                guard let value = pluginTable[key] else { continue }
                if let string = value.string {
                    settings[key] = string
                } else if let int = value.int {
                    settings[key] = String(int)
                } else if let double = value.double {
                    settings[key] = String(double)
                } else if let bool = value.bool {
                    settings[key] = String(bool)
                } else {
                    throw error("\(section).\(key)", "plugin settings must be strings, numbers or booleans, found \(value.type)")
                }
            }
        }
        let prefix = Self.variable(section, "")
        for (variable, value) in environment where variable.hasPrefix(prefix) && variable != prefix + "ENABLED" {
            let key = variable.dropFirst(prefix.count).lowercased()
            if !key.isEmpty { settings[key] = value }
        }
        return Configuration.PluginSettings(enabled: try bool(section, "enabled", default: true), settings: settings)
    }
}
