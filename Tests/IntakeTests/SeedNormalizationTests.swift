import Foundation
import Intake
import PluginAPI
import Testing

/// The five seeds (three of them PDF-to-text conversions full of page furniture) normalize into the
/// paragraphs a reader sees on the printed page.
@Suite("Seed normalization")
struct SeedNormalizationTests {
    struct Shape: Sendable, CustomStringConvertible {
        var seed: String
        var paragraphs: Int
        var numbered: Int
        var annexes: Int
        var symbol: String?
        var jobNumber: String?
        var pages: Int?
        var title: String
        var firstWords: [Int: String]
        var description: String { seed }
    }

    static let shapes: [Shape] = [
        Shape(seed: "000", paragraphs: 140, numbered: 83, annexes: 1, symbol: "S/2019/1002", jobNumber: "19-22675", pages: 15,
              title: "2019 年 12 月 27 日科特迪瓦常驻联合国代表给安全理事会主席的信",
              firstWords: [1: "谨以安全理事会维持和平行动工作组主席的身份", 4: "大使", 5: "莱昂·胡阿贾·卡库·亚当(签名)",
                           8: "一. 导言", 30: "1 从 2019 年 1 月 1 日起", 31: "9. Rooijmans 女士还详细介绍了"]),
        Shape(seed: "001", paragraphs: 54, numbered: 25, annexes: 1, symbol: "S/2018/184", jobNumber: "18-03413", pages: 6,
              title: "2018 年 3 月 2 日荷兰常驻联合国代表给秘书长的信",
              firstWords: [1: "我谨通知你，在荷兰王国担任主席期间", 3: "常驻代表", 7: "2018 年 3 月 28 日安全理事会主题为", 8: "摘要",
                           12: "背景", 50: "情况介绍人：", 51: "秘书长", 52: "非洲联盟委员会主席穆萨·法基"]),
        Shape(seed: "002", paragraphs: 157, numbered: 0, annexes: 9, symbol: "S/2020/911", jobNumber: "20-12063", pages: 20,
              title: "2020年9月16日安全理事会主席给秘书长和安全理事会成员国常驻代表的信",
              firstWords: [1: "谨随函附上在2020年9月14日星期一召开的", 3: "安全理事会主席", 4: "阿卜杜•阿巴里(签名)", 5: "附件一",
                           6: "主管和平行动副秘书长让-皮埃尔•拉克鲁瓦的发言", 7: "主席先生，我感谢你给我这个机会"]),
        Shape(seed: "003", paragraphs: 46, numbered: 6, annexes: 1, symbol: "S/2015/1042", jobNumber: "15-22990", pages: 5,
              title: "2015 年 12 月 24 日安全理事会维持和平行动工作组主席给安全理事会主席的信",
              firstWords: [1: "谨随函转递 2015 年 12 月 11 日举行的", 4: "主席", 7: "概念说明", 8: "2015 年 12 月 11 日安全理事会维持和平行动工作组题为", 9: "2015 年 12 月 11 日，乍得将",
                           33: "扩大新西兰发起的非正式对话会议", 34: "对新的行动：",
                           45: "1 大会选举的安全理事会 10 个任期两年的非常任理事国。"]),
        Shape(seed: "004", paragraphs: 90, numbered: 71, annexes: 1, symbol: nil, jobNumber: nil, pages: nil,
              title: "2021 年 12 月 20 日安全理事会维持和平行动工作组主席给安全理事会主席的信",
              firstWords: [0: "安全理事会", 1: "Distr.: General", 4: "Original: English", 13: "一. 组织事项", 14: "1. 安全理事会维持和平行动工作组"]),
    ]

    @Test("paragraph count, first words, title and furniture facts", arguments: shapes)
    func shape(_ shape: Shape) throws {
        let document = try Fixtures.seedDocument(shape.seed)
        let paragraphs = document.normalized.paragraphs
        #expect(paragraphs.count == shape.paragraphs)
        for (index, words) in shape.firstWords {
            #expect(paragraphs[index].text.hasPrefix(words), "paragraph \(index): \(paragraphs[index].text.prefix(40))")
        }
        #expect(paragraphs.first { $0.kind == .title }?.text == shape.title)
        #expect(document.normalized.annexes.count == shape.annexes)
        #expect(document.normalized.furniture.symbols.first == shape.symbol)
        #expect(document.normalized.furniture.jobNumber == shape.jobNumber)
        #expect(document.normalized.furniture.pageCount == shape.pages)
        #expect(document.language == .zh)
        #expect(document.source.encoding == "utf-8")
    }

