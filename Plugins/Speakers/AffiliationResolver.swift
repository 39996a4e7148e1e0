/// Decides whom a titled person speaks for, from the words of the title.
struct AffiliationResolver: Sendable {
    /// The organizations of the lexicon: the code of each name of ``organizationNames``, in the same order.
    private let organizationCodes: [String]
    private let organizationNames: WordSet

    init() {
        let names = Lexicon.organizations.flatMap { entry in entry.names.map { (code: entry.code, name: $0) } }
        organizationCodes = names.map(\.code)
        organizationNames = WordSet(names.map(\.name))
    }

    /// Words in a title that make its State the one the person represents.
    private static let representation = WordSet([
        "常驻", "代表", "大使", "驻联合国", "代表团", "政府", "外交", "国防", "总统", "总理", "国家主席", "部长", "外长", "首相",
        "国王", "协调员", "参赞", "秘书", "公使", "使团", "permanent representative", "representative of", "ambassador",
        "mission of", "minister", "president of", "prime minister", "delegation", "government", "chargé", "counsellor",
        "观察员", "observer of", "observer for",
    ])

    /// Words in a title that make the person a United Nations official.
    private static let unitedNations = WordSet([
        "联合国", "秘书处", "秘书长", "特派团", "稳定团", "维持和平行动部", "和平行动部", "外勤支助部", "业务支助部", "政治事务部",
        "军事厅", "警务司", "办公室", "部队", "援助团", "行动部", "厅", "司", "处", "股", "署", "特别代表", "特使", "特别协调员",
        "united nations",
        "secretary-general", "secretariat", "department of", "office of", "office for", "mission", "force commander",
        "police adviser", "military adviser", "peace operations", "peacekeeping", "division", "unit", "service",
        "special representative", "special envoy", "special coordinator", "resident coordinator", "humanitarian coordinator",
        // Funds, programmes and offices of the United Nations.
        "un-women", "妇女署", "unicef", "儿基会", "儿童基金会", "undp", "开发署", "unhcr", "难民署", "ocha", "ohchr", "人权高专办",
        "world food programme", "粮食署", "unfpa", "人口基金", "unodc", "unops", "unep", "环境署", "unmas", "high commissioner",
        "高级专员",
    ])

    /// Words after a State that make it the subject of a post ("马里问题特别代表", "叙利亚局势特使") or part of a UN
    /// operation's name ("马里稳定团团长").
    private static let subjectMarkers = WordSet(["问题", "局势", "事务", "稳定团", "特派团", "援助团", "办事处", "综合办", "观察团"])

    /// Words before a State that make it the subject of an English post ("Special Representative of the
    /// Secretary-General for the Democratic Republic of the Congo", "Head of the Mission in Mali").
    private static let subjectPrepositions = WordSet(["for", "in", "on"])
    private static let article = WordSet(["the"])

    /// Whether the State starting at `start` follows "for", "in" or "on" (with or without "the").
    private static func isSubjectInEnglish(_ text: ScalarText, _ start: Int) -> Bool {
        var end = start
        while end > 0 && ScalarText.isSpace(text[end - 1]) { end -= 1 }
        if let the = article.matchWordEnding(text, before: end) {
            end -= the
            while end > 0 && ScalarText.isSpace(text[end - 1]) { end -= 1 }
        }
        return subjectPrepositions.matchWordEnding(text, before: end) != nil
    }

    /// Suffixes that end the name of a UN organ in a title ("维持和平行动部").
    private static let organSuffixes = WordSet(["部", "厅", "特派团", "稳定团", "秘书处", "办公室", "援助团", "部队"])

    /// The affiliation a title gives, or nil. `range` is the title's scalar range in `view`.
    func affiliation(title range: Range<Int>, in view: ParagraphView) -> SpeakersData.Affiliation? {
        guard !range.isEmpty else { return nil }
        let text = view.text
        // "马里问题特别代表", "Special Envoy for Yemen": a State as the subject of the post is not the one represented.
        let states = view.states.filter { state in
            state.start >= range.lowerBound && state.end <= range.upperBound
                && AffiliationResolver.subjectMarkers.match(view.text, at: state.end) == nil
                && !AffiliationResolver.isSubjectInEnglish(view.text, state.start)
        }
        let represents = Lexicon.containsWholeWord(AffiliationResolver.representation, in: text, range)
        // "非常驻高级研究员" is a fellow of an institute, not a representative.
        if let state = states.first, represents {
            return view.affiliation(of: state)
        }
        if let organization = organization(in: text, range) {
            return .init(kind: "organization", code: organization.code, name: view.printed(organization.start, organization.end))
        }
        if let acronym = latinAcronym(in: text, range) {
            return .init(kind: "organization", code: view.printed(acronym.lowerBound, acronym.upperBound), name: nil)
        }
        if Lexicon.containsWholeWord(AffiliationResolver.unitedNations, in: text, range) || namesUNOperation(text, range) {
            return .init(kind: "un", code: "UN", name: organName(in: view, range))
        }
        if let state = states.first { return view.affiliation(of: state) }
        return nil
    }

