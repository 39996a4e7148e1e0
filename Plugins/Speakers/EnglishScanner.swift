/// Finds speakers in English prose: "Mr. Lacroix said", "Jean-Pierre Lacroix, Under-Secretary-General for Peace
/// Operations, stressed", "the Assistant Secretary-General for Africa, Martha Pobee, briefed", "Statement by …",
/// "(Signed) …", and States whose representatives speak ("the representative of Ethiopia said", "the
/// representatives of China, France and the United Kingdom stressed").
struct EnglishScanner {
    let resolver: AffiliationResolver

    /// Honorifics as token hash sequences, longest first, and the hashes they can start with.
    static let honorifics: [[UInt64]] = Lexicon.englishHonorifics.map(EnglishTokens.hashes).sorted { $0.count > $1.count }
    private static let honorificStarts = TokenHashSet(honorifics.compactMap(\.first))
    private static let particles = EnglishTokens.hashSet([
        "de", "van", "von", "da", "dos", "das", "du", "del", "della", "la", "le", "bin", "al", "el", "ben", "ter", "den", "der",
        "y", "di", "binti", "ibn",
    ])
    /// Capitalised words that begin names of things, not of people.
    private static let notNames = EnglishTokens.hashSet([
        "united", "nations", "security", "council", "general", "assembly", "secretary-general", "the", "member", "states",
        "state", "department", "office", "mission", "working", "group", "committee", "republic", "democratic", "peace",
        "operations", "operation", "peacekeeping", "annex", "letter", "statement", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "african", "union", "european", "chair", "president", "in", "on", "at",
        "for", "of", "and", "with", "by", "as", "he", "she", "they", "it", "we", "i", "his", "her", "their", "this", "that",
        "these", "those", "however", "also", "finally", "mr", "ms", "mrs", "dr", "special", "representative", "permanent",
        "under-secretary-general", "assistant", "action", "declaration", "resolution", "charter", "fund", "programme",
        "high-level", "independent", "panel", "commission", "force", "police", "military", "civilian", "government",
        "minister", "ambassador", "kingdom", "america", "federation", "chinese", "english", "original", "distr", "briefing",
        "remarks", "madam", "sir", "excellency", "thank", "thanks", "our", "my", "your", "accountability", "performance",
        "ministry", "foreign", "affairs", "defence", "defense", "embassy", "delegation", "agency", "organization",
        "report", "reports", "annual", "note", "summary", "agenda", "conclusions", "guidelines", "strategy", "plan",
    ])
    private static let beforeThingNames = EnglishTokens.hashSet(["of", "for", "the", "on", "in", "to", "and", "at", "from"])
    /// The last word of a title printed right before a name, without a comma ("Secretary-General António Guterres",
    /// "Special Envoy Hans Grundberg"); never a word of a name.
    private static let titleHeads = EnglishTokens.hashSet([
        "secretary-general", "under-secretary-general", "representative", "adviser", "advisor", "director",
        "director-general", "commander", "chair", "chairperson", "chairman", "chairwoman", "president", "vice-president",
        "minister", "coordinator", "co-ordinator", "envoy", "commissioner", "rapporteur", "prosecutor", "spokesperson",
        "spokesman", "moderator", "administrator", "officer-in-charge", "secretary",
    ])
    private static let secretaryOfState = EnglishTokens.hashes("Secretary of State")
    private static let statementHeads: [[UInt64]] = [
        "statement by", "statement of", "remarks by", "briefing by", "address by", "speech by", "joint statement by",
        "joint statement of", "statement on behalf of", "joint statement on behalf of",
    ].map(EnglishTokens.hashes)
    private static let representativeHeads: [[UInt64]] = [
        "representatives of", "representative of", "delegations of", "delegation of", "delegates of",
    ].map(EnglishTokens.hashes)
    private static let signed = EnglishTokens.hashes("(Signed)")
    private static let electedChair = EnglishTokens.hashes("was elected chair")
    private static let asChair = EnglishTokens.hashes("as chair")
    /// "X chaired the meeting", "X presided over the debate": the subject chairs.
    private static let activeChairs = [EnglishTokens.hashes("chaired"), EnglishTokens.hashes("co-chaired"), EnglishTokens.hashes("presided over")]
    private static let forBriefing = ["for his briefing", "for her briefing", "for their briefings", "for his briefings", "for her briefings"]
        .map(EnglishTokens.hashes)
    private static let thankWords = [EnglishTokens.hash("thank"), EnglishTokens.hash("thanks"), EnglishTokens.hash("thanked")]
    /// Ranks printed above a title in signature blocks.
    private static let ranks = [EnglishTokens.hashes("Ambassador Extraordinary and Plenipotentiary"), EnglishTokens.hashes("Ambassador")]
    /// Words that open what follows a signature block, not a line of it.
    private static let blockEnds = EnglishTokens.hashSet(["annex", "enclosure", "appendix", "attachment"])
    /// "The meeting was chaired by Ms. X", "presided over by X", "under the chairmanship of X": before the name.
    private static let chairedBy = [
        EnglishTokens.hashes("chaired by"), EnglishTokens.hashes("co-chaired by"), EnglishTokens.hashes("presided over by"),
        EnglishTokens.hashes("chairmanship of"), EnglishTokens.hashes("chairpersonship of"), EnglishTokens.hashes("chairship of"),
        EnglishTokens.hashes("presidency of"),
    ]
    /// The phrases of ``chairedBy`` that may also describe another body ("the Panel, chaired by X").
    private static let passiveChairs = [EnglishTokens.hashes("chaired by"), EnglishTokens.hashes("co-chaired by"), EnglishTokens.hashes("presided over by")]
    /// Before "chaired by": a form of "be", or what is chaired when it is the meeting.
    private static let meetingOrBe = EnglishTokens.hashSet([
        "was", "were", "is", "are", "be", "been", "being", "meeting", "meetings", "debate", "session", "sessions", "discussion",
        "discussions", "consultations", "dialogue", "briefing", "event", "conference", "forum", "workshop", "seminar",
    ])
    private static let titleWords = EnglishTokens.hashSet(Array(Lexicon.englishTitleWords))
    private static let fillers = EnglishTokens.hashSet(Array(Lexicon.englishFillers))
    private static let notAppositive = EnglishTokens.hashSet(["was", "is", "were", "has", "had", "who", "which", "and", "but"])
    private static let titleBreakers = EnglishTokens.hashSet(["by", "from", "and", "with"])
    private static let theWord = EnglishTokens.hash("the")
    /// Words that open a clause set off by commas between a name and its verb.
    private static let clauseOpeners = EnglishTokens.hashSet(["who", "speaking", "via", "through", "participating", "joining"])
    /// Words that name some members of a group: "Several members, including Brazil, …".
    private static let includingLeads = ["including", "among them", "such as", "notably", "in particular"].map(EnglishTokens.hashes)
    private static let ofWord = EnglishTokens.hash("of")
    private static let andWord = EnglishTokens.hash("and")
    private static let introducingPrepositions = EnglishTokens.hashSet(["by", "from"])
    private static let introducingVerbs = EnglishTokens.hashSet(["made", "heard"])
    private static let stateListJoiners: Set<String> = [", ", " and ", ", and ", " and the ", ", the ", ", and the "]
    private static let representativeWords = EnglishTokens.hashSet(["representative", "delegation"])
    /// Speech verbs of one word, and of several (hash of the first and last words: "made a statement" is "made"
    /// and "statement", with an article between them or not).
    private static let verbs = EnglishTokens.hashSet(Lexicon.englishSpeechVerbs.filter { !$0.contains(" ") })
    private static let verbPairs = TokenHashSet(Lexicon.englishSpeechVerbs.filter { $0.contains(" ") }.map { phrase in
        let words = EnglishTokens.hashes(phrase)
        return words.count >= 2 ? pair(words[0], words[words.count - 1]) : 0
    })
    private static let articles = EnglishTokens.hashSet(["a", "an", "the"])
    private static let speakerGroups = EnglishTokens.hashSet([
        "members", "delegations", "representatives", "speakers", "delegates", "participants",
    ])

