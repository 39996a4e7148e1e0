import Foundation
import Gazetteer
import PluginAPI
import Testing
import TopicsPlugin
@testable import SpeakersPlugin

/// "name|affiliation code|roles" for each speaker, in order.
private func summaryLines(_ speakers: [SpeakersData.Speaker]) -> [String] {
    speakers.map { "\($0.name ?? "-")|\($0.affiliation?.code ?? "?")|\($0.roles.joined(separator: ","))" }
}

/// Speakers found in short passages of UN prose: each test states one pattern.
@Suite("Speakers: patterns of UN prose")
struct SpeakersPatternTests {
    func speakers(_ text: String) throws -> [SpeakersData.Speaker] {
        let extractor = try #require(SpeakersSeedTests.extractor)
        return extractor.analyze(try SeedCorpus.document(text: text)).speakers
    }

    /// "name|affiliation code|roles" for each speaker of `text`, in order.
    func summary(_ text: String) throws -> [String] {
        summaryLines(try speakers(text))
    }

    @Test("a briefer introduced with a function and later called by surname and honorific is one speaker")
    func briefersLinkedBySurname() throws {
        let text = """
        4. 工作组邀请了维持和平行动部非洲一司司长 Michael Kingsley-Nyinah 和军事厅副军事顾问休·范·罗森少将来讨论这些问题。

        5. Kingsley-Nyinah 先生在通报中说，保护平民是维和行动的主要任务。

        6. 范·罗森少将说，伤员后送受益于特派团之间的灵活性。
        """
        let found = try speakers(text)
        #expect(found.map(\.name) == ["Michael Kingsley-Nyinah", "休·范·罗森"])
        #expect(found.first?.affiliation?.code == "UN")
        #expect(found.first?.title == "维持和平行动部非洲一司司长")
        #expect(found.first?.honorific == "先生")
        #expect(found.first?.lines == [1, 3])
        #expect(found.last?.lines == [1, 5])
    }

