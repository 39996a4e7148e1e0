import Foundation
import Gazetteer
import Testing

@Suite("Loading states.toml")
struct LoadingTests {
    @Test("malformed TOML is reported with the file and line")
    func malformed() {
        let text = "[state.CIV]\nen = \"Côte d'Ivoire\"\nzh = \n"
        #expect {
            try StateGazetteer(parsingTOML: text, file: "/etc/undocd/states.toml")
        } throws: { error in
            guard case let .malformed(file, line, _, _) = error as? GazetteerError else { return false }
            return file == "/etc/undocd/states.toml" && line == 3
        }
    }

    @Test("a value of the wrong type names the file and the key")
    func wrongType() {
        let text = "[state.CIV]\nen = \"Côte d'Ivoire\"\nzh = \"科特迪瓦\"\nzh-variants = \"象牙海岸\"\n"
        let error = #expect(throws: GazetteerError.self) { try StateGazetteer(parsingTOML: text, file: "states.toml") }
        #expect(error == .invalidValue(file: "states.toml", key: "state.CIV.zh-variants", reason: "expected an array of strings"))
        #expect(error?.description.hasPrefix("states.toml: state.CIV.zh-variants") == true)
    }

    @Test("a missing required name, an unknown key and an unknown kind are errors naming the key")
    func missingAndUnknown() {
        let cases = [
            ("[state.CIV]\nen = \"Côte d'Ivoire\"\n", "state.CIV.zh"),
            ("[state.CIV]\nen = \"Côte d'Ivoire\"\nzh = \"科特迪瓦\"\nfr = \"Côte d'Ivoire\"\n", "state.CIV.fr"),
            ("[state.CIV]\nkind = \"country\"\nen = \"Côte d'Ivoire\"\nzh = \"科特迪瓦\"\n", "state.CIV.kind"),
            ("[region.REG-SAHEL]\nkind = \"member\"\nen = \"Sahel\"\nzh = \"萨赫勒\"\n", "region.REG-SAHEL.kind"),
            ("[region.SAHEL]\nen = \"Sahel\"\nzh = \"萨赫勒\"\n", "region.SAHEL"),
            ("[states.CIV]\nen = \"Côte d'Ivoire\"\nzh = \"科特迪瓦\"\n", "states"),
        ]
        for (text, key) in cases {
            let error = #expect(throws: GazetteerError.self) { try StateGazetteer(parsingTOML: text, file: "s.toml") }
            guard case let .invalidValue(file, errorKey, _) = error else { Issue.record("\(String(describing: error))"); continue }
            #expect(file == "s.toml" && errorKey == key)
        }
    }

    @Test("two entries sharing a name is an error naming both")
    func conflict() {
        let text = """
            [state.COG]
            en = "Congo"
            zh = "刚果"
            [state.COD]
            en = "Democratic Republic of the Congo"
            en-variants = ["Congo"]
            zh = "刚果民主共和国"
            """
        let error = #expect(throws: GazetteerError.self) { try StateGazetteer(parsingTOML: text, file: "s.toml") }
        #expect(error == .conflictingName(file: "s.toml", name: "Congo", firstKey: "state.COD", secondKey: "state.COG")
            || error == .conflictingName(file: "s.toml", name: "Congo", firstKey: "state.COG", secondKey: "state.COD"))
    }

    @Test("a missing file is an error naming the file")
    func missingFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-\(UUID().uuidString)").path
        let error = #expect(throws: GazetteerError.self) { try StateGazetteer.load(fromDataDirectory: directory) }
        guard case let .unreadable(file, _) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(file == directory + "/states.toml")
    }

    @Test("a user-added variant is found in text")
    func userVariant() throws {
        let text = """
            [state.CIV]
            en = "Côte d'Ivoire"
            zh = "科特迪瓦"
            zh-variants = ["象牙海岸"]
            [mask]
            zh = ["象牙海岸线"]
            """
        let gazetteer = try StateGazetteer(parsingTOML: text, file: "s.toml")
        #expect(gazetteer.matches(in: "象牙海岸和象牙海岸线").map(\.code) == ["CIV"])
        #expect(gazetteer.entries.first?.kind == .member)
    }
}
