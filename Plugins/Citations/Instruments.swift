import PluginAPI

/// Named instruments without a symbol: treaties, charters, conventions, declarations, agreements, principles.
///
/// - Chinese: any `《…》` title whose last word names an instrument (宪章, 公约, 宣言, 协定, 协议, 条约, 议定书, 规约,
///   盟约, 原则, 守则); a bare `《宣言》` counts for the one longer title it abbreviates, if the document has one.
/// - English (French, Spanish): a capitalized phrase around an instrument word ("Charter of the United Nations",
///   "Vienna Convention on Diplomatic Relations", "Declaration of Shared Commitments on UN Peacekeeping
///   Operations"); the bare word ("the Convention") does not count.
enum Instruments {
    static let openTitle = Array("《".utf8)
    static let closeTitle = Array("》".utf8)
    private static let fullStop = Array("。".utf8)
    private static let chineseHeads: [[UInt8]] = ["宪章", "公约", "宣言", "协定", "协议", "条约", "议定书", "规约", "盟约", "原则", "守则"]
        .map { Array($0.utf8) }

    /// A Chinese title at `start` (`《`): the title without white space (printed text), its folded form, and the
    /// end of `》`; `nil` when the title does not name an instrument.
    static func chinese(folded: [UInt8], stream: TextStream, at start: Int, limit: Int) -> (title: String, key: [UInt8], end: Int)? {
        let innerStart = start + openTitle.count
        var i = innerStart
        var key: [UInt8] = []
        var printed: [UInt8] = []
        while i < limit, i - innerStart < 240 {
            if UTF8Scan.has(closeTitle, in: folded, at: i) { break }
            if UTF8Scan.has(openTitle, in: folded, at: i) || UTF8Scan.has(fullStop, in: folded, at: i) { return nil }
            let space = UTF8Scan.spaceLength(folded, at: i)
            if space > 0 {
                // Keep a single space between Latin words ("2030 年" stays as printed inside a line).
                if folded[i] == 0x20, let last = key.last, last < 0x80, i + 1 < limit, folded[i + 1] < 0x80 {
                    key.append(0x20)
                    printed.append(0x20)
                }
                i += space
                continue
            }
            key.append(folded[i])
            printed.append(contentsOf: stream.text[stream.textOffset(i)..<stream.textOffset(i + 1)])
            i += 1
        }
        guard i < limit, UTF8Scan.has(closeTitle, in: folded, at: i), !key.isEmpty else { return nil }
        guard chineseHeads.contains(where: { head in key.count >= head.count && Array(key.suffix(head.count)) == head }) else { return nil }
        return (String(decoding: printed, as: UTF8.self), key, i + closeTitle.count)
    }

    /// Whether a Chinese key is only an instrument word (`宣言`, `宪章`), an abbreviation to resolve.
    static func isBareHead(_ key: [UInt8]) -> Bool { chineseHeads.contains(key) }

    // MARK: Latin scripts

    private static let latinHeads: [[UInt8]] = [
        "Charter", "Convention", "Conventions", "Treaty", "Declaration", "Covenant", "Protocol", "Protocols", "Agreement",
        "Accord", "Accords", "Statute", "Principles", "Charte", "Convención", "Carta", "Tratado", "Declaración", "Acuerdo",
        "Traité", "Accord",
    ].map { Array($0.utf8) }
    private static let connectors: Set<[UInt8]> = Set([
        "of", "on", "the", "and", "for", "against", "to", "in", "relating", "concerning", "between", "with", "its",
        "de", "des", "du", "la", "le", "les", "sur", "et", "del", "el", "los", "las", "sobre", "y", "contre", "contra",
    ].map { Array($0.utf8) })
    private static let openers: Set<[UInt8]> = Set([
        "of", "on", "for", "against", "to", "concerning", "relating", "between", "de", "des", "du", "sur", "del", "sobre",
    ].map { Array($0.utf8) })
    private static let sentenceWords: Set<[UInt8]> = Set([
        "The", "In", "On", "At", "By", "For", "Under", "With", "This", "That", "These", "Those", "As", "And", "Of", "To",
        "From", "Its", "Their", "His", "Her", "Our", "A", "An", "Article", "Articles", "Recalling", "Reaffirming",
        "Welcoming", "Noting", "Also", "Both", "Each", "All", "Such", "Le", "La", "Les", "El", "Los", "Las", "Une", "Un",
    ].map { Array($0.utf8) })
    private static let aliases: [String: String] = [
        "United Nations Charter": "Charter of the United Nations", "UN Charter": "Charter of the United Nations",
    ]

