extension EnglishScanner {
    /// The surnames of the full names in Latin script among `mentions` ("Lacroix" of "Jean-Pierre Lacroix"),
    /// without duplicates.
    static func surnames(of mentions: [Mention]) -> [String] {
        var result: [String] = []
        var seen: Set<NameBytes> = []
        for mention in mentions where mention.isFull {
            guard let name = mention.name, let first = name.unicodeScalars.first, ScalarText.isLatinLetter(first.value),
                  seen.insert(NameBytes(name: name)).inserted, let last = name.split(separator: " ").last, last.count >= 2, last.count < name.count
            else { continue }
            if !result.contains(String(last)) { result.append(String(last)) }
        }
        return result
    }

    /// Whether `text` holds one of `surnames` (capitalised, ASCII case ignored after the first letter): a cheap test
    /// before tokenizing a paragraph for ``bareSurnames(in:surnames:)``.
    static func mayHoldSurname(_ text: ScalarText, _ surnames: [[UInt32]]) -> Bool {
        for index in 0..<text.count where ScalarText.isUpperLatin(text[index]) {
            if surnames.contains(where: { text.hasLowered($0, 0, $0.count, at: index) }) { return true }
        }
        return false
    }

    /// A surname said bare, without honorific, as the subject of a speech verb ("Lacroix said", "Pobee also
    /// stressed"): only surnames of persons the document names in full (`surnames`), so that the mention links to them.
    /// `surnames` are the token hashes of the surnames (``EnglishTokens/hash(_:)``).
    func bareSurnames(in view: ParagraphView, surnames: [UInt64]) -> [Mention] {
        let tokens = EnglishTokens(view.text)
        var mentions: [Mention] = []
        for index in tokens.tokens.indices {
            let token = tokens.tokens[index]
            guard token.isWord, token.capitalized, token.hasLower, surnames.contains(token.hash) else { continue }
            // Part of a longer name ("Jean-Pierre Lacroix", "Lacroix Smith"), or after an honorific: the first pass reads those.
            if let previous = tokens[index - 1], previous.isWord, previous.capitalized { continue }
            if let next = tokens[index + 1], next.isWord, next.capitalized { continue }
            if EnglishScanner.honorifics.contains(where: { tokens.matches($0, at: index - $0.count) }) { continue }
            guard !view.overlapsState(token.start, token.end), speaks(tokens, from: index + 1) else { continue }
            let name = view.printed(token.start, token.end)
            mentions.append(Mention(
                paragraph: view.index, utf8Offset: view.utf8Offset(token.start), name: name, key: Mention.key(of: name),
                isFull: false, title: nil, honorific: nil, affiliation: nil, evidence: .speech))
        }
        return mentions
    }
}