    private static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 { first &* 31 ^ (second << 1 | second >> 63) }

    /// The persons and the speaking States of one paragraph in English.
    func scan(_ view: ParagraphView) -> (persons: [Mention], states: [Mention]) {
        let tokens = EnglishTokens(view.text)
        return (persons(view, tokens), speakingStates(view, tokens))
    }

    // MARK: Persons

    private func persons(_ view: ParagraphView, _ tokens: EnglishTokens) -> [Mention] {
        // A statement heading, possibly run together with the statement's first paragraph by the converter.
        let isStatementHeading = EnglishScanner.statementHeads.contains { tokens.matches($0, at: 0) }
        var headingMentionFound = false
        /// The token after the last mention named as chair ("chaired by X"), or -1.
        var lastChairEnd = -1
        /// People listed before one verb ("Ms. A, Director of X, Mr. B, … and Ms. C briefed"), waiting for it, and the
        /// token after the last of them.
        var waitingForVerb: [Mention] = []
        var waitingEnd = -1
        /// The token after the last name read and its appositive.
        var previousEnd = 0
        let stateStarts = Set(view.states.map(\.start))
        var mentions: [Mention] = []
        var index = 0
        while index < tokens.count {
            let token = tokens.tokens[index]
            guard token.capitalized || token.symbol == 0x28 else { index += 1; continue }
            var nameStart = index
            var honorific: [UInt64]?
            if EnglishScanner.honorificStarts.contains(token.hash) {
                // "General" and "Major" are honorifics only before a capitalised name.
                for candidate in EnglishScanner.honorifics where tokens.matches(candidate, at: index) && tokens[index + candidate.count]?.capitalized == true {
                    honorific = candidate
                    break
                }
            }
            if let honorific {
                nameStart = index + honorific.count
                // "H.E. Mr. Mauro Vieira", "Her Excellency Ambassador X": honorifics in a row are one.
                while let next = EnglishScanner.honorifics.first(where: { tokens.matches($0, at: nameStart) && tokens[nameStart + $0.count]?.capitalized == true }) {
                    nameStart += next.count
                }
            }
            guard let nameEnd = nameTokens(tokens, from: nameStart, requireTwo: honorific == nil, stateStarts: stateStarts) else {
                index += max(1, honorific?.count ?? 1)
                continue
            }
            let first = tokens.tokens[nameStart]
            let last = tokens.tokens[nameEnd - 1]
            var after = nameEnd
            // The State right after a name: "Mr. Zhang Jun (China) said", "Ambassador Vanessa Frazier of Malta, opened".
            let stateAfterName = stateAttached(view, tokens, after: nameEnd)
            if let stateAfterName { after = stateAfterName.next }
            // A title before the name ("the Under-Secretary-General for Peace Operations, Jean-Pierre Lacroix") or
            // after it, as an appositive ("Jean-Pierre Lacroix, Under-Secretary-General for Peace Operations, said").
            var titleRange = precedingTitle(tokens, before: honorific == nil ? nameStart : index)
            // "Ms. A, Director of X, Mr. B": the title before B is A's appositive, already read.
            if let range = titleRange, previousEnd > 0, range.lowerBound < tokens.tokens[previousEnd - 1].end { titleRange = nil }
            let precededByTitle = titleRange != nil
            /// Where the mention starts with its title ("the Force Commander of MONUSCO, Lieutenant General X").
            var mentionStart = honorific == nil ? nameStart : index
            if let titleRange {
                mentionStart = tokens.tokenIndex(atScalar: titleRange.lowerBound)
                if tokens[mentionStart - 1]?.hash == EnglishScanner.theWord { mentionStart -= 1 }
            }
            if tokens.isSymbol(after, ","), var close = appositiveEnd(tokens, from: after + 1) {
                // "Director of the Asia, Middle East and Americas Division of …, briefed": a comma inside the title.
                if tokens.isSymbol(close, ","), !speaks(tokens, from: close + 1), let next = titleContinuation(tokens, from: close + 1),
                   speaks(tokens, from: next + 1) {
                    close = next
                }
                if titleRange == nil { titleRange = tokens.tokens[after + 1].start..<tokens.tokens[close - 1].end }
                after = tokens.isSymbol(close, ",") ? close + 1 : close
            }
            // "Ms. DiCarlo (Under-Secretary-General for Political and Peacebuilding Affairs) said": a title in parentheses.
            if titleRange == nil, tokens.isSymbol(after, "("),
               let close = (after + 1..<min(tokens.count, after + 25)).first(where: { tokens.isSymbol($0, ")") }), close > after + 1,
               (after + 1..<close).contains(where: { tokens[$0].map { EnglishScanner.titleWords.contains($0.hash) } == true }),
               speaks(tokens, from: close + 1) {
                titleRange = tokens.tokens[after + 1].start..<tokens.tokens[close - 1].end
                after = close + 1
            }
            // "Mr. Omar Abdi (UNICEF) highlighted", "Ms. X (ICRC) said": an organization in parentheses.
            var organizationRange: Range<Int>?
            if titleRange == nil, stateAfterName == nil, tokens.isSymbol(after, "("),
               let close = (after + 1..<min(tokens.count, after + 12)).first(where: { tokens.isSymbol($0, ")") }), close > after + 1,
               speaks(tokens, from: close + 1) {
                let inside = tokens.tokens[after + 1].start..<tokens.tokens[close - 1].end
                if resolver.affiliation(title: inside, in: view) != nil {
                    organizationRange = inside
                    after = close + 1
                }
            }
            // "Ambassador X of Bangladesh, who chairs the Peacebuilding Commission, said", "Ms. X, speaking via
            // videoconference, said": a relative clause or a participle between the name and the verb.
            if tokens.isSymbol(after, ","), let word = tokens[after + 1], EnglishScanner.clauseOpeners.contains(word.hash),
               let close = (after + 2..<min(tokens.count, after + 25)).first(where: { tokens.isSymbol($0, ",") || tokens.isSymbol($0, ".") }),
               tokens.isSymbol(close, ","), speaks(tokens, from: close + 1) {
                after = close + 1
            }
            let introducedAt = honorific == nil ? nameStart : index
            let signs = introducedAt >= 3 && tokens.matches(EnglishScanner.signed, at: introducedAt - 3)
            let headsStatement = isStatementHeading && !headingMentionFound && first.start < 250
            // Capitalised words without an honorific are a name only with a title, a signature or a heading (see the
            // end of the loop): the many that have none ("Peace Operations") are dropped before any string is made.
            guard honorific != nil || titleRange != nil || signs || headsStatement || view.inBriefingList else {
                index = nameEnd
                continue
            }
            let name = view.printed(first.start, last.end)
            let mention = Mention(
                paragraph: view.index, utf8Offset: view.utf8Offset(first.start), name: name, key: Mention.key(of: name),
                isFull: nameEnd - nameStart >= 2, title: nil, honorific: nil, affiliation: nil, evidence: .none)
            if honorific != nil { mention.honorific = view.printed(token.start, tokens.tokens[nameStart - 1].end) }
            if let titleRange {
                let title = view.printed(titleRange.lowerBound, titleRange.upperBound)
                mention.title = title.hasPrefix("the ") || title.hasPrefix("The ") ? String(title.dropFirst(4))
                    : title.hasPrefix("My ") ? String(title.dropFirst(3)) : title
                mention.affiliation = resolver.affiliation(title: titleRange, in: view)
            }
            if let state = stateAfterName?.state, mention.affiliation?.kind != "state" {
                mention.affiliation = view.affiliation(of: state)
            }
            if let organizationRange { mention.affiliation = resolver.affiliation(title: organizationRange, in: view) }
            // A verbatim record's speaker line: "Mr. Zhang Jun (China): I thank…", "Ms. Pobee (spoke in French):".
            var lineEnd = after
            var lineState: StateHit?
            while tokens.isSymbol(lineEnd, "("), let close = (lineEnd + 1..<min(tokens.count, lineEnd + 12)).first(where: { tokens.isSymbol($0, ")") }) {
                let inside = tokens.tokens[lineEnd].end..<tokens.tokens[close].start
                if lineState == nil { lineState = view.states.first { $0.start >= inside.lowerBound && $0.end <= inside.upperBound } }
                lineEnd = close + 1
            }
            let isSpeakerLine = introducedAt == 0 && honorific != nil && tokens.isSymbol(lineEnd, ":")
            // "chaired by Ms. X": a chair, not a briefer the sentence introduces.
            // "co-chaired by Ambassador X of Ireland and Ambassador Y of the Niger": the chair after "and" too.
            // "The meeting was chaired by X", "the debate, chaired by X,"; not "the Panel of Experts, chaired by X" (the
            // chair of another body, only mentioned): a verb form of "be" or a meeting word comes first.
            // The phrase may stand before the title: "presided over by the President of the Council, Pedro Comissário Afonso".
            let chairHead = titleRange == nil || (honorific != nil && mentionStart == index) ? introducedAt : mentionStart
            let chairPhrase = EnglishScanner.chairedBy.first { chairHead >= $0.count && tokens.matches($0, at: chairHead - $0.count) }
            let chairedBefore = chairPhrase.map { phrase in
                guard EnglishScanner.passiveChairs.contains(phrase) else { return true }
                let head = chairHead - phrase.count
                return (max(0, head - 4)..<head).contains { index in
                    tokens.tokens[index].isWord && EnglishScanner.meetingOrBe.contains(tokens.tokens[index].hash)
                }
            } == true
                || (lastChairEnd >= 0 && introducedAt - lastChairEnd <= 2 && (lastChairEnd..<introducedAt).allSatisfy { index in
                    tokens.tokens[index].hash == EnglishScanner.andWord || tokens.isSymbol(index, ",")
                })
            if isSpeakerLine, let lineState { mention.affiliation = view.affiliation(of: lineState) }
            if isSpeakerLine {
                mention.evidence = .speech
            } else if signs {
                mention.evidence = .signature
            } else if headsStatement {
                mention.evidence = .statement
                headingMentionFound = true
            } else if speaks(tokens, from: after) || speaksAfterAnd(tokens, view.text, from: after)
                || (precededByTitle && tokens.isSymbol(after, ",") && speaks(tokens, from: after + 1)) {
                // The comma closes "The President of the Council, Ambassador X of Malta, opened".
                mention.evidence = .speech
            } else if (mention.title != nil || honorific != nil || view.inBriefingList) && mention.isFull && chairPhrase == nil && !chairedBefore
                && briefingCue(view, from: tokens.tokens[introducedAt].start, name: first.start) {
                mention.evidence = .introduced
            } else if honorific != nil, EnglishScanner.forBriefing.contains(where: { tokens.matches($0, at: after) }),
                      EnglishScanner.thankWords.contains(where: { word in (max(0, index - 20)..<index).contains { tokens.tokens[$0].hash == word } }) {
                // "I thank Mr. Lacroix for his briefing": the person thanked for a briefing gave it.
                mention.evidence = .speech
            }
            if mention.title.map(EnglishScanner.chairsCouncilBody) == true
                || tokens.matches(EnglishScanner.electedChair, at: after) || tokens.matches(EnglishScanner.asChair, at: after)
                || EnglishScanner.activeChairs.contains(where: { tokens.matches($0, at: after) && tokens[after + $0.count]?.capitalized == false })
                || chairedBefore {
                mention.isChair = true
            }
            if chairedBefore { lastChairEnd = after }
            previousEnd = after
            // Capitalised words without an honorific are a name only with a title, a signature or a heading.
            if honorific != nil || mention.title != nil || mention.evidence == .signature || mention.evidence == .statement
                || view.inBriefingList {
                mentions.append(mention)
                // A list of people joined by commas and "and" shares the verb after its last name.
                let joinsList = waitingEnd >= 0 && waitingEnd <= mentionStart && (waitingEnd..<mentionStart).allSatisfy { index in
                    tokens.isSymbol(index, ",") || tokens.tokens[index].hash == EnglishScanner.andWord
                }
                if !joinsList { waitingForVerb.removeAll() }
                // The list is the subject: its first name opens a sentence or follows a comma ("During the meeting,
                // Ms. A, …"), never a verb ("thanked Mr. B, and Mr. C said").
                let opensSubject = joinsList || mentionStart == 0 || [".", ";", ":", ","].contains { tokens.isSymbol(mentionStart - 1, $0) }
                if mention.evidence == .none && !chairedBefore && opensSubject {
                    waitingForVerb.append(mention)
                    waitingEnd = after
                } else {
                    if mention.evidence == .speech && !isSpeakerLine {
                        for waiting in waitingForVerb { waiting.evidence = .speech }
                    }
                    waitingForVerb.removeAll()
                    waitingEnd = -1
                }
            }
            index = nameEnd
        }
        if isStatementHeading && !headingMentionFound, let state = view.states.first, state.start < 200 {
            // "Statement by the Permanent Mission of Estonia": the State, without a name; "Joint statement by the Foreign
            // Ministers of Canada, France, … and the United States of America": every State of the list.
            for state in view.states[0...stateListEnd(view, from: 0)] {
                mentions.append(Mention(
                    paragraph: view.index, utf8Offset: view.utf8Offset(state.start), name: nil, key: [], isFull: true, title: nil,
                    honorific: nil, affiliation: view.affiliation(of: state), evidence: .statement))
            }
        } else if isStatementHeading && !headingMentionFound,
                  let organization = resolver.organization(in: view.text, 0..<min(view.text.count, 200)) {
            // "Statement by the representative of the European Union": the organization, without a name.
            mentions.append(Mention(
                paragraph: view.index, utf8Offset: view.utf8Offset(organization.start), name: nil, key: [], isFull: true, title: nil,
                honorific: nil, affiliation: .init(kind: "organization", code: organization.code,
                                                  name: view.printed(organization.start, organization.end)),
                evidence: .statement))
        }
        return mentions
    }

