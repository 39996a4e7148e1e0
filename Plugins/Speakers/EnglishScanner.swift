/// Finds speakers in English prose: "Mr. Lacroix said", "Jean-Pierre Lacroix, Under-Secretary-General for Peace
/// Operations, stressed", "the Assistant Secretary-General for Africa, Martha Pobee, briefed", "Statement by …",
/// "(Signed) …", and States whose representatives speak ("the representative of Ethiopia said", "the
/// representatives of China, France and the United Kingdom stressed").
struct EnglishScanner {
    let resolver: AffiliationResolver

    /// Honorifics as token sequences, longest first.
    private static let honorifics: [[String]] = Lexicon.englishHonorifics.map(EnglishScanner.words).sorted { $0.count > $1.count }
    private static let particles: Set<String> = ["de", "van", "von", "da", "dos", "das", "du", "del", "della", "la", "le", "bin", "al", "el", "ben", "ter", "den", "der", "y", "di", "binti", "ibn"]
    /// Capitalised words that begin names of things, not of people.
    private static let notNames: Set<String> = [
        "united", "nations", "security", "council", "general", "assembly", "secretary-general", "the", "member", "states",
        "state", "department", "office", "mission", "working", "group", "committee", "republic", "democratic", "peace",
        "operations", "operation", "peacekeeping", "annex", "letter", "statement", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "african", "union", "european", "chair", "president", "in", "on", "at",
        "for", "of", "and", "with", "by", "as", "he", "she", "they", "it", "we", "i", "his", "her", "their", "this", "that",
        "these", "those", "however", "also", "finally", "mr", "ms", "mrs", "dr", "special", "representative", "permanent",
        "under-secretary-general", "assistant", "action", "declaration", "resolution", "charter", "fund", "programme",
        "high-level", "independent", "panel", "commission", "force", "police", "military", "civilian", "government",
        "minister", "ambassador", "kingdom", "america", "federation", "chinese", "english", "original", "distr",
    ]
    private static let statementHeads: [[String]] = [["statement", "by"], ["statement", "of"], ["remarks", "by"], ["briefing", "by"], ["address", "by"], ["speech", "by"]]
    private static let representativeHeads: [[String]] = [
        ["representatives", "of"], ["representative", "of"], ["delegations", "of"], ["delegation", "of"], ["delegates", "of"],
    ]

    static func words(_ phrase: String) -> [String] {
        EnglishTokens(ScalarText(phrase)).tokens.map(\.lower)
    }

    // MARK: Persons

