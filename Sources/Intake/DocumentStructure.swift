import PluginAPI

/// Second pass over joined paragraphs: kinds and labels, the title, annex boundaries with their titles, and
/// the folded (Traditional → Simplified) text.
struct DocumentStructure {
    private(set) var annexes: [AnnexBoundary] = []

    mutating func build(_ drafts: [ParagraphDraft]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(drafts.count)
        var annex = 0
        var expectAnnexTitle = false
        for draft in drafts {
            let text = String(decoding: draft.bytes, as: UTF8.self)
            var (kind, label) = Self.kind(of: draft, text: text)
            let index = paragraphs.count
            if kind != .footnote, Self.isAnnexHeading(draft, text: text) {
                kind = .heading
                if let last = annexes.last, last.paragraphIndex == index - 1, annex == annexes.count {
                    // "附件" followed by "…的信的附件": one annex, printed on two lines.
                } else {
                    annex += 1
                    annexes.append(AnnexBoundary(heading: text, line: draft.segments[0].line, paragraphIndex: index))
                }
                expectAnnexTitle = true
            } else if expectAnnexTitle {
                expectAnnexTitle = false
                if kind == .body || kind == .heading, Self.looksLikeTitle(draft, text: text) {
                    kind = .heading
                    annexes[annexes.count - 1].title = text
                    annexes[annexes.count - 1].titleLine = draft.segments[0].line
                }
            }
            if kind == .footnote { label = draft.start?.label }
            let folded = TraditionalFolder.fold(draft.bytes).map { String(decoding: $0, as: UTF8.self) }
            paragraphs.append(Paragraph(kind: kind, text: text, folded: folded, label: label, annex: annex, segments: draft.segments))
        }
        if let title = Self.titleIndex(paragraphs, drafts) { paragraphs[title].kind = .title }
        return paragraphs
    }

    /// The document's title: among the body paragraphs before the first structured block, the first that
    /// reads like a UN title ("Letter dated …", "…给…的信"), else the first one after the masthead if short.
    private static func titleIndex(_ paragraphs: [Paragraph], _ drafts: [ParagraphDraft]) -> Int? {
        var candidates: [Int] = []
        var agendaEnd: Int?
        for (index, paragraph) in paragraphs.prefix(16).enumerated() {
            guard paragraph.annex == 0, paragraph.kind == .body else { break }
            // "Agenda item 38" and the item's title printed under it ("The situation in Afghanistan") are masthead.
            let lines = paragraph.sourceLines
            if let end = agendaEnd, lines.lowerBound == end + 1 {
                agendaEnd = lines.upperBound
                continue
            }
            agendaEnd = nil
            if isAgendaLine(paragraph.folded) {
                agendaEnd = lines.upperBound
                continue
            }
            // "安全理事会", "Distr.: General", "21 December 2021", "Original: English", "Seventy-third session"
            if !isMasthead(paragraph.folded), !isSessionLine(paragraph.folded) { candidates.append(index) }
        }
        if let named = candidates.first(where: { looksLikeTitle(drafts[$0], text: paragraphs[$0].text) && isTitleWording(paragraphs[$0].folded) }) {
            return named
        }
        guard let first = candidates.first, looksLikeTitle(drafts[first], text: paragraphs[first].text, limit: 200) else { return nil }
        return first
    }

    private static func isTitleWording(_ text: String) -> Bool {
        titlePrefixes.contains { text.hasPrefix($0) } || titleSuffixes.contains { text.hasSuffix($0) } || isQualifiedReport(text)
    }

    /// "Fifteenth report of the Secretary-General on …", "Second progress report of the …": a report title whose
    /// first words qualify the report.
    private static func isQualifiedReport(_ text: String) -> Bool {
        guard let first = text.utf8.first, UTF8Scan.isUpper(first), let range = text.utf8.prefix(48).firstRange(of: " report of the ".utf8) else {
            return false
        }
        return text.utf8[..<range.lowerBound].allSatisfy { UTF8Scan.isLower($0) || UTF8Scan.isUpper($0) || $0 == 0x20 || $0 == 0x2D }
    }

