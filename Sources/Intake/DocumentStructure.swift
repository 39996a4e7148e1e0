import PluginAPI

/// Second pass over joined paragraphs: kinds and labels, the title, annex boundaries with their titles, and
/// the folded (Traditional → Simplified) text.
struct DocumentStructure {
    private(set) var annexes: [AnnexBoundary] = []

    mutating func build(_ drafts: [ParagraphDraft]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(drafts.count)
        var annex = 0
        var titleFound = false
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
            } else if !titleFound, annex == 0, kind == .body {
                if Self.isMasthead(text) {
                    // "安全理事会", "Distr.: General", "21 December 2021", "Original: English"
                } else {
                    titleFound = true
                    if Self.looksLikeTitle(draft, text: text) { kind = .title }
                }
            } else if kind != .body || annex > 0 {
                titleFound = true
            }
            if kind == .footnote { label = draft.start?.label }
            let folded = TraditionalFolder.fold(draft.bytes).map { String(decoding: $0, as: UTF8.self) }
            paragraphs.append(Paragraph(kind: kind, text: text, folded: folded, label: label, annex: annex, segments: draft.segments))
        }
        return paragraphs
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
        guard draft.bytes.count <= limit * 3 else { return false }
        var scalars = 0
        var last: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            scalars += 1
            last = scalar
        }
        guard scalars <= limit else { return false }
        return !["。", ".", "！", "？", "；", "!", "?", ";", "，", ","].contains(last)
    }

    /// "附件", "附件三", "Annex II" (detected per line), or a paragraph that ends "…的信的附件" /
    /// begins "Annex to the letter dated …".
    private static func isAnnexHeading(_ draft: ParagraphDraft, text: String) -> Bool {
        if draft.start?.marker == .annexHeading { return true }
        guard draft.start == nil, draft.bytes.count <= 600, looksLikeTitle(draft, text: text, limit: 200) else { return false }
        if text.hasSuffix("的附件") || text.hasSuffix("的附件*") || text.hasSuffix("之附件") { return !text.contains("。") }
        for prefix in ["Annex to the ", "Annex I to the ", "Annex II to the ", "Annex III to the ", "Annexe à la ", "Anexo de la ", "Enclosure to the "]
        where text.hasPrefix(prefix) {
            return true
        }
        return false
    }

    /// Lines of the first page's masthead that precede the title.
    private static func isMasthead(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        if text.hasPrefix("Distr.") || text.hasPrefix("Original:") || text.hasPrefix("Orig.") || text.hasPrefix("原文") { return true }
        let names: Set<String> = [
            "安全理事会", "安全理事會", "大会", "大會", "经济及社会理事会", "联合国", "聯合國", "Security Council", "General Assembly",
            "Economic and Social Council", "United Nations", "Conseil de sécurité", "Assemblée générale", "Consejo de Seguridad",
            "Asamblea General", "Chinese", "English", "French", "Spanish", "Russian", "Arabic", "中文", "英文", "法文",
        ]
        if names.contains(text) { return true }
        return isDateLine(text)
    }

    /// "21 December 2021"
    private static func isDateLine(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), (1...31).contains(day), let year = Int(parts[2]), year > 1900 else { return false }
        let months: Set<Substring> = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return months.contains(parts[1])
    }
}