    @Test("a title that lists divisions with 、 is kept whole, without a PDF's footnote numbers; a 、 between two people still separates them")
    func titleWithEnumeration() throws {
        let found = try speakers("""
        4. 维持和平行动部亚洲、中东和美洲司司长哈立德·希亚里先生和维持和平行动部欧洲、中亚及美洲司司长米罗斯拉夫·延恰先生向安理会作了通报。
        5. 秘书长特别代表、联中稳定团团长瓦伦丁·鲁瓦比扎先生、儿童基金会执行主任凯瑟琳·拉塞尔女士也作了通报。
        6. 维持和平行动部和外勤支助部2 的政策、评价和培训司司长戴维·海利先生说，培训是关键。
        """)
        #expect(found.map(\.name) == ["哈立德·希亚里", "米罗斯拉夫·延恰", "瓦伦丁·鲁瓦比扎", "凯瑟琳·拉塞尔", "戴维·海利"])
        #expect(found.map(\.title) == [
            "维持和平行动部亚洲、中东和美洲司司长", "维持和平行动部欧洲、中亚及美洲司司长", "联中稳定团团长", "儿童基金会执行主任",
            "维持和平行动部和外勤支助部的政策、评价和培训司司长",
        ])
    }

    @Test("the author of a report is not a speaker, even with a speech verb after the report")
    func reportAuthorsAreNotSpeakers() throws {
        let text = """
        11. 正如克鲁兹中将和帕特里克·卡梅尔特少将在报告中所强调，会员国有责任为联合国提供充足的部队和能力。
        21. Pedersen 先生解释说，卡洛斯·阿尔贝托·多斯桑托斯·克鲁斯中将(退役)在其关于改善联合国维和人员安全保障的报告中提出了四个关键问题。
        """
        #expect(try summary(text) == ["Pedersen|?|briefer"])
    }

    @Test("every State of a coordinated list whose representatives speak is a speaker")
    func coordinatedStateList() throws {
        let text = "27. 大不列颠及北爱尔兰联合王国和南非的代表坚持认为，需要加强专门警务小组。澳大利亚、中国和法国呼吁加强态势感知。"
        #expect(try summary(text) == ["-|GBR|representative", "-|ZAF|representative", "-|AUS|representative", "-|CHN|representative", "-|FRA|representative"])
    }

    @Test("States listed after a colon that says their representatives spoke are speakers; a delegate speaking for a list is one")
    func statesListedAfterColon() throws {
        #expect(try summary("11. 以下会员国代表发了言：挪威、比利时和孟加拉国。")
            == ["-|NOR|representative", "-|BEL|representative", "-|BGD|representative"])
        #expect(try summary("我代表下列国家发言：埃及、摩洛哥和突尼斯。").isEmpty)
        // The States a delegate speaks for do not speak: "代表" is the verb "on behalf of" there.
        #expect(try summary("5. 联合王国代表也代表法国和美国发言，呼吁加强问责。") == ["-|GBR|representative"])
    }

    @Test("States named as some of the members who spoke ('Several members, including Brazil, India and Kenya, stressed')")
    func statesIncludedAmongSpeakers() throws {
        let codes = ["-|BRA|representative", "-|IND|representative", "-|KEN|representative"]
        #expect(try summary("4. Several members, including Brazil, India and Kenya, stressed the need for adequate resources.") == codes)
        #expect(try summary("4. 若干成员，包括巴西、印度和肯尼亚，强调需要充足的资源。") == codes)
        // Not when the list is not the subject of a speech verb.
        #expect(try summary("5. Several speakers, among them Egypt and Nigeria, underscored the role of regional organizations.")
            == ["-|EGY|representative", "-|NGA|representative"])
        #expect(try summary("5. 若干成员，例如埃及和尼日利亚，强调了区域组织的作用。") == ["-|EGY|representative", "-|NGA|representative"])
        #expect(try summary("4. Troop contributors, including Brazil, India and Kenya, have deployed units to the Mission.").isEmpty)
        #expect(try summary("4. 部队派遣国，包括巴西、印度和肯尼亚，已向特派团部署了部队。").isEmpty)
    }

    @Test("English: briefers introduced each with a title before the name, joined by 'and', share the verb")
    func titledBriefersShareTheVerb() throws {
        let text = """
        3. The Under-Secretary-General for Peace Operations, Jean-Pierre Lacroix, and the Force Commander of MONUSCO, Lieutenant General Otávio Rodrigues de Miranda Filho, briefed the Working Group.
        """
        #expect(try summary(text) == ["Jean-Pierre Lacroix|UN|briefer", "Otávio Rodrigues de Miranda Filho|UN|briefer"])
    }

    @Test("a parenthesis after a State in a list of speakers ('Algeria (on behalf of …) and Japan', '(the A3)') keeps the list")
    func parenthesesInStateLists() throws {
        #expect(try summary("2. The representatives of Algeria (on behalf of the Group of African States) and Japan welcomed the report.")
            == ["-|DZA|representative", "-|JPN|representative"])
        #expect(try summary("3. Ghana, Gabon and Mozambique (the A3) stressed the importance of African solutions.")
            == ["-|GHA|representative", "-|GAB|representative", "-|MOZ|representative"])
        #expect(try summary("2. 阿尔及利亚(代表非洲国家集团)和日本代表欢迎该报告。") == ["-|DZA|representative", "-|JPN|representative"])
        #expect(try summary("3. 加纳、加蓬和莫桑比克(非洲三国)强调了非洲解决办法的重要性。")
            == ["-|GHA|representative", "-|GAB|representative", "-|MOZ|representative"])
        // "等国代表": the list stands for more States than it names.
        #expect(try summary("1. 中国、法国等国代表强调了政治解决的重要性。") == ["-|CHN|representative", "-|FRA|representative"])
    }

    @Test("a report as the object of a State's speech verb does not silence the State")
    func reportAsObject() throws {
        #expect(try summary("9. 俄罗斯联邦代表对报告列入某些国家表示关切。") == ["-|RUS|representative"])
    }

    @Test("English: States as the subject of a summary sentence, and States introduced as speakers")
    func englishStateSubjects() throws {
        #expect(try summary("7. Bangladesh and Pakistan emphasized that contributors should be consulted.")
            == ["-|BGD|representative", "-|PAK|representative"])
        #expect(try summary("Statements were made by the representatives of Belgium and Japan.")
            == ["-|BEL|representative", "-|JPN|representative"])
        #expect(try summary("The Mission supported Mali and Niger in the elections.").isEmpty)
    }

    @Test("English: a statement heading by an organization's representative names the organization")
    func organizationStatementHeading() throws {
        let text = "Annex IV\n\nStatement by the representative of the European Union\n\n    The Union supports the Global Compact."
        #expect(try summary(text).map { $0.hasPrefix("-|EU|") } == [true])
    }

    @Test("a Chinese name between a title and an honorific is a speaker of the title's State")
    func nativeChineseName() throws {
        #expect(try summary("3. 中国常驻联合国代表张军大使说，维和行动应尊重东道国的主权。") == ["张军|CHN|representative"])
    }

    @Test("States each with their own 代表 joined by 和 form one list")
    func representativesJoined() throws {
        #expect(try summary("5. 大不列颠及北爱尔兰联合王国代表和法国代表欢迎特派团的努力。卢旺达和孟加拉国的代表也发了言。")
            == ["-|GBR|representative", "-|FRA|representative", "-|RWA|representative", "-|BGD|representative"])
    }

    @Test("English: the State printed after a name, in parentheses or after 'of', is its affiliation")
    func englishStateAfterName() throws {
        #expect(try summary("3. Mr. Zhang Jun (China) said that efforts must address root causes.") == ["Zhang Jun|CHN|representative"])
        #expect(try summary("1. The President of the Council, Ambassador Vanessa Frazier of Malta, opened the debate.")
            .map { $0.hasPrefix("Vanessa Frazier|MLT|") } == [true])
    }

    @Test("a State answered or merely named does not speak")
    func statesAnsweredDoNotSpeak() throws {
        let text = "81. 在答复俄罗斯联邦和中国代表时，克里斯托菲德斯先生指出快速反应部队在科特迪瓦和利比里亚的重要性。"
        #expect(try summary(text) == ["克里斯托菲德斯|?|briefer"])
    }

    @Test("Traditional Chinese reads like Simplified")
    func traditionalChinese() throws {
        #expect(try summary("48. 埃塞俄比亞代表說，不對稱威脅需要一種新的防範方法。") == ["-|ETH|representative"])
    }

    @Test("an annex statement heading names the speaker, the State and the role")
    func statementHeading() throws {
        let text = "附件三\n\n中国常驻联合国副代表耿爽的发言\n\n感谢拉克鲁瓦副秘书长所作通报。\n"
        let found = try speakers(text)
        #expect(found.first?.name == "耿爽")
        #expect(found.first?.affiliation?.code == "CHN")
        #expect(found.first?.roles == ["statement"])
    }

    @Test("a delegation's statement in an annex heading is the State's, without a name")
    func delegationStatement() throws {
        #expect(try summary("附件五\n\n爱沙尼亚常驻联合国代表团的发言\n\n我们欢迎这次辩论。\n") == ["-|EST|statement"])
    }

    @Test("a joint statement by several States' ministers is each State's statement, in Chinese and in English")
    func jointStatementOfStates() throws {
        let chinese = "附件\n\n加拿大、法国、德国、意大利、日本、联合王国和美利坚合众国外交部长的联合声明\n\n我们谴责苏丹境内的战斗。\n"
        let english = """
        Annex

        Joint statement by the Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America

        We condemn the fighting in the Sudan.
        """
        let codes = ["CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"].map { "-|\($0)|statement" }
        #expect(try summary(chinese) == codes)
        #expect(try summary(english) == codes)
        // Printed without 的, or as a Traditional copy.
        #expect(try summary("附件\n\n中國和俄羅斯聯邦外交部長聯合聲明\n\n雙方重申。\n") == ["-|CHN|statement", "-|RUS|statement"])
        #expect(try summary("Annex\n\nJoint statement by Estonia, Ireland and Norway on the protection of civilians\n\nWe met.\n")
            == ["-|EST|statement", "-|IRL|statement", "-|NOR|statement"])
        // A heading run on into its statement by a converter is cut at the heading's end, so the States of the
        // statement's first sentence are not taken for its authors.
        #expect(try summary("附件\n中国和俄罗斯联邦外交部长的联合声明\n双方重申，法国和德国的立场值得欢迎。\n")
            == ["-|CHN|statement", "-|RUS|statement"])
        // A State the statement is about is not its author.
        #expect(try summary("Annex\n\nJoint statement on the situation in the Sudan\n\nThe Sudan must be at peace.\n").isEmpty)
    }

    @Test("the signatory speaks for the State that sends the letter")
    func signatoryOfALetter() throws {
        let text = "2018 年 3 月 2 日荷兰常驻联合国代表给秘书长的信\n\n请将本信及其附件作为安全理事会文件分发为荷。\n\n常驻代表\n\n大使\n\n卡雷尔·范奥斯特罗姆(签名)\n"
        #expect(try summary(text) == ["卡雷尔·范奥斯特罗姆|NLD|signatory"])
    }

    @Test("a Traditional letter's signatory, marked (簽名), speaks for the sending State under the printed name")
    func signatoryOfATraditionalLetter() throws {
        let text = "2019年3月4日荷蘭常駐聯合國代表給秘書長的信\n\n請將本信作為安全理事會文件分發為荷。\n\n常駐代表\n\n大使\n\n卡雷爾·范奧斯特羅姆（簽名）\n"
        #expect(try summary(text) == ["卡雷爾·范奧斯特羅姆|NLD|signatory"])
    }

    @Test("briefers listed after a heading that announces them are speakers, with their organization")
    func briefersList() throws {
        let text = "情况介绍人：\n\n 秘书长\n\n 非洲联盟委员会主席穆萨·法基\n\n 非政府组织 GREFFA(妇女行动培训研究小组)主任法蒂马塔·图雷\n"
        #expect(try summary(text) == ["穆萨·法基|AU|briefer", "法蒂马塔·图雷|GREFFA|briefer"])
    }

    @Test("English: representatives of States, alone, listed or possessive")
    func englishStates() throws {
        let text = """
        7. The representative of Ethiopia said that peacekeepers could not remain passive. The representatives of China \
        and France stressed that safety was a shared responsibility. Mexico's representative said that transitions \
        should be driven by conditions on the ground. The Council thanked the representative of Peru.
        """
        #expect(try summary(text) == ["-|ETH|representative", "-|CHN|representative", "-|FRA|representative", "-|MEX|representative"])
    }

    @Test("English: a titled briefer later called Ms. or General is one speaker; a report author is not")
    func englishBriefers() throws {
        let text = """
        3. The Working Group heard briefings by the Assistant Secretary-General for Africa, Martha Ama Akyaa Pobee, and \
        by Lieutenant General Birame Diop, Military Adviser for Peace Operations.

        4. Ms. Pobee said that the protection of civilians remained at the heart of mandates. General Diop recalled the \
        report prepared by Lieutenant General Carlos Alberto dos Santos Cruz.
        """
        let found = try speakers(text)
        #expect(found.map(\.name) == ["Martha Ama Akyaa Pobee", "Birame Diop"])
        #expect(found.map { $0.affiliation?.code } == ["UN", "UN"])
        #expect(found.first?.honorific == "Ms.")
    }

    @Test("English: statement headings and signatures")
    func englishStatementsAndSignatures() throws {
        let text = """
        Letter dated 5 June 2023 from the Permanent Representative of Albania to the United Nations addressed to the President of the Security Council

        (Signed) Ferit Hoxha
        Permanent Representative

        Annex
        Statement by the Deputy Permanent Representative of China to the United Nations, Geng Shuang

        China thanks Mr. Lacroix for his briefing.
        """
        // Mr. Lacroix, thanked for his briefing, gave it.
        #expect(try summary(text) == ["Ferit Hoxha|ALB|signatory", "Geng Shuang|CHN|statement", "Lacroix|?|briefer"])
    }

    @Test("English: each signatory of a joint letter speaks for the State of the title printed under the name")
    func jointLetterSignatures() throws {
        let text = """
        Letter dated 16 May 2022 from the Permanent Representatives of Estonia, Ireland and Norway to the United Nations addressed to the President of the Security Council

        We have the honour to transmit a joint statement (see annex).

        (Signed) Sven Jürgenson
        Permanent Representative of Estonia to the United Nations

        (Signed) Geraldine Byrne Nason
        Ambassador
        Permanent Representative of Ireland to the United Nations

        (Signed) Mona Juul
        Permanent Representative of Norway to the United Nations

        Annex
        """
        let found = try speakers(text)
        #expect(summaryLines(found)
            == ["Sven Jürgenson|EST|signatory", "Geraldine Byrne Nason|IRL|signatory", "Mona Juul|NOR|signatory"])
        #expect(found.map(\.title) == [
            "Permanent Representative of Estonia to the United Nations", "Permanent Representative of Ireland to the United Nations",
            "Permanent Representative of Norway to the United Nations",
        ])
        #expect(found[1].honorific == "Ambassador")
    }

    @Test("English: a title broken over the lines under a signature is read whole; what follows the block is not part of it")
    func signatureTitleOverLines() throws {
        let text = """
        Letter dated 28 December 2022 from the Chair of the Security Council Working Group on Peacekeeping Operations addressed to the President of the Security Council

        I have the honour to transmit the summary of the meeting.

        (Signed) Harold Adlai Agyeman
        Chair of the Security Council Working Group on
        Peacekeeping Operations

        Annex I
        """
        let found = try speakers(text)
        #expect(found.first?.title == "Chair of the Security Council Working Group on Peacekeeping Operations")
        #expect(found.first?.roles.contains("chair") == true)
    }

    @Test("English: a rank line under a signature ('Ambassador Extraordinary and Plenipotentiary') is the honorific, the next line the title")
    func signatureRankLine() throws {
        let found = try speakers("""
        I should be grateful if you would have the present letter circulated as a document of the Security Council.

        (Signed) Sergiy Kyslytsya
        Ambassador Extraordinary and Plenipotentiary
        Permanent Representative of Ukraine to the United Nations
        """)
        #expect(found.first?.honorific == "Ambassador Extraordinary and Plenipotentiary")
        #expect(found.first?.title == "Permanent Representative of Ukraine to the United Nations")
        #expect(found.first?.affiliation?.code == "UKR")
    }

    @Test("Chinese: each signatory of a joint letter speaks for the State of the title printed above the name")
    func chineseJointLetterSignatures() throws {
        let text = """
        2022年5月16日爱沙尼亚、爱尔兰和挪威常驻联合国代表给安全理事会主席的信

        谨转递联合声明(见附件)。

        爱沙尼亚常驻联合国代表
        斯文·于尔根松(签名)

        爱尔兰常驻联合国代表
        大使
        杰拉尔丁·伯恩·纳森(签名)

        挪威常驻联合国代表
        莫娜·尤尔(签名)
        """
        let found = try speakers(text)
        #expect(summaryLines(found)
            == ["斯文·于尔根松|EST|signatory", "杰拉尔丁·伯恩·纳森|IRL|signatory", "莫娜·尤尔|NOR|signatory"])
        #expect(found.map(\.title) == ["爱沙尼亚常驻联合国代表", "爱尔兰常驻联合国代表", "挪威常驻联合国代表"])
        #expect(found.map(\.honorific) == [nil, "大使", nil])
    }

    @Test("Chinese: a chair's signature block names the body above the title; 会议由…主持 makes a chair")
    func chineseChairBlock() throws {
        let signed = try speakers("""
        谨转递工作组的报告。

        安全理事会维持和平行动工作组
        主席
        穆罕默德·泽内·谢里夫(签名)
        """)
        #expect(signed.first?.title == "安全理事会维持和平行动工作组主席")
        #expect(signed.first?.roles == ["chair", "signatory"])
        let presided = try speakers("1. 会议由爱尔兰常驻代表杰拉尔丁·伯恩·纳森大使主持。")
        #expect(presided.first?.roles.contains("chair") == true)
        #expect(presided.first?.affiliation?.code == "IRL")
    }

    @Test("English: representatives who 'took the floor' or 'made statements' speak; a long title with a mission's name before a rank and name")
    func tookTheFloorAndLongTitles() throws {
        let text = """
        2. The Working Group heard a briefing by the Force Commander of the United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA), Lieutenant General Daniel Sidiki Traoré.

        3. During the discussion, the representatives of Brazil, China and Japan took the floor. The representatives of Norway and Ireland made statements.
        """
        let found = try speakers(text)
        #expect(summaryLines(found)
            == ["Daniel Sidiki Traoré|UN|briefer", "-|BRA|representative", "-|CHN|representative", "-|JPN|representative",
                "-|NOR|representative", "-|IRL|representative"])
        #expect(found.first?.title?.hasPrefix("Force Commander of the United Nations") == true)
    }

    @Test("Chinese: a State and 的 right before a name is the speaker's affiliation; 米歇尔 is a transliterated name")
    func chineseStatePossessive() throws {
        let text = "4. 会议由加蓬常驻代表米歇尔·泽维尔·比昂主持。爱尔兰的弗格尔·米森大使欢迎“维和行动加强版”倡议。"
        let found = try summary(text)
        #expect(found == ["米歇尔·泽维尔·比昂|GAB|representative,chair", "弗格尔·米森|IRL|representative"])
    }

    @Test("English: a double title joined by 'and' is read whole; a mission's acronym or a Special Representative is the UN")
    func doubleTitleOfUNOfficial() throws {
        let found = try speakers("""
        2. My Special Representative for Mali and Head of MINUSMA, El-Ghassim Wane, continued his engagement with the authorities. On 12 October, Mr. Wane briefed the Security Council. The Minister for Foreign Affairs of Mali, Abdoulaye Diop, met with the Mission leadership.
        """)
        #expect(summaryLines(found) == ["El-Ghassim Wane|UN|briefer"])
        #expect(found.first?.title == "Special Representative for Mali and Head of MINUSMA")
    }

    @Test("Chinese: the Secretary-General's Special Representative on a State's situation is the UN; a visit is not speech")
    func chineseSpecialRepresentative() throws {
        let found = try speakers("""
        2. 我的马里问题特别代表兼马里稳定团团长埃尔-加西姆·瓦内继续与过渡当局接触。10月12日，瓦内先生向安全理事会通报了该国局势。

        4. 马里人权状况独立专家阿利乌内·蒂内于10月10日至20日访问该国。
        """)
        #expect(summaryLines(found) == ["埃尔-加西姆·瓦内|UN|briefer"])
        #expect(found.first?.title == "马里问题特别代表兼马里稳定团团长")
        #expect(found.first?.affiliation?.name == "马里稳定团")
    }

    @Test("English: the official thanked 'for her briefing' is a briefer, titled without the words before the title")
    func thankedForBriefing() throws {
        let found = try speakers("""
        I thank the Under-Secretary-General for Political and Peacebuilding Affairs, Ms. Rosemary DiCarlo, for her briefing.
        """)
        #expect(summaryLines(found) == ["Rosemary DiCarlo|UN|briefer"])
        #expect(found.first?.title == "Under-Secretary-General for Political and Peacebuilding Affairs")
    }

    @Test("English: 'Ambassador, Permanent Representative' under a signature is an honorific and a title")
    func signatureRankWithComma() throws {
        let found = try speakers("""
        Letter dated 10 April 2023 from the Permanent Representative of Brazil to the United Nations addressed to the President of the Security Council

        (Signed) Sérgio França Danese
        Ambassador, Permanent Representative
        """)
        #expect(found.first?.honorific == "Ambassador")
        #expect(found.first?.title == "Permanent Representative")
        #expect(found.first?.affiliation?.code == "BRA")
    }

    @Test("Chinese: a title starts after 感谢 or 谨转递; 大使 above 常驻代表 is the honorific; 毛罗 is a transliterated name")
    func chineseTitleLeads() throws {
        let found = try speakers("""
        谨转递巴西外交部长毛罗·维埃拉阁下在公开辩论会上的发言(见附件)。

        大使
        常驻代表
        塞尔吉奥·弗兰萨·达内塞(签名)

        我感谢主管政治和建设和平事务副秘书长罗斯玛丽·迪卡洛女士所作的通报。
        """)
        #expect(found.map(\.name) == ["毛罗·维埃拉", "塞尔吉奥·弗兰萨·达内塞", "罗斯玛丽·迪卡洛"])
        #expect(found.map(\.title) == ["巴西外交部长", "常驻代表", "主管政治和建设和平事务副秘书长"])
        #expect(found[1].honorific == "大使")
        // No letter title names the sender here: the signatory has no State to speak for.
        #expect(found.map { $0.affiliation?.code } == ["BRA", nil, "UN"])
    }

    @Test("English: 'Mr. Huang' after 'Huang Xia' is the same person (a Chinese name puts the surname first)")
    func chineseNameInLatinLetters() throws {
        let found = try speakers("""
        The Special Envoy of the Secretary-General for the Great Lakes Region, Huang Xia, briefed the members. Mr. Huang stressed the need for regional cooperation.
        """)
        #expect(summaryLines(found) == ["Huang Xia|UN|briefer"])
        #expect(found.first?.honorific == "Mr.")
    }

    @Test("Chinese: officials thanked for their briefing are briefers; a heading that names the occasion before 的发言 is a statement")
    func chineseThankedBriefersAndOccasionHeadings() throws {
        let found = try speakers("""
        附件一
        中国常驻联合国代表张军大使的发言

        中方感谢古特雷斯秘书长的通报。我感谢维和行动部副秘书长拉克鲁瓦先生的通报。

        附件二
        中国常驻联合国副代表戴兵大使在安理会公开辩论会上的发言

        中方欢迎莫桑比克和日本代表的发言。
        """)
        #expect(summaryLines(found) == [
            "张军|CHN|statement", "古特雷斯|UN|briefer", "拉克鲁瓦|UN|briefer", "戴兵|CHN|statement", "-|MOZ|representative",
            "-|JPN|representative",
        ])
        #expect(found[2].title == "维和行动部副秘书长")
    }

    @Test("English: briefers announced in a list after a colon ('The following briefers are expected: Ms. A, …; General B, …')")
    func announcedBriefers() throws {
        let found = try speakers("""
        2. The following briefers are expected: Ms. Sima Bahous, Under-Secretary-General and Executive Director of UN-Women; Lieutenant General Birame Diop, Military Adviser for Peace Operations; and a representative of civil society.

        3. The Council also heard from Ms. Fatima Akilu, Executive Director of the Neem Foundation.
        """)
        #expect(found.map { "\($0.name ?? "-")|\($0.roles.joined(separator: ","))" } == ["Sima Bahous|briefer", "Birame Diop|briefer", "Fatima Akilu|briefer"])
    }

    @Test("English: a concept note's briefers listed under a heading of their own, one per line, with the title before or after the name")
    func briefersUnderAHeading() throws {
        let found = try speakers("""
        Annex to the letter dated 2 May 2023 from the Permanent Representative of Switzerland to the United Nations addressed to the Secretary-General

        Concept note for the Security Council open debate on the protection of civilians in armed conflict

        Briefers
        - Secretary-General António Guterres
        - Executive Director of UNICEF, Catherine Russell
        - Mirjana Spoljaric Egger, President of the International Committee of the Red Cross
        - Ms. Ruth Mumbi, civil society representative

        Background
        Civilians continue to bear the brunt of armed conflict. The use of explosive weapons in populated areas remains of grave concern.
        """)
        #expect(summaryLines(found) == ["António Guterres|UN|briefer", "Catherine Russell|UN|briefer", "Mirjana Spoljaric Egger|ICRC|briefer", "Ruth Mumbi|?|briefer"])
        #expect(found.map(\.title) == ["Secretary-General", "Executive Director of UNICEF", "President of the International Committee of the Red Cross", "civil society representative"])
    }

    @Test("English: a title right before a name, without a comma ('Special Envoy Hans Grundberg'), introduces the person; a document is no name")
    func titleRightBeforeName() throws {
        let found = try speakers("""
        Secretary-General António Guterres briefed the Council. Special Envoy Hans Grundberg said that the truce held.

        The Secretary-General Annual Report noted that violations increased. Under President Salva Kiir Mayardit, the Government made progress.
        """)
        #expect(summaryLines(found) == ["António Guterres|UN|briefer", "Hans Grundberg|UN|briefer"])
        #expect(found.map(\.title) == ["Secretary-General", "Special Envoy"])
    }

    @Test("English: the chair of a Council body, or 'Chair' alone, chairs; the chair of another organization's commission does not")
    func chairsOfOtherBodies() throws {
        let found = try speakers("""
        2. The Chair of the Working Group, Ambassador Michel Xavier Biang, opened the meeting. The Chairperson of the African Union Commission, Moussa Faki Mahamat, said that the summit had called for the release of detainees.
        """)
        #expect(summaryLines(found) == ["Michel Xavier Biang|?|briefer,chair", "Moussa Faki Mahamat|AU|briefer"])
    }

    @Test("English: a middle initial, a double title whose second part ends in a title word, and 'presided over by' before a title")
    func initialsDoubleTitlesAndPresidingTitles() throws {
        let found = try speakers("""
        1. The Special Envoy of the Secretary-General for Syria, Geir O. Pedersen, and the Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, Martin Griffiths, briefed the Council.

        2. Mr. Pedersen said that the political process must move forward.

        3. The meeting was presided over by the President of the Council, Pedro Comissário Afonso of Mozambique.
        """)
        #expect(summaryLines(found) == ["Geir O. Pedersen|UN|briefer", "Martin Griffiths|UN|briefer", "Pedro Comissário Afonso|MOZ|chair"])
        #expect(found.map(\.title) == [
            "Special Envoy of the Secretary-General for Syria", "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator",
            "President of the Council",
        ])
        #expect(found.first?.lines == [1, 3])
    }

    @Test("Chinese: 得 of 彼得森 is part of a transliterated name, and the next name's title starts after 和")
    func transliteratedPeterAndNextTitle() throws {
        let found = try speakers("1. 秘书长叙利亚问题特使盖尔·彼得森和负责人道主义事务副秘书长兼紧急救济协调员马丁·格里菲斯向安理会作了通报。彼得森先生说，政治进程必须向前推进。")
        #expect(found.map(\.name) == ["盖尔·彼得森", "马丁·格里菲斯"])
        #expect(found.map(\.title) == ["秘书长叙利亚问题特使", "负责人道主义事务副秘书长兼紧急救济协调员"])
    }

    @Test("English: 'gave a presentation', an organization in parentheses after the name, and States listed after 'made statements:'")
    func presentationsOrganizationsAndListedStates() throws {
        let found = try speakers("""
        2. Ms. Virginia Gamba, Special Representative of the Secretary-General for Children and Armed Conflict, gave a presentation on the report. Mr. Omar Abdi (UNICEF) highlighted the need for funding. Ms. Jane Doe (ICRC) said that access remained limited.

        3. Council members made statements: Albania, Brazil and the United States.

        4. Council members expressed concern about the situation in the following States: Mali and the Niger.
        """)
        #expect(summaryLines(found) == [
            "Virginia Gamba|UN|briefer", "Omar Abdi|UN|briefer", "Jane Doe|ICRC|briefer",
            "-|ALB|representative", "-|BRA|representative", "-|USA|representative",
        ])
        // A label over a verbatim record's list of members present announces no speech; nor does "made a decision".
        #expect(try summary("Members: Albania . . . . Mr. Hoxha\nThe Committee made a decision: Mali and the Niger.").isEmpty)
    }

    @Test("Chinese: an organization in parentheses after the name, States listed after 安理会成员发言的有：, and 简 of 简·多伊")
    func chineseOrganizationsAndListedMembers() throws {
        let found = try speakers("""
        1. 工作组主席、瑞士常驻联合国代表帕斯卡莱·贝里斯维尔大使宣布会议开幕。

        2. 奥马尔·阿卜迪先生(儿童基金会)强调必须为重返社会方案提供资金。简·多伊女士(红十字国际委员会)说，探视机会仍然有限。弗吉尼亚·甘巴简要介绍了报告。

        3. 安理会成员发言的有：阿尔巴尼亚、巴西和美利坚合众国。
        """)
        #expect(summaryLines(found) == [
            "帕斯卡莱·贝里斯维尔|CHE|representative,chair", "奥马尔·阿卜迪|UN|briefer", "简·多伊|ICRC|briefer", "弗吉尼亚·甘巴|?|briefer",
            "-|ALB|representative", "-|BRA|representative", "-|USA|representative",
        ])
    }

    @Test("Chinese: a statement heading with the occasion between the name and 的发言 names a native name (Traditional copy)")
    func headingWithOccasion() throws {
        let found = try speakers("""
        2023年7月3日大韓民國常駐聯合國代表給安全理事會主席的信的附件

        大韓民國外交部長朴振在安全理事會公開辯論會上的發言

        主席女士，朝鮮民主主義人民共和國今年已經發射了多枚彈道導彈。
        """)
        #expect(summaryLines(found) == ["朴振|KOR|statement"])
        #expect(found.first?.title == "大韓民國外交部長")
        // A delegation's statement on an occasion is the State's, without a name.
        #expect(try summary("附件\n\n挪威常驻联合国代表团在安全理事会公开辩论会上的发言\n\n挪威欢迎这次辩论。\n") == ["-|NOR|statement"])
    }

    @Test("English: a Director-General's appositive title, 'addressed the Council', and a specialized agency as the affiliation")
    func directorsGeneralAndAgencies() throws {
        let found = try speakers("""
        1. Mr. Mohamed Ibn Chambas, High Representative for Silencing the Guns, addressed the Council via video link.

        2. Dr. Tedros Adhanom Ghebreyesus, Director-General of the World Health Organization, briefed on the health situation. 国际原子能机构总干事拉斐尔·格罗西先生也作了通报。

        3. The letter addressed to the President of the Council was circulated.
        """)
        #expect(summaryLines(found) == ["Mohamed Ibn Chambas|?|briefer", "Tedros Adhanom Ghebreyesus|WHO|briefer", "拉斐尔·格罗西|IAEA|briefer"])
        #expect(found.dropFirst().first?.title == "Director-General of the World Health Organization")
    }

    @Test("a Chinese concept note's briefers under 通报人, and briefers listed after 'The following briefed …:' joined by '; and'")
    func conceptNoteBriefersAndFollowingBriefed() throws {
        let chinese = try speakers("""
        2023年5月2日瑞士常驻联合国代表给秘书长的信的附件

        关于武装冲突中保护平民问题的安全理事会公开辩论会的概念说明

        通报人
        - 秘书长安东尼奥·古特雷斯
        - 红十字国际委员会主席米尔亚娜·施波利亚里奇·埃格尔
        - 民间社会代表鲁思·蒙比女士

        背景
        平民继续首当其冲地承受武装冲突的影响。在人口密集地区使用爆炸性武器、袭击医院和学校仍然令人严重关切。
        """)
        #expect(summaryLines(chinese) == ["安东尼奥·古特雷斯|UN|briefer", "米尔亚娜·施波利亚里奇·埃格尔|ICRC|briefer", "鲁思·蒙比|?|briefer"])
        let english = try speakers("""
        2. The following briefed the Working Group: Jean-Pierre Lacroix, Under-Secretary-General for Peace Operations; and Catherine Russell, Executive Director of UNICEF.
        """)
        #expect(summaryLines(english) == ["Jean-Pierre Lacroix|UN|briefer", "Catherine Russell|UN|briefer"])
    }

    @Test("a Permanent Observer speaks for the observer State, in English and Chinese; 'Archbishop' is an honorific")
    func permanentObservers() throws {
        let found = try speakers("""
        1. Mr. Riyad Mansour, Permanent Observer of the State of Palestine to the United Nations, said that the situation was dire.

        2. The Permanent Observer of the Holy See, Archbishop Gabriele Caccia, stressed the need for dialogue.

        3. 巴勒斯坦国常驻联合国观察员利亚德·曼苏尔先生说，局势十分严峻。
        """)
        #expect(summaryLines(found) == ["Riyad Mansour|PSE|representative", "Gabriele Caccia|VAT|representative", "利亚德·曼苏尔|PSE|representative"])
        #expect(found.map(\.honorific) == ["Mr.", "Archbishop", "先生"])
        #expect(found.last?.title == "巴勒斯坦国常驻联合国观察员")
    }

    @Test("ministers titled right before the name ('Secretary of State Antony Blinken', '美国国务卿'); 'chaired the meeting' makes a chair; 'United States' is no UN unit")
    func ministersAndActiveChairs() throws {
        let found = try speakers("""
        1. United States Secretary of State Antony Blinken chaired the meeting. Foreign Secretary James Cleverly said that the resolution mattered. The Secretary of State of the United States, Antony Blinken, said that the Council must act.

        2. 美国国务卿安东尼·布林肯主持会议并发言。
        """)
        #expect(summaryLines(found) == ["Antony Blinken|USA|representative,chair", "James Cleverly|?|briefer", "安东尼·布林肯|USA|representative,chair"])
        #expect(found.map(\.title) == ["United States Secretary of State", "Foreign Secretary", "美国国务卿"])
    }

    @Test("English: co-chairs named together after 'co-chaired by' are both chairs")
    func coChairs() throws {
        let text = "1. The meeting was co-chaired by Ambassador Fergal Mythen of Ireland and Ambassador Abdou Abarry of the Niger."
        #expect(try summary(text) == ["Fergal Mythen|IRL|chair", "Abdou Abarry|NER|chair"])
    }

    @Test("the President of the Council who signs without naming a State speaks for the State that held the presidency that month")
    func presidentOfTheMonth() throws {
        let chinese = "2020年9月16日安全理事会主席给秘书长的信\n\n谨转递所附通报。\n\n安全理事会主席\n阿卜杜•阿巴里(签名)\n"
        #expect(try summary(chinese) == ["阿卜杜•阿巴里|NER|chair,signatory"])
        let english = """
        Letter dated 5 February 2023 from the President of the Security Council addressed to the Secretary-General

        I have the honour to enclose the statements.

        (Signed) Vanessa Frazier
        President of the Security Council
        """
        #expect(try summary(english) == ["Vanessa Frazier|MLT|chair,signatory"])
        // A month the data does not hold gives no State; nor does a Working Group chair's letter.
        #expect(try summary(chinese.replacing("2020年9月", with: "1990年9月")) == ["阿卜杜•阿巴里|?|chair,signatory"])
        let chair = "2020年9月16日安全理事会维持和平行动工作组主席给安全理事会主席的信\n\n谨转递。\n\n工作组主席\n阿卜杜•阿巴里(签名)\n"
        #expect(try summary(chair) == ["阿卜杜•阿巴里|?|chair,signatory"])
    }

    @Test("the month of a title's date, in Chinese and English forms", arguments: [
        ("2020年9月16日安全理事会主席给秘书长的信", 2020, 9), ("2020 年 9 月 16 日秘书长给安全理事会主席的信", 2020, 9),
        ("Letter dated 5 February 2023 from the President", 2023, 2), ("Letter dated December 27, 2019 from the", 2019, 12),
        ("Letter dated 1 May 2024 from", 2024, 5),
    ])
    func titleMonth(title: String, year: Int, month: Int) throws {
        let found = try #require(DocumentSender.month(in: Array(title.utf8)))
        #expect(found.year == year && found.month == month)
    }

    @Test("a resolution's requests and the chairs of other bodies it names make no speakers")
    func resolutionMentionsAreNotSpeakers() throws {
        let english = """
        Commending the work of the Panel of Experts, chaired by Mr. Jean-Pierre Katsuva,

        1. Requests the Secretary-General, through his Special Representative, Mr. El-Ghassim Wane, to continue to support the transition;
        """
        #expect(try summary(english).isEmpty)
        #expect(try summary("1. 请秘书长通过其特别代表埃尔-加西姆·瓦内先生继续支持过渡进程；\n\n2. 欢迎特派团通过其特别代表埃尔-加西姆·瓦内先生支持选举。").isEmpty)
        // A meeting chaired by someone still has its chair.
        #expect(try summary("1. The debate, which was chaired by Mr. Jean-Pierre Katsuva, heard many speakers.") == ["Jean-Pierre Katsuva|?|chair"])
    }

    @Test("English: whoever chaired the meeting is its chair")
    func chairedBy() throws {
        let text = """
        1. The meeting was chaired by Ms. Geraldine Byrne Nason, Permanent Representative of Ireland. Mr. Martin Griffiths, Under-Secretary-General for Humanitarian Affairs, briefed the participants.
        """
        #expect(try summary(text) == ["Geraldine Byrne Nason|IRL|chair", "Martin Griffiths|UN|briefer"])
    }

    @Test("English: a name that starts with a capital of Latin Extended-A (Š, Ł, Ž) is a name")
    func extendedLatinCapitals() throws {
        let text = """
        2. Mr. Ivan Šimonović, Permanent Representative of Croatia, said that transitions must be nationally owned. Ms. Łucja Żak, Director of the Office, also spoke.
        """
        #expect(try summary(text) == ["Ivan Šimonović|HRV|representative", "Łucja Żak|?|briefer"])
    }

    @Test("English: a comma inside an appositive title, or a relative clause, between the name and the verb")
    func titlesWithCommasAndRelativeClauses() throws {
        let text = """
        3. Ambassador Rabab Fatima of Bangladesh, who currently serves as Chair of the Peacebuilding Commission, said that the Commission could act as a bridge.

        4. Ms. Kim Bolduc, Director of the Asia, Middle East and Americas Division of the Department of Peace Operations, presented lessons from Liberia.
        """
        let found = try speakers(text)
        #expect(summaryLines(found) == ["Rabab Fatima|BGD|representative", "Kim Bolduc|UN|briefer"])
        #expect(found.last?.title == "Director of the Asia, Middle East and Americas Division of the Department of Peace Operations")
    }

    @Test("English: a title in parentheses, or a participle set off by commas, between the name and the verb")
    func parentheticalTitlesAndParticiples() throws {
        let text = """
        2. Ms. DiCarlo (Under-Secretary-General for Political and Peacebuilding Affairs) said that the situation remained fragile.

        3. Ms. Rosa Emilia Salamanca, speaking via videoconference, said that women peacebuilders faced reprisals.
        """
        let found = try speakers(text)
        #expect(summaryLines(found) == ["DiCarlo|UN|briefer", "Rosa Emilia Salamanca|?|briefer"])
        #expect(found.first?.title == "Under-Secretary-General for Political and Peacebuilding Affairs")
        // A parenthesis without a title, and a participle not followed by a speech verb, make no speaker.
        #expect(try summary("4. Mr. Wane (see annex) travelled to Gao. Ms. Salamanca, speaking of the past, travelled on.").isEmpty)
    }

    @Test("English: participants named in a summary are briefers; a Special Representative 'for' a State is the UN")
    func participantsAndSubjectStates() throws {
        let text = "3. Among the participants were Mr. Atul Khare, former Under-Secretary-General for Field Support, and Ms. Bintou Keita, Special Representative of the Secretary-General for the Democratic Republic of the Congo."
        #expect(try summary(text) == ["Atul Khare|UN|briefer", "Bintou Keita|UN|briefer"])
        // "of" a State is still the State represented.
        #expect(try summary("4. Ms. Vanessa Frazier, Permanent Representative of Malta, said that the Council should act.")
            == ["Vanessa Frazier|MLT|representative"])
    }

    @Test("English: the period of an earlier 'Mr.' does not cut the sentence that introduces briefers")
    func abbreviationPeriodsDoNotEndSentences() throws {
        let text = "2. The Council heard briefings by Mr. Jean-Pierre Lacroix, Under-Secretary-General for Peace Operations, and Ms. Martha Pobee, Assistant Secretary-General for Africa."
        #expect(try summary(text) == ["Jean-Pierre Lacroix|UN|briefer", "Martha Pobee|UN|briefer"])
    }

    @Test("English: a second verb of the subject, after 'and', can be the speech ('participated in the meeting and made a statement')")
    func speechAsTheSecondVerb() throws {
        let text = """
        2. The representative of Mali participated in the meeting and made a statement.

        3. Ms. Rosa Salamanca joined the meeting by videoconference and briefed the Working Group.

        4. The Chair thanked Mr. Ivan Simonovic for his work and welcomed the report.
        """
        #expect(try summary(text) == ["-|MLI|representative", "Rosa Salamanca|?|briefer"])
    }

    @Test("English: people listed before one verb all speak; people listed after a verb are its objects")
    func listOfPeopleBeforeOneVerb() throws {
        let list = "5. Ms. Kim Bolduc, Director of the Division of Peace Operations, Mr. Ivan Šimonović, Permanent Representative of Croatia, and Ms. Rabab Fatima briefed the Group."
        let found = try speakers(list)
        #expect(summaryLines(found) == ["Kim Bolduc|UN|briefer", "Ivan Šimonović|HRV|representative", "Rabab Fatima|?|briefer"])
        // Each keeps its own title: the list is not read as one long appositive.
        #expect(found.first?.title == "Director of the Division of Peace Operations")
        #expect(try summary("6. The Chair thanked Mr. Ivan Šimonović, and Ms. Rabab Fatima said that the Commission could help.")
            == ["Rabab Fatima|?|briefer"])
    }

    @Test("English: honorifics in a row ('H.E. Mr.', 'His Excellency') open one name; a UN fund's officer is the UN")
    func honorificsInARow() throws {
        let text = """
        3. The open debate will be chaired by H.E. Mr. Mauro Vieira, Minister for Foreign Affairs of Brazil.

        4. The following briefers will address the Council: Ms. Sima Bahous, Executive Director of UN-Women; and His Excellency Ivan Šimonović, Permanent Representative of Croatia.
        """
        let found = try speakers(text)
        #expect(summaryLines(found) == ["Mauro Vieira|BRA|chair", "Sima Bahous|UN|briefer", "Ivan Šimonović|HRV|representative"])
        #expect(found.first?.honorific == "H.E. Mr.")
    }

    @Test("Chinese: a title in parentheses after the name; a name joined by 和 to the one before takes no title from it")
    func chineseParentheticalTitles() throws {
        let found = try speakers("2. 迪卡洛女士(政治和建设和平事务副秘书长)说，局势依然脆弱。")
        #expect(summaryLines(found) == ["迪卡洛|UN|briefer"])
        #expect(found.first?.title == "政治和建设和平事务副秘书长")
        let joined = try speakers("5. 随后，拉克鲁瓦先生、波比女士和萨拉曼卡女士回答了成员提出的问题。")
        #expect(joined.map(\.name) == ["拉克鲁瓦", "波比", "萨拉曼卡"])
        #expect(joined.allSatisfy { $0.title == nil })
    }

    @Test("Chinese: 秘书长 at the start of a title is part of it, not a previous name's honorific; a Special Representative is the UN")
    func chineseSecretaryGeneralsRepresentative() throws {
        let found = try speakers("3. 秘书长儿童与武装冲突问题特别代表弗吉尼亚·甘巴说，行动计划使1万多名儿童获释。")
        #expect(summaryLines(found) == ["弗吉尼亚·甘巴|UN|briefer"])
        #expect(found.first?.title == "秘书长儿童与武装冲突问题特别代表")
        let introduced = try speakers("1. 工作组审议了该报告，该报告由秘书长儿童与武装冲突问题特别代表弗吉尼亚·甘巴介绍。")
        #expect(introduced.first?.title == "秘书长儿童与武装冲突问题特别代表")
        #expect(introduced.first?.affiliation?.code == "UN")
        // A previous name's honorific is still not part of the next title.
        let two = try speakers("5. 拉克鲁瓦先生、秘书长特别代表甘巴女士和波比女士回答了问题。")
        #expect(two.first { $0.name == "甘巴" }?.title == "秘书长特别代表")
    }

    @Test("Chinese: briefers listed after a colon that announces them, cut by ；, are all briefers")
    func chineseBriefersAfterColon() throws {
        let text = "3. 以下通报人将向安理会作通报：联合国妇女署执行主任西玛·巴胡斯女士；非洲之角妇女战略倡议区域主任哈拉·卡里卜女士。"
        #expect(try summary(text) == ["西玛·巴胡斯|UN|briefer", "哈拉·卡里卜|?|briefer"])
    }

    @Test("Chinese: a post taken with 担任 or 当选为 makes a chair only of the meeting or the body itself")
    func chineseChairOfAnotherBody() throws {
        let presided = try summary("1. 会议由工作组主席、莫桑比克常驻联合国代表佩德罗·科明萨·阿方索大使主持。")
        #expect(presided == ["佩德罗·科明萨·阿方索|MOZ|representative,chair"])
        #expect(try summary("2. 伊万·希莫诺维奇大使当选为工作组主席。") == ["伊万·希莫诺维奇|?|chair"])
        // Mentioned as another body's chair in a statement: not a speaker.
        #expect(try summary("3. 巴西欢迎建设和平委员会的工作。今年由克罗地亚的伊万·希莫诺维奇大使担任建设和平委员会主席。").isEmpty)
    }
}