    /// The end (exclusive token index) of a personal name starting at `start`: capitalised words, with particles
    /// ("dos", "van") inside; nil when there is none. A State's name ends it.
    private func nameTokens(_ tokens: EnglishTokens, from start: Int, requireTwo: Bool, stateStarts: Set<Int>) -> Int? {
        var end = start
        var words = 0
        while let token = tokens[end], token.isWord, !stateStarts.contains(token.start) {
            if token.capitalized && token.hasLower && !EnglishScanner.notNames.contains(token.hash) && !EnglishScanner.titleHeads.contains(token.hash) {
                words += 1
                end += 1
            } else if EnglishScanner.particles.contains(token.hash), words > 0, tokens[end + 1]?.capitalized == true {
                end += 1
            } else if words > 0, token.capitalized, token.end - token.start == 1, tokens.isSymbol(end + 1, "."),
                      let next = tokens[end + 2], next.isWord, next.capitalized, next.hasLower, !stateStarts.contains(next.start) {
                // A middle initial: "Geir O. Pedersen".
                end += 2
            } else {
                break
            }
            if words >= 5 { break }
        }
        guard words >= (requireTwo ? 2 : 1) else { return nil }
        // The first word must begin the run: "Security Council Jean Arnault" is not a name, nor is "Foreign Affairs"
        // in "the Ministry of Foreign Affairs".
        if requireTwo, let previous = tokens[start - 1], previous.isWord,
           previous.capitalized && !isTitleHead(tokens, at: start - 1) || EnglishScanner.beforeThingNames.contains(previous.hash) {
            // "…; and Catherine Russell, Executive Director of UNICEF": "and" after a comma or semicolon joins two people.
            let joinsPeople = previous.hash == EnglishScanner.andWord && (tokens.isSymbol(start - 2, ",") || tokens.isSymbol(start - 2, ";"))
            if !joinsPeople { return nil }
        }
        return end
    }

