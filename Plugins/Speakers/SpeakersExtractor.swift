import Gazetteer
import PluginAPI

/// The `speakers` extractor: who speaks in a document — briefers introduced with their function and referred to
/// later by surname, authors of statements in annexes, chairs and signatories, and States whose representatives
/// are reported speaking — with affiliation, roles and source lines.
///
/// It reads the folded paragraphs with the general patterns of UN prose in Chinese and English (titles before
/// names, honorifics and ranks after them, speech verbs, "的发言" and "Statement by" headings, "(签名)" and
/// "(Signed)"), and the shared States gazetteer for State names. People only mentioned (authors of reports, people
/// honoured) are left out.
public struct SpeakersExtractor: ExtractorPlugin {
    public let descriptor = PluginDescriptor(
        name: "speakers", version: "1.0.0",
        summary: "Persons who brief, speak, chair, sign or make statements, and States whose representatives speak, with roles and lines")

    let gazetteer: StateGazetteer
    let presidencies: CouncilPresidencies
    let chinese: ChineseScanner
    let english: EnglishScanner

    /// Creates the extractor. It has no settings of its own; the States come from `gazetteer`, the Council's
    /// presidency by month from `presidencies.toml` in the data directory (optional).
    /// - Throws: ``GazetteerError`` when `presidencies.toml` is there but cannot be read.
    public init(environment: PluginEnvironment, gazetteer: StateGazetteer) throws {
        try self.init(gazetteer: gazetteer, presidencies: CouncilPresidencies.load(fromDataDirectory: environment.dataDirectory))
    }

    /// Creates the extractor from data already loaded.
    public init(gazetteer: StateGazetteer, presidencies: CouncilPresidencies = CouncilPresidencies()) {
        self.gazetteer = gazetteer
        self.presidencies = presidencies
        let resolver = AffiliationResolver()
        self.chinese = ChineseScanner(resolver: resolver)
        self.english = EnglishScanner(resolver: resolver)
    }

    public func extract(_ document: Document) async throws -> any Encodable & Sendable {
        analyze(document)
    }

    /// The extractor's result for one document (synchronous; what ``extract(_:)`` returns).
    public func analyze(_ document: Document) -> SpeakersData {
        let matches = gazetteer.paragraphMatches(in: document)
        let paragraphs = document.normalized.paragraphs
        let texts = ScalarText.decode(paragraphs.map(\.folded))
        let views = paragraphs.indices.map { index in
            ParagraphView(
                index: index, paragraph: paragraphs[index], text: texts[index],
                states: gazetteer.stateHits(in: texts[index], matches: matches[index]))
        }
        markBriefingLists(views)
        var persons: [Mention] = []
        var states: [Mention] = []
        for view in views {
            if view.text.ideographs > 0 {
                persons.append(contentsOf: chinese.persons(in: view))
                states.append(contentsOf: chinese.speakingStates(in: view))
            }
            if view.readsAsEnglish {
                let found = english.scan(view)
                persons.append(contentsOf: found.persons)
                states.append(contentsOf: found.states)
            }
        }
        // A signature's title and honorific are printed on the lines above it in Chinese, under it in English.
        for mention in persons where mention.evidence == .signature {
            let view = views[mention.paragraph]
            let block: (honorific: String?, title: String?, affiliation: SpeakersData.Affiliation?) = view.text.ideographs > 0
                ? chinese.signatureBlock(views[..<mention.paragraph])
                : view.readsAsEnglish ? english.signatureBlock(views[(mention.paragraph + 1)...]) : (nil, nil, nil)
            (mention.signatureTitle, mention.signatureHonorific) = (block.title, block.honorific)
            // Signed as chair: "…工作组主席", "Chair of the Working Group on …".
            if let title = block.title, title.hasSuffix("主席") || title.hasPrefix("Chair") { mention.isChair = true }
            // A State the title names ("挪威常驻联合国代表", "Permanent Representative of Kenya"); a chair's body is not
            // the chair's State.
            if mention.affiliation == nil, let affiliation = block.affiliation, affiliation.kind == "state" { mention.affiliation = affiliation }
        }
        // A surname said bare ("梅农说", "Lacroix said") is read only once the document's full names are known.
        let chineseViews = views.filter { $0.text.ideographs > 0 }
        let englishViews = views.filter(\.readsAsEnglish)
        let surnames = chineseViews.isEmpty ? [] : ChineseScanner.surnames(of: persons)
        let latinSurnames = englishViews.isEmpty ? [] : EnglishScanner.surnames(of: persons)
        if !surnames.isEmpty {
            for view in chineseViews { persons.append(contentsOf: chinese.bareSurnames(in: view, surnames: surnames)) }
        }
        if !latinSurnames.isEmpty {
            let folded = latinSurnames.map { $0.unicodeScalars.map { ScalarText.lowered($0.value) } }
            let hashes = latinSurnames.map { EnglishTokens.hash(Substring($0)) }
            for view in englishViews where EnglishScanner.mayHoldSurname(view.text, folded) {
                persons.append(contentsOf: english.bareSurnames(in: view, surnames: hashes))
            }
        }
        let sender = DocumentSender(views: views)
        var chairState = sender.chairState
        // "安全理事会主席 阿卜杜•阿巴里(签名)": the President's State is the one that held the presidency that month.
        if chairState == nil, sender.isCouncilPresident, let month = sender.month,
           let code = presidencies.state(year: month.year, month: month.month), let state = gazetteer.state(forCode: code) {
            let chinese = document.language == .zh || views.contains { $0.text.ideographs > 0 }
            chairState = .init(kind: "state", code: code, name: chinese ? state.chinese : state.english)
        }
        var assembler = SpeakerAssembler(
            document: document, views: views, senderState: sender.state, senderIsChair: sender.isChair, chairState: chairState)
        assembler.senderIsUnitedNations = sender.isUnitedNations
        return SpeakersData(speakers: assembler.assemble(persons: persons, states: states))
    }

    /// Flags the short paragraphs that follow a paragraph announcing briefers ("情况介绍人：", "Briefers:").
    private func markBriefingLists(_ views: [ParagraphView]) {
        var remaining = 0
        for index in views.indices {
            let text = views[index].text
            if remaining > 0 {
                if text.count < 100 { views[index].inBriefingList = true; remaining -= 1 } else { remaining = 0 }
            }
            var end = text.count
            while end > 0 && ScalarText.isSpace(text[end - 1]) { end -= 1 }
            // "情况通报人：", "The following will brief the Council:", or a heading of its own ("Briefers").
            let announces = end > 0 && (text[end - 1] == 0xFF1A || text[end - 1] == 0x3A) && text.count < 200
            let heading = end > 0 && end <= 24 && !ParagraphView.isSentenceDelimiter(text[end - 1]) && text[end - 1] != 0x2E
            if announces || heading,
               Lexicon.containsWord(Lexicon.chineseBriefingCues, in: text, 0..<end)
                || Lexicon.containsWord(Lexicon.englishBriefingCues, in: text, 0..<end) {
                remaining = 12
            }
        }
    }
}