    /// Whether an instrument word starts at `start` (the caller checked the word boundary before it).
    static func latinHeadLength(_ bytes: [UInt8], at start: Int, limit: Int) -> Int? {
        switch bytes[start] {
        case 0x43, 0x54, 0x44, 0x50, 0x41, 0x53: break  // C T D P A S: the first letters of the instrument words
        default: return nil
        }
        for head in latinHeads where UTF8Scan.has(head, in: bytes, at: start) {
            let end = start + head.count
            if end >= limit || !UTF8Scan.isLetter(bytes[end]) && bytes[end] < 0x80 { return head.count }
        }
        return nil
    }

    /// A Latin-script instrument around the instrument word at `head` (length `headLength`), not reaching back
    /// before `floor`: the title and the range it covers.
    static func latin(_ bytes: [UInt8], head: Int, headLength: Int, floor: Int, limit: Int) -> (title: String, start: Int, end: Int)? {
        var start = head
        var words = 0
        // Backward: capitalized words ("Vienna", "Universal", "United Nations") separated by single spaces.
        while words < 6, start - 2 >= floor, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x0A {
            var wordStart = start - 1
            while wordStart > floor, isWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
            let word = Array(bytes[wordStart..<(start - 1)])
            guard let first = word.first, UTF8Scan.isUpper(first), !sentenceWords.contains(word) else { break }
            start = wordStart
            words += 1
        }
        // Forward: "of|on|for|to…" then capitalized words and connectors.
        var end = head + headLength
        var lastCapitalEnd = end
        var position = end
        var sawOpener = false
        var afterConnector = false
        while position < limit, bytes[position] == 0x20 || bytes[position] == 0x0A {
            // A paragraph break ends the title unless it cut it after a connector ("Convention on the" ⏎ "Rights …"):
            // a heading naming an instrument is followed by a numbered paragraph or a sentence, not by more title.
            if bytes[position] == 0x0A, !afterConnector { break }
            let wordStart = position + 1
            var wordEnd = wordStart
            while wordEnd < limit, isWordByte(bytes[wordEnd]) { wordEnd += 1 }
            guard wordEnd > wordStart else { break }
            let word = Array(bytes[wordStart..<wordEnd])
            afterConnector = connectors.contains(word)
            if !sawOpener {
                guard openers.contains(word) else { break }
                sawOpener = true
            } else if !afterConnector {
                // Another instrument starts here ("… Human Rights and the Geneva Conventions"): stop before it.
                guard UTF8Scan.isUpper(word[0]) || UTF8Scan.isDigit(word[0]), !isNextInstrument(bytes, from: wordStart, limit: limit) else { break }
                lastCapitalEnd = wordEnd
            }
            position = wordEnd
        }
        end = lastCapitalEnd
        guard words > 0 || end > head + headLength else { return nil }
        let title = String(decoding: bytes[start..<end].map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
        return (aliases[title] ?? title, start, end)
    }

    /// Whether the capitalized words starting at `start` run into an instrument word.
    private static func isNextInstrument(_ bytes: [UInt8], from start: Int, limit: Int) -> Bool {
        var i = start
        var words = 0
        while i < limit, words < 4, UTF8Scan.isUpper(bytes[i]) {
            if latinHeadLength(bytes, at: i, limit: limit) != nil { return true }
            while i < limit, isWordByte(bytes[i]) { i += 1 }
            guard i < limit, bytes[i] == 0x20 || bytes[i] == 0x0A else { return false }
            i += 1
            words += 1
        }
        return false
    }

    /// Letters, digits, apostrophes, hyphens and non-ASCII letters (accents) belong to words.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        UTF8Scan.isAlphanumeric(byte) || byte == 0x27 || byte == 0x2D || byte >= 0x80
    }
}
