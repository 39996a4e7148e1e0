/// The words of a paragraph in Latin script, with their scalar ranges: letters, digits, hyphens and apostrophes
/// make words; every other visible character is a one-scalar token of its own.
struct EnglishTokens {
    struct Token {
        var start: Int
        var end: Int
        /// Lower-cased text.
        var lower: String
        /// Starts with a capital letter.
        var capitalized: Bool
        /// Has a lower-case letter (so it is not an acronym).
        var hasLower: Bool
        var isWord: Bool
    }

    let tokens: [Token]

    init(_ text: ScalarText) {
        var tokens: [Token] = []
        var index = 0
        while index < text.count {
            let scalar = text[index]
            if ScalarText.isSpace(scalar) { index += 1; continue }
            if ScalarText.isLatinLetter(scalar) || (scalar >= 0x30 && scalar <= 0x39) {
                var end = index
                var hasLower = false
                var lower = String.UnicodeScalarView()
                while end < text.count {
                    let current = text[end]
                    let inWord = ScalarText.isLatinLetter(current) || (current >= 0x30 && current <= 0x39)
                        || ((current == 0x2D || current == 0x27 || current == 0x2019) && ScalarText.isLatinLetter(text[end + 1]))
                    guard inWord else { break }
                    if (current >= 0x61 && current <= 0x7A) || (current >= 0xDF && current <= 0x24F) { hasLower = true }
                    lower.append(Unicode.Scalar(ScalarText.lowered(current == 0x2019 ? 0x27 : current)) ?? " ")
                    end += 1
                }
                tokens.append(Token(start: index, end: end, lower: String(lower), capitalized: ScalarText.isUpperLatin(scalar),
                                    hasLower: hasLower, isWord: true))
                index = end
            } else {
                let character = String(String.UnicodeScalarView([Unicode.Scalar(scalar) ?? " "]))
                tokens.append(Token(start: index, end: index + 1, lower: character, capitalized: false, hasLower: false, isWord: false))
                index += 1
            }
        }
        self.tokens = tokens
    }

    var count: Int { tokens.count }
    subscript(index: Int) -> Token? { index >= 0 && index < tokens.count ? tokens[index] : nil }

    /// Whether the tokens from `index` spell `words` (lower case, separated by spaces; "." and "," are tokens).
    func matches(_ words: [String], at index: Int) -> Bool {
        for (offset, word) in words.enumerated() where self[index + offset]?.lower != word { return false }
        return true
    }

    /// The index of the token that starts at or after scalar `position`.
    func tokenIndex(atScalar position: Int) -> Int {
        tokens.firstIndex { $0.start >= position } ?? tokens.count
    }
}