    @Test("numbered paragraphs come out once each, in order 1…N, with their number as label", arguments: shapes)
    func numbering(_ shape: Shape) throws {
        let document = try Fixtures.seedDocument(shape.seed)
        let labels = document.normalized.paragraphs.filter { $0.kind == .numbered }.map(\.label)
        #expect(labels == (0..<shape.numbered).map { String($0 + 1) })
        for paragraph in document.normalized.paragraphs where paragraph.kind == .numbered {
            #expect(paragraph.text.hasPrefix((paragraph.label ?? "?") + "."))
        }
    }

    @Test("sub-items are labelled (a), (b)… and every run starts at (a)", arguments: shapes)
    func subItems(_ shape: Shape) throws {
        let paragraphs = try Fixtures.seedDocument(shape.seed).normalized.paragraphs
        for (index, paragraph) in paragraphs.enumerated() where paragraph.kind == .subItem {
            let label = try #require(paragraph.label)
            #expect(paragraph.text.hasPrefix("(\(label))"))
            if label != "a" {
                let previous = paragraphs[..<index].last { $0.kind != .footnote }
                #expect(previous?.kind == .subItem, "(\(label)) at paragraph \(index) follows no sub-item")
            }
        }
    }

    @Test("no header, footer, URL or footnote rule survives inside a paragraph", arguments: shapes)
    func furnitureRemoved(_ shape: Shape) throws {
        let document = try Fixtures.seedDocument(shape.seed)
        let furniture = document.normalized.furniture
        for paragraph in document.normalized.paragraphs {
            #expect(!paragraph.text.contains("http://") && !paragraph.text.contains("https://"))
            #expect(!paragraph.text.contains("_____"))
            if let job = furniture.jobNumber { #expect(!paragraph.text.contains(job)) }
            for symbol in furniture.symbols { #expect(!paragraph.text.contains(symbol), "\(symbol) in: \(paragraph.text.prefix(60))") }
            if let pages = furniture.pageCount { #expect(!paragraph.text.contains(" 2/\(pages)")) }
            #expect(!paragraph.text.contains("\n") && !paragraph.text.contains("\u{0C}"))
        }
        for line in furniture.removedLines {
            #expect(!document.normalized.paragraphs.contains { $0.segments.contains { $0.line == line } })
        }
        for link in document.normalized.links {
            #expect(document.lines[link.line - 1].trimmingCharacters(in: .whitespaces) == link.url)
        }
    }

    @Test("every segment maps its piece of text back to the source line that holds it", arguments: shapes)
    func segmentsMapToSourceLines(_ shape: Shape) throws {
        let document = try Fixtures.seedDocument(shape.seed)
        for paragraph in document.normalized.paragraphs {
            #expect(paragraph.segments.first?.utf8Offset == 0)
            let utf8 = Array(paragraph.text.utf8)
            for (index, segment) in paragraph.segments.enumerated() {
                let end = index + 1 < paragraph.segments.count ? paragraph.segments[index + 1].utf8Offset : utf8.count
                let piece = String(decoding: utf8[segment.utf8Offset..<end], as: UTF8.self).withoutWhiteSpace
                let line = document.lines[segment.line - 1].replacingOccurrences(of: "\u{F0B7}", with: "").withoutWhiteSpace
                // A hyphen dropped at a join is the only difference a piece may show.
                #expect(line.hasPrefix(piece) || line.hasPrefix(String(piece.dropLast())), "line \(segment.line): \(piece.prefix(30))")
                #expect(paragraph.sourceLine(atUTF8Offset: segment.utf8Offset) == segment.line)
            }
        }
    }

    @Test("the difficulties listed in the expected results come out whole", arguments: ["000", "001", "002", "003", "004"])
    func difficultiesComeOutWhole(_ seed: String) throws {
        let document = try Fixtures.seedDocument(seed)
        let texts = document.normalized.paragraphs.map(\.text.withoutWhiteSpace)
        for difficulty in try Fixtures.difficulties(seed) {
            let pieces = Self.readingPieces(of: difficulty)
            if Self.listsSeparateLines.contains(pieces.joined(separator: "|")) {
                // Masthead, signature blocks and bullet lists: each line is a paragraph of its own.
                for piece in pieces { #expect(texts.contains(piece.withoutWhiteSpace), "\(piece)") }
            } else if !pieces.isEmpty {
                let whole = pieces.joined().withoutWhiteSpace
                #expect(texts.contains { $0.contains(whole) }, "not whole: \(difficulty.debugDescription)")
            }
        }
    }

    @Test("第2538 ⏎(2020)号决议 and its kind are joined into one mention")
    func resolutionSplitAcrossLines() throws {
        let document = try Fixtures.seedDocument("002")
        let texts = document.normalized.paragraphs.map(\.text)
        #expect(texts.contains { $0.contains("第2538 (2020)号决议") })
        #expect(texts.contains { $0.contains("第2535（2020）号决议") })
        #expect(texts.contains { $0.contains("第2518（2020）号决议") })
        #expect(texts.contains { $0.contains("联合国组织刚果民主共和国稳定特派团（联刚稳定团）") })
    }

    @Test("a sentence cut by a footnote and a page header is resumed after them; the footnote stands apart")
    func footnoteInsideSentence() throws {
        let document = try Fixtures.seedDocument("000")
        let paragraphs = document.normalized.paragraphs
        let resumed = try #require(paragraphs.first { $0.text.contains("接战规则和行动命令中规定的任务") })
        #expect(resumed.kind == .numbered && resumed.label == "20")
        #expect(resumed.sourceLine(atUTF8Offset: resumed.text.utf8.count - 1) > 318)
        let footnote = try #require(paragraphs.first { $0.kind == .footnote && $0.label == "2" })
        #expect(footnote.text == "2 从 2019 年 1 月 1 日起，外勤支助部改为业务支助部。")
        #expect(footnote.sourceLines == 310...310)
    }

    @Test("annex boundaries carry heading, title, line and the index of their first paragraph")
    func annexBoundaries() throws {
        let document = try Fixtures.seedDocument("002")
        let annexes = document.normalized.annexes
        #expect(annexes.map(\.heading) == ["附件一", "附件二", "附件三", "附件四", "附件五", "附件六", "附件七", "附件八", "附件九"])
        #expect(annexes[0].title == "主管和平行动副秘书长让-皮埃尔•拉克鲁瓦的发言")
        #expect(annexes[0].line == 15 && annexes[0].titleLine == 16)
        for (number, annex) in annexes.enumerated() {
            let paragraphs = document.normalized.paragraphs
            #expect(paragraphs[annex.paragraphIndex].text == annex.heading)
            #expect(paragraphs[annex.paragraphIndex].annex == number + 1)
            #expect(paragraphs[annex.paragraphIndex - 1].annex == number)
        }
        let letter = try Fixtures.seedDocument("000").normalized.annexes
        #expect(letter.count == 1)
        #expect(letter[0].heading == "2019 年 12 月 27 日科特迪瓦常驻联合国代表给安全理事会主席的信的附件")
        #expect(letter[0].title == "安全理事会维持和平行动工作组 2018 年 1 月 1 日至 12 月 31日期间的活动报告")
        #expect(letter[0].line == 33 && letter[0].titleLine == 37)
    }

    // MARK: - Reading the difficulties

    /// Difficulties that quote several separate lines rather than one broken sentence.
    static let listsSeparateLines: Set<String> = [
        "情况介绍人：|秘书长|非洲联盟委员会主席穆萨·法基|非政府组织 GREFFA(妇女行动培训研究小组)主任法蒂马塔·图雷",
        "常驻代表|大使|卡雷尔·范奥斯特罗姆(签名)",
        "安全理事会|Distr.: General|21 December 2021|Chinese|Original: English",
    ]

    /// The lines of a difficulty a reader reads: page furniture, URL lines, footnote rules and the footnotes
    /// under a rule (which stand apart) left out; bullets dropped.
    static func readingPieces(of difficulty: String) -> [String] {
        var pieces: [String] = []
        var inFootnote = false
        for raw in difficulty.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.replacingOccurrences(of: "\u{F0B7}", with: "").trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("http") { continue }
            if line.hasPrefix("_____") { inFootnote = true; continue }
            if isFurniture(line) { inFootnote = false; continue }
            if inFootnote { continue }
            pieces.append(line)
        }
        return pieces
    }

    static func isFurniture(_ line: String) -> Bool {
        let tokens = line.replacingOccurrences(of: "\u{FFFD}", with: " ").split(whereSeparator: { $0 == " " || $0 == "\t" })
        return !tokens.isEmpty && tokens.allSatisfy { token in
            token.hasPrefix("S/") || token == "(C)" || token.contains("/") && token.allSatisfy({ $0.isNumber || $0 == "/" })
                || (token.count == 8 && token.dropFirst(2).first == "-")
        }
    }
}
