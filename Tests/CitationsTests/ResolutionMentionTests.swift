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

    @Test("full-width digits, as some Traditional copies print them, are read; mentions keep them as printed")
    func fullWidthDigits() throws {
        let text = "前言。\n安全理事會回顧第２３２６（２０１６）號和第１３２５ (２０００) 號決議，\n並注意到 Ｓ／２０１９／１００２ 號文件和《聯合國憲章》。"
        let found = try citations(text)
        #expect(found.citations.map(\.symbol) == ["S/RES/2326(2016)", "S/RES/1325(2000)", "S/2019/1002"])
        #expect(found.citations.first?.mentions.first?.text == "第２３２６（２０１６）號")
        #expect(found.citations.map { $0.mentions.first?.line } == [2, 2, 3])
        #expect(found.citations.last?.mentions.first?.text == "Ｓ／２０１９／１００２")
        #expect(found.instruments.map(\.title) == ["聯合國憲章"])
    }

    @Test("a cited document is a report or a letter when its clause says so, however long the title before the symbol")
    func reportAndLetterKinds() throws {
        let found = try citations("""
        Taking note of the report of the Secretary-General on the situation in Mali (S/2023/21), and recalling its letters of 10 January 2023 (S/2023/22) and 2 February 2023 (S/2023/83).
        我们相信该文件(S/2023/5)有用。安理会审议了秘书长的信(S/2023/6)。
        """).citations
        #expect(found.map { "\($0.symbol) \($0.kind)" } == [
            "S/2023/21 report", "S/2023/22 letter", "S/2023/83 letter", "S/2023/5 document", "S/2023/6 letter",
        ])
    }

    @Test("a Chinese list names every resolution in it")
    func chineseList() throws {
        let found = try citations("安理会第1325(2000)号、第1820(2008)号和第2242(2015)号决议以及第 425 (1978)和 426 (1978)号决议。").citations
        #expect(found.map(\.symbol) == ["S/RES/1325(2000)", "S/RES/1820(2008)", "S/RES/2242(2015)", "S/RES/425(1978)", "S/RES/426(1978)"])
    }

    @Test("ranges cite both ends; lists may omit 第 and 号 or end in 各项决议", arguments: [
        ("Recalling its resolutions 1325 (2000) to 2242 (2015) on women and peace and security,", ["S/RES/1325(2000)", "S/RES/2242(2015)"]),
        ("Recalling its resolutions 1267 (1999) through 2368 (2017),", ["S/RES/1267(1999)", "S/RES/2368(2017)"]),
        ("安理会回顾第1325(2000)号至第2242(2015)号决议。", ["S/RES/1325(2000)", "S/RES/2242(2015)"]),
        ("安理会回顾第1325（2000）、1820（2008）和2242（2015）号决议。", ["S/RES/1325(2000)", "S/RES/1820(2008)", "S/RES/2242(2015)"]),
        ("安理會回顧第1325 (2000)、第1820 (2008)號以及第2242 (2015)號各項決議。", ["S/RES/1325(2000)", "S/RES/1820(2008)", "S/RES/2242(2015)"]),
        ("in S/RES/2334 (2016) and S/RES/2474 ( 2019 )", ["S/RES/2334(2016)", "S/RES/2474(2019)"]),
        ("resolution 2334 (2016) to the parties", ["S/RES/2334(2016)"]),
    ])
    func rangesAndLists(text: String, expected: [String]) throws {
        #expect(try citations(text).citations.map(\.symbol) == expected)
    }

    @Test("a General Assembly resolution adopted in parts keeps its part letter", arguments: [
        ("the General Assembly, in its resolution 72/262 C, approved", "A/RES/72/262C"),
        ("大会第 72/262 C 号决议", "A/RES/72/262C"),
        ("General Assembly resolution 75/181. A new approach", "A/RES/75/181"),
        ("General Assembly resolution 75/181 A new approach", "A/RES/75/181"),
    ])
    func partLetters(text: String, symbol: String) throws {
        #expect(try citations(text).citations.map(\.symbol) == [symbol])
    }

    @Test("an English list goes on after 'and' at the end of a line")
    func conjunctionAtLineEnd() throws {
        let text = "pursuant to resolutions 2100 (2013), 2164 (2014) and\n2227 (2015), the Council"
        #expect(try citations(text).citations.map(\.symbol) == ["S/RES/2100(2013)", "S/RES/2164(2014)", "S/RES/2227(2015)"])
    }

    @Test("an English list goes on after a date qualifier")
    func dateQualifiers() throws {
        let text = "Recalling its resolutions ES-11/1 of 2 March 2022 and ES-11/4 of 12 October 2022, and Security Council resolution 2623 (2022) of 27 February 2022,"
        #expect(try citations(text).citations.map(\.symbol) == ["A/RES/ES-11/1", "A/RES/ES-11/4", "S/RES/2623(2022)"])
    }

    @Test("a paragraph reference inside an English list does not end it, and its numbers are no resolutions", arguments: [
        ("resolutions 2625 (2022), paragraph 10, and 1612 (2005)", ["S/RES/2625(2022)", "S/RES/1612(2005)"]),
        ("resolutions 2427 (2018), paragraphs 3 (a) and 5, 2467 (2019) and 2601 (2021)",
         ["S/RES/2427(2018)", "S/RES/2467(2019)", "S/RES/2601(2021)"]),
        ("resolutions 1325 (2000), operative paragraph 4 (b) (ii), and 2242 (2015)", ["S/RES/1325(2000)", "S/RES/2242(2015)"]),
        ("resolution 2625 (2022), paragraphs 10 and 12, of the Council", ["S/RES/2625(2022)"]),
    ])
    func paragraphReferences(text: String, expected: [String]) throws {
        #expect(try citations("Recalling \(text), and the report").citations.map(\.symbol) == expected)
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
