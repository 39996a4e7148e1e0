@testable import SpeakersPlugin

/// Scores reported speakers against the expected ones with the rules of `seeds/expected/README.md`.
struct SpeakerScoring: CustomStringConvertible {
    var truePositives = 0
    var falsePositives: [String] = []
    var missed: [String] = []
    var expectedCount = 0

    var precision: Double {
        let reported = truePositives + falsePositives.count
        return reported == 0 ? (expectedCount == 0 ? 1 : 0) : Double(truePositives) / Double(reported)
    }
    var recall: Double { expectedCount == 0 ? 1 : Double(truePositives) / Double(expectedCount) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var description: String {
        String(format: "P %.2f R %.2f F1 %.2f", precision, recall, f1)
            + (missed.isEmpty ? "" : " missed \(missed)") + (falsePositives.isEmpty ? "" : " extra \(falsePositives)")
    }

    /// Names compare without white space and the separators · • ・ - ‐.
    static func normalize(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { !" \t\n\r\u{3000}·•・-‐\u{2011}".unicodeScalars.contains($0) }))
    }

    init(reported: [SpeakersData.Speaker], expected: [SeedCorpus.Expected.Speaker]) {
        // Group expected named entries linked by sameAs.
        var groups: [(names: Set<String>, optional: Bool, label: String)] = []
        for entry in expected {
            guard let name = entry.name else { continue }
            let key = SpeakerScoring.normalize(name)
            if let partner = entry.sameAs.map(SpeakerScoring.normalize), let index = groups.firstIndex(where: { $0.names.contains(partner) }) {
                groups[index].names.insert(key)
            } else {
                groups.append(([key], entry.optional ?? false, name))
            }
        }
        var nameless = expected.filter { $0.name == nil }.map { (code: $0.affiliation ?? "", optional: $0.optional ?? false) }
        expectedCount = groups.filter { !$0.optional }.count + nameless.filter { !$0.optional }.count
        var matchedGroups: Set<Int> = []
        for speaker in reported {
            if let name = speaker.name {
                let key = SpeakerScoring.normalize(name)
                if let index = groups.firstIndex(where: { $0.names.contains(key) }) {
                    if !groups[index].optional && matchedGroups.insert(index).inserted { truePositives += 1 }
                } else {
                    falsePositives.append(name)
                }
            } else {
                let code = speaker.affiliation?.code ?? "?"
                if let index = nameless.firstIndex(where: { $0.code == code }) {
                    if !nameless[index].optional { truePositives += 1 }
                    nameless.remove(at: index)
                } else {
                    falsePositives.append("(\(code))")
                }
            }
        }
        missed = groups.enumerated().filter { !$0.element.optional && !matchedGroups.contains($0.offset) }.map(\.element.label)
            + nameless.filter { !$0.optional }.map { "(\($0.code))" }
    }
}
