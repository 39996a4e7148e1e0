import Foundation
import Intake
import PluginAPI
import Testing

/// How the normalizer reads the furniture and page layout of UN documents it has not seen: mastheads of joint and
/// reissued documents, titles and annex headings followed by a blank line, sentences cut by a page break.
@Suite("Mastheads, titles and page breaks")
struct PageLayoutTests {
    private func normalized(_ generalFixture: String) throws -> NormalizedText {
        let url = Fixtures.seeds.appendingPathComponent("general/\(generalFixture).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return Normalizer().normalize(text)
    }

    @Test("a title and an annex heading never run on into the paragraph after a blank line, however full their lines")
    func blankLineEndsTitle() throws {
        let text = try normalized("g21_en_nv_blank_lines")
        let paragraphs = text.paragraphs
        let title = try #require(paragraphs.first { $0.kind == .title })
        #expect(title.text == "Note verbale dated 5 March 2019 from the Permanent Mission of Ukraine to the United Nations addressed to the Secretary-General")
        #expect(paragraphs.contains { $0.text.hasPrefix("The Permanent Mission of Ukraine presents") })
        let annex = try #require(text.annexes.first)
        #expect(annex.heading == "Annex to the note verbale dated 5 March 2019 from the Permanent Mission of Ukraine to the United Nations addressed to the Secretary-General")
        #expect(annex.title == "Statement of the Ministry of Foreign Affairs of Ukraine, Kyiv, 4 March 2019")
    }

    @Test("blank lines between Latin lines separate paragraphs; a page break between them does not")
    func blankLinesAndPageBreaks() {
        let text = [
            "Report of the Working Group on Peacekeeping Operations for the period from 1 January to 31 December 2018",
            "",
            "The Working Group held five meetings in 2018 to promote triangular cooperation among the Council",
            "and the troop- and police-contributing countries, as requested in",
            "",
            "2/3 19-04217",
            "",
            "S/2019/123",
            "",
            "resolutions 2378 (2017) and 2436 (2018).",
            "",
            "The meetings were attended by the troop- and police-contributing countries, the Secretariat and the",
            "members of the Council, who exchanged views on the performance of peacekeeping operations.",
            "",
            "The Working Group will continue its consideration of these matters in 2019 and report to the",
            "Council on its activities.",
        ].joined(separator: "\n")
        let paragraphs = Normalizer().normalize(text).paragraphs
        #expect(paragraphs.map(\.text) == [
            "Report of the Working Group on Peacekeeping Operations for the period from 1 January to 31 December 2018",
            "The Working Group held five meetings in 2018 to promote triangular cooperation among the Council and the troop- and police-contributing countries, as requested in resolutions 2378 (2017) and 2436 (2018).",
            "The meetings were attended by the troop- and police-contributing countries, the Secretariat and the members of the Council, who exchanged views on the performance of peacekeeping operations.",
            "The Working Group will continue its consideration of these matters in 2019 and report to the Council on its activities.",
        ])
    }

    @Test("English text with a blank line after every printed line is still joined into its paragraphs")
    func blankLineAfterEveryLine() throws {
        let url = Fixtures.seeds.appendingPathComponent("english/en07_resolution.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let doubleSpaced = lines.filter { !$0.isEmpty }.map { $0 + " \n" }.joined(separator: "\n")
        let texts = Normalizer().normalize(doubleSpaced).paragraphs.map(\.text)
        #expect(texts.contains("Recalling its resolutions 1325 (2000), 2086 (2013), 2185 (2014), 2272 (2016), 2378 (2017) and 2382 (2017), and the statement of its President of 26 August 2009 (S/PRST/2009/24),"))
        #expect(texts.contains("1. Requests the Secretary-General to ensure that data on the effectiveness of peacekeeping operations are used to improve the analytics and evaluation of mission operations, in line with resolution 2436 (2018);"))
        #expect(texts.contains("Resolution 2436 (2018)"))
    }

    @Test("a sentence cut by a page break on a short line goes on after the running heads, in English and Chinese")
    func pageBreakInsideSentence() throws {
        let english = try normalized("g22_en_joint_report_page_breaks").paragraphs
        let third = try #require(english.first { $0.label == "3" })
        #expect(third.text.hasSuffix("resolutions 1325 (2000), 1820 (2008) and 2242 (2015) and in the statement by the President of the Security Council of 19 July 2018 (S/PRST/2018/15)."))
        #expect(!english.contains { $0.text.hasPrefix("2242") || $0.text == "2/3" || $0.text == "18-21126" })
        let chinese = try normalized("g24_zh_sg_report_running_heads").paragraphs
        let second = try #require(chinese.first { $0.label == "2" })
        #expect(second.text.contains("协助第2374 (2017)号决议所设委员会"))
        #expect(chinese.first { $0.label == "1" }?.text.contains("2019年6月30日") == true)
    }

    @Test("masthead lines of a joint report are neither the title nor text; the joint symbol is furniture")
    func jointReportMasthead() throws {
        let text = try normalized("g22_en_joint_report_page_breaks")
        #expect(text.furniture.symbols == ["A/73/624", "S/2018/1104"])
        #expect(text.furniture.jobNumber == "18-21126")
        #expect(text.furniture.pageCount == 3)
        #expect(text.paragraphs.filter { $0.kind == .title }.map(\.text) == ["Report of the Secretary-General"])
        #expect(!text.paragraphs.contains { $0.text.contains("A/73/624–S/2018/1104") })
    }

    @Test("masthead furniture: joint symbols with any dash, reissue asterisks, 'Please recycle', other white space, full-width forms", arguments: [
        ("United Nations A/74/850–S/2020/380", ["A/74/850", "S/2020/380"]),
        ("United Nations A/70/95-S/2015/446", ["A/70/95", "S/2015/446"]),
        ("United Nations S/2023/150*", ["S/2023/150"]),
        ("联 合 国 A/77/790–S/2023/150*", ["A/77/790", "S/2023/150"]),
        ("S/2019/123\u{00A0}2/3\u{00A0}19-04217", ["S/2019/123"]),
        ("2/3\u{3000}19-04217", []),
        ("Please recycle", []),
        ("*1904217*                                          Please recycle ♲", []),
        ("请回收", []),
        // Full-width forms, as some Chinese copies print their running heads.
        ("聯 合 國 Ｓ／２０１９／２１５", ["S/2019/215"]),
        ("Ｓ／２０１９／１２３　２／３　１９－０４２１７", ["S/2019/123"]),
        ("１９－０４２１７ (C)", []),
    ])
    func mastheadFurniture(line: String, symbols: [String]) {
        let text = Normalizer().normalize("\(line)\n\nThe Security Council met on 5 March 2019 and heard briefings.\n")
        #expect(text.paragraphs.map(\.text) == ["The Security Council met on 5 March 2019 and heard briefings."])
        #expect(text.furniture.symbols == symbols)
    }

    @Test("the title paragraph of documents with agenda blocks, sessions and qualified report titles", arguments: [
        ("g10_zh_identical_letters", "2023 年 2 月 24 日乌克兰常驻联合国代表团临时代办给秘书长和安全理事会主席的同文信"),
        ("g15_zh_ga_resolution", "大会 2023 年 2 月 23 日通过的决议"),
        ("g16_en_ordinal_report", "Fifteenth report of the Secretary-General on the threat posed by ISIL (Da'esh) to international peace and security and the range of United Nations efforts in support of Member States in countering the threat"),
        ("g22_en_joint_report_page_breaks", "Report of the Secretary-General"),
        ("g24_zh_sg_report_running_heads", "秘书长的报告"),
    ])
    func titleParagraph(fixture: String, title: String) throws {
        #expect(try normalized(fixture).paragraphs.filter { $0.kind == .title }.map(\.text) == [title])
    }

    @Test("session, year and agenda lines under the masthead are not the title", arguments: [
        "General Assembly\nSeventy-third session\nAgenda item 38\nThe situation in Afghanistan\n\nThe situation in Mali\n\nReport of the Secretary-General",
        "大会\n第七十三届会议\n议程项目38\n阿富汗局势\n\n马里局势\n\n秘书长的报告",
    ])
    func sessionAndAgendaLines(masthead: String) throws {
        let text = Normalizer().normalize(masthead + "\n\n1. The present report is submitted pursuant to resolution 2423 (2018).\n")
        let title = try #require(text.paragraphs.first { $0.kind == .title })
        #expect(title.text == "Report of the Secretary-General" || title.text == "秘书长的报告")
    }

    @Test("a Traditional masthead is masthead: the title is the first line after it", arguments: ["大 會", "安 全 理 事 會", "聯合國"])
    func traditionalMasthead(organ: String) throws {
        let body = (1...4).map { "\($0). 會議將討論維持和平行動的績效、問責和保護平民問題，並聽取部隊派遣國的意見。" }.joined(separator: "\n\n")
        let text = Normalizer().normalize("聯 合 國 S/2019/215\n\n\(organ)\n\n2019年3月8日\n\n概念說明\n\n\(body)\n")
        #expect(text.paragraphs.filter { $0.kind == .title }.map(\.text) == ["概念說明"])
        #expect(text.furniture.symbols == ["S/2019/215"])
    }

    @Test("a Chinese signature line, (签名) or (簽名) at its end, never runs on into the next signatory's title")
    func chineseSignatureEndsParagraph() {
        let text = Normalizer().normalize(
            "2022年5月16日爱沙尼亚和挪威常驻联合国代表给安全理事会主席的信\n\n谨转递联合声明(见附件)。\n\n"
                + "爱沙尼亚常驻联合国代表\n斯文·于尔根松(签名)\n\n挪威常驻联合国代表\n莫娜·尤尔（簽名）\n")
        #expect(text.paragraphs.map(\.text).suffix(2) == ["爱沙尼亚常驻联合国代表斯文·于尔根松(签名)", "挪威常驻联合国代表莫娜·尤尔（簽名）"])
    }

    @Test("a Chinese statement heading ending 的发言 never runs on into the statement, however full its line")
    func chineseStatementHeadingEndsParagraph() {
        let text = Normalizer().normalize(
            "附件三\n中国常驻联合国副代表戴兵大使在安理会公开辩论会上的发言\n\n中方欢迎莫桑比克、厄瓜多尔和日本代表的发言。\n")
        #expect(text.paragraphs.map(\.text).suffix(2) == ["中国常驻联合国副代表戴兵大使在安理会公开辩论会上的发言", "中方欢迎莫桑比克、厄瓜多尔和日本代表的发言。"])
        // A joint statement's heading, with a long list of States, in Simplified or Traditional.
        let joint = Normalizer().normalize(
            "附件\n加拿大、法国、德国、意大利、日本、联合王国和美利坚合众国外交部长的联合声明\n我们谴责苏丹境内的战斗。\n"
                + "附件二\n中國和俄羅斯聯邦外交部長聯合聲明\n雙方重申。\n")
        #expect(joint.paragraphs.map(\.text) == [
            "附件", "加拿大、法国、德国、意大利、日本、联合王国和美利坚合众国外交部长的联合声明", "我们谴责苏丹境内的战斗。",
            "附件二", "中國和俄羅斯聯邦外交部長聯合聲明", "雙方重申。",
        ])
    }

    @Test("a Chinese letter title ends at 的信 even when its line is as full as the text's lines")
    func chineseTitleEndsAtLetter() {
        let title = "2019年4月4日法国常驻联合国代表给安全理事会主席的信"
        let body = "谨随函转递法国、德国、意大利和大不列颠及北爱尔兰联合王国外交部长2019年4月3日在巴黎发表的关于利比亚局势的联合声明(见附件)。各位部长表示全力支持秘书长特别代表的斡旋，呼吁各方立即停火并恢复政治进程。请将本函及其附件作为安全理事会的文件分发为荷。"
        // Cut like the seeds: lines of 27 characters, a blank line after each.
        var lines = [title, ""]
        var rest = Substring(body)
        while !rest.isEmpty {
            lines += [String(rest.prefix(27)), ""]
            rest = rest.dropFirst(27)
        }
        let paragraphs = Normalizer().normalize(lines.joined(separator: "\n")).paragraphs
        #expect(paragraphs.map(\.text) == [title, body])
        #expect(paragraphs.first?.kind == .title)
    }
}