    /// The first organization of the lexicon named in `range`, with its code and scalar bounds.
    func organization(in text: ScalarText, _ range: Range<Int>) -> (code: String, start: Int, end: Int)? {
        for index in range {
            // A Latin name must stand as a word.
            if ScalarText.isLatinLetter(text.lower(index)) && index > 0 && ScalarText.isLatinLetter(text[index - 1]) { continue }
            if let word = organizationNames.matchWord(text, at: index, maxLength: range.upperBound - index) {
                return (organizationCodes[word.id], index, index + word.length)
            }
        }
        return nil
    }

    /// An all-capital Latin word of 3–10 letters inside a Chinese title ("非政府组织 GREFFA(…)主任"): the acronym of
    /// an organization that the lexicon does not know.
    private func latinAcronym(in text: ScalarText, _ range: Range<Int>) -> Range<Int>? {
        guard range.contains(where: { ScalarText.isIdeograph(text[$0]) }) else { return nil }
        return Self.capitalWords(in: text, range).first { word in
            (3...10).contains(word.count)
                && !AffiliationResolver.unitedNationsAcronyms.contains(String(String.UnicodeScalarView(word.compactMap { Unicode.Scalar(text[$0]) })))
        }
    }

    /// Whether `range` names a UN peace operation by its acronym ("Head of MINUSMA", "UNMISS Force Commander"): a
    /// capitalised word of 4–8 letters beginning UN, MINU, MONU or BINU.
    private func namesUNOperation(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        Self.capitalWords(in: text, range).contains { word in
            let bytes = word.map { UInt8(truncatingIfNeeded: text[$0]) }
            return (4...8).contains(word.count) && AffiliationResolver.operationPrefixes.contains { bytes.starts(with: $0) }
        }
    }

    /// The words of `range` written in Latin capitals only, standing alone (no Latin letter before or after).
    private static func capitalWords(in text: ScalarText, _ range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard text[index] >= 0x41 && text[index] <= 0x5A, index == 0 || !ScalarText.isLatinLetter(text[index - 1]) else { index += 1; continue }
            var end = index
            while end < range.upperBound && text[end] >= 0x41 && text[end] <= 0x5A { end += 1 }
            if !ScalarText.isLatinLetter(text[end]) { words.append(index..<end) }
            index = end
        }
        return words
    }

    private static let operationPrefixes: [[UInt8]] = ["UN", "MINU", "MONU", "BINU"].map { Array($0.utf8) }

    private static let unitedNationsAcronyms: Set<String> = [
        "UN", "DPKO", "DPO", "DFS", "DOS", "DPPA", "DPA", "OMA", "OROLSI", "UNDP", "UNICEF", "OCHA", "OHCHR", "UNHCR", "UNMAS",
        "ICT", "OICT", "COVID", "CPAS", "IPPAF", "UNPOL", "FPU", "PCRS", "CASEVAC", "MEDEVAC", "IED", "DMSPC", "SSR", "DDR",
    ]

    /// The UN organ named at the start of a title ("维持和平行动部" of "维持和平行动部非洲一司司长").
    private func organName(in view: ParagraphView, _ range: Range<Int>) -> String? {
        var start = range.lowerBound
        while start < range.upperBound && !ScalarText.isIdeograph(view.text[start]) && !ScalarText.isLatinLetter(view.text[start]) { start += 1 }
        for end in (start + 1)...max(start + 1, range.upperBound) where end <= range.upperBound {
            if AffiliationResolver.organSuffixes.matchEnding(view.text, before: end) != nil {
                // Of a double post ("马里问题特别代表兼马里稳定团团长"), the organ is in the part after 兼.
                let organStart = (start..<end).last { view.text[$0] == 0x517C }.map { $0 + 1 } ?? start
                return view.printed(organStart, end)
            }
        }
        return nil
    }
}

extension Lexicon {
    /// Whether any word of `set` occurs in `range` of `text`.
    static func containsWord(_ set: WordSet, in text: ScalarText, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if let length = set.match(text, at: index), index + length <= range.upperBound { return true }
            index += 1
        }
        return false
    }

    /// Whether any word of `set` occurs in `range` of `text` as a whole Latin word (or its plural in "s"): no Latin
    /// letter right before it or after it, so "unit" is not found in "United States" nor "mission" in "Commission".
    /// Chinese words stand anywhere.
    static func containsWholeWord(_ set: WordSet, in text: ScalarText, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if let length = set.match(text, at: index), index + length <= range.upperBound {
                let end = index + length
                let latinStart = ScalarText.isLatinLetter(text[index])
                let latinEnd = ScalarText.isLatinLetter(text[end - 1])
                let startsWord = !latinStart || index == 0 || !ScalarText.isLatinLetter(text[index - 1])
                let endsWord = !latinEnd || end >= text.count || !ScalarText.isLatinLetter(text[end])
                    || (text.lower(end) == 0x73 && (end + 1 >= text.count || !ScalarText.isLatinLetter(text[end + 1])))
                if startsWord && endsWord { return true }
            }
            index += 1
        }
        return false
    }
}
