import Foundation
import Gazetteer
import Intake
import MetadataPlugin
import PluginAPI
import Testing

/// The metadata of a short document.
private func metadata(_ text: String) throws -> MetadataData {
    let extractor = try MetadataExtractor(environment: PluginEnvironment(dataDirectory: "config"), gazetteer: SeedMetadataTests.gazetteer)
    return extractor.metadata(of: try Fixtures.document(text: text))
}

@Suite("What a title says")
struct TitleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var title: String
        var kind: String
        var date: String?
        var senderRole: String?
        var country: String?
        var recipientRole: String?
        var testDescription: String { String(title.prefix(40)) }
    }

    @Test("Chinese, English, French and Spanish title forms", arguments: [
        Case(title: "2020年3月5日大不列颠及北爱尔兰联合王国常驻联合国代表团给秘书长的普通照会", kind: "note-verbale", date: "2020-03-05",
             senderRole: "permanent-mission", country: "GBR", recipientRole: "secretary-general"),
        Case(title: "2019 年 5 月 2 日秘书长给安全理事会主席的信", kind: "letter", date: "2019-05-02",
             senderRole: "secretary-general", country: nil, recipientRole: "president-security-council"),
        Case(title: "2021年7月1日多民族玻利维亚国常驻联合国副代表给秘书长和安全理事会主席的同文信", kind: "letter", date: "2021-07-01",
             senderRole: "deputy-permanent-representative", country: "BOL", recipientRole: "secretary-general"),
        Case(title: "2018年1月9日科特迪瓦常驻联合国代表团临时代办给安全理事会主席的信", kind: "letter", date: "2018-01-09",
             senderRole: "charge-d-affaires", country: "CIV", recipientRole: "president-security-council"),
        Case(title: "安全理事会主席的说明", kind: "note", date: nil, senderRole: "president-security-council", country: nil, recipientRole: nil),
        Case(title: "秘书长的报告*", kind: "report", date: nil, senderRole: "secretary-general", country: nil, recipientRole: nil),
        Case(title: "2023年5月2日巴勒斯坦国常驻联合国观察员给秘书长、大会主席和安全理事会主席的同文信", kind: "letter", date: "2023-05-02",
             senderRole: "permanent-observer", country: "PSE", recipientRole: "secretary-general"),
        Case(title: "Special report of the Secretary-General on the strategic review of the United Nations Mission in South Sudan",
             kind: "report", date: nil, senderRole: "secretary-general", country: nil, recipientRole: nil),
        Case(title: "2019 年 3 月 4 日大会主席给安全理事会主席的信", kind: "letter", date: "2019-03-04",
             senderRole: "president-general-assembly", country: nil, recipientRole: "president-security-council"),
        Case(title: "Letter dated December 27, 2019 from the Permanent Representative of the United Kingdom of Great Britain and Northern Ireland to the United Nations addressed to the Secretary-General",
             kind: "letter", date: "2019-12-27", senderRole: "permanent-representative", country: "GBR", recipientRole: "secretary-general"),
        Case(title: "Letter dated 2 March 2018 from the Deputy Permanent Representative of the Netherlands to the United Nations addressed to the President of the Security Council",
             kind: "letter", date: "2018-03-02", senderRole: "deputy-permanent-representative", country: "NLD", recipientRole: "president-security-council"),
        Case(title: "Letter dated 16 September 2020 from the President of the Security Council addressed to the Secretary-General and Permanent Representatives of the members of the Security Council",
             kind: "letter", date: "2020-09-16", senderRole: "president-security-council", country: nil, recipientRole: "secretary-general"),
        Case(title: "Note by the Secretary-General", kind: "note", date: nil, senderRole: "secretary-general", country: nil, recipientRole: nil),
        Case(title: "Report of the Secretary-General on the situation in Mali", kind: "report", date: nil, senderRole: "secretary-general", country: nil, recipientRole: nil),
        Case(title: "Lettre datée du 1er mars 2020, adressée au Président du Conseil de sécurité par le Représentant permanent du Mali auprès de l’Organisation des Nations Unies",
             kind: "letter", date: "2020-03-01", senderRole: "permanent-representative", country: "MLI", recipientRole: "president-security-council"),
        Case(title: "Carta de fecha 27 de diciembre de 2019 dirigida al Secretario General por el Representante Permanente de México ante las Naciones Unidas",
             kind: "letter", date: "2019-12-27", senderRole: "permanent-representative", country: "MEX", recipientRole: "secretary-general"),
        Case(title: "Letter dated 5 March 2019 from the Secretary\u{2011}General addressed to the President of the Security Council", kind: "letter",
             date: "2019-03-05", senderRole: "secretary-general", country: nil, recipientRole: "president-security-council"),
        Case(title: "2019年3月5日烏克蘭常駐聯合國代表團給秘書長的普通照會", kind: "note-verbale", date: "2019-03-05",
             senderRole: "permanent-mission", country: "UKR", recipientRole: "secretary-general"),
        Case(title: "2019年3月5日阿拉伯敘利亞共和國常駐聯合國臨時代辦給秘書長和安全理事會主席的同文信", kind: "letter", date: "2019-03-05",
             senderRole: "charge-d-affaires", country: "SYR", recipientRole: "secretary-general"),
        Case(title: "安全理事會主席的聲明", kind: "presidential-statement", date: nil, senderRole: "president-security-council", country: nil, recipientRole: nil),
        Case(title: "安全理事会派往马里和布基纳法索的代表团的报告", kind: "report", date: nil, senderRole: "other", country: nil, recipientRole: nil),
        Case(title: "Report of the Security Council mission to Mali and Burkina Faso, 22 to 24 March 2019", kind: "report", date: nil,
             senderRole: "other", country: nil, recipientRole: nil),
        Case(title: "2019年3月5日建设和平委员会主席给安全理事会主席的信", kind: "letter", date: "2019-03-05",
             senderRole: "other", country: nil, recipientRole: "president-security-council"),
        Case(title: "Letter dated 5 March 2019 from the Chair of the Peacebuilding Commission addressed to the President of the Security Council",
             kind: "letter", date: "2019-03-05", senderRole: "other", country: nil, recipientRole: "president-security-council"),
        Case(title: "Letter dated 12 January 2023 from the Representative of the United States of America to the United Nations addressed to the President of the Security Council",
             kind: "letter", date: "2023-01-12", senderRole: "permanent-representative", country: "USA", recipientRole: "president-security-council"),
    ])
    func titleForms(example: Case) throws {
        let data = try metadata("\(example.title)\n\n谨随函转递。 I have the honour to transmit.\n")
        #expect(data.documentKind == example.kind)
        #expect(data.date == example.date)
        #expect(data.sender?.role == example.senderRole)
        #expect(data.sender?.country == example.country)
        #expect(data.recipient?.role == example.recipientRole)
    }

    @Test("a Traditional Chinese title is read through the folded text")
    func traditional() throws {
        let data = try metadata("2019 年 12 月 27 日科特迪瓦常駐聯合國代表給安全理事會主席的信\n\n謹隨函轉遞。\n")
        #expect(data.documentKind == "letter")
        #expect(data.date == "2019-12-27")
        #expect(data.sender?.role == "permanent-representative")
        #expect(data.sender?.country == "CIV")
        #expect(data.recipient?.role == "president-security-council")
    }

    @Test("Traditional parties are written as printed, and still matched through the folded text")
    func traditionalPartiesAsPrinted() throws {
        let data = try metadata("2019年3月5日烏克蘭常駐聯合國代表給安全理事會主席和秘書長的同文信\n\n謹隨函轉遞。\n")
        #expect(data.title == "2019年3月5日烏克蘭常駐聯合國代表給安全理事會主席和秘書長的同文信")
        #expect(data.sender == .sender(text: "烏克蘭常駐聯合國代表", role: "permanent-representative", country: "UKR"))
        #expect(data.recipient == .recipient(text: "安全理事會主席和秘書長", role: "president-security-council"))
        let spaced = try metadata("2019 年 3 月 5 日 烏克蘭常駐聯合國代表 給 秘書長的信\n\n謹隨函轉遞。\n")
        #expect(spaced.sender?.text == "烏克蘭常駐聯合國代表")
        #expect(spaced.recipient?.text == "秘書長")
    }

    @Test("a Word file's symbol and masthead printed only in its page headers are its symbol and distribution block")
    func wordHeaders() throws {
        let bytes = try [UInt8](Data(contentsOf: Fixtures.root.appendingPathComponent("Tests/Fixtures/Intake/headers.docx")))
        let document = try DocumentDecoder().decode(bytes: bytes, id: "sha256:test", fileName: "S-2019-123.docx", receivedAt: Date())
        let data = try MetadataExtractor(environment: PluginEnvironment(dataDirectory: "config"), gazetteer: SeedMetadataTests.gazetteer).metadata(of: document)
        #expect(data.symbol == "S/2019/123")
        #expect(data.jobNumber == "19-04217")
        #expect(data.issuedDate == "2019-03-12")
        #expect(data.originalLanguage == "en")
        #expect(data.documentKind == "letter" && data.sender?.country == "UKR")
    }

    @Test("a Chinese masthead: symbol, distribution date and original language, then the dated title")
    func chineseMasthead() throws {
        let data = try metadata("联合国 S/2019/1002\n\n安全理事会 Distr.: General\n2019年12月30日\n中文\n原件：英文\n\n2019年12月27日科特迪瓦常驻联合国代表给安全理事会主席的信\n\n谨随函转递报告。\n")
        #expect(data.symbol == "S/2019/1002")
        #expect(data.issuedDate == "2019-12-30")
        #expect(data.originalLanguage == "en")
        #expect(data.title == "2019年12月27日科特迪瓦常驻联合国代表给安全理事会主席的信")
        #expect(data.date == "2019-12-27")
    }

    @Test("a masthead and title printed with full-width digits and letters, as some Traditional copies are, read as ASCII")
    func fullWidthMasthead() throws {
        let data = try metadata(
            "聯 合 國 Ｓ／２０１９／２１５\n\n安全理事會 Distr.: General\n２０１９年３月８日\n\n１９－０３９１２ (C)\n\n"
                + "２０１９年３月５日烏克蘭常駐聯合國代表給安全理事會主席的信\n\n謹隨函轉遞聲明（見附件）。\n")
        #expect(data.symbol == "S/2019/215")
        #expect(data.jobNumber == "19-03912")
        #expect(data.issuedDate == "2019-03-08")
        #expect(data.date == "2019-03-05")
        // The title as printed; the sender as printed too, found through the folded text.
        #expect(data.title == "２０１９年３月５日烏克蘭常駐聯合國代表給安全理事會主席的信")
        #expect(data.sender?.text == "烏克蘭常駐聯合國代表" && data.sender?.country == "UKR")
    }

    @Test("a Chinese resolution: its own symbol, kind and adoption date")
    func chineseResolution() throws {
        let data = try metadata("联合国 S/RES/2436 (2018)\n\n第 2436 (2018)号决议\n\n2018 年 9 月 21 日安全理事会第 8362 次会议通过\n\n安全理事会，\n\n回顾其第 1325 (2000)号决议，\n")
        #expect(data.symbol == "S/RES/2436(2018)")
        #expect(data.documentKind == "resolution")
        #expect(data.date == "2018-09-21")
        #expect(data.sender == nil)
    }

    @Test("a Chinese presidential statement: kind, President as sender, meeting date")
    func chinesePresidentialStatement() throws {
        let data = try metadata("S/PRST/2021/11\n\n安全理事会主席的声明\n\n在 2021 年 6 月 8 日安全理事会第 8790 次会议上，安全理事会主席代表安理会发表以下声明：\n")
        #expect(data.symbol == "S/PRST/2021/11")
        #expect(data.documentKind == "presidential-statement")
        #expect(data.sender?.role == "president-security-council")
        #expect(data.date == "2021-06-08")
    }

    @Test("a document without a title form reports nulls, not guesses")
    func noTitle() throws {
        let data = try metadata("1. 工作组举行了会议。\n\n2. 2018 年 3 月 28 日，工作组召开了会议。\n")
        #expect(data.documentKind == "other")
        #expect(data.title == nil && data.date == nil && data.sender == nil && data.recipient == nil && data.signatory == nil)
        #expect(data.symbol == nil && data.jobNumber == nil && data.pages == nil)
    }
}

@Suite("Signature blocks")
struct SignatoryTests {
    @Test("Chinese: the titles above the name, (签名) after it")
    func chinese() throws {
        let data = try metadata("2018 年 3 月 2 日荷兰常驻联合国代表给秘书长的信\n\n请将本信作为安全理事会文件分发为荷。\n\n常驻代表\n\n大使\n\n卡雷尔·范奥斯特罗姆(签名)\n")
        #expect(data.signatory == Signatory(name: "卡雷尔·范奥斯特罗姆", title: "常驻代表 大使"))
    }

    @Test("English: the name after (Signed), the titles below it")
    func english() throws {
        let data = try metadata("Letter dated 2 March 2018 from the Permanent Representative of the Netherlands to the United Nations addressed to the Secretary-General\n\nI should be grateful if the present letter could be circulated.\n\n(Signed) Karel J. G. van Oosterom\nAmbassador\nPermanent Representative\n")
        #expect(data.signatory == Signatory(name: "Karel J. G. van Oosterom", title: "Ambassador, Permanent Representative"))
    }
}
