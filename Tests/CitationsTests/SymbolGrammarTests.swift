import CitationsPlugin
import PluginAPI
import Testing

/// The citations a short text yields, as canonical symbols in order of first mention.
private func symbols(_ text: String) throws -> [String] {
    let extractor = try CitationsExtractor(environment: PluginEnvironment(dataDirectory: "."))
    return extractor.citations(in: try Fixtures.document(text: text)).citations.map(\.symbol)
}

@Suite("UN document symbols")
struct SymbolGrammarTests {
    @Test("series, sessions, numbers and suffixes are read whole", arguments: [
        ("see document S/2020/123.", "S/2020/123"),
        ("(A/C.4/73/L.3/Rev.1)", "A/C.4/73/L.3/Rev.1"),
        ("in E/CN.6/2021/3 and", "E/CN.6/2021/3"),
        ("bulletin ST/SGB/2003/13 on", "ST/SGB/2003/13"),
        ("report A/HRC/48/20/Add.1,", "A/HRC/48/20/Add.1"),
        ("the note S/2017/507/Corr.1.", "S/2017/507/Corr.1"),
        ("CRC/C/GC/25 says", "CRC/C/GC/25"),
        ("statement S/PRST/2001/3)", "S/PRST/2001/3"),
        ("record S/PV.8362.", "S/PV.8362"),
        ("resolution A/RES/ES-10/19 of", "A/RES/ES-10/19"),
        ("见S/2020/897)", "S/2020/897"),
        ("UNEP/EA.5/Res.14 on plastics", "UNEP/EA.5/Res.14"),
        ("（S/2020/372）中", "S/2020/372"),
        ("statement S/PRST/\n2021/21, the", "S/PRST/2021/21"),
        ("the report (A/HRC/\n51/33)", "A/HRC/51/33"),
    ])
    func readsSymbols(text: String, symbol: String) throws {
        #expect(try symbols(text) == [symbol])
    }

    @Test("a resolution symbol keeps its year, without spaces and with ASCII parentheses", arguments: [
        "S/RES/2436 (2018)", "S/RES/2436(2018)", "S/RES/2436（2018）",
    ])
    func resolutionYear(text: String) throws {
        #expect(try symbols("under \(text), the") == ["S/RES/2436(2018)"])
    }

    @Test("a joint symbol gives two citations, whatever the dash")
    func jointSymbols() throws {
        #expect(try symbols("(A/70/95-S/2015/446)") == ["A/70/95", "S/2015/446"])
        #expect(try symbols("(见 A/70/357–S/2015/682，第 61 段)") == ["A/70/357", "S/2015/682"])
    }

    @Test("numbers and words that only look like symbols are not symbols", arguments: [
        "the 10-1-2 casualty response", "C-130 aircraft", "A/B testing", "a 2/15 page marker", "and/or S/N",
        "item A/4 of the", "S/1999/1 in S/RES mentions",
    ])
    func notSymbols(text: String) throws {
        #expect(try symbols(text).filter { $0 != "S/1999/1" }.isEmpty)
    }

    @Test("undocs.org links carry symbols, URL-encoded or in lower case", arguments: [
        ("https://undocs.org/ch/S/RES/2436%20(2018)", ["S/RES/2436(2018)"]),
        ("http://undocs.org/en/a/70/95/add.1", ["A/70/95/Add.1"]),
        ("https://undocs.org/s/res/2436(2018)", ["S/RES/2436(2018)"]),
        ("https://undocs.org/Home/Mobile?FinalSymbol=S%2F2020%2F372&Language=E", ["S/2020/372"]),
        ("https://www.un.org/en/ga/search/view_doc.asp?symbol=S/2015/446", ["S/2015/446"]),
        ("https://www.un.org/securitycouncil/S/content", []),
    ])
    func links(url: String, expected: [String]) throws {
        #expect(try symbols("见直升机越来\n\(url)\n越多地用于后勤") == expected)
        #expect(try symbols("see \(url) for more") == expected)
    }

    @Test("the document's own symbol, printed in its page headers, is not a citation")
    func ownSymbol() throws {
        let text = "S/2019/1002\n\n19-22675 2/15\n\n正文提到 S/2019/1002 和 S/2018/958。\n\nS/2019/1002\n\n19-22675 3/15\n"
        #expect(try symbols(text) == ["S/2018/958"])
    }

    @Test("a cited symbol alone on its line is a citation; the running head printed on every page is not")
    func symbolAloneOnItsLine() throws {
        let paragraphs = (1...5).map { "\($0). The Working Group held its meeting number \($0) in 2019 and heard a briefing by the Secretariat." }
        let list = ["The Working Group considered the following documents at its meetings:", "S/2019/456", "S/RES/2467 (2019)", "and the note by the President (S/2017/507)."]
        let text = (["S/2019/900", "19-22675 2/3"] + paragraphs + list + paragraphs + ["S/2019/900", "19-22675 3/3"]).joined(separator: "\n\n")
        #expect(try symbols(text) == ["S/2019/456", "S/RES/2467(2019)", "S/2017/507"])
    }

    @Test("resolution symbols and mentions in every spacing and parenthesis form are one canonical citation", arguments: [
        "S/RES/2436 (2018)", "S/RES/2436(2018)", "S/RES/2436（2018）", "S/RES/2436 （2018）", "resolution 2436 (2018)", "resolution 2436(2018)",
        "resolution 2436 （2018）", "第2436(2018)号决议", "第 2436 (2018) 号决议", "第2436（2018）号决议", "第 2436（2018）号 决议", "第2436(2018)號決議",
    ])
    func resolutionForms(text: String) throws {
        #expect(try symbols("Recalling \(text), the Council decided; 回顾\(text)。") == ["S/RES/2436(2018)"])
    }

    @Test("kinds and links follow the symbol and the document language")
    func kindsAndLinks() throws {
        let extractor = try CitationsExtractor(environment: PluginEnvironment(dataDirectory: "."))
        let data = extractor.citations(in: try Fixtures.document(text: "秘书长的报告(S/2018/958)、S/PRST/2001/3 和第 2436 (2018)号决议。"))
        let byKind = Dictionary(uniqueKeysWithValues: data.citations.map { ($0.symbol, $0.kind) })
        #expect(byKind == ["S/2018/958": "report", "S/PRST/2001/3": "presidential-statement", "S/RES/2436(2018)": "resolution"])
        #expect(data.citations.allSatisfy { $0.url == "https://undocs.org/zh/\($0.symbol)" && $0.organ == "S" })
    }
}
