/// A name of a gazetteer entry found in a text.
public struct GazetteerMatch: Sendable, Hashable {
    /// The entry's code ("CIV", "REG-SAHEL").
    public var code: String
    /// The entry's kind.
    public var kind: GazetteerEntry.Kind
    /// Index of the entry in ``StateGazetteer/entries``.
    public var entryIndex: Int
    /// The byte range of the match in the UTF-8 text that was scanned; slice the printed text with it.
    /// It may include white space the text has inside the name (a joined line).
    public var utf8Range: Range<Int>
    /// The spelling that matched, as the gazetteer knows it ("Cote d'Ivoire", "英国", "大不列顛及北愛爾蘭聯合王國").
    public var name: String
    /// Whether an adjective matched ("French"), which only happens with ``StateGazetteer/MatchOptions/adjectives``.
    public var isAdjective: Bool

    /// Creates a match.
    public init(code: String, kind: GazetteerEntry.Kind, entryIndex: Int, utf8Range: Range<Int>, name: String, isAdjective: Bool = false) {
        self.code = code
        self.kind = kind
        self.entryIndex = entryIndex
        self.utf8Range = utf8Range
        self.name = name
        self.isAdjective = isAdjective
    }
}

extension StateGazetteer {
    /// What a scan reports besides States and other entities with a code (territories).
    public struct MatchOptions: OptionSet, Sendable, Hashable {
        /// The raw bits.
        public var rawValue: Int
        /// Creates options from raw bits.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Also report regions ("Sahel", "大湖区").
        public static let regions = MatchOptions(rawValue: 1 << 0)
        /// Also report English adjectives ("French", "Ivorian").
        public static let adjectives = MatchOptions(rawValue: 1 << 1)
        /// Report territories (non-member entities: Kosovo, Western Sahara, Puerto Rico…); on by default.
        public static let territories = MatchOptions(rawValue: 1 << 2)

        /// States and territories.
        public static let `default`: MatchOptions = [.territories]
        /// Everything: States, territories, regions and adjectives.
        public static let all: MatchOptions = [.territories, .regions, .adjectives]

        /// Whether a scan with these options reports `match` (found by a scan with more options, e.g. ``all``).
        /// Filtering a scan with ``all`` gives exactly what a scan with these options gives: names of every kind
        /// hide what they cover whatever the options.
        public func admits(_ match: GazetteerMatch) -> Bool {
            if match.isAdjective && !contains(.adjectives) { return false }
            switch match.kind {
            case .member, .observer: return true
            case .territory: return contains(.territories)
            case .region: return contains(.regions)
            }
        }
    }
}

extension GazetteerMatch {
    /// The matched text in `text`, which must be the scanned text or one with the same UTF-8 layout
    /// (``PluginAPI/Paragraph/text`` for a match in ``PluginAPI/Paragraph/folded``).
    public func text(in text: String) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound, limitedBy: utf8.endIndex) ?? utf8.endIndex
        let upper = utf8.index(lower, offsetBy: utf8Range.count, limitedBy: utf8.endIndex) ?? utf8.endIndex
        return text[lower..<upper]
    }
}
