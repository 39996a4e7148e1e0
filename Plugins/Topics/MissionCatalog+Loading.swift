import TOMLKit

extension MissionCatalog {
    /// Loads `<dataDirectory>/<fileName>`.
    ///
    /// Each `[[mission]]` has an `acronym` (unique), `en` and `zh` lists of names (full name first, then short
    /// forms and variants) and optionally `other` (names in further languages).
    /// - Throws: ``TopicsConfigurationError`` naming the file and the entry at fault.
    public static func load(dataDirectory: String, fileName: String = "missions.toml") throws -> MissionCatalog {
        let (path, root) = try DataFile.table(directory: dataDirectory, name: fileName)
        var seen: Set<String> = []
        var missions: [Mission] = []
        for (index, entry) in try DataFile.tables(root, key: "mission", path: path).enumerated() {
            guard let acronym = entry["acronym"]?.string, !acronym.isEmpty else {
                throw TopicsConfigurationError(file: path, problem: "mission #\(index + 1) needs an acronym")
            }
            guard seen.insert(acronym).inserted else {
                throw TopicsConfigurationError(file: path, problem: "mission \(acronym) appears twice")
            }
            missions.append(Mission(
                acronym: acronym,
                english: try DataFile.strings(entry, key: "en", path: path, context: "mission \(acronym)"),
                chinese: try DataFile.strings(entry, key: "zh", path: path, context: "mission \(acronym)"),
                other: try DataFile.strings(entry, key: "other", path: path, context: "mission \(acronym)")))
        }
        return MissionCatalog(missions: missions)
    }
}