@Suite("Speakers: verbatim records and organizations")
struct SpeakersVerbatimTests {
    func summary(_ text: String) throws -> [String] {
        let extractor = try #require(SpeakersSeedTests.extractor)
        return summaryLines(extractor.analyze(try SeedCorpus.document(text: text)).speakers)
    }

    @Test("a speaker line of a verbatim record gives the speaker and the State in parentheses")
    func verbatimSpeakerLines() throws {
        let text = "张军先生(中国)：我感谢拉克鲁瓦先生的通报。\n\nMr. Zhang Jun (China): I thank Mr. Lacroix for his briefing.\n"
        // The person thanked for a briefing gave it: a briefer too.
        #expect(try summary(text) == ["张军|CHN|representative", "拉克鲁瓦|?|briefer", "Zhang Jun|CHN|representative", "Lacroix|?|briefer"])
    }

    @Test("a ministry named in a statement heading is not a person: the State speaks")
    func ministryStatement() throws {
        let text = "Annex\n\nStatement by the Ministry of Foreign Affairs of the Republic of Indonesia on the global ceasefire appeal\n\nIndonesia fully supports the appeal.\n"
        #expect(try summary(text) == ["-|IDN|statement"])
        let chinese = "附件\n\n阿塞拜疆共和国外交部的声明\n\n阿塞拜疆共和国外交部回顾大会第62/243号决议。\n"
        #expect(try summary(chinese) == ["-|AZE|statement"])
        // A United Nations department's statement names no State.
        #expect(try summary("附件\n\n联合国维持和平行动部的声明\n\n维和行动部欢迎这项决定。\n").isEmpty)
    }

