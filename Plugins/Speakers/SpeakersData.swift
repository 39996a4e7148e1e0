/// What the speakers plugin writes under `extractors.speakers.data` (see the result contract).
public struct SpeakersData: Encodable, Sendable, Equatable {
    /// A person who speaks, briefs, chairs, signs or whose statement is reported, or a State whose representative
    /// is reported speaking (then `name` is nil).
    public struct Speaker: Encodable, Sendable, Equatable {
        /// The name as printed at its fullest, or nil for a State or body speaking through an unnamed representative.
        public var name: String?
        /// "先生", "女士", "少将", "Mr.", "Ms.", "Ambassador"…, when printed.
        public var honorific: String?
        /// The function as printed ("维持和平行动部非洲一司司长", "Permanent Representative of Ethiopia").
        public var title: String?
        /// Whom the speaker speaks for, when known.
        public var affiliation: Affiliation?
        /// briefer | representative | chair | signatory | statement | other.
        public var roles: [String]
        /// 1-based source lines of the passages where the speaker is introduced or speaks, ascending.
        public var lines: [Int]

        /// Encodes `name`, `affiliation` and `honorific`/`title` as the contract shows: a nameless speaker has
        /// `"name": null`; honorific and title are omitted when unknown.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encodeIfPresent(honorific, forKey: .honorific)
            try container.encodeIfPresent(title, forKey: .title)
            try container.encode(affiliation, forKey: .affiliation)
            try container.encode(roles, forKey: .roles)
            try container.encode(lines, forKey: .lines)
        }

        private enum CodingKeys: String, CodingKey {
            case name, honorific, title, affiliation, roles, lines
        }
    }

    /// Whom a speaker speaks for.
    public struct Affiliation: Encodable, Sendable, Equatable, Hashable {
        /// state | un | organization.
        public var kind: String
        /// ISO 3166-1 alpha-3 for a State, "UN" for the United Nations, the acronym of an organization.
        public var code: String
        /// The name as printed (the State, the UN department, the organization), when printed.
        public var name: String?
    }

    /// The speakers in order of first appearance.
    public var speakers: [Speaker]
}
