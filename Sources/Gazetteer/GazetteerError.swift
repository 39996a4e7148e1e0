import TOMLKit

/// Why the gazetteer could not be loaded. Every case names the file.
public enum GazetteerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file is not valid TOML.
    case malformed(file: String, line: Int, column: Int, reason: String)
    /// A key holds a value of the wrong type, or a required key is missing (`key` is a dotted path such as
    /// `state.CIV.zh-variants`).
    case invalidValue(file: String, key: String, reason: String)
    /// Two entries claim the same name, so a match could not say which one it is.
    case conflictingName(file: String, name: String, firstKey: String, secondKey: String)
    /// A data file other than the States gazetteer (`what` it holds) could not be read.
    case unreadableData(file: String, what: String, reason: String)

    /// A one-line description naming the file and the place in it.
    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            "\(file): cannot read the States gazetteer: \(reason)"
        case let .malformed(file, line, column, reason):
            "\(file):\(line):\(column): malformed TOML: \(reason)"
        case let .invalidValue(file, key, reason):
            "\(file): \(key): \(reason)"
        case let .unreadableData(file, what, reason):
            "\(file): cannot read \(what): \(reason)"
        case let .conflictingName(file, name, firstKey, secondKey):
            "\(file): the name \"\(name)\" belongs to both \(firstKey) and \(secondKey)"
        }
    }
}

extension GazetteerError {
    /// Parses a data file's TOML text.
    /// - Throws: ``GazetteerError/malformed(file:line:column:reason:)`` with the line and column at fault.
    static func parseTOML(_ text: String, file: String) throws -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw GazetteerError.malformed(
                file: file, line: error.source.begin.line, column: error.source.begin.column, reason: error.description)
        }
    }
}