    @Test("a ministry spokesperson's answers annexed to a State's letter are the spokesperson's statement, for the sending State")
    func spokespersonAnswers() throws {
        let text = """
        2023年5月10日中华人民共和国常驻联合国代表给秘书长的信

        谨随函转递2023年5月9日中华人民共和国外交部发言人就有关问题答记者问的内容(见附件)。

        常驻代表
        张军(签名)

        2023年5月10日中华人民共和国常驻联合国代表给秘书长的信的附件

        外交部发言人汪文斌答记者问

        问：中方对此有何评论？

        答：中方一贯反对没有国际法依据、未经安理会授权的单边制裁。
        """
        let extractor = try #require(SpeakersSeedTests.extractor)
        let found = extractor.analyze(try SeedCorpus.document(text: text)).speakers
        #expect(summaryLines(found) == ["张军|CHN|signatory", "汪文斌|CHN|statement"])
        #expect(found.last?.title == "外交部发言人")
    }
}

@Suite("Speakers and topics: odd input")
struct OddInputTests {
    @Test("fragments of the patterns alone give nothing and never fail", arguments: [
        "·", "-", "(签名)", "：", ":", "Mr.", "(Signed)", "代表说", "的发言", "附件", "Statement by", "the representative of",
        "先生", "梅农少将", "X·", "·Y", "(", "（", "Mr. (", "张军先生(", "中国、", "、和", "•·•", "(主席)：",
    ])
    func fragments(text: String) throws {
        let speakers = try #require(SpeakersSeedTests.extractor)
        let document = try SeedCorpus.document(text: text + "\n")
        _ = speakers.analyze(document)
        let topics = try TopicsExtractor(
            environment: PluginEnvironment(dataDirectory: SeedCorpus.dataDirectory), gazetteer: SpeakersSeedTests.gazetteer)
        #expect(topics.analyze(document).topics.isEmpty)
    }
}