    private static let titlePrefixes = [
        "Letter dated", "Identical letters dated", "Resolution ", "Note verbale dated", "Note by the", "Letter from", "Statement by the President",
        "Report of the ", "Special report of the ", "Lettre datée", "Lettres identiques datées", "Note verbale datée", "Carta de fecha",
        "Cartas idénticas de fecha", "Nota verbal de fecha",
    ]
    private static let titleSuffixes = ["的信", "的同文信", "的普通照会", "的说明", "主席的声明", "主席声明", "号决议", "通过的决议", "的报告", "的报告*"]

    private static let agendaPrefixes = ["Agenda item", "Agenda items", "Item", "Items", "Provisional agenda", "议程项目", "临时议程"]

    /// "Agenda item 38", "Items 68 and 72 of the provisional agenda*", "议程项目 38": the agenda block of a masthead.
    private static func isAgendaLine(_ text: String) -> Bool {
        // A I P, 议 临 (E8, E4): the first bytes of the prefixes, tested before the (costly) String prefixes.
        guard text.utf8.count <= 200, let first = text.utf8.first, first == 0x41 || first == 0x49 || first == 0x50 || first == 0xE8 || first == 0xE4
        else { return false }
        for prefix in agendaPrefixes where text.hasPrefix(prefix) {
            let rest = text.utf8.dropFirst(prefix.utf8.count).drop { $0 == 0x20 || $0 == 0x2A }
            if prefix.utf8.first.map({ $0 >= 0x80 }) == true || prefix.hasPrefix("Provisional") { return true }
            return rest.first.map(UTF8Scan.isDigit) ?? false
        }
        return false
    }

    /// "Seventy-third session", "Seventy-third session Seventy-third year", "第七十三届会议", "第七十三年".
    private static func isSessionLine(_ text: String) -> Bool {
        // Ends with "session", "year" (n, r), 年 or 会议 (B4 or AE).
        guard text.utf8.count <= 120, let first = text.utf8.first, let last = text.utf8.last,
            last == 0x6E || last == 0x72 || last == 0xB4 || last == 0xAE
        else { return false }
        if first < 0x80 {
            guard UTF8Scan.isUpper(first), text.hasSuffix(" session") || text.hasSuffix(" year") else { return false }
            // Ordinal words only: "Seventy-third", "Seventy-fifth" and the words "session" and "year".
            return text.split(separator: " ").count <= 4 && !text.contains(",")
        }
        // "第十一届紧急特别会议" too; never a resolution ("第 2690(2023)号决议").
        return text.hasPrefix("第") && ((text.contains("届") && text.hasSuffix("会议")) || text.hasSuffix("年")) && !text.contains("号")
    }

    private static func kind(of draft: ParagraphDraft, text: String) -> (Paragraph.Kind, String?) {
        if draft.isFootnote { return (.footnote, draft.start?.label) }
        guard let start = draft.start else { return (.body, nil) }
        switch start.marker {
        case .numbered: return (.numbered, start.label)
        case .subItem: return (.subItem, start.label)
        case .heading:
            // "一、…" starting a long sentence is an enumerated item of running text, not a heading.
            return looksLikeTitle(draft, text: text, limit: 120) ? (.heading, start.label) : (.body, nil)
        case .annexHeading: return (.heading, start.label)
        case .bullet, .footnote: return (.body, nil)
        }
    }

