/// The words of a paragraph in Latin script, with their scalar ranges: letters, digits, hyphens and apostrophes
/// make words; every other visible character is a one-scalar token of its own. Words are compared by a hash of
/// their lower-cased scalars, so tokenizing allocates nothing per word.
struct EnglishTokens {
    struct Token {
        var start: Int
        var end: Int
        /// FNV-1a hash of the lower-cased scalars (see ``EnglishTokens/hash(_:)``).
        var hash: UInt64
        /// Starts with a capital letter.
        var capitalized: Bool
        /// Has a lower-case letter (so it is not an acronym).
        var hasLower: Bool
        var isWord: Bool
        /// Ends with "ly" (an adverb, most of the time).
        var endsWithLy: Bool
        /// The scalar of a one-scalar punctuation token, 0 for a word.
        var symbol: UInt32
    }

    let tokens: [Token]

    init(_ text: ScalarText) {
        let asciiWord = EnglishTokens.asciiWord
        // At most one token per scalar: the tokens (plain values) are written in place, without a capacity check each.
        tokens = [Token](unsafeUninitializedCapacity: text.count) { tokens, produced in
            produced = 0
            var index = 0
            while index < text.count {
                let scalar = text[index]
                if ScalarText.isSpace(scalar) { index += 1; continue }
                if ScalarText.isLatinLetter(scalar) || (scalar >= 0x30 && scalar <= 0x39) {
                    var end = index
                    var hasLower = false
                    var hash = EnglishTokens.offset
                    while end < text.count {
                        var current = text[end]
                        // ASCII letters and digits (nearly every scalar of an English word) take one table read.
                        if current < 0x80 && asciiWord[Int(current)] != 0 {
                            if asciiWord[Int(current)] == 2 { hasLower = true }
                            hash = (hash ^ UInt64(ScalarText.lowered(current))) &* EnglishTokens.prime
                            end += 1
                            continue
                        }
                        let inWord = ScalarText.isLatinLetter(current) || (current >= 0x30 && current <= 0x39)
                            || ((current == 0x2D || current == 0x27 || current == 0x2019) && ScalarText.isLatinLetter(text[end + 1]))
                        guard inWord else { break }
                        if (current >= 0x61 && current <= 0x7A) || (current >= 0xDF && current <= 0x24F) { hasLower = true }
                        if current == 0x2019 { current = 0x27 }
                        hash = (hash ^ UInt64(ScalarText.lowered(current))) &* EnglishTokens.prime
                        end += 1
                    }
                    let endsWithLy = end - index > 3 && text[end - 2] == 0x6C && text[end - 1] == 0x79
                    tokens[produced] = Token(
                        start: index, end: end, hash: hash, capitalized: ScalarText.isUpperLatin(scalar), hasLower: hasLower,
                        isWord: true, endsWithLy: endsWithLy, symbol: 0)
                    index = end
                } else {
                    let hash = (EnglishTokens.offset ^ UInt64(scalar)) &* EnglishTokens.prime
                    tokens[produced] = Token(
                        start: index, end: index + 1, hash: hash, capitalized: false, hasLower: false, isWord: false,
                        endsWithLy: false, symbol: scalar)
                    index += 1
                }
                produced += 1
            }
        }
    }

    /// For each ASCII scalar: 2 for a lower-case letter, 1 for an upper-case letter or a digit, 0 otherwise.
    private static let asciiWord: [UInt8] = (0..<128).map { scalar in
        scalar >= 0x61 && scalar <= 0x7A ? 2 : (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x30 && scalar <= 0x39) ? 1 : 0
    }

    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    /// The hash of one word as ``Token/hash`` computes it (lower-cased).
    static func hash(_ word: Substring) -> UInt64 {
        var hash = offset
        for scalar in word.unicodeScalars {
            let value = scalar.value == 0x2019 ? 0x27 : scalar.value
            hash = (hash ^ UInt64(ScalarText.lowered(value))) &* prime
        }
        return hash
    }

    /// A phrase as the token hashes it splits into ("Mr." → "mr", ".").
    static func hashes(_ phrase: String) -> [UInt64] {
        EnglishTokens(ScalarText(phrase)).tokens.map(\.hash)
    }

    /// Hashes of single words.
    static func hashSet(_ words: [String]) -> TokenHashSet { TokenHashSet(words.map { hash(Substring($0)) }) }

    var count: Int { tokens.count }
    subscript(index: Int) -> Token? { index >= 0 && index < tokens.count ? tokens[index] : nil }

    /// Whether the tokens from `index` have the hashes of `phrase`.
    func matches(_ phrase: [UInt64], at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= tokens.count else { return false }
        for (offset, hash) in phrase.enumerated() where tokens[index + offset].hash != hash { return false }
        return true
    }

    /// Whether the token at `index` is the punctuation `symbol`.
    func isSymbol(_ index: Int, _ symbol: Character) -> Bool {
        guard let token = self[index], let scalar = symbol.unicodeScalars.first else { return false }
        return token.symbol == scalar.value
    }

    /// The index of the first token that starts at or after scalar `position`.
    func tokenIndex(atScalar position: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < position { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// A set of token hashes (``EnglishTokens/hash(_:)``) as an open-addressing table. The hashes are already well
/// mixed, so their low bits pick the slot: a lookup costs a probe or two, without hashing again.
struct TokenHashSet: Sendable {
    /// Slots hold hashes; 0 marks an empty slot (a word hashing to 0 is remembered apart).
    private let slots: [UInt64]
    private let mask: Int
    private let hasZero: Bool

    init(_ hashes: some Sequence<UInt64>) {
        let unique = Set(hashes)
        var capacity = 8
        while capacity < unique.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for hash in unique where hash != 0 {
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = hash
        }
        self.slots = slots
        self.mask = capacity - 1
        self.hasZero = unique.contains(0)
    }

    /// Whether `hash` is in the set.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        guard hash != 0 else { return hasZero }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found == hash { return true }
            if found == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