    /// A State printed right after a name, in parentheses or after "of", and the token after it.
    private func stateAttached(_ view: ParagraphView, _ tokens: EnglishTokens, after nameEnd: Int) -> (state: StateHit, next: Int)? {
        guard let token = tokens[nameEnd], let following = tokens[nameEnd + 1] else { return nil }
        if tokens.isSymbol(nameEnd, "(") {
            guard let state = view.states.first(where: { $0.start == following.start }) else { return nil }
            let close = tokens.tokenIndex(atScalar: state.end)
            return tokens.isSymbol(close, ")") ? (state, close + 1) : nil
        }
        guard token.hash == EnglishScanner.ofWord else { return nil }
        let first = following.hash == EnglishScanner.theWord ? tokens[nameEnd + 2]?.start ?? -1 : following.start
        guard let state = view.states.first(where: { $0.start == first }) else { return nil }
        return (state, tokens.tokenIndex(atScalar: state.end))
    }

    /// What an English signature block prints under the name, on lines of their own: an honorific ("Ambassador") and a
    /// title, possibly broken over lines ("Chair of the Security Council Working" / "Group on Children and Armed
    /// Conflict"), with the affiliation the title gives. `views` are the paragraphs after the signature's.
    func signatureBlock(_ views: ArraySlice<ParagraphView>) -> (honorific: String?, title: String?, affiliation: SpeakersData.Affiliation?) {
        var honorific: String?
        var lines: [String] = []
        var affiliation: SpeakersData.Affiliation?
        var lastLineEndsLower = false
        var firstLineIsRank = false
        for view in views.prefix(4) {
            guard view.paragraph.kind == .body, view.text.count <= 120, view.readsAsEnglish else { break }
            let tokens = EnglishTokens(view.text)
            guard let first = tokens[0], first.capitalized, let last = tokens.tokens.last, !tokens.isSymbol(0, "("),
                  !tokens.isSymbol(tokens.count - 1, ".") else { break }
            var range = first.start..<last.end
            if lines.isEmpty, honorific == nil,
               EnglishScanner.honorifics.contains(where: { $0.count == tokens.count && tokens.matches($0, at: 0) }) {
                honorific = view.printed(range.lowerBound, range.upperBound)
                continue
            }
            // "Ambassador Extraordinary and Plenipotentiary Permanent Representative of …" on one line: the rank, then
            // the title.
            var tokenStart = 0
            if lines.isEmpty, honorific == nil, let rank = EnglishScanner.ranks.first(where: { tokens.matches($0, at: 0) }) {
                // "Ambassador, Permanent Representative": a comma may part them.
                let restStart = tokens.isSymbol(rank.count, ",") ? rank.count + 1 : rank.count
                if let rest = tokens[restStart], rest.capitalized, appositiveEnd(tokens, from: restStart) == tokens.count {
                    honorific = view.printed(first.start, tokens.tokens[rank.count - 1].end)
                    tokenStart = restStart
                    range = rest.start..<last.end
                }
            }
            let printed = view.printed(range.lowerBound, range.upperBound)
            // The first line is a title; the next ones carry it on (no title word of their own needed).
            if lines.isEmpty {
                guard let end = appositiveEnd(tokens, from: tokenStart), end == tokens.count else { break }
                firstLineIsRank = tokenStart == 0 && EnglishScanner.ranks.contains { tokens.matches($0, at: 0) }
            } else if honorific == nil, lines.count == 1, firstLineIsRank, appositiveEnd(tokens, from: 0) == tokens.count {
                // "Ambassador Extraordinary and Plenipotentiary" / "Permanent Representative of Ukraine …": a rank, then
                // the title.
                honorific = lines[0]
                lines = []
                affiliation = nil
            } else {
                // A line carries the title on when the last one broke off after a small word ("… Working Group on" /
                // "Peacekeeping Operations") or it reads as the rest of a name ("Group on Children and Armed Conflict");
                // not "Annex I", nor a second title of its own.
                let brokeOff = lastLineEndsLower
                let hasSmallWord = tokens.tokens.contains { $0.isWord && !$0.capitalized }
                guard brokeOff || (hasSmallWord && appositiveEnd(tokens, from: 0) == nil),
                      !EnglishScanner.blockEnds.contains(first.hash) else { break }
            }
            lastLineEndsLower = last.isWord && !last.capitalized
            lines.append(printed)
            affiliation = affiliation ?? resolver.affiliation(title: range, in: view)
        }
        return (honorific, lines.isEmpty ? nil : lines.joined(separator: " "), affiliation)
    }

