import CitationsPlugin
import PluginAPI
import Testing

private func citations(_ text: String) throws -> CitationsData {
    let extractor = try CitationsExtractor(environment: PluginEnvironment(dataDirectory: "."))
    return extractor.citations(in: try Fixtures.document(text: text))
}

@Suite("Resolutions named in running text")
struct ResolutionMentionTests {
    @Test("Chinese forms: spaces, full-width parentheses, line breaks anywhere", arguments: [
        "第 2436 (2018)号决议", "第2436（2018）号决议", "第2436 \n(2018)号决议", "第\n\n2436(2018)号决议",
        "第 2436 (2018)\n\n号决议", "第 2436(2018)号决\n\n议", "只 是 第\n2436(2018)号决议", "安全理事会第 2436(2018)号决议",
    ])
    func chineseForms(text: String) throws {
        let found = try citations("依照\(text)的规定。").citations
        #expect(found.map(\.symbol) == ["S/RES/2436(2018)"])
        #expect(found.first?.mentions.first?.line == 1)
    }

    @Test("a Chinese list names every resolution in it")
    func chineseList() throws {
        let found = try citations("安理会第1325(2000)号、第1820(2008)号和第2242(2015)号决议以及第 425 (1978)和 426 (1978)号决议。").citations
        #expect(found.map(\.symbol) == ["S/RES/1325(2000)", "S/RES/1820(2008)", "S/RES/2242(2015)", "S/RES/425(1978)", "S/RES/426(1978)"])
    }

    @Test("session/number resolutions belong to the organ named before them")
    func sessionNumber() throws {
        #expect(try citations("大会在关于执法人员行为守则的第 34/169 号决议中").citations.map(\.symbol) == ["A/RES/34/169"])
        #expect(try citations("人权理事会第 16/21 号决议").citations.map(\.symbol) == ["A/HRC/RES/16/21"])
        #expect(try citations("经济及社会理事会第2004/35号决议").citations.map(\.symbol) == ["E/RES/2004/35"])
        #expect(try citations("General Assembly resolution 70/262 and Human Rights Council resolution 45/28").citations.map(\.symbol)
            == ["A/RES/70/262", "A/HRC/RES/45/28"])
        #expect(try citations("Economic and Social Council resolution 2004/35").citations.map(\.symbol) == ["E/RES/2004/35"])
        #expect(try citations("resolution 1514 (XV) of the General Assembly").citations.map(\.symbol) == ["A/RES/1514(XV)"])
    }

    @Test("English lists, line breaks and French and Spanish keywords", arguments: [
        ("resolutions 425 (1978) and 426 (1978)", ["S/RES/425(1978)", "S/RES/426(1978)"]),
        ("resolutions 1325 (2000), 1820 (2008) and 2242 (2015)", ["S/RES/1325(2000)", "S/RES/1820(2008)", "S/RES/2242(2015)"]),
        ("resolutions 1325 (2000), 1820 (2008), and 2242 (2015)", ["S/RES/1325(2000)", "S/RES/1820(2008)", "S/RES/2242(2015)"]),
        ("Security Council resolution 2272\n(2016)", ["S/RES/2272(2016)"]),
        ("la résolution 2436 (2018) et la résolution 2518 (2020)", ["S/RES/2436(2018)", "S/RES/2518(2020)"]),
        ("las resoluciones 1325 (2000) y 2242 (2015)", ["S/RES/1325(2000)", "S/RES/2242(2015)"]),
    ])
    func latinForms(text: String, expected: [String]) throws {
        #expect(try citations("Recalling \(text), the Council").citations.map(\.symbol) == expected)
    }

    @Test("a number without a year counts only when the document gives that resolution's year")
    func yearless() throws {
        let withYear = try citations("第2518 (2020)号决议……安理\n会第2518号决议").citations
        #expect(withYear.map(\.symbol) == ["S/RES/2518(2020)"])
        #expect(withYear.first?.mentions.count == 2)
        #expect(try citations("as foreseen in resolution 2719, and 第2518号决议").citations.isEmpty)
    }

    @Test("paragraph, meeting and figure numbers are not resolutions", arguments: [
        "第 61 段", "第 8362 次会议", "第1、2和3段", "resolution of 2 per cent", "the resolution 2.5 times", "resolution 70%",
    ])
    func notResolutions(text: String) throws {
        #expect(try citations(text).citations.isEmpty)
    }
}

@Suite("Named instruments")
struct InstrumentTests {
    @Test("Chinese titles in 《》 that name a charter, convention, declaration or agreement, split or not")
    func chinese() throws {
        let data = try citations("维护《联\n合国宪章》各项原则，《联合国宪章》，《维也纳外交关系公约》，《以行动促维和》倡议，《2018-2028年军警人员性别均等战略》。")
        #expect(data.instruments == [Instrument(title: "联合国宪章", mentions: 2), Instrument(title: "维也纳外交关系公约", mentions: 1)])
    }

    @Test("a bare 《宣言》 counts for the one declaration the document names in full")
    func abbreviation() throws {
        let data = try citations("《联合国维和行动共同承诺宣言》……《宣言》中所体现的承诺")
        #expect(data.instruments == [Instrument(title: "联合国维和行动共同承诺宣言", mentions: 2)])
    }

    @Test("English instrument names, and not the bare word")
    func english() throws {
        let data = try citations("in accordance with the Charter of the United Nations, the Vienna Convention on Diplomatic Relations, the Universal Declaration of Human Rights and the Geneva Conventions of 1949; the Convention applies.")
        #expect(data.instruments.map(\.title) == [
            "Charter of the United Nations", "Vienna Convention on Diplomatic Relations", "Universal Declaration of Human Rights",
            "Geneva Conventions of 1949",
        ])
    }
}
