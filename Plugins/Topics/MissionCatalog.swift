/// The United Nations peace operations undocd recognises, read from `missions.toml`.
public struct MissionCatalog: Sendable {
    /// One peacekeeping operation or political mission, current or past.
    public struct Mission: Sendable, Equatable {
        /// The acronym written to results (`MONUSCO`).
        public var acronym: String
        /// English names and short forms; the first is the full name.
        public var english: [String]
        /// Chinese names and short forms; the first is the full name.
        public var chinese: [String]
        /// Names in other languages (French, Spanish, …) and further spellings.
        public var other: [String]

        /// Creates a mission.
        public init(acronym: String, english: [String], chinese: [String], other: [String] = []) {
            self.acronym = acronym
            self.english = english
            self.chinese = chinese
            self.other = other
        }

        /// Every name the mission is recognised by, the acronym included.
        var allNames: [String] { [acronym] + english + chinese + other }
    }

    /// The missions, in catalogue order.
    public var missions: [Mission]

    /// Creates a catalogue.
    public init(missions: [Mission]) {
        self.missions = missions
    }
}
