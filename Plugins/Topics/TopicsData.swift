/// What the topics plugin writes under `extractors.topics.data` (see the result contract).
public struct TopicsData: Encodable, Sendable, Equatable {
    /// A topic discussed in the document.
    public struct Topic: Encodable, Sendable, Equatable {
        /// Taxonomy id.
        public var id: String
        /// Taxonomy label.
        public var label: String
        /// 0–1, rounded to two decimals.
        public var score: Double
        /// The terms found, most frequent first.
        public var evidence: [Evidence]
    }

    /// A term found, and how often.
    public struct Evidence: Encodable, Sendable, Equatable {
        /// The term as written in the taxonomy.
        public var term: String
        /// Occurrences in the document.
        public var count: Int
    }

    /// A peace operation named in the document.
    public struct Mission: Encodable, Sendable, Equatable {
        /// Its acronym (`MONUSCO`).
        public var acronym: String
        /// Its full name in the document's language.
        public var name: String
        /// How often it is named (full name, short form or acronym).
        public var mentions: Int
    }

    /// A State named in the document.
    public struct Place: Encodable, Sendable, Equatable {
        /// ISO 3166-1 alpha-3.
        public var code: String
        /// Its name in the document's language.
        public var name: String
        /// How often it is named.
        public var mentions: Int
    }

    /// Topics above the threshold, highest score first.
    public var topics: [Topic]
    /// Missions named, most mentioned first.
    public var missions: [Mission]
    /// States named, most mentioned first.
    public var places: [Place]
}
