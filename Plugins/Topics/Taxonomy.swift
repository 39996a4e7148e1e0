/// The topics undocd recognises, read from `topics.toml`: stable ids (part of the result contract), labels and
/// weighted terms in each language.
public struct Taxonomy: Sendable {
    /// One topic of the taxonomy.
    public struct Topic: Sendable, Equatable {
        /// The stable id written to results (`protection-of-civilians`).
        public var id: String
        /// The label written to results.
        public var label: String
        /// The terms that signal the topic, in every language.
        public var terms: [Term]

        /// Creates a topic.
        public init(id: String, label: String, terms: [Term]) {
            self.id = id
            self.label = label
            self.terms = terms
        }
    }

    /// A term and how strongly it signals its topic.
    public struct Term: Sendable, Equatable {
        /// The term as written in the taxonomy; a trailing `*` matches any word that starts with it.
        public var text: String
        /// How much one occurrence counts (1 for a defining term, less for a loose one).
        public var weight: Double

        /// Creates a term.
        public init(text: String, weight: Double = 1) {
            self.text = text
            self.weight = weight
        }
    }

    /// The topics, in taxonomy order.
    public var topics: [Topic]

    /// Creates a taxonomy.
    public init(topics: [Topic]) {
        self.topics = topics
    }
}
