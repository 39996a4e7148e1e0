import Foundation
import Gazetteer
import Testing

@Suite("The Council presidencies (presidencies.toml)")
struct CouncilPresidenciesTests {
    @Test("the shipped file gives the State that held the presidency each month, and nothing for a month it lacks")
    func shippedMonths() throws {
        let presidencies = try CouncilPresidencies.load(fromDataDirectory: configDirectory)
        #expect(presidencies.state(year: 2020, month: 9) == "NER")
        #expect(presidencies.state(year: 2023, month: 2) == "MLT")
        #expect(presidencies.state(year: 2015, month: 12) == "USA")
        #expect(presidencies.state(year: 1990, month: 1) == nil)
        #expect(presidencies.state(year: 2020, month: 13) == nil)
    }

    @Test("every shipped code is a State of the shipped gazetteer, and each full year has twelve months")
    func shippedCodesAreStates() throws {
        let text = try String(contentsOfFile: configDirectory + "/presidencies.toml", encoding: .utf8)
        let presidencies = try CouncilPresidencies(parsingTOML: text, file: "presidencies.toml")
        for year in 2015...2026 {
            for month in 1...12 {
                let code = try #require(presidencies.state(year: year, month: month), "\(year)-\(month)")
                #expect(shipped.state(forCode: code) != nil, "\(year)-\(month): \(code)")
            }
        }
    }

    @Test("a data directory without the file knows no presidency")
    func missingFileIsEmpty() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("presidencies-\(UUID().uuidString)").path
        #expect(try CouncilPresidencies.load(fromDataDirectory: directory).isEmpty)
    }

    @Test("a bad year, a list of more than twelve months or a bad code is an error naming the file and the key", arguments: [
        ("[presidencies]\nabc = [\"FRA\"]\n", "presidencies.abc"),
        ("[presidencies]\n2020 = [\"A\", \"B\", \"C\", \"D\", \"E\", \"F\", \"G\", \"H\", \"I\", \"J\", \"K\", \"L\", \"M\"]\n", "presidencies.2020"),
        ("[presidencies]\n2020 = [\"fra\"]\n", "presidencies.2020"),
        ("[other]\n", "presidencies"),
    ])
    func invalid(text: String, key: String) {
        let error = #expect(throws: GazetteerError.self) { try CouncilPresidencies(parsingTOML: text, file: "p.toml") }
        guard case let .invalidValue(file, errorKey, _) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(file == "p.toml" && errorKey == key)
    }
}
