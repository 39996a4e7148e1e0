import Foundation
import Gazetteer
import PluginAPI
import Testing
@testable import TopicsPlugin

/// What the topics plugin reports for short documents, and how its data files are read.
@Suite("Topics: scoring, matching and data files")
struct TopicsBehaviourTests {
    static let gazetteer = (try? StateGazetteer.load(fromDataDirectory: SeedCorpus.dataDirectory)) ?? StateGazetteer()

    func analyze(_ text: String) throws -> TopicsData {
        let extractor = try #require(TopicsSeedTests.extractor)
        return extractor.analyze(try SeedCorpus.document(text: text))
    }

    @Test("a topic discussed in a paragraph is reported with its evidence; one mentioned once in passing is not")
    func substantialVersusPassing() throws {
        let text = """
        1. 保护平民是维和行动的主要任务。保护平民战略必须包括支持政治对话。必须在特派团内建立保护平民文化，通过早期预警系统保护平民。
        2. 会员国还提到选举。
        """
        let data = try analyze(text)
        let ids = data.topics.map(\.id)
        #expect(ids.contains("protection-of-civilians"))
        #expect(!ids.contains("elections"))
        let evidence = try #require(data.topics.first { $0.id == "protection-of-civilians" }?.evidence)
        #expect(evidence.first == .init(term: "保护平民", count: 4))
    }

    @Test("a mission named by full name (broken across lines), short name and acronym is one mission, every mention counted")
    func missionsByEveryName() throws {
        let text = """
        联合国组织刚果民主共和国稳定特\n\n派团(联刚稳定团)支持选举。联刚稳定团继续保护平民。MONUSCO also supports the elections.
        """
        let data = try analyze(text)
        #expect(data.missions.map(\.acronym) == ["MONUSCO"])
        #expect(data.missions.first?.mentions == 4)
        #expect(data.missions.first?.name == "联合国组织刚果民主共和国稳定特派团")
    }

    @Test("a copy converted to Traditional with Taiwan's vocabulary counts its terms and names its States")
    func taiwanVocabulary() throws {
        let data = try analyze("""
        1. 特派團加強了資訊共享。資訊收集與分析有助於了解局勢，資訊共享機制已擴展到所有地區。特派團的衛星影像和資訊和通訊技術也很重要。
        2. 在肯亞和索馬利亞，特派團支持政治程序。
        """)
        let intelligence = try #require(data.topics.first { $0.id == "peacekeeping-intelligence" })
        #expect(intelligence.evidence.first == .init(term: "资讯共享", count: 2))
        #expect(data.places.map(\.code) == ["KEN", "SOM"])
        let missions = try analyze("聯合國賴比瑞亞特派團和聯合國獅子山特派團的經驗。")
        #expect(Set(missions.missions.map(\.acronym)) == ["UNMIL", "UNAMSIL"])
    }

    @Test("conflict-induced hunger and famine are humanitarian, in Chinese (a Traditional copy) and in English")
    func hungerIsHumanitarian() throws {
        let chinese = try analyze("""
        "安全理事會對衝突引發的糧食不安全深表關切，強調武裝衝突和暴力往往加劇飢荒風險。
        "安全理事會請秘書長在衝突引發飢荒風險時及時向安理會通報情況。"
        """)
        #expect(chinese.topics.first { $0.id == "humanitarian" }?.evidence.map(\.term) == ["饥荒", "粮食不安全"])
        let english = try analyze("""
        The Security Council expresses deep concern at conflict-induced food insecurity and stresses that armed conflict
        increases the risk of famine. It requests the Secretary-General to report when the risk of conflict-induced famine arises.
        """)
        #expect(english.topics.first { $0.id == "humanitarian" }?.evidence.map(\.term) == ["famine", "food insecurity"])
    }

    @Test("places are the States named, by ISO code, with counts")
    func places() throws {
        let data = try analyze("在马里，特派团支持马里政府。南苏丹局势恶化。")
        #expect(data.places.map(\.code) == ["MLI", "SSD"])
        #expect(data.places.first?.mentions == 2)
    }

