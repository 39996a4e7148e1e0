import Foundation
import TOMLKit

/// Reading the plugin's TOML data files by hand (TOMLKit's decoder ignores Codable defaults).
enum DataFile {
    /// Parses `<directory>/<name>`.
    /// - Throws: ``TopicsConfigurationError`` when the file cannot be read or is not valid TOML.
    static func table(directory: String, name: String) throws -> (path: String, table: TOMLTable) {
        let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw TopicsConfigurationError(file: path, problem: "cannot be read (\(error.localizedDescription))")
        }
        do {
            return (path, try TOMLTable(string: text))
        } catch let error as TOMLParseError {
            throw TopicsConfigurationError(
                file: path, problem: "is not valid TOML at line \(error.source.begin.line): \(error.description)")
        } catch {
            throw TopicsConfigurationError(file: path, problem: "is not valid TOML: \(error)")
        }
    }

    /// The array of tables under `key` (`[[key]]`), which must exist.
    static func tables(_ table: TOMLTable, key: String, path: String) throws -> [TOMLTable] {
        guard let array = table[key]?.array else {
            throw TopicsConfigurationError(file: path, problem: "has no [[\(key)]] entries")
        }
        return try array.enumerated().map { index, element in
            guard let entry = element.table else {
                throw TopicsConfigurationError(file: path, problem: "\(key) #\(index + 1) is not a table")
            }
            return entry
        }
    }

    /// A list of strings under `key`: absent means empty; a single string is a list of one.
    static func strings(_ table: TOMLTable, key: String, path: String, context: String) throws -> [String] {
        guard let value = table[key] else { return [] }
        if let single = value.string { return [single] }
        guard let array = value.array else {
            throw TopicsConfigurationError(file: path, problem: "\(context): \(key) must be a list of strings")
        }
        return try array.map { element in
            guard let text = element.string else {
                throw TopicsConfigurationError(file: path, problem: "\(context): \(key) must be a list of strings")
            }
            return text
        }
    }
}
