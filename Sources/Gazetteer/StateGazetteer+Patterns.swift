extension StateGazetteer {
    /// Every searchable spelling of every entry, adjective and mask, checked for conflicts.
    static func patterns(entries: [GazetteerEntry], masks: [String], source: String) throws -> [NameAutomaton.Pattern] {
        var patterns: [NameAutomaton.Pattern] = []
        var owner: [String: (index: Int, key: String)] = [:]  // spelling → pattern index and the owner's key

        func add(_ name: String, target: Int32, key: String, isAdjective: Bool) throws {
            for spelling in NameForms.searchForms(of: name) where !spelling.isEmpty {
                if let existing = owner[spelling] {
                    if existing.key == key { continue }
                    throw GazetteerError.conflictingName(file: source, name: spelling, firstKey: existing.key, secondKey: key)
                }
                let latin = NameForms.isLatin(spelling)
                let last = spelling.unicodeScalars.last.map(NameForms.isLatinWordScalar) ?? false
                owner[spelling] = (patterns.count, key)
                // A mask may start inside a word: "27日本届会议" is masked by "7日本" (a date, not Japan).
                patterns.append(.init(
                    name: spelling, target: target, isAdjective: isAdjective,
                    needsBoundaryBefore: latin && target >= 0, needsBoundaryAfter: last))
            }
        }

        for (index, entry) in entries.enumerated() {
            for name in entry.names {
                try add(name, target: Int32(index), key: entry.tableKey, isAdjective: false)
            }
        }
        for (index, entry) in entries.enumerated() {
            for adjective in entry.englishAdjectives {
                try add(adjective, target: Int32(index), key: entry.tableKey, isAdjective: true)
            }
        }
        for mask in masks {
            try add(mask, target: -1, key: "mask", isAdjective: false)
        }
        return patterns
    }
}

extension GazetteerEntry {
    /// The entry's table in states.toml: `state.CIV` or `region.REG-SAHEL`.
    var tableKey: String { (kind == .region ? "region." : "state.") + code }
}
