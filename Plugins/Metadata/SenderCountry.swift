import Foundation
import Gazetteer

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

    private static let chineseMarkers = ["常驻", "代表团", "外交部", "政府", "总统", "总理", "国王", "驻联合国"]
    private static let latinMarkers = [
        "Permanent Mission of ", "Mission of ", "Representative of ", "Affairs of ", "affaires a.i. of ", "Minister of ",
        "President of ", "Government of ", "Mission permanente de ", "permanent de ", "permanente de ", "Misión Permanente de ",
        "Permanente de ",
    ]
    private static let latinEndings = [" to the United Nations", " to the UN", " auprès de", " ante las Naciones Unidas", " ante la", " in New York", " at Geneva"]

    /// The words naming the State.
    private func stateName(in sender: String) -> String? {
        if let first = sender.unicodeScalars.first, first.value >= 0x2E80 {
            guard let marker = Self.chineseMarkers.compactMap({ sender.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
            let name = String(sender[..<marker.lowerBound])
            return name.isEmpty ? nil : name
        }
        // Markers in order of precision: "… a.i. of the Permanent Mission of X" names X after the mission.
        guard let marker = Self.latinMarkers.lazy.compactMap({ sender.range(of: $0) }).first else { return nil }
        var name = String(sender[marker.upperBound...])
        if let end = Self.latinEndings.compactMap({ name.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            name = String(name[..<end.lowerBound])
        }
        for article in ["the ", "la ", "l’", "l'", "le ", "los ", "las ", "el "] where name.hasPrefix(article) {
            name = String(name.dropFirst(article.count))
            break
        }
        return name.isEmpty ? nil : name
    }

    /// Looks a State name up in the gazetteer (interim: the gazetteer on main is still a stub that knows no names).
    private func lookUp(_ name: String) -> String? {
        nil
    }
}