    func persons(in view: ParagraphView) -> [Mention] {
        let tokens = EnglishTokens(view.text)
        guard tokens.tokens.contains(where: \.hasLower) else { return [] }
        // A statement heading, possibly run together with the statement's first paragraph by the converter.
        let isStatementHeading = EnglishScanner.statementHeads.contains { tokens.matches($0, at: 0) }
        var headingMentionFound = false
        var mentions: [Mention] = []
        var index = 0
        while index < tokens.count {
            var nameStart = index
            var honorific: [String]?
            for candidate in EnglishScanner.honorifics where tokens.matches(candidate, at: index) {
                // "General" and "Major" are honorifics only before a capitalised name.
                if tokens[index + candidate.count]?.capitalized == true { honorific = candidate; break }
            }
            if let honorific { nameStart = index + honorific.count }
            guard let nameEnd = nameTokens(tokens, from: nameStart, requireTwo: honorific == nil, view: view) else {
                index += max(1, honorific?.count ?? 1)
                continue
            }
            let first = tokens.tokens[nameStart]
            let last = tokens.tokens[nameEnd - 1]
            let name = view.printed(first.start, last.end)
            var mention = Mention(
                paragraph: view.index, utf8Offset: view.utf8Offset(first.start), name: name, key: Mention.key(of: name),
                isFull: nameEnd - nameStart >= 2, title: nil, honorific: nil, affiliation: nil, evidence: .none)
            if honorific != nil { mention.honorific = view.printed(tokens.tokens[index].start, tokens.tokens[nameStart - 1].end) }
            var after = nameEnd
            // A title before the name ("the Under-Secretary-General for Peace Operations, Jean-Pierre Lacroix") or
            // after it, as an appositive ("Jean-Pierre Lacroix, Under-Secretary-General for Peace Operations, said").
            var titleRange = precedingTitle(tokens, before: honorific == nil ? nameStart : index)
            if tokens[after]?.lower == ",", let close = appositiveEnd(tokens, from: after + 1) {
                if titleRange == nil { titleRange = tokens.tokens[after + 1].start..<tokens.tokens[close - 1].end }
                after = tokens[close]?.lower == "," ? close + 1 : close
            }
            if let titleRange {
                mention.title = view.printed(titleRange.lowerBound, titleRange.upperBound)
                mention.affiliation = resolver.affiliation(title: titleRange, in: view)
            }
            if nameStart >= 3, tokens.matches(["(", "signed", ")"], at: (honorific == nil ? nameStart : index) - 3) {
                mention.evidence = .signature
            } else if isStatementHeading && !headingMentionFound && first.start < 250 {
                mention.evidence = .statement
                headingMentionFound = true
            } else if speaks(tokens, from: after) {
                mention.evidence = .speech
            } else if (mention.title != nil || honorific != nil || view.inBriefingList) && mention.isFull && briefingCue(view, tokens, at: index) {
                mention.evidence = .introduced
            }
            if mention.title.map({ $0.lowercased().hasPrefix("chair") }) == true
                || (tokens.matches(["was", "elected", "chair"], at: after) || tokens.matches(["as", "chair"], at: after)) {
                mention.isChair = true
            }
            // Honorific-less capitalised runs are names only with a title, a signature or a statement heading.
            if honorific != nil || mention.title != nil || mention.evidence == .signature || mention.evidence == .statement
                || view.inBriefingList {
                mentions.append(mention)
            }
            index = nameEnd
        }
        if isStatementHeading && !headingMentionFound {
            // "Statement by the Permanent Mission of Estonia": the State, without a name.
            if let state = view.states.first, state.start < 200 {
                mentions.append(Mention(
                    paragraph: view.index, utf8Offset: view.utf8Offset(state.start), name: nil, key: "", isFull: true, title: nil,
                    honorific: nil, affiliation: .init(kind: "state", code: state.code, name: state.name), evidence: .statement))
            }
        }
        return mentions
    }

    /// The end (exclusive token index) of a personal name starting at `start`: capitalised words, with particles
    /// ("dos", "van") inside; nil when there is none.
    private func nameTokens(_ tokens: EnglishTokens, from start: Int, requireTwo: Bool, view: ParagraphView) -> Int? {
        var end = start
        var words = 0
        // A State's name ends a personal name ("…, Geng Shuang China thanks…" when a heading runs into the text).
        while let token = tokens[end], token.isWord, !view.states.contains(where: { $0.start == token.start }) {
            if token.capitalized && token.hasLower && !EnglishScanner.notNames.contains(token.lower) {
                words += 1
                end += 1
            } else if EnglishScanner.particles.contains(token.lower), words > 0, tokens[end + 1]?.capitalized == true {
                end += 1
            } else {
                break
            }
            if words >= 5 { break }
        }
        guard words >= (requireTwo ? 2 : 1) else { return nil }
        // The first word must begin the run: "Security Council Jean Arnault" is not a name.
        if requireTwo, let previous = tokens[start - 1], previous.isWord, previous.capitalized { return nil }
        return end
    }

    /// The end of an appositive title after a name: tokens up to the next comma or verb, holding a title word.
    private func appositiveEnd(_ tokens: EnglishTokens, from start: Int) -> Int? {
        if let first = tokens[start], ["was", "is", "were", "has", "had", "who", "which", "and", "but"].contains(first.lower) { return nil }
        var index = start
        var sawTitle = false
        while let token = tokens[index], index - start < 25 {
            if token.lower == "," || token.lower == ";" || (token.lower == "." && index > start && !(tokens[index - 1]?.lower.count == 1)) { break }
            if token.isWord && Lexicon.englishSpeechVerbs.match(ScalarText(token.lower), at: 0) == token.lower.unicodeScalars.count && !token.capitalized { break }
            if Lexicon.englishTitleWords.contains(token.lower) { sawTitle = true }
            index += 1
        }
        return sawTitle && index > start ? index : nil
    }