    /// The end of an appositive title after a name: tokens up to the next comma or verb, holding a title word.
    private func appositiveEnd(_ tokens: EnglishTokens, from start: Int) -> Int? {
        if let first = tokens[start], EnglishScanner.notAppositive.contains(first.hash) { return nil }
        var index = start
        var sawTitle = false
        while let token = tokens[index], index - start < 25 {
            if token.symbol == 0x2C || token.symbol == 0x3B || (token.symbol == 0x2E && index > start && (tokens[index - 1].map { $0.end - $0.start } ?? 0) > 1) { break }
            if token.isWord && !token.capitalized && EnglishScanner.verbs.contains(token.hash) { break }
            if EnglishScanner.titleWords.contains(token.hash) { sawTitle = true }
            index += 1
        }
        return sawTitle && index > start ? index : nil
    }

    /// The comma that ends the rest of a title after a comma inside it ("Asia, Middle East and Americas Division of the
    /// Department of Peace Operations,"): capitalised words and the small words of names of things, no honorific, at
    /// most 15 tokens; nil when the text from `start` is anything else.
    private func titleContinuation(_ tokens: EnglishTokens, from start: Int) -> Int? {
        var index = start
        while let token = tokens[index], index - start < 15 {
            if token.symbol == 0x2C { return index > start ? index : nil }
            guard token.isWord, token.capitalized ? !EnglishScanner.honorificStarts.contains(token.hash)
                    : EnglishScanner.beforeThingNames.contains(token.hash) else { return nil }
            index += 1
        }
        return nil
    }

