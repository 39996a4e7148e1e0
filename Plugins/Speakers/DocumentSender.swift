import PluginAPI

/// Who sends the document, read from its title ("科特迪瓦常驻联合国代表给安全理事会主席的信", "Letter dated … from the
/// Permanent Representative of Ethiopia to the United Nations addressed to …"), and which State holds the chair.
struct DocumentSender {
    var state: SpeakersData.Affiliation?
    var isChair = false
    /// The sender is the Secretary-General or another UN official.
    var isUnitedNations = false
    var chairState: SpeakersData.Affiliation?
    /// The sender is the President of the Security Council (not the chair of one of its subsidiary bodies).
    var isCouncilPresident = false
    /// The year and month of the title's date ("Letter dated 16 September 2020", "2020年9月16日…的信"), read only for a
    /// letter from the President (the month gives the President's State).
    var month: (year: Int, month: Int)?

    private static let chineseTo = WordSet(["给"])
    private static let chineseLetter = WordSet(["的信", "的普通照会", "的函", "的说明"])
    private static let englishLetter = WordSet(["letter", "note verbale", "note"])
    private static let englishFrom = WordSet(["from the ", "from "])
    private static let englishTo = WordSet([" addressed to", " to the president", " to the secretary-general"])
    private static let chairWords = WordSet(["主席", "chair", "president of the security council", "chairman", "chairperson"])
    private static let unitedNationsSenders = WordSet(["秘书长", "secretary-general", "副秘书长", "high commissioner"])
    private static let chairRole = WordSet(["主席的身份", "主席身份", "as chair", "in its capacity as chair", "in my capacity as chair"])
    /// What follows a State that takes a role: "乍得以…", "乍得将以…", "Chad, as chair …".
    private static let capacityLeads = WordSet(["以", "将以", ", as chair"])
    private static let councilPresident = WordSet(["安全理事会主席", "安理会主席", "president of the security council"])

    init(views: [ParagraphView]) {
        for view in views.prefix(12) {
            let text = view.text
            // "给" needs an ideograph, " addressed to" Latin letters: a paragraph without them is not searched for them.
            // " addressed to" starts with a space, so its search stops at every word: in a paragraph without ideographs
            // (so without "的信" after it), first make sure the start names a letter or note at all (it must, before it).
            let englishTitle = text.latinLetters > 0
                && (text.ideographs > 0 || DocumentSender.englishLetter.firstMatch(text, from: 0, to: min(text.count, 300)) != nil)
            guard let to = (text.ideographs > 0 ? DocumentSender.chineseTo.firstMatch(text, from: 0, to: min(text.count, 120))?.index : nil)
                    ?? (englishTitle ? DocumentSender.englishTo.firstMatch(text, from: 0, to: min(text.count, 300))?.index : nil),
                  Lexicon.containsWord(DocumentSender.chineseLetter, in: text, to..<min(text.count, to + 80))
                    || Lexicon.containsWord(DocumentSender.englishLetter, in: text, 0..<to)
            else { continue }
            let from = DocumentSender.englishFrom.firstMatch(text, from: 0, to: to).map { $0.index + $0.length } ?? 0
            isChair = Lexicon.containsWord(DocumentSender.chairWords, in: text, from..<to)
            isCouncilPresident = Lexicon.containsWord(DocumentSender.councilPresident, in: text, from..<to)
            if isCouncilPresident { month = DocumentSender.month(in: Array(view.paragraph.folded.utf8.prefix(view.utf8Offset(to)))) }
            isUnitedNations = Lexicon.containsWord(DocumentSender.unitedNationsSenders, in: text, from..<to)
            if let hit = view.states.first(where: { $0.start >= from && $0.end <= to }) {
                state = view.affiliation(of: hit)
            }
            break
        }
        for view in views {
            let text = view.text
            for hit in view.states where text[hit.end] == 0x4EE5 || text[hit.end] == 0x5C06 || text[hit.end] == 0x2C {
                let sentence = view.sentence(around: hit.start)
                if hit.end + 8 >= sentence.upperBound { continue }
                if Lexicon.containsWord(DocumentSender.chairRole, in: text, hit.end..<min(sentence.upperBound, hit.end + 40)),
                   DocumentSender.capacityLeads.match(text, at: hit.end) != nil {
                    chairState = view.affiliation(of: hit)
                    return
                }
            }
        }
    }

    /// The year and month of the first date in a title's UTF-8 ("Letter dated 16 September 2020", "2020年9月16日…的信"),
    /// read with the date grammar the metadata extractor uses.
    static func month(in title: [UInt8]) -> (year: Int, month: Int)? {
        guard let iso = DateParser.first(in: title)?.iso else { return nil }
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        return parts.count == 3 ? (parts[0], parts[1]) : nil
    }
}