    /// A title printed before a name and separated from it by a comma: "the Under-Secretary-General for Peace
    /// Operations, Jean-Pierre Lacroix".
    private func precedingTitle(_ tokens: EnglishTokens, before nameStart: Int) -> Range<Int>? {
        guard tokens[nameStart - 1]?.lower == "," else { return nil }
        var index = nameStart - 2
        var sawTitle = false
        while let token = tokens[index], nameStart - index < 16 {
            if token.lower == "." || token.lower == ";" || token.lower == ":" || token.lower == "," { break }
            if Lexicon.englishTitleWords.contains(token.lower) { sawTitle = true }
            if ["by", "from", "of", "and", "the", "with"].contains(token.lower) && sawTitle && token.lower != "of" && token.lower != "the" { break }
            index -= 1
        }
        guard sawTitle, let first = tokens[index + 1], let last = tokens[nameStart - 2] else { return nil }
        return first.start..<last.end
    }

    /// Whether a speech verb follows, after adverbs: "also said", "further stressed".
    func speaks(_ tokens: EnglishTokens, from start: Int) -> Bool {
        var index = start
        var skipped = 0
        while let token = tokens[index], skipped < 4 {
            if token.isWord && !token.capitalized, let text = phrase(tokens, from: index, count: 2) {
                if let length = Lexicon.englishSpeechVerbs.match(ScalarText(text), at: 0), length == token.lower.unicodeScalars.count || length == text.unicodeScalars.count {
                    return true
                }
            }
            guard token.isWord, Lexicon.englishFillers.contains(token.lower) || (token.lower.hasSuffix("ly") && !token.capitalized) else { return false }
            index += 1
            skipped += 1
        }
        return false
    }

    private func phrase(_ tokens: EnglishTokens, from index: Int, count: Int) -> String? {
        guard let first = tokens[index] else { return nil }
        var words = [first.lower]
        if count > 1, let next = tokens[index + 1], next.isWord { words.append(next.lower) }
        return words.joined(separator: " ")
    }

    private func briefingCue(_ view: ParagraphView, _ tokens: EnglishTokens, at index: Int) -> Bool {
        if view.inBriefingList { return true }
        guard let token = tokens[index] else { return false }
        let sentence = view.sentence(around: token.start)
        return Lexicon.containsWord(Lexicon.englishBriefingCues, in: view.text, sentence)
    }

    // MARK: States

    /// States whose representatives are reported speaking.
    func speakingStates(in view: ParagraphView) -> [Mention] {
        guard !view.states.isEmpty else { return [] }
        let tokens = EnglishTokens(view.text)
        var result: [Mention] = []
        for index in 0..<tokens.count {
            guard let head = EnglishScanner.representativeHeads.first(where: { tokens.matches($0, at: index) }) else { continue }
            // "the representative of X, Y and Z": collect the States that follow, joined by commas and "and".
            var cursor = tokens.tokens[index + head.count - 1].end
            var list: [StateHit] = []
            while let state = view.states.first(where: { $0.start >= cursor && $0.start <= cursor + 10 }) {
                let between = view.printed(cursor, state.start).trimmingSpaces.lowercased()
                guard between.isEmpty || between == "the" || between == "," || between == "and" || between == ", and" || between == "and the"
                        || between == ", the" || between == ", and the" else { break }
                list.append(state)
                cursor = state.end
            }
            guard !list.isEmpty else { continue }
            var after = tokens.tokenIndex(atScalar: cursor)
            // "…, speaking on behalf of the Group of African States, said".
            if tokens[after]?.lower == ",", let close = (after + 1..<min(tokens.count, after + 25)).first(where: { tokens[$0]?.lower == "," }) {
                if speaks(tokens, from: close + 1) { after = close + 1 }
            }
            guard speaks(tokens, from: after) else { continue }
            for state in list {
                result.append(Mention(
                    paragraph: view.index, utf8Offset: view.utf8Offset(state.start), name: nil, key: "", isFull: true, title: nil,
                    honorific: nil, affiliation: .init(kind: "state", code: state.code, name: state.name), evidence: .speech))
            }
        }
        // "Ethiopia's representative said".
        for state in view.states {
            let apostrophe = view.text[state.end]
            guard apostrophe == 0x27 || apostrophe == 0x2019, view.text[state.end + 1] == 0x73 else { continue }
            var next = tokens.tokenIndex(atScalar: state.end + 2)
            guard tokens[next]?.lower == "representative" || tokens[next]?.lower == "delegation" else { continue }
            next += 1
            if speaks(tokens, from: next) {
                result.append(Mention(
                    paragraph: view.index, utf8Offset: view.utf8Offset(state.start), name: nil, key: "", isFull: true, title: nil,
                    honorific: nil, affiliation: .init(kind: "state", code: state.code, name: state.name), evidence: .speech))
            }
        }
        return result
    }
}
