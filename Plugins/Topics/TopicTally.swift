/// The counts gathered from one document while it is scanned.
///
/// Overlapping matches that stand for the same thing count once: when a longer name contains a shorter one
/// ("非洲联盟-联合国达尔富尔混合行动" and "达尔富尔混合行动"), the longer wins.
struct TopicTally {
    private struct Accepted {
        var start: Int
        var end: Int
        var owner: TopicIndex.Owner
        var weight: Double
    }

    private let index: TopicIndex
    var topicWeight: [Double]
    var topicCount: [Int]
    var termCount: [Int]
    var missionCount: [Int]
    private var lastTopic: [Accepted?]
    private var lastMission: [Accepted?]

    init(index: TopicIndex) {
        self.index = index
        topicWeight = Array(repeating: 0, count: index.taxonomy.topics.count)
        topicCount = Array(repeating: 0, count: index.taxonomy.topics.count)
        termCount = Array(repeating: 0, count: index.terms.count)
        missionCount = Array(repeating: 0, count: index.missions.missions.count)
        lastTopic = Array(repeating: nil, count: index.taxonomy.topics.count)
        lastMission = Array(repeating: nil, count: index.missions.missions.count)
    }

    /// Records a match of `pattern` ending at `end`, in a block weighing `positionWeight`.
    mutating func record(pattern: Int, end: Int, positionWeight: Double) {
        let start = end - index.matcher.patterns[pattern].length
        for owner in index.owners[pattern] {
            switch owner {
            case .term(let topic, let term):
                let weight = index.termWeights[term] * positionWeight
                let match = Accepted(start: start, end: end, owner: owner, weight: weight)
                switch TopicTally.resolve(lastTopic[topic], match) {
                case .new:
                    add(match, sign: 1)
                    lastTopic[topic] = match
                case .replaces(let old):
                    add(old, sign: -1)
                    add(match, sign: 1)
                    lastTopic[topic] = match
                case .skip: break
                }
            case .mission(let mission):
                let match = Accepted(start: start, end: end, owner: owner, weight: 1)
                switch TopicTally.resolve(lastMission[mission], match) {
                case .new: missionCount[mission] += 1; lastMission[mission] = match
                case .replaces: lastMission[mission] = match
                case .skip: break
                }
            }
        }
    }

    private mutating func add(_ match: Accepted, sign: Int) {
        guard case .term(let topic, let term) = match.owner else { return }
        topicWeight[topic] += Double(sign) * match.weight
        termCount[term] += sign
        // A shield term (weight 0) hides the shorter terms inside it and counts for nothing itself.
        if index.termWeights[term] > 0 { topicCount[topic] += sign }
    }

    private enum Resolution {
        case new
        case replaces(Accepted)
        case skip
    }

    private static func resolve(_ last: Accepted?, _ match: Accepted) -> Resolution {
        guard let last, match.start < last.end else { return .new }
        return match.start <= last.start ? .replaces(last) : .skip
    }
}
