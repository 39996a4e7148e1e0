import Intake
import PluginAPI
import Testing

/// The normalizer's rules on small texts: what PDF-to-text does to English UN documents, and how lines join.
@Suite("Normalizer rules")
struct NormalizerRulesTests {
    /// An English letter with its annex as `pdftotext` prints it: masthead, hanging paragraph numbers and
    /// footnote numbers on lines of their own, barcode and print-date furniture, a form feed.
    static let englishLetter = [
        "United Nations", "", "S/2019/1002", "", "Security Council", "", "Distr.: General", "27 December 2019", "",
        "Original: English", "",
        "Letter dated 27 December 2019 from the Permanent Representative of",
        "Côte d’Ivoire to the United Nations addressed to the President of the",
        "Security Council",
        "In my capacity as Chair of the Security Council Working Group on",
        "Peacekeeping Operations, I have the honour to transmit herewith the report",
        "of the Working Group on its activities for the period from 1 January to",
        "31 December 2018 (see annex).",
        "(Signed) Léon Houadja Kacou Adom", "Ambassador", "", "19-22675 (E)", "", "030120", "", "*1922675*", "",
        "\u{0C}S/2019/1002", "",
        "Annex to the letter dated 27 December 2019 from the Permanent",
        "Representative of Côte d’Ivoire to the United Nations addressed to the",
        "President of the Security Council",
        "Report of the Security Council Working Group on Peacekeeping",
        "Operations for the period from 1 January to 31 December 2018",
        "I. Introduction",
        "1.",
        "The present report provides a summary of the meetings held by the Working",
        "Group on Peacekeeping Operations. The views expressed by the briefers and",
        "member States do not reflect a consensus of the Security Council on peace-",
        "keeping. The Working Group held five meetings in 2018 to promote triangular",
        "cooperation among the Security Council, troop- and police-contributing",
        "countries and the Secretariat.1",
        "https://undocs.org/en/A/72/19",
        "2.",
        "During the period under review, the Working Group held meetings on the",
        "following themes:",
        "(a)", "Protection of civilians in challenging environments;",
        "(b)", "Strategic force generation and capability planning;",
        "__________________", "1", "See the report of the Special Committee on Peacekeeping Operations",
        "(A/72/19), para. 12.", "2/15", "", "19-22675",
    ].joined(separator: "\n")