    /// A title printed before a name and separated from it by a comma: "the Under-Secretary-General for Peace
    /// Operations, Jean-Pierre Lacroix".
    private func precedingTitle(_ tokens: EnglishTokens, before nameStart: Int) -> Range<Int>? {
        if let head = tokens[nameStart - 1], head.isWord, head.capitalized, isTitleHead(tokens, at: nameStart - 1) {
            return adjoiningTitle(tokens, head: nameStart - 1)
        }
        guard tokens.isSymbol(nameStart - 1, ",") else { return nil }
        var index = nameStart - 2
        var sawTitle = false
        // Up to 28 tokens: "the Force Commander of the United Nations Multidimensional Integrated Stabilization Mission
        // in the Central African Republic (MINUSCA), Lieutenant General Daniel Sidiki Traoré".
        while let token = tokens[index], nameStart - index < 28 {
            if token.symbol == 0x2E || token.symbol == 0x3B || token.symbol == 0x3A || token.symbol == 0x2C { break }
            if EnglishScanner.titleWords.contains(token.hash) { sawTitle = true }
            // "and" ends the title unless a title goes on after it ("Special Representative for Mali and Head of
            // MINUSMA"); it joins two people otherwise ("Ms. Pobee, and the Force Commander of …").
            if sawTitle && EnglishScanner.titleBreakers.contains(token.hash) {
                let joinsTitles = token.hash == EnglishScanner.andWord
                    && (tokens[index + 1].map { $0.capitalized && EnglishScanner.titleWords.contains($0.hash) } == true
                        || endsWithTitleHead(tokens, from: index + 1, before: nameStart - 1))
                if !joinsTitles { break }
            }
            index -= 1
        }
        guard sawTitle, let last = tokens[nameStart - 2] else { return nil }
        // The title starts after the last "the" before its first title word: "I thank the Under-Secretary-General for …"
        // is "Under-Secretary-General for …", "the Force Commander of …" is "Force Commander of …".
        var start = index + 1
        if let firstTitle = (start..<(nameStart - 1)).first(where: { tokens[$0].map { EnglishScanner.titleWords.contains($0.hash) } == true }),
           let article = (start..<firstTitle).last(where: { tokens[$0]?.hash == EnglishScanner.theWord }) {
            start = article + 1
        }
        guard let first = tokens[start] else { return nil }
        return first.start..<last.end
    }

    /// Whether a title makes its holder a chair of the document's own kind of body: a committee or working group of the
    /// Council, or the meeting ("Chair of the Working Group on …"); not the chair of another organization's organ
    /// ("Chairperson of the African Union Commission").
    static func chairsCouncilBody(_ title: String) -> Bool {
        let lowered = title.lowercased()
        guard lowered.hasPrefix("chair") || lowered.hasPrefix("co-chair") else { return false }
        // "Chair" alone is the chair of the body the document is about.
        guard lowered.contains(" of ") || lowered.contains(" for ") else { return true }
        return ["committee", "working group", "security council", "meeting", "debate"].contains { lowered.contains($0) }
            && !lowered.contains("commission")
    }

    /// Whether the word at `index` ends a title printed right before a name: a title word ("Envoy", "Secretary"), or
    /// "State" of "Secretary of State".
    private func isTitleHead(_ tokens: EnglishTokens, at index: Int) -> Bool {
        guard let token = tokens[index] else { return false }
        if EnglishScanner.titleHeads.contains(token.hash) { return true }
        return index >= 2 && tokens.matches(EnglishScanner.secretaryOfState, at: index - 2)
    }

    /// Whether the capitalised words from `start` up to `end` end with a title word: the second title of a double
    /// title ("… for Humanitarian Affairs and Emergency Relief Coordinator, Martin Griffiths").
    private func endsWithTitleHead(_ tokens: EnglishTokens, from start: Int, before end: Int) -> Bool {
        guard end > start, end - start <= 6, let last = tokens[end - 1], EnglishScanner.titleHeads.contains(last.hash) else { return false }
        return (start..<end).allSatisfy { tokens[$0].map { $0.isWord && $0.capitalized } == true }
    }

