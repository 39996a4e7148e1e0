/// The UN Member States and observers, other entities UN texts name, and regions, with their Chinese and
/// English names and common variants; finds them in text and looks names up.
///
/// Load it once from `states.toml` in the data directory (``load(fromDataDirectory:)``) and share it: the
/// value is immutable after loading and `Sendable`, so any number of threads may scan with it at once.
///
/// ```swift
/// let gazetteer = try StateGazetteer.load(fromDataDirectory: environment.dataDirectory)  // once
/// gazetteer.code(forName: "Cote d’Ivoire")                          // "CIV"
/// for match in gazetteer.matches(in: paragraph) {                    // scans paragraph.folded
///     let printed = match.text(in: paragraph.text)                   // "大不列顛及北愛爾蘭聯合王國"
///     let line = paragraph.sourceLine(atUTF8Offset: match.utf8Range.lowerBound)
/// }
/// ```
public struct StateGazetteer: Sendable {
    /// Name of the data file in the data directory.
    public static let fileName = "states.toml"

    /// Every entry, States first (by code), then territories, then regions.
    public let entries: [GazetteerEntry]
    /// The file the gazetteer was loaded from (or a description of its source).
    public let source: String
    private let indexByCode: [String: Int]
    private let indexByName: [String: Int]
    private let automaton: NameAutomaton
    /// Tells this gazetteer's shared document scans from another's (``paragraphMatches(in:)``).
    let identity = Identity()

    /// Loads the gazetteer from `<dataDirectory>/states.toml`.
    /// - Throws: ``GazetteerError``, naming the file and the line or key at fault.
    public static func load(fromDataDirectory dataDirectory: String) throws -> StateGazetteer {
        let path = dataDirectory.hasSuffix("/") ? dataDirectory + fileName : dataDirectory + "/" + fileName
        return try load(fromFile: path)
    }

    /// Creates an empty gazetteer: it knows no names and finds nothing.
    public init() {
        self.init(sortedEntries: [], patterns: [], source: "<empty>")
    }

    /// Creates a gazetteer from entries and masks (phrases that contain a name without naming its entry:
    /// matched like names and then ignored).
    /// - Throws: ``GazetteerError/conflictingName(file:name:firstKey:secondKey:)`` when two entries (or an
    ///   entry and a mask) share a spelling.
    public init(entries: [GazetteerEntry], masks: [String] = [], source: String = "<memory>") throws {
        let sorted = entries.sorted { ($0.sortRank, $0.code) < ($1.sortRank, $1.code) }
        let patterns = try Self.patterns(entries: sorted, masks: masks, source: source)
        self.init(sortedEntries: sorted, patterns: patterns, source: source)
    }