    /// Short and not ending a sentence: a title or heading.
    private static func looksLikeTitle(_ draft: ParagraphDraft, text: String, limit: Int = 400) -> Bool {
        let bytes = draft.bytes
        guard bytes.count <= limit * 3, let last = bytes.last else { return false }
        var scalars = 0
        for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
        guard scalars <= limit else { return false }
        if last < 0x80 { return !".!?;,".utf8.contains(last) }
        guard bytes.count >= 3 else { return true }
        // 。！？；，
        let tail = (bytes[bytes.count - 3], bytes[bytes.count - 2], last)
        return !(tail == (0xE3, 0x80, 0x82) || tail == (0xEF, 0xBC, 0x81) || tail == (0xEF, 0xBC, 0x9F)
            || tail == (0xEF, 0xBC, 0x9B) || tail == (0xEF, 0xBC, 0x8C))
    }

    private static func hasSuffix(_ bytes: [UInt8], _ suffix: [UInt8]) -> Bool {
        bytes.count >= suffix.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
    }

    private static let annexSuffixes: [[UInt8]] = ["的附件", "的附件*", "之附件"].map { Array($0.utf8) }
    private static let annexPrefixes: [[UInt8]] = [
        "Annex to the ", "Annex I to the ", "Annex II to the ", "Annex III to the ", "Annexe à la ", "Anexo de la ", "Enclosure to the ",
    ].map { Array($0.utf8) }
    private static let fullStop: [UInt8] = Array("。".utf8)

    /// "附件", "附件三", "Annex II" (detected per line), or a paragraph that ends "…的信的附件" /
    /// begins "Annex to the letter dated …".
    private static func isAnnexHeading(_ draft: ParagraphDraft, text: String) -> Bool {
        if draft.start?.marker == .annexHeading { return true }
        guard draft.start == nil, draft.bytes.count <= 1200, looksLikeTitle(draft, text: text, limit: 400) else { return false }
        let bytes = draft.bytes
        if annexSuffixes.contains(where: { hasSuffix(bytes, $0) }) {
            return !bytes.indices.dropLast(2).contains { bytes[$0] == fullStop[0] && bytes[$0 + 1] == fullStop[1] && bytes[$0 + 2] == fullStop[2] }
        }
        return annexPrefixes.contains { bytes.starts(with: $0) }
    }

    /// Lines of the first page's masthead that precede the title (read in the folded text: "安全理事會" is "安全理事会").
    private static func isMasthead(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        if text.hasPrefix("Distr.") || text.hasPrefix("Original:") || text.hasPrefix("Orig.") || text.hasPrefix("原文") { return true }
        if text.hasSuffix("Distr.: General") || text.hasSuffix("Distr.: Limited") { return true }
        if mastheadNames.contains(text) || isDateLine(text) || isChineseDateLine(text) { return true }
        // A two-column masthead line from `pdftotext -layout`: "Security Council      Distr.: General"
        // (runs of spaces were collapsed to one when the line was joined, so split where the masthead words end).
        guard text.utf8.count <= 200 else { return false }
        for name in mastheadNames where text.hasPrefix(name + " ") {
            return isMasthead(String(text.dropFirst(name.count + 1)))
        }
        return false
    }

    /// "2019 年 12 月 30 日" alone: the distribution date under a Chinese masthead.
    private static func isChineseDateLine(_ text: String) -> Bool {
        let compact = text.unicodeScalars.filter { $0 != " " }
        guard compact.count <= 11, let last = compact.last, last == "日" else { return false }
        return compact.allSatisfy { ("0"..."9").contains($0) || $0 == "年" || $0 == "月" || $0 == "日" }
    }

    private static let mastheadNames: Set<String> = [
            "安全理事会", "安 全 理 事 会", "大会", "大 会", "经济及社会理事会", "联合国", "联 合 国", "Security Council", "General Assembly",
            "Economic and Social Council", "United Nations", "Conseil de sécurité", "Assemblée générale", "Consejo de Seguridad",
            "Asamblea General", "Chinese", "English", "French", "Spanish", "Russian", "Arabic", "中文", "英文", "法文",
    ]

    /// "21 December 2021"
    private static func isDateLine(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), (1...31).contains(day), let year = Int(parts[2]), year > 1900 else { return false }
        return months.contains(parts[1])
    }

    private static let months: Set<Substring> = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
}
