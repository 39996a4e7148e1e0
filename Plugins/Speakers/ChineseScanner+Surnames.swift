extension ChineseScanner {
    /// The surnames of the transliterated full names among `mentions` ("梅农" of "拉杰·梅农"): the part after the last
    /// separator, when it is at least two transliteration characters; as folded scalars, without duplicates.
    static func surnames(of mentions: [Mention]) -> [[UInt32]] {
        var result: [[UInt32]] = []
        var seen: Set<NameBytes> = []
        for mention in mentions where mention.isFull {
            guard let name = mention.name, seen.insert(NameBytes(name: name)).inserted else { continue }
            let scalars = name.unicodeScalars.map(\.value)
            guard let separator = scalars.lastIndex(where: ScalarText.isNameSeparator) else { continue }
            let surname = Array(scalars[(separator + 1)...])
            if surname.count >= 2, surname.allSatisfy(Lexicon.transliteration.contains), !result.contains(surname) {
                result.append(surname)
            }
        }
        return result
    }

    /// A surname said bare, without title or honorific, as the subject of a speech verb ("梅农说", "梅农还指出"):
    /// only surnames of persons the document names in full (`surnames`, from ``surnames(of:)``), so that the mention
    /// links to them.
    func bareSurnames(in view: ParagraphView, surnames: [[UInt32]]) -> [Mention] {
        let text = view.text
        let transliteration = Lexicon.transliteration
        // Two bits per first character of a surname (for its low six bits and the six above them): two shifts and
        // masks reject nearly every position without a call.
        let firstsLow = surnames.reduce(UInt64(0)) { $0 | 1 << UInt64($1[0] & 63) }
        let firstsHigh = surnames.reduce(UInt64(0)) { $0 | 1 << UInt64(($1[0] >> 6) & 63) }
        let candidates = text.withScalars { scalars in
            var found: [Int] = []
            for index in scalars.indices {
                let scalar = scalars[index]
                if firstsLow & (1 << UInt64(scalar & 63)) != 0 && firstsHigh & (1 << UInt64((scalar >> 6) & 63)) != 0 { found.append(index) }
            }
            return found
        }
        var mentions: [Mention] = []
        var index = 0
        for candidate in candidates where candidate >= index {
            index = candidate
            guard let surname = surnames.first(where: { $0[0] == text[index] && text.hasLowered($0, 0, $0.count, at: index) }) else {
                continue
            }
            let span = index..<(index + surname.count)
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