    /// A title printed right before a name, without a comma, that ends with the title word at `head`: capitalised
    /// words, with the small words of names of things inside ("Special Envoy of the Secretary-General for Yemen" is
    /// not one: its last word is no title word), back to the first capitalised word after "the" or a lower-case word.
    private func adjoiningTitle(_ tokens: EnglishTokens, head: Int) -> Range<Int>? {
        var start = head
        while let previous = tokens[start - 1], previous.isWord, head - start < 8,
              previous.capitalized || (EnglishScanner.beforeThingNames.contains(previous.hash) && previous.hash != EnglishScanner.theWord
                  && tokens[start - 2]?.capitalized == true) {
            start -= 1
        }
        while start < head, tokens[start].map({ !$0.capitalized }) == true { start += 1 }
        guard let first = tokens[start], let last = tokens[head] else { return nil }
        return first.start..<last.end
    }

    /// Whether a speech verb follows, after adverbs: "also said", "rightly highlighted", "pointed out".
    func speaks(_ tokens: EnglishTokens, from start: Int) -> Bool {
        var index = start
        var skipped = 0
        while let token = tokens[index], token.isWord, skipped < 4 {
            if !token.capitalized {
                if EnglishScanner.verbs.contains(token.hash) { return true }
                if var next = tokens[index + 1], next.isWord {
                    if EnglishScanner.articles.contains(next.hash), let noun = tokens[index + 2], noun.isWord { next = noun }
                    if EnglishScanner.verbPairs.contains(EnglishScanner.pair(token.hash, next.hash)) { return true }
                }
            }
            guard EnglishScanner.fillers.contains(token.hash) || (token.endsWithLy && !token.capitalized) else { return false }
            index += 1
            skipped += 1
        }
        return false
    }

    /// Whether a second verb of the same subject is a speech verb: "participated in the meeting and made a statement",
    /// "joined the meeting by videoconference and briefed the Group" — "and" within 10 words, no punctuation before it.
    func speaksAfterAnd(_ tokens: EnglishTokens, _ text: ScalarText, from start: Int) -> Bool {
        // The first verb is a past tense right after the subject ("participated"), not a preposition ("thanked Mr. X
        // for his work and welcomed …": the subject is someone else).
        guard let first = tokens[start], first.isWord, !first.capitalized, first.end - first.start > 3,
              text[first.end - 2] == 0x65, text[first.end - 1] == 0x64 else { return false }
        var index = start + 1
        while let token = tokens[index], token.isWord, index - start <= 10 {
            if token.hash == EnglishScanner.andWord { return speaks(tokens, from: index + 1) }
            index += 1
        }
        return false
    }

    /// Whether the sentence of a name introduces briefers. `start` is where the mention starts (its honorific), `name`
    /// where the name does: the sentence runs from before the one to after the other, so that the period of "Ms." ends
    /// neither side.
    private func briefingCue(_ view: ParagraphView, from start: Int, name position: Int) -> Bool {
        if view.inBriefingList { return true }
        let sentence = view.sentence(around: start).lowerBound..<view.sentence(around: position).upperBound
        if Lexicon.containsWord(Lexicon.englishBriefingCues, in: view.text, sentence) { return true }
        // "The following briefers are expected: Ms. A, …; General B, …": a list after a colon that announces briefers.
        guard let colon = (0..<position).last(where: { view.text[$0] == 0x3A }) else { return false }
        return Lexicon.containsWord(Lexicon.englishBriefingCues, in: view.text, view.sentence(around: colon).lowerBound..<colon)
    }

    // MARK: States

    /// States whose representatives are reported speaking.
    private func speakingStates(_ view: ParagraphView, _ tokens: EnglishTokens) -> [Mention] {
        guard !view.states.isEmpty else { return [] }
        var result: [Mention] = []
        for index in 0..<tokens.count where tokens.tokens[index].isWord {
            guard let head = EnglishScanner.representativeHeads.first(where: { tokens.matches($0, at: index) }) else { continue }
            // "the representative of X, Y and Z": collect the States that follow, joined by commas and "and".
            var cursor = tokens.tokens[index + head.count - 1].end
            var list: [StateHit] = []
            while true {
                // "Algeria (on behalf of the Group of African States) and Japan": a parenthesis after a State.
                if !list.isEmpty {
                    let next = tokens.tokenIndex(atScalar: cursor)
                    let skipped = skippingParenthesis(tokens, at: next)
                    if skipped > next { cursor = tokens.tokens[skipped - 1].end }
                }
                guard let state = view.states.first(where: { $0.start >= cursor && $0.start <= cursor + 10 }) else { break }
                let between = view.printed(cursor, state.start).trimmingSpaces.lowercased()
                guard ["", "the", ",", "and", ", and", "and the", ", the", ", and the"].contains(between) else { break }
                list.append(state)
                cursor = state.end
            }
            guard !list.isEmpty else { continue }
            var after = tokens.tokenIndex(atScalar: cursor)
            // "…, speaking on behalf of the Group of African States, said".
            if tokens.isSymbol(after, ","), let close = (after + 1..<min(tokens.count, after + 25)).first(where: { tokens.isSymbol($0, ",") }),
               speaks(tokens, from: close + 1) {
                after = close + 1
            }
            guard speaks(tokens, from: after) || speaksAfterAnd(tokens, view.text, from: after) || introducedAsSpeakers(tokens, head: index) else { continue }
            for state in list { result.append(stateMention(view, state)) }
        }
        var position = 0
        while position < view.states.count {
            let last = stateListEnd(view, from: position)
            defer { position = last + 1 }
            let first = tokens.tokenIndex(atScalar: view.states[position].start)
            let end = tokens.tokenIndex(atScalar: view.states[last].end)
            // "Bangladesh and Pakistan emphasized", "Ghana, Gabon and Mozambique (the A3) stressed": a list of States as
            // the subject of a sentence in a meeting summary. A single State is left out: "Mali announced" in a report
            // is more often the Government than its delegate.
            let atSentenceStart = first == 0 || tokens.isSymbol(first - 1, ".") || tokens.isSymbol(first - 1, ";")
            let subject = last > position && atSentenceStart && speaks(tokens, from: skippingParenthesis(tokens, at: end))
            // "Several members, including Brazil, India and Kenya, stressed", "…, among them Egypt and Nigeria, …": States
            // named as some of the speakers.
            let before = tokens[first - 1]?.hash == EnglishScanner.theWord ? first - 1 : first
            let lead = EnglishScanner.includingLeads.first { tokens.matches($0, at: before - $0.count) }
            let someOfThem = lead.map { tokens.isSymbol(before - $0.count - 1, ",") } == true
                && tokens.isSymbol(end, ",") && speaks(tokens, from: end + 1)
            // "Council members made statements: Albania, Brazil, … and the United States.": the list ends the sentence.
            let listed = tokens.isSymbol(before - 1, ":") && (tokens[end] == nil || tokens.isSymbol(end, ".") || tokens.isSymbol(end, ";"))
                && announcesSpeakers(view, tokens, colon: before - 1)
            guard subject || someOfThem || listed else { continue }
            for state in view.states[position...last] { result.append(stateMention(view, state)) }
        }
        // "Ethiopia's representative said".
        for state in view.states {
            let apostrophe = view.text[state.end]
            guard apostrophe == 0x27 || apostrophe == 0x2019, view.text[state.end + 1] == 0x73 else { continue }
            let next = tokens.tokenIndex(atScalar: state.end + 2)
            guard let word = tokens[next], EnglishScanner.representativeWords.contains(word.hash), speaks(tokens, from: next + 1) else { continue }
            result.append(stateMention(view, state))
        }
        return result
    }

