import Foundation
import TOMLKit

/// Which State held the presidency of the Security Council in each month (`presidencies.toml` in the data
/// directory). A letter signed by "the President of the Security Council" rarely prints the President's State; the
/// month of the letter tells it.
public struct CouncilPresidencies: Sendable, Equatable {
    /// The data file's name in the data directory.
    public static let fileName = "presidencies.toml"

    /// ISO 3166-1 alpha-3 code by `year * 12 + month - 1`.
    private let byMonth: [Int: String]

    /// Presidencies by year: up to twelve codes each, January first.
    public init(years: [Int: [String]] = [:]) {
        var byMonth: [Int: String] = [:]
        for (year, codes) in years {
            for (month, code) in codes.enumerated() { byMonth[year * 12 + month] = code }
        }
        self.byMonth = byMonth
    }

    /// The State that held the presidency in `month` (1–12) of `year`, or nil when the file does not say.
    public func state(year: Int, month: Int) -> String? {
        guard (1...12).contains(month) else { return nil }
        return byMonth[year * 12 + month - 1]
    }

    /// Whether no month is known.
    public var isEmpty: Bool { byMonth.isEmpty }

    /// Loads `<dataDirectory>/presidencies.toml`; a data directory without the file knows no presidency.
    /// - Throws: ``GazetteerError`` naming the file and the year at fault.
    public static func load(fromDataDirectory dataDirectory: String) throws -> CouncilPresidencies {
        let path = dataDirectory.hasSuffix("/") ? dataDirectory + fileName : dataDirectory + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return CouncilPresidencies() }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw GazetteerError.unreadableData(file: path, what: "the Council presidencies", reason: error.localizedDescription)
        }
        return try CouncilPresidencies(parsingTOML: text, file: path)
    }

    /// Parses a `presidencies.toml`: a `[presidencies]` table whose keys are years and whose values are lists of up
    /// to twelve ISO 3166-1 alpha-3 codes, January first (`2020 = ["VNM", "BEL", …]`).
    /// - Parameter file: the file name used in errors.
    /// - Throws: ``GazetteerError``.
    public init(parsingTOML text: String, file: String) throws {
        let root = try GazetteerError.parseTOML(text, file: file)
        guard let table = root["presidencies"]?.table else {
            throw GazetteerError.invalidValue(file: file, key: "presidencies", reason: "missing table [presidencies]")
        }
        var years: [Int: [String]] = [:]
        for key in table.keys {
            guard let year = Int(key), (1946...2200).contains(year) else {
                throw GazetteerError.invalidValue(file: file, key: "presidencies.\(key)", reason: "not a year")
            }
            guard let array = table[key]?.array, array.count <= 12 else {
                throw GazetteerError.invalidValue(
                    file: file, key: "presidencies.\(key)", reason: "must be a list of at most 12 codes, January first")
            }
            years[year] = try array.map { element in
                guard let code = element.string, code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
                    throw GazetteerError.invalidValue(
                        file: file, key: "presidencies.\(key)", reason: "each month is a three-letter code such as \"FRA\"")
                }
                return code
            }
        }
        self.init(years: years)
    }
}
