import PluginAPI

/// Tells the six UN languages apart from the script of the letters and, for Latin script, from common words.
public enum LanguageDetector {
    /// The language of `text` (at most its first 64 KiB are read), or `.und` when there is too little text.
    public static func detect(_ text: String) -> Language {
        var han = 0, kana = 0, arabic = 0, cyrillic = 0, latin = 0
        var english = 0, french = 0, spanish = 0
        var word: [UInt8] = []
        var scanned = 0
        func endWord() {
            if word.count >= 2, word.count <= 5 {
                let key = String(decoding: word, as: UTF8.self)
                if englishWords.contains(key) { english += 1 }
                if frenchWords.contains(key) { french += 1 }
                if spanishWords.contains(key) { spanish += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            scanned += 1
            if scanned > 65_536 { break }
            let value = scalar.value
            if value < 0x80 {
                if (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) {
                    latin += 1
                    word.append(UInt8(value | 0x20))
                } else {
                    endWord()
                }
                continue
            }
            switch value {
            case 0xC0...0x24F:
                latin += 1
                word.append(contentsOf: String(scalar).lowercased().utf8)
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
        guard let (script, score) = scores.max(by: { $0.1 < $1.1 }), score >= 20, kana * 10 < han else { return .und }
        guard script == .en else { return script }
        let words = [(Language.en, english), (.fr, french), (.es, spanish)]
        guard let (language, count) = words.max(by: { $0.1 < $1.1 }), count >= 3 else { return .und }
        return language
    }

    private static let englishWords: Set<String> = ["the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "by", "its", "was", "are", "this", "which", "be", "has", "have", "from"]
    private static let frenchWords: Set<String> = ["le", "la", "les", "des", "et", "du", "est", "pour", "une", "dans", "que", "qui", "au", "aux", "sur", "par", "cette", "sont", "ses"]
    private static let spanishWords: Set<String> = ["el", "los", "las", "del", "y", "que", "en", "por", "para", "una", "con", "se", "su", "al", "es", "sus", "este", "como"]
}
