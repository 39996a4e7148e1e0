import PluginAPI

/// Tells the six UN languages apart from the script of the letters and, for Latin script, from common words.
public enum LanguageDetector {
    /// The language of `text` (its first 8,192 characters are enough), or `.und` when there is too little text.
    public static func detect(_ text: String) -> Language {
        var han = 0, kana = 0, arabic = 0, cyrillic = 0, latin = 0
        var english = 0, french = 0, spanish = 0
        var word: UInt64 = 0  // up to 8 lower-case ASCII letters packed; accented letters end the key
        var length = 0
        var scanned = 0
        func endWord() {
            if length >= 1, length <= 8 {
                if englishWords.contains(word) { english += 1 }
                if frenchWords.contains(word) { french += 1 }
                if spanishWords.contains(word) { spanish += 1 }
            }
            word = 0
            length = 0
        }
        for scalar in text.unicodeScalars {
            scanned += 1
            if scanned > 8192 { break }
            let value = scalar.value
            if value < 0x80 {
                if (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) {
                    latin += 1
                    word = word << 8 | UInt64(value | 0x20)
                    length += 1
                } else {
                    endWord()
                }
                continue
            }
            switch value {
            case 0xC0...0x24F:
                latin += 1
                length = 9  // a word with an accent is none of the short function words below
                continue
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF: han += 1
            case 0x3040...0x30FF: kana += 1
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            case 0x0400...0x04FF: cyrillic += 1
            default: break
            }
            endWord()
        }
        endWord()
        // A Chinese character carries about as much text as a few Latin letters.
        let scores: [(Language, Int)] = [(.zh, han * 3), (.ar, arabic), (.ru, cyrillic), (.en, latin)]
        guard let (script, score) = scores.max(by: { $0.1 < $1.1 }), score >= 20, kana * 10 <= han else { return .und }
        guard script == .en else { return script }
        let words = [(Language.en, english), (.fr, french), (.es, spanish)]
        guard let (language, count) = words.max(by: { $0.1 < $1.1 }), count >= 3 else { return .und }
        return language
    }

    private static func keys(_ words: [String]) -> Set<UInt64> {
        Set(words.map { $0.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })
    }

    private static let englishWords = keys(["the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "by", "its", "was", "are", "this", "which", "be", "has", "have", "from"])
    private static let frenchWords = keys(["le", "la", "les", "des", "et", "du", "est", "pour", "une", "dans", "que", "qui", "au", "aux", "sur", "par", "cette", "sont", "ses"])
    private static let spanishWords = keys(["el", "los", "las", "del", "y", "que", "en", "por", "para", "una", "con", "se", "su", "al", "es", "sus", "este", "como"])
}