    @Test("Latin terms match whole words only, with * for any ending")
    func wordBoundaries() throws {
        let matcher = TermMatcher(patterns: ["ICT", "peacekeep*", "protection of civilians"])
        var found: [Int] = []
        var state = ScanState()
        var text = "Conflict and ICT; peacekeepers. PROTECTION  OF\nCIVILIANS, ictus"
        text.withUTF8 { matcher.scan($0, state: &state) { pattern, _ in found.append(pattern) } }
        matcher.finish(&state) { pattern, _ in found.append(pattern) }
        #expect(found == [0, 1, 2])
    }

    @Test("Chinese terms match across white space between characters (letter-spaced or broken lines)")
    func ideographsJoinAcrossSpace() throws {
        let matcher = TermMatcher(patterns: ["综合业绩评估系统"])
        var count = 0
        var state = ScanState()
        var text = "综 合业 绩 评 估系\n 统只是"
        text.withUTF8 { matcher.scan($0, state: &state) { _, _ in count += 1 } }
        #expect(count == 1)
    }

    @Test("a shield term (weight 0) hides the shorter term inside it")
    func shieldTerms() throws {
        let taxonomy = Taxonomy(topics: [.init(id: "police", label: "Police", terms: [.init(text: "警察"), .init(text: "警察派遣国", weight: 0)])])
        let extractor = TopicsExtractor(
            settings: TopicsSettings(threshold: 0, minMentions: 1), taxonomy: taxonomy, missions: MissionCatalog(missions: []),
            gazetteer: Self.gazetteer)
        let data = extractor.analyze(try SeedCorpus.document(text: "部队和警察派遣国与联合国警察合作。"))
        #expect(data.topics.first?.evidence == [.init(term: "警察", count: 1)])
    }

    @Test("a broken taxonomy file is reported with its path and the entry at fault")
    func brokenTaxonomy() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("topics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "[[topic]]\nid = \"Bad Id\"\n".write(to: directory.appendingPathComponent("topics.toml"), atomically: true, encoding: .utf8)
        #expect {
            try Taxonomy.load(dataDirectory: directory.path)
        } throws: { error in
            (error as? TopicsConfigurationError)?.file.hasSuffix("topics.toml") == true && "\(error)".contains("topic #1")
        }
    }

    @Test("settings come from [plugins.topics]; a bad value names the key")
    func settings() throws {
        let settings = try TopicsSettings(environment: PluginEnvironment(dataDirectory: "/", settings: ["threshold": "0.7", "min_mentions": "4"]))
        #expect(settings.threshold == 0.7)
        #expect(settings.minMentions == 4)
        #expect(throws: TopicsConfigurationError.self) {
            try TopicsSettings(environment: PluginEnvironment(dataDirectory: "/", settings: ["threshold": "high"]))
        }
    }

    @Test("the shipped taxonomy uses exactly the topic ids of the contract")
    func taxonomyIDs() throws {
        let taxonomy = try Taxonomy.load(dataDirectory: SeedCorpus.dataDirectory)
        let contract: Set<String> = [
            "protection-of-civilians", "women-peace-security", "safety-security-peacekeepers", "performance-accountability",
            "action-for-peacekeeping", "force-generation-capabilities", "training-capacity-building", "triangular-cooperation",
            "mandates", "political-solutions", "regional-partnerships", "host-state", "peacekeeping-intelligence", "covid-19",
            "sexual-exploitation-abuse", "human-rights", "peacebuilding-transitions", "financing-resources",
            "technology-innovation", "terrorism-violent-extremism", "strategic-communications", "environment-climate",
            "working-methods", "police", "ddr-ssr-mine-action", "humanitarian", "children-armed-conflict", "sanctions",
            "rule-of-law-justice", "elections", "ceasefire-monitoring", "refugees-displacement",
        ]
        #expect(Set(taxonomy.topics.map(\.id)) == contract)
        #expect(taxonomy.topics.allSatisfy { topic in topic.terms.count >= 3 })
    }
}
