import TOMLKit

extension Taxonomy {
    /// Keys of a `[[topic]]` entry that are not term lists.
    private static let reservedKeys: Set<String> = ["id", "label", "description"]

    /// Loads `<dataDirectory>/<fileName>`.
    ///
    /// Each `[[topic]]` has an `id` (lower-case letters, digits and `-`; unique), a `label`, and one list of terms
    /// per language (`zh`, `en`, `fr`, …: any other key). A term is a string (weight 1) or an inline table
    /// `{ term = "资源", weight = 0.4 }`; weight 0 makes a shield that hides the shorter terms inside it.
    /// - Throws: ``TopicsConfigurationError`` naming the file and the entry at fault.
    public static func load(dataDirectory: String, fileName: String = "topics.toml") throws -> Taxonomy {
        let (path, root) = try DataFile.table(directory: dataDirectory, name: fileName)
        var seen: Set<String> = []
        var topics: [Topic] = []
        for (index, entry) in try DataFile.tables(root, key: "topic", path: path).enumerated() {
            guard let id = entry["id"]?.string, Taxonomy.isValidID(id) else {
                throw TopicsConfigurationError(file: path, problem: "topic #\(index + 1) needs an id of lower-case letters, digits and '-'")
            }
            guard seen.insert(id).inserted else {
                throw TopicsConfigurationError(file: path, problem: "topic id \(id) appears twice")
            }
            var terms: [Term] = []
            for key in entry.keys.sorted() where !reservedKeys.contains(key) {
                guard let array = entry[key]?.array else {
                    throw TopicsConfigurationError(file: path, problem: "topic \(id): \(key) must be a list of terms")
                }
                for element in array {
                    if let text = element.string {
                        terms.append(Term(text: text))
                    } else if let table = element.table, let text = table["term"]?.string {
                        let weight = table["weight"]?.double ?? table["weight"]?.int.map(Double.init) ?? 1
                        guard weight >= 0 else {
                            throw TopicsConfigurationError(file: path, problem: "topic \(id): term \(text) needs a weight of 0 or more")
                        }
                        terms.append(Term(text: text, weight: weight))
                    } else {
                        throw TopicsConfigurationError(
                            file: path, problem: "topic \(id): each \(key) term is a string or { term = \"…\", weight = 0.5 }")
                    }
                }
            }
            topics.append(Topic(id: id, label: entry["label"]?.string ?? id, terms: terms))
        }
        return Taxonomy(topics: topics)
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