    @Test("an English PDF-to-text letter keeps its structure and loses its furniture")
    func englishLetterStructure() {
        let normalized = Normalizer().normalize(Self.englishLetter)
        let paragraphs = normalized.paragraphs
        #expect(paragraphs.map(\.kind) == [
            .body, .body, .body, .body, .body, .title, .body, .body, .body,
            .heading, .heading, .heading, .numbered, .numbered, .subItem, .subItem, .footnote,
        ])
        #expect(paragraphs[5].text == "Letter dated 27 December 2019 from the Permanent Representative of Côte d’Ivoire to the United Nations addressed to the President of the Security Council")
        #expect(paragraphs[11].text == "I. Introduction" && paragraphs[11].label == "I")
        #expect(paragraphs[12].text.hasPrefix("1. The present report provides"))
        #expect(paragraphs[12].text.contains("consensus of the Security Council on peacekeeping. The Working Group"))
        #expect(paragraphs[12].text.contains("troop- and police-contributing countries"))
        #expect(paragraphs[12].label == "1")
        #expect(paragraphs[14].text == "(a) Protection of civilians in challenging environments;" && paragraphs[14].label == "a")
        #expect(paragraphs[16].text == "1 See the report of the Special Committee on Peacekeeping Operations (A/72/19), para. 12.")
        #expect(paragraphs[16].label == "1")
        #expect(normalized.furniture.symbols == ["S/2019/1002"])
        #expect(normalized.furniture.jobNumber == "19-22675")
        #expect(normalized.furniture.pageCount == 15)
        #expect(normalized.links == [LinkTarget(url: "https://undocs.org/en/A/72/19", line: 43)])
        #expect(normalized.annexes.count == 1)
        #expect(normalized.annexes[0].line == 30)
        #expect(normalized.annexes[0].title == "Report of the Security Council Working Group on Peacekeeping Operations for the period from 1 January to 31 December 2018")
        #expect(paragraphs.filter { $0.annex == 1 }.count == 8)
        for paragraph in paragraphs {
            for banned in ["030120", "1922675", "19-22675", "2/15", "https://"] { #expect(!paragraph.text.contains(banned)) }
        }
    }

    @Test("text from pdftotext -layout: two-column masthead, indented first lines, spaced markers")
    func layoutMode() {
        let pad = String(repeating: " ", count: 40)
        let text = [
            "United Nations" + pad + "S/2022/1010",
            "Security Council" + pad + "Distr.: General",
            pad + "30 December 2022",
            "",
            "Letter dated 28 December 2022 from the Chair of the Security Council Working Group on",
            "Peacekeeping Operations addressed to the President of the Security Council",
            "",
            "      I have the honour to transmit herewith the report on the activities of the Security",
            "Council Working Group on Peacekeeping Operations for the period from 1 January to",
            "31 December 2022 (see annex).",
            "      I should be grateful if the present letter and its annex could be circulated as a",
            "document of the Security Council.",
            "",
            "      I.    Introduction",
            "",
            "1.    The Permanent Representative of Ghana to the United Nations, Harold Adlai Agyeman,",
            "was elected Chair of the Working Group for 2022.",
        ].joined(separator: "\n")
        let normalized = Normalizer().normalize(text)
        #expect(normalized.furniture.symbols == ["S/2022/1010"])
        #expect(normalized.paragraphs.map(\.kind) == [.body, .body, .title, .body, .body, .heading, .numbered])
        #expect(normalized.paragraphs[2].text == "Letter dated 28 December 2022 from the Chair of the Security Council Working Group on Peacekeeping Operations addressed to the President of the Security Council")
        #expect(normalized.paragraphs[3].text.hasPrefix("I have the honour") && normalized.paragraphs[3].text.hasSuffix("(see annex)."))
        #expect(normalized.paragraphs[5].text == "I. Introduction")
        #expect(normalized.paragraphs[6].text.hasPrefix("1. The Permanent Representative of Ghana"))
    }

    @Test("segments point at the lines each piece came from")
    func segmentsOfAHangingNumber() throws {
        let normalized = Normalizer().normalize(Self.englishLetter)
        let first = try #require(normalized.paragraphs.first { $0.label == "1" && $0.kind == .numbered })
        #expect(first.sourceLines == 36...42)
        let offset = try #require(first.text.utf8.firstRange(of: "keeping. The".utf8)).lowerBound
        let utf8Offset = first.text.utf8.distance(from: first.text.utf8.startIndex, to: offset)
        #expect(first.sourceLine(atUTF8Offset: utf8Offset) == 40)
    }

    @Test("Chinese lines join without a space, Latin words across a break keep one")
    func joinSeparators() {
        let width = "工作组邀请了维持和平行动部非洲一司司长、联合国组织刚果民主共和国稳定特派团"  // a full line
        let text = [
            width + "保护平民专家 Eveline",
            "Rooijmans、" + width + "专家",
            width + "维持和平",
            "行动的主要任务。",
            width + "一一一一",
            "二二。",
        ].joined(separator: "\n")
        let paragraphs = Normalizer().normalize(text).paragraphs
        #expect(paragraphs.count == 2)
        #expect(paragraphs[1].text == width + "一一一一二二。")
        #expect(paragraphs[0].text.contains("Eveline Rooijmans、工作组"))
        #expect(paragraphs[0].text.contains(width + "专家" + width))
        #expect(paragraphs[0].text.contains("维持和平行动的主要任务。"))
    }

    @Test("a dash and a space open a bullet item, as • does; a dash before a number or a lower-case word does not", arguments: ["- ", "– ", "— "])
    func dashBullets(bullet: String) {
        let text = [
            "1. Switzerland will hold an open debate on the protection of civilians in armed",
            "conflict on 23 May 2023, under its presidency. The debate will hear from these",
            "briefers, who will address the protection of civilians in urban warfare, the",
            "use of explosive weapons in populated areas and conflict-induced hunger, and",
            "the Council will consider how its members can better respond to them when the",
            "following persons brief, on the invitation of the presidency of the Council:",
            bullet + "Secretary-General António Guterres",
            bullet + "Ms. Ruth Mumbi, civil society representative",
            "2. At night, temperatures in the camps where displaced persons sought refuge fell to",
            "-5 degrees. The two parties, the Government and the armed groups of the north, have",
            bullet + "the camps' residents say - failed to agree on the return of the displaced persons.",
        ].joined(separator: "\n")
        let paragraphs = Normalizer().normalize(text).paragraphs.map(\.text)
        #expect(paragraphs.count == 4)
        #expect(paragraphs.dropFirst().first == "Secretary-General António Guterres")
        #expect(paragraphs.dropFirst(2).first == "Ms. Ruth Mumbi, civil society representative")
        #expect(paragraphs.last?.hasPrefix("2. At night, temperatures in the camps where displaced persons sought refuge fell to -5 degrees. The two") == true)
        #expect(paragraphs.last?.hasSuffix("the return of the displaced persons.") == true)
    }

    @Test("DOCX text keeps one paragraph per line, however long")
    func paragraphPerLine() {
        let long = String(repeating: "安全理事会维持和平行动工作组", count: 12)
        let normalized = Normalizer(lineMode: .paragraphPerLine).normalize([long, long, "", "1. 第一段", "(a) 分项"].joined(separator: "\n"))
        #expect(normalized.paragraphs.map(\.kind) == [.title, .body, .numbered, .subItem])
        #expect(normalized.paragraphs.count == 4)
    }

    @Test("Traditional characters fold to Simplified at the same byte length")
    func folding() throws {
        let paragraph = try #require(Normalizer().normalize("聯合國維持和平行動於2018年報告，安全理事會第2436(2018)號決議。").paragraphs.first)
        #expect(paragraph.folded == "联合国维持和平行动于2018年报告，安全理事会第2436(2018)号决议。")
        #expect(paragraph.folded.utf8.count == paragraph.text.utf8.count)
        #expect(paragraph.text.hasPrefix("聯合國"))
    }

    @Test("language comes from the script and, for Latin script, from common words", arguments: [
        ("安全理事会维持和平行动工作组的报告说明了维持和平行动的挑战。", Language.zh),
        ("The Security Council reaffirms the importance of the protection of civilians in peacekeeping operations.", .en),
        ("Le Conseil de sécurité réaffirme que la protection des civils est une tâche essentielle des opérations de maintien de la paix.", .fr),
        ("El Consejo de Seguridad reafirma que la protección de los civiles es una tarea esencial de las operaciones para el mantenimiento de la paz.", .es),
        ("Совет Безопасности подтверждает важность защиты гражданского населения в миротворческих операциях.", .ru),
        ("يؤكد مجلس الأمن من جديد أهمية حماية المدنيين في عمليات حفظ السلام.", .ar),
        ("12345 67890", .und),
    ])
    func language(_ text: String, _ expected: Language) {
        #expect(LanguageDetector.detect(text) == expected)
    }
}