    /// Whether the clause that ends at the colon at `colon` says that members or delegations spoke ("Council members
    /// made statements:", "The following delegations took the floor:", "Speakers included:").
    private func announcesSpeakers(_ view: ParagraphView, _ tokens: EnglishTokens, colon: Int) -> Bool {
        var start = colon
        while start > 0, colon - start < 20, !tokens.isSymbol(start - 1, "."), !tokens.isSymbol(start - 1, ";"),
              !tokens.isSymbol(start - 1, ":") { start -= 1 }
        // A label ("Members:" over a verbatim record's list of members present) announces no speech.
        guard colon - start >= 2 else { return false }
        let clause = tokens.tokens[start].start..<tokens.tokens[colon].start
        if Lexicon.containsWord(Lexicon.englishBriefingCues, in: view.text, clause) { return true }
        // The clause ends with its speech verb or with the speakers: "members made statements:", "the following
        // delegations:"; not "expressed concern about the following States:".
        let speakers = (start..<colon).contains { tokens.tokens[$0].isWord && EnglishScanner.speakerGroups.contains(tokens.tokens[$0].hash) }
        guard speakers, let last = tokens[colon - 1], last.isWord else { return false }
        if EnglishScanner.speakerGroups.contains(last.hash) || EnglishScanner.introducingPrepositions.contains(last.hash) { return true }
        return (max(start, colon - 3)..<colon).contains { !tokens.tokens[$0].capitalized && speaks(tokens, from: $0) && isVerbPhraseEnding(tokens, from: $0, at: colon) }
    }

    /// Whether the speech verb at `start` reaches exactly to `end` ("spoke", "made statements", "took the floor").
    private func isVerbPhraseEnding(_ tokens: EnglishTokens, from start: Int, at end: Int) -> Bool {
        guard let token = tokens[start] else { return false }
        if end - start == 1 { return EnglishScanner.verbs.contains(token.hash) }
        guard let last = tokens[end - 1], end - start <= 3 else { return false }
        return EnglishScanner.verbPairs.contains(EnglishScanner.pair(token.hash, last.hash))
    }

    /// The token after a parenthesis of at most 15 tokens that opens at `index` ("(the A3)"), or `index` when none does.
    private func skippingParenthesis(_ tokens: EnglishTokens, at index: Int) -> Int {
        guard tokens.isSymbol(index, "("), let close = (index + 1..<min(tokens.count, index + 16)).first(where: { tokens.isSymbol($0, ")") })
        else { return index }
        return close + 1
    }

    /// The index of the last State of the list that starts with `view.states[position]` ("Canada, France, … and the
    /// United States of America"): States joined by commas and "and".
    private func stateListEnd(_ view: ParagraphView, from position: Int) -> Int {
        var last = position
        // The gap is checked by length first: most pairs of States are far apart, and printing the gap allocates.
        while last + 1 < view.states.count, view.states[last + 1].start - view.states[last].end <= 10,
              EnglishScanner.stateListJoiners.contains(view.printed(view.states[last].end, view.states[last + 1].start).lowercased()) {
            last += 1
        }
        return last
    }

    /// "Statements were made by the representatives of …", "the Group heard from the representatives of …"; not
    /// "statements delivered by …", which a transmittal letter says of the annexed statements of named persons.
    private func introducedAsSpeakers(_ tokens: EnglishTokens, head: Int) -> Bool {
        var index = head - 1
        if let token = tokens[index], token.hash == EnglishScanner.theWord { index -= 1 }
        guard let by = tokens[index], EnglishScanner.introducingPrepositions.contains(by.hash),
              let verb = tokens[index - 1] else { return false }
        return EnglishScanner.introducingVerbs.contains(verb.hash)
    }

    private func stateMention(_ view: ParagraphView, _ state: StateHit) -> Mention {
        Mention(
            paragraph: view.index, utf8Offset: view.utf8Offset(state.start), name: nil, key: [], isFull: true, title: nil,
            honorific: nil, affiliation: view.affiliation(of: state), evidence: .speech)
    }
}
