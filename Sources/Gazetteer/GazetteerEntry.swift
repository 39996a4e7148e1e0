/// One place the gazetteer knows: a UN Member State, an observer State, another entity with a code of its
/// own (a Non-Self-Governing Territory, Kosovo, Taiwan Province of China…) or a region.
public struct GazetteerEntry: Sendable, Hashable, Identifiable {
    /// What kind of place an entry is.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// A Member State of the United Nations (193).
        case member
        /// A non-member observer State (the Holy See, the State of Palestine).
        case observer
        /// A non-member entity with a code of its own (ISO 3166-1 alpha-3, or XKX for Kosovo).
        case territory
        /// A region ("Sahel", "大湖区"); its code is "REG-" followed by an English tag.
        case region
    }

    /// ISO 3166-1 alpha-3 code ("CIV"), "XKX" for Kosovo, or "REG-…" for a region.
    public var code: String
    /// What kind of place this is.
    public var kind: Kind
    /// English short name as the UN writes it ("Côte d'Ivoire", "Bolivia (Plurinational State of)").
    public var english: String
    /// English formal name without "the" ("Republic of Côte d'Ivoire"), if it differs from the short name.
    public var englishFormal: String?
    /// Other English names ("Ivory Coast", "UK", "United States").
    public var englishVariants: [String]
    /// English adjectives ("Ivorian", "French"): never matched unless asked for.
    public var englishAdjectives: [String]
    /// Chinese short name as the UN prints it, in Simplified characters ("科特迪瓦").
    public var chinese: String
    /// Chinese formal name ("科特迪瓦共和国"), if it differs from the short name.
    public var chineseFormal: String?
    /// Other Chinese names in Simplified characters ("联合王国", "英国").
    public var chineseVariants: [String]
    /// Traditional Chinese forms of the Chinese names ("大不列顛及北愛爾蘭聯合王國").
    public var traditionalChinese: [String]

    /// The code, which identifies an entry.
    public var id: String { code }

    /// Whether this is a State: a Member State or an observer State.
    public var isState: Bool { kind == .member || kind == .observer }

    /// Every name of the entry as written in the data, short names first (adjectives excluded).
    public var names: [String] {
        [english] + (englishFormal.map { [$0] } ?? []) + englishVariants
            + [chinese] + (chineseFormal.map { [$0] } ?? []) + chineseVariants + traditionalChinese
    }

    /// Creates an entry.
    public init(
        code: String, kind: Kind, english: String, englishFormal: String? = nil, englishVariants: [String] = [],
        englishAdjectives: [String] = [], chinese: String, chineseFormal: String? = nil, chineseVariants: [String] = [],
        traditionalChinese: [String] = []
    ) {
        self.code = code
        self.kind = kind
        self.english = english
        self.englishFormal = englishFormal
        self.englishVariants = englishVariants
        self.englishAdjectives = englishAdjectives
        self.chinese = chinese
        self.chineseFormal = chineseFormal
        self.chineseVariants = chineseVariants
        self.traditionalChinese = traditionalChinese
    }
}
