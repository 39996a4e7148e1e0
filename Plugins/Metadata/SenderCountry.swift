import Gazetteer
import PluginAPI

/// The State a sender speaks for, read from the sender's words and looked up in the States gazetteer.
///
/// `科特迪瓦常驻联合国代表` → `科特迪瓦`; `Permanent Representative of Côte d'Ivoire to the United Nations` →
/// `Côte d'Ivoire`; `Chargé d'affaires a.i. of the Permanent Mission of X` → `X`. Organs and officials (the
/// Council's President, a Working Group chair, the Secretary-General) and senders naming several States have none.
struct SenderCountry {
    let gazetteer: StateGazetteer

    /// ISO 3166-1 alpha-3 of the sending State, or `nil`.
    func code(sender: String, role: String) -> String? {
        guard !Roles.organRoles.contains(role), let name = stateName(in: sender) else { return nil }
        return lookUp(name)
    }

    private static let chineseMarkers = ["常驻", "代表团", "外交部", "政府", "总统", "总理", "国王", "驻联合国", "观察员"].map { Array($0.utf8) }
    private static let latinMarkers = [
        "Permanent Mission of ", "Mission of ", "Representative of ", "Observer of ", "Affairs of ", "affaires a.i. of ", "Minister of ",
        "President of ", "Government of ", "Mission permanente de ", "Mission permanente du ", "permanent de ", "permanente de ",
        "permanent du ", "permanente du ", "permanent des ", "permanente des ", "Misión Permanente de ", "Misión Permanente del ",
        "Permanente de ",
    ].map { Array($0.utf8) }
    private static let latinEndings = [" to the United Nations", " to the UN", " auprès de", " ante las Naciones Unidas", " ante la", " in New York", " at Geneva"]
        .map { Array($0.utf8) }

    /// The words naming the State.
    private func stateName(in sender: String) -> String? {
        if let first = sender.unicodeScalars.first, first.value >= 0x2E80 {
            guard let name = Self.chineseMarkers.compactMap({ UTF8Scan.split(sender, at: $0)?.before }).min(by: { $0.utf8.count < $1.utf8.count }) else {
                return nil
            }
            return name.isEmpty ? nil : name
        }
        // Markers in order of precision: "… a.i. of the Permanent Mission of X" names X after the mission.
        guard var name = Self.latinMarkers.lazy.compactMap({ UTF8Scan.split(sender, at: $0)?.after }).first else { return nil }
        if let end = Self.latinEndings.compactMap({ UTF8Scan.split(name, at: $0)?.before }).min(by: { $0.utf8.count < $1.utf8.count }) {
            name = end
        }
        for article in ["the ", "la ", "l’", "l'", "le ", "los ", "las ", "el "] where name.hasPrefix(article) {
            name = String(name.dropFirst(article.count))
            break
        }
        return name.isEmpty ? nil : name
    }

    /// Looks a State name up in the gazetteer: the exact name ("Côte d'Ivoire", "多民族玻利维亚国"), else the one
    /// State named inside the words (several States, or none, give no country).
    private func lookUp(_ name: String) -> String? {
        if let entry = gazetteer.entry(named: name) { return entry.isState ? entry.code : nil }
        let states = Set(gazetteer.matches(in: name).filter { $0.kind == .member || $0.kind == .observer }.map(\.code))
        return states.count == 1 ? states.first : nil
    }
}
