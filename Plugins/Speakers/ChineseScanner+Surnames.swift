extension ChineseScanner {
    /// The surnames of the transliterated full names among `mentions` ("梅农" of "拉杰·梅农"): the part after the last
    /// separator, when it is at least two transliteration characters; without duplicates.
    static func surnames(of mentions: [Mention]) -> [String] {
        var result: [String] = []
        for mention in mentions where mention.isFull {
            guard let name = mention.name, let separator = name.unicodeScalars.lastIndex(where: { ScalarText.isNameSeparator($0.value) })
            else { continue }
            let surname = name.unicodeScalars[name.unicodeScalars.index(after: separator)...]
            if surname.count >= 2, surname.allSatisfy({ Lexicon.transliteration.contains($0.value) }), !result.contains(String(surname)) {
                result.append(String(surname))
            }
        }
        return result
    }

    /// A surname said bare, without title or honorific, as the subject of a speech verb ("梅农说", "梅农还指出"):
    /// only surnames of persons the document names in full (`surnames`), so that the mention links to them.
    func bareSurnames(in view: ParagraphView, surnames: WordSet) -> [Mention] {
        let text = view.text
        let transliteration = Lexicon.transliteration
        var mentions: [Mention] = []
        var index = 0
        while index < text.count {
            guard let length = surnames.match(text, at: index) else {
                index += 1
                continue
            }
            let span = index..<(index + length)
            index = span.upperBound
            // Part of a longer name ("拉杰·梅农", "梅农德"), or a surname with an honorific, read by the first pass.
            let previous = text[span.lowerBound - 1]
            if span.lowerBound > 0 && (ScalarText.isNameSeparator(previous) || transliteration.contains(previous))
                && Lexicon.chineseLeftStops.matchEnding(text, before: span.lowerBound) == nil { continue }
            let next = text[span.upperBound]
            if span.upperBound < text.count && (transliteration.contains(next) || ScalarText.isNameSeparator(next))
                && Lexicon.chineseRightStops.match(text, at: span.upperBound) == nil { continue }
            if ChineseScanner.honorificAfter(text, span.upperBound) != nil || view.overlapsState(span.lowerBound, span.upperBound) { continue }
            // "克鲁兹报告所强调": the report named after the person says it, not the person.
            if ChineseScanner.reportWords.match(text, at: span.upperBound) != nil { continue }
            let found = mention(view, span, isFull: false, titleFloor: span.lowerBound)
            if found.evidence == .speech { mentions.append(found) }
        }
        return mentions
    }
}
