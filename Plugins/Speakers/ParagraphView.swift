import PluginAPI

/// A State named in a paragraph, as scalar indices. Its printed name is sliced only when it goes into a result
/// (``ParagraphView/affiliation(of:)``).
struct StateHit {
    var start: Int
    var end: Int
    var code: String
}

/// One paragraph prepared for the scanners: its folded scalars, the States named in it, and what surrounds it.
///
/// A class, made once per paragraph of one document: the scanners pass views around a great deal, and a copy of
/// a class retains one object where a struct would retain each of its arrays and strings.
final class ParagraphView {
    let index: Int
    let paragraph: Paragraph
    let text: ScalarText
    let states: [StateHit]
    /// The paragraph is an item of a list announced as briefers or speakers ("情况介绍人：").
    var inBriefingList = false

    init(index: Int, paragraph: Paragraph, text: ScalarText, states: [StateHit]) {
        self.index = index
        self.paragraph = paragraph
        self.text = text
        self.states = states
    }

    /// Whether the paragraph is in English (Latin script), not Chinese with a Latin word in it: the English
    /// patterns apply.
    var readsAsEnglish: Bool { text.latinLetters > 3 * text.ideographs && text.latinLetters > 8 }

    /// The printed slice `start..<end`.
    func printed(_ start: Int, _ end: Int) -> String { text.slice(paragraph.text, start, end) }

    /// The affiliation to a State named here, with its name as printed.
    func affiliation(of state: StateHit) -> SpeakersData.Affiliation {
        .init(kind: "state", code: state.code, name: printed(state.start, state.end))
    }

    /// UTF-8 offset of a scalar index.
    func utf8Offset(_ index: Int) -> Int { text.utf8Offset(index) }

    /// The State named exactly over `start..<end`, or ending at `end`.
    func state(endingAt end: Int) -> StateHit? { states.last { $0.end == end } }

    /// Whether a State name covers any of `start..<end`.
    func overlapsState(_ start: Int, _ end: Int) -> Bool { states.contains { $0.start < end && start < $0.end } }

    /// Clause delimiters: Chinese and ASCII punctuation that ends a clause.
    static func isClauseDelimiter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x2C, 0x3B, 0x3A, 0xFF01, 0xFF1F, 0x21, 0x3F: true
        default: false
        }
    }

    /// Sentence delimiters.
    static func isSentenceDelimiter(_ scalar: UInt32) -> Bool {
        scalar == 0x3002 || scalar == 0xFF1B || scalar == 0x3B || scalar == 0xFF01 || scalar == 0xFF1F
    }

    /// Bounds of the sentence around `index`. The period of an abbreviation ("Mr.", "Ms.", "H.E.", an initial) ends
    /// no sentence.
    func sentence(around index: Int) -> Range<Int> {
        var start = min(index, text.count)
        while start > 0 && !ParagraphView.isSentenceDelimiter(text[start - 1])
            && !(text[start - 1] == 0x2E && text[start] == 0x20 && !endsAbbreviation(start - 1)) { start -= 1 }
        var end = index
        while end < text.count && !ParagraphView.isSentenceDelimiter(text[end])
            && !(text[end] == 0x2E && text[end + 1] == 0x20 && !endsAbbreviation(end)) { end += 1 }
        return start..<end
    }

    /// Abbreviations printed before names.
    private static let abbreviations = WordSet(["mr", "ms", "mrs", "dr", "prof", "gen", "col", "lt", "maj", "brig", "st"])

    /// Whether the period at `period` ends an abbreviation: a single capital letter (an initial, "H.E.") or a word of
    /// ``abbreviations``.
    private func endsAbbreviation(_ period: Int) -> Bool {
        if ScalarText.isUpperLatin(text[period - 1]) && !ScalarText.isLatinLetter(text[period - 2]) { return true }
        return ParagraphView.abbreviations.matchWordEnding(text, before: period) != nil
    }
}
