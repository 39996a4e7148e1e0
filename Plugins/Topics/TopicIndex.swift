/// Everything the topics plugin looks for in a document — taxonomy terms and mission names — compiled into one
/// ``TermMatcher`` so that a document is read once. Built once per (re)load.
struct TopicIndex: Sendable {
    /// What a pattern stands for.
    enum Owner: Sendable {
        /// Term `term` (an index into ``terms``) of topic `topic`.
        case term(topic: Int, term: Int)
        /// Mission at this index of the catalogue.
        case mission(Int)
    }

    let taxonomy: Taxonomy
    let missions: MissionCatalog
    /// Every taxonomy term, flattened: topic index and term.
    let terms: [(topic: Int, term: Taxonomy.Term)]
    /// The weight of each term of ``terms``, apart: what a match needs, without copying the term.
    let termWeights: [Double]
    /// Each term of ``terms`` as results cite it in evidence: its text without a trailing `*`.
    let evidenceTerms: [String]
    let matcher: TermMatcher
    /// For each pattern of ``matcher``, what it stands for (one text may stand for several things).
    let owners: [[Owner]]

    init(taxonomy: Taxonomy, missions: MissionCatalog) {
        var patternIndex: [[UInt32]: Int] = [:]
        var patterns: [String] = []
        var owners: [[Owner]] = []
        func add(_ text: String, _ owner: Owner) {
            let key = ScalarFolding.foldPattern(Substring(text)) + (text.hasSuffix("*") ? [0x2A] : [])
            guard key.count > (text.hasSuffix("*") ? 1 : 0) else { return }
            if let index = patternIndex[key] {
                owners[index].append(owner)
            } else {
                patternIndex[key] = patterns.count
                patterns.append(text)
                owners.append([owner])
            }
        }
        var terms: [(topic: Int, term: Taxonomy.Term)] = []
        for (topicIndex, topic) in taxonomy.topics.enumerated() {
            for term in topic.terms {
                add(term.text, .term(topic: topicIndex, term: terms.count))
                terms.append((topicIndex, term))
            }
        }
        for (index, mission) in missions.missions.enumerated() {
            for name in mission.allNames { add(name, .mission(index)) }
        }
        self.taxonomy = taxonomy
        self.missions = missions
        self.terms = terms
        self.termWeights = terms.map(\.term.weight)
        self.evidenceTerms = terms.map { $0.term.text.hasSuffix("*") ? String($0.term.text.dropLast()) : $0.term.text }
        self.matcher = TermMatcher(patterns: patterns)
        self.owners = owners
    }
}