    private init(sortedEntries entries: [GazetteerEntry], patterns: [NameAutomaton.Pattern], source: String) {
        self.entries = entries
        self.source = source
        var indexByCode: [String: Int] = [:]
        var indexByName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            indexByCode[entry.code] = index
            for name in entry.names {
                let key = NameForms.lookupKey(name)
                if indexByName[key] == nil { indexByName[key] = index }
            }
        }
        self.indexByCode = indexByCode
        self.indexByName = indexByName
        self.automaton = NameAutomaton(patterns: patterns)
    }

    /// Member States and observer States.
    public var states: [GazetteerEntry] { entries.filter(\.isState) }

    /// The entry with this code ("CIV", "civ", "REG-SAHEL"), of any kind.
    public func entry(forCode code: some StringProtocol) -> GazetteerEntry? {
        (indexByCode[String(code)] ?? indexByCode[code.uppercased()]).map { entries[$0] }
    }

    /// The entry with this code, of any kind (check ``GazetteerEntry/isState``); same as ``entry(forCode:)``.
    public func state(forCode code: some StringProtocol) -> GazetteerEntry? {
        entry(forCode: code)
    }

    /// The entry one of whose names is exactly `name`, ignoring case, accents, apostrophe and parenthesis
    /// styles, runs of white space, a leading "the" and trailing punctuation ("the Netherlands",
    /// "Cote d’Ivoire,", "俄羅斯聯邦").
    public func entry(named name: some StringProtocol) -> GazetteerEntry? {
        var key = NameForms.lookupKey(name)
        while true {
            if let index = indexByName[key] { return entries[index] }
            guard let last = key.unicodeScalars.last, Self.trailingPunctuation.contains(last) else { return nil }
            key.unicodeScalars.removeLast()
            while key.unicodeScalars.last == " " { key.unicodeScalars.removeLast() }
        }
    }

    private static let trailingPunctuation: Set<Unicode.Scalar> = [",", ".", ";", ":", "、", "，", "。", "；", "："]

    /// The code of the entry named `name` (see ``entry(named:)``).
    public func code(forName name: some StringProtocol) -> String? {
        entry(named: name)?.code
    }

    /// Every name found in `text`, leftmost-longest, in text order, without overlaps.
    public func matches(in text: String, options: MatchOptions = .default) -> [GazetteerMatch] {
        var result: [GazetteerMatch] = []
        forEachMatch(in: text, options: options) { result.append($0) }
        return result
    }

    /// Calls `body` with every name found in `text`, leftmost-longest, in text order, without overlaps.
    public func forEachMatch(in text: String, options: MatchOptions = .default, _ body: (GazetteerMatch) throws -> Void) rethrows {
        if let done: Void = try text.utf8.withContiguousStorageIfAvailable({ try forEachMatch(inUTF8: $0, options: options, body) }) {
            return done
        }
        var copy = text
        copy.makeContiguousUTF8()
        try copy.utf8.withContiguousStorageIfAvailable { try forEachMatch(inUTF8: $0, options: options, body) }
    }

    /// Calls `body` with every name found in UTF-8 `bytes`, leftmost-longest, in order, without overlaps.
    ///
    /// Names match as whole words in Latin script (case as written, or all capitals), anywhere in Chinese.
    /// A longer name hides the shorter ones inside it, and masks hide names in phrases that do not name
    /// the entry ("发展中国家"); names of kinds not asked for in `options` hide what they cover too, so
    /// "Gulf of Guinea" never reports Guinea. A Chinese name next to the dot of a transliterated personal name
    /// ("约翰·肯亚塔") is part of that name.
    public func forEachMatch(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>, options: MatchOptions = .default, _ body: (GazetteerMatch) throws -> Void
    ) rethrows {
        try automaton.scan(bytes) { patternIndex, range in
            let pattern = automaton.patterns[patternIndex]
            guard pattern.target >= 0 else { return }
            // "约翰·肯亚塔", "帕斯卡莱·贝里斯维尔": a Chinese name next to the dot of a transliterated personal name is
            // part of that name, not a State (肯亚 and 贝里斯 are Kenya and Belize as Taiwan writes them).
            if bytes[range.lowerBound] >= 0xE0, StateGazetteer.touchesNameDot(bytes, range) { return }
            // The entry's fields are read in place: a copy of the entry would retain each of its names.
            let entryIndex = Int(pattern.target)
            let match = GazetteerMatch(
                code: entries[entryIndex].code, kind: entries[entryIndex].kind, entryIndex: entryIndex, utf8Range: range,
                name: pattern.name, isAdjective: pattern.isAdjective)
            if options.admits(match) { try body(match) }
        }
    }

    /// Whether a name separator of transliterated names (· • ‧ ・) stands right before or right after `range`.
    static func touchesNameDot(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        func isDot(_ index: Int, length: Int) -> Bool {
            guard index >= 0, index + length <= bytes.count else { return false }
            if length == 2 { return bytes[index] == 0xC2 && bytes[index + 1] == 0xB7 }
            let (lead, second, third) = (bytes[index], bytes[index + 1], bytes[index + 2])
            return (lead == 0xE2 && second == 0x80 && (third == 0xA2 || third == 0xA7)) || (lead == 0xE3 && second == 0x83 && third == 0xBB)
        }
        return isDot(range.lowerBound - 2, length: 2) || isDot(range.lowerBound - 3, length: 3)
            || isDot(range.upperBound, length: 2) || isDot(range.upperBound, length: 3)
    }

    /// Number of searchable spellings (names in every accepted form, adjectives and masks).
    public var spellingCount: Int { automaton.patterns.count }
}

extension GazetteerEntry {
    var sortRank: Int {
        switch kind {
        case .member, .observer: 0
        case .territory: 1
        case .region: 2
        }
    }
}
