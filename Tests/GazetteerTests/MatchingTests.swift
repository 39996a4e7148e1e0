import Gazetteer
import PluginAPI
import Testing

@Suite("Finding names in text")
struct MatchingTests {
    @Test("the longest name at a position wins", arguments: [
        ("大不列颠及北爱尔兰联合王国代表发言", ["GBR"]),
        ("刚果民主共和国和刚果", ["COD", "COG"]),
        ("几内亚、几内亚比绍、赤道几内亚和巴布亚新几内亚", ["GIN", "GNB", "GNQ", "PNG"]),
        ("苏丹和南苏丹", ["SDN", "SSD"]),
        ("尼日尔和尼日利亚", ["NER", "NGA"]),
        ("多米尼克和多米尼加共和国", ["DMA", "DOM"]),
        ("印度和印度尼西亚", ["IND", "IDN"]),
        ("索马里和马里", ["SOM", "MLI"]),
        ("白俄罗斯和俄罗斯联邦", ["BLR", "RUS"]),
        ("Niger and Nigeria", ["NER", "NGA"]),
        ("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea", ["GIN", "GNB", "GNQ", "PNG"]),
        ("Dominica and the Dominican Republic", ["DMA", "DOM"]),
        ("the Sudan and South Sudan", ["SDN", "SSD"]),
        ("the Congo and the Democratic Republic of the Congo", ["COG", "COD"]),
        ("the Republic of Korea and the Democratic People's Republic of Korea", ["KOR", "PRK"]),
    ])
    func longestMatchWins(text: String, expected: [String]) {
        #expect(codes(in: text) == expected)
    }

    @Test("Latin names match whole words only, and case-sensitively unless all capitals", arguments: [
        ("Somali forces entered Mali.", ["MLI"]),
        ("the Nigerien army", [String]()),
        ("Romania and Oman", ["ROU", "OMN"]),
        ("the Indian Ocean", []),
        ("let us say it to the US", ["USA"]),
        ("turkey and chad for dinner", []),
        ("UNITED KINGDOM", ["GBR"]),
        ("China's position", ["CHN"]),
        ("the US$ 5 million", []),
        ("Côte d’Ivoire and Cote d'Ivoire", ["CIV", "CIV"]),
        ("St. Lucia and Saint Kitts and Nevis", ["LCA", "KNA"]),
        ("the United\nKingdom", ["GBR"]),
        ("the representatives of the Plurinational State of Bolivia, the Islamic Republic of Iran and the Netherlands",
         ["BOL", "IRN", "NLD"]),
        ("Australia, China, France, the Russian Federation and the United States of America",
         ["AUS", "CHN", "FRA", "RUS", "USA"]),
    ])
    func latinWordBoundaries(text: String, expected: [String]) {
        #expect(codes(in: text) == expected)
    }

    @Test("phrases that contain a name without naming the State do not match it", arguments: [
        ("发展中国家和小岛屿发展中国家", [String]()),
        ("其中国际社会", []),
        ("沿海地区和加勒比海地区", []),
        ("北爱尔兰", []),
        ("几内亚湾的海盗行为", []),
        ("Islamic State in Iraq and the Levant", []),
        ("Gulf of Guinea", []),
        ("中国和海地", ["CHN", "HTI"]),
        ("2019年12月27日本届会议和三十一日本信", []),
        ("日本和中国", ["JPN", "CHN"]),
        ("马里奥·德拉吉和阿曼达在马里", ["MLI"]),
    ])
    func masks(text: String, expected: [String]) {
        #expect(codes(in: text) == expected)
    }

    @Test("a Chinese name next to the dot of a transliterated personal name is part of the name", arguments: [
        ("约翰·肯亚塔先生和帕斯卡莱·贝里斯维尔大使在肯亚", ["KEN"]),
        ("克里斯·加纳、汤姆•多哥和安娜‧叶门斯", [String]()),
        ("加纳、多哥和也门", ["GHA", "TGO", "YEM"]),
    ])
    func namesNextToNameDots(text: String, expected: [String]) {
        #expect(codes(in: text) == expected)
    }

    @Test("a name that starts inside a shorter match and reaches further is the one meant", arguments: [
        ("许多哥伦比亚人和多哥", ["COL", "TGO"]),
        ("其中亚美尼亚", ["ARM"]),
        ("在马里、中非等地区", ["MLI", "CAF"]),
        ("中非合作论坛", []),
    ])
    func overlaps(text: String, expected: [String]) {
        #expect(codes(in: text, options: .all) == expected)
    }

    @Test("organizations named after a region are not mentions of the region")
    func organizations() {
        #expect(codes(in: "非洲联盟和西非国家经济共同体在非洲", options: .regions) == ["REG-AFRICA"])
        #expect(codes(in: "the African Union in Africa", options: .regions) == ["REG-AFRICA"])
    }

    @Test("regions and adjectives are reported only when asked for")
    func options() {
        #expect(codes(in: "萨赫勒和马里") == ["MLI"])
        #expect(codes(in: "萨赫勒和马里", options: [.regions]) == ["REG-SAHEL", "MLI"])
        #expect(codes(in: "the French delegation") == [])
        let adjectives = shipped.matches(in: "the French delegation", options: .adjectives)
        #expect(adjectives.map(\.code) == ["FRA"] && adjectives.first?.isAdjective == true)
        #expect(codes(in: "Kosovo and Western Sahara") == ["XKX", "ESH"])
        #expect(codes(in: "Kosovo and Western Sahara", options: []) == [])
    }

    @Test("Traditional Chinese text matches, and ranges slice the printed text")
    func traditionalAndRanges() {
        let text = "大不列顛及北愛爾蘭聯合王國、俄羅斯聯邦和美利堅合眾國的代表"
        let matches = shipped.matches(in: text)
        #expect(matches.map(\.code) == ["GBR", "RUS", "USA"])
        #expect(matches.map { String($0.text(in: text)) } == ["大不列顛及北愛爾蘭聯合王國", "俄羅斯聯邦", "美利堅合眾國"])
    }

    @Test("white space inside a Chinese name, left by a joined line, is skipped")
    func whiteSpaceInChinese() {
        let text = "大不列颠及北爱尔兰联合 王国"
        let matches = shipped.matches(in: text)
        #expect(matches.map(\.code) == ["GBR"])
        #expect(matches.first?.utf8Range == 0..<text.utf8.count)
    }
}

@Suite("Finding names in a paragraph")
struct ParagraphMatchingTests {
    @Test("a paragraph is scanned in its folded text and sliced in its printed text, with source lines")
    func foldedParagraph() {
        let printed = "俄羅斯聯邦代表說，\n美國支持"
        let folded = "俄罗斯联邦代表说，\n美国支持"
        let paragraph = Paragraph(
            kind: .body, text: printed, folded: folded,
            segments: [Segment(utf8Offset: 0, line: 4), Segment(utf8Offset: "俄羅斯聯邦代表說，\n".utf8.count, line: 5)])
        let matches = shipped.matches(in: paragraph)
        #expect(matches.map(\.code) == ["RUS", "USA"])
        #expect(matches.map { String($0.text(in: paragraph.text)) } == ["俄羅斯聯邦", "美國"])
        #expect(matches.map { paragraph.sourceLine(atUTF8Offset: $0.utf8Range.lowerBound) } == [4, 5])
    }
}
