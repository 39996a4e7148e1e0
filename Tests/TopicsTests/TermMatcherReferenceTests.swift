import PluginAPI
import Testing
@testable import TopicsPlugin

/// The automaton of ``TermMatcher`` finds exactly what a plain search of every pattern at every position of the
/// folded text finds, on texts made to hit its edge cases: word boundaries, `*` prefixes, patterns inside patterns,
/// white space between ideographs, scalars absent from every pattern, non-BMP scalars and malformed UTF-8.
@Suite("Topics: the term matcher agrees with a plain search")
struct TermMatcherReferenceTests {
    static let patterns = [
        "ICT", "peacekeep*", "peacekeeping", "protection of civilians", "civilians", "keep", "a", "an", "ans*",
        "保护平民", "平民", "平民保护", "民保", "联合国组织刚果民主共和国稳定特派团", "稳定特派团", "派团", "特派",
        "Côte", "𠀀字", "字", "UN", "ÉTAT*", "x y", "y", "警察", "警察派遣国", "mission's", "co-operation", "ＵＮ",
    ]

    /// Pieces the random texts are made of: parts of patterns, white space of every kind, other scripts.
    static let pieces: [[UInt8]] = [
        "ict", "ICT", "Ict", "peacekeep", "peacekeepers", "PEACEKEEPING", "protection", " of ", "civilians", "keep",
        "a", "an", "ans", "answer", " ", "  ", "\n", "\t", "\u{3000}", "\u{A0}", "保护", "平民", "保护平民", "民", "联合国组织",
        "刚果民主共和国", "稳定", "特派团", "派", "团", "Côte", "CÔTE", "𠀀", "字", "UN", "ＵＮ", "Ｕ", "état", "État",
        "x", "y", "警察", "派遣国", "mission’s", "mission's", "co‐operation", "co-operation", "1", "é", ",", ".", "—",
        "\u{1F600}", "中", "文",
    ].map { Array($0.utf8) } + [[0xE4, 0xBF], [0x80], [0xF0, 0x9F], [0xFF], [0xC3]]

    /// Every match as (pattern, end), sorted, found by comparing each pattern with the folded text at each end.
    static func plainSearch(_ bytes: [UInt8], matcher: TermMatcher) -> [[Int]] {
        // The folded scalars as the matcher feeds them.
        var fed: [UInt32] = []
        var pendingSpace = false
        var previousIdeograph = false
        bytes.withUnsafeBufferPointer { utf8 in
            var index = 0
            while index < utf8.count {
                let (value, next) = UTF8Decoding.scalar(in: utf8, at: index)
                index = next
                let scalar = ScalarFolding.fold(value)
                if scalar == ScalarFolding.space { pendingSpace = true; continue }
                let ideograph = ScalarFolding.isIdeograph(scalar)
                if pendingSpace && !(ideograph && previousIdeograph) && !fed.isEmpty { fed.append(ScalarFolding.space) }
                pendingSpace = false
                previousIdeograph = ideograph
                fed.append(scalar)
            }
        }
        var seen = Set<[UInt32]>()
        var found: [[Int]] = []
        for (index, source) in patterns.enumerated() {
            let prefix = source.hasSuffix("*")
            let folded = ScalarFolding.foldPattern(Substring(prefix ? String(source.dropLast()) : source))
            guard let first = folded.first, let last = folded.last, seen.insert(folded).inserted else { continue }
            for end in folded.count...max(folded.count, fed.count) where end <= fed.count {
                guard Array(fed[(end - folded.count)..<end]) == folded else { continue }
                let start = end - folded.count
                if ScalarFolding.isWordScalar(first), start > 0, ScalarFolding.isWordScalar(fed[start - 1]) { continue }
                if !prefix, ScalarFolding.isWordScalar(last), end < fed.count, ScalarFolding.isWordScalar(fed[end]) { continue }
                found.append([index, end])
            }
        }
        return found.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Every match the matcher reports for `parts` scanned one after the other with one state, as paragraphs are.
    static func matcherSearch(_ parts: [[UInt8]], matcher: TermMatcher) -> [[Int]] {
        var found: [[Int]] = []
        var state = ScanState()
        for part in parts {
            part.withUnsafeBufferPointer { matcher.scan($0, state: &state) { found.append([$0, $1]) } }
            // A paragraph boundary reads like white space.
            state.pendingSpace = true
        }
        matcher.finish(&state) { found.append([$0, $1]) }
        return found
    }

    /// The order in which matches are reported: by end; at one end, those that end with a Latin letter (so wait for
    /// the next scalar to check their right boundary) after the others, and the longest first.
    static func reportOrder(_ found: [[Int]], matcher: TermMatcher) -> [[Int]] {
        found.sorted { a, b in
            let (left, right) = (matcher.patterns[a[0]], matcher.patterns[b[0]])
            if a[1] != b[1] { return a[1] < b[1] }
            if left.rightBoundary != right.rightBoundary { return !left.rightBoundary }
            return left.length > right.length
        }
    }

    /// A random text of 0–24 pieces (`validOnly`: no broken UTF-8, which decodes differently at the end of a text).
    static func randomPieces(using generator: inout SplitMix64, validOnly: Bool = false) -> [[UInt8]] {
        let choices = validOnly ? pieces.filter { String(validating: $0, as: UTF8.self) != nil } : pieces
        return (0..<Int.random(in: 0...24, using: &generator)).map { _ in choices[Int.random(in: 0..<choices.count, using: &generator)] }
    }

    @Test("random texts made of pattern pieces, white space, other scripts and broken UTF-8")
    func randomTexts() {
        let matcher = TermMatcher(patterns: Self.patterns)
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<3000 {
            let bytes = Self.randomPieces(using: &generator).flatMap { $0 }
            let found = Self.matcherSearch([bytes], matcher: matcher)
            let expected = Self.plainSearch(bytes, matcher: matcher)
            #expect(found == Self.reportOrder(expected, matcher: matcher), "text: \(bytes)")
        }
    }

    @Test("random texts scanned in several parts (paragraphs) find what the whole text with line breaks finds")
    func randomParagraphs() {
        let matcher = TermMatcher(patterns: Self.patterns)
        var generator = SplitMix64(seed: 0xFA4A)
        for _ in 0..<3000 {
            let parts = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                Self.randomPieces(using: &generator, validOnly: true).prefix(Int.random(in: 0...8, using: &generator)).flatMap { $0 }
            }
            let found = Self.matcherSearch(parts, matcher: matcher)
            let whole = Array(parts.map { $0 + Array("\n".utf8) }.joined())
            #expect(found == Self.reportOrder(Self.plainSearch(whole, matcher: matcher), matcher: matcher), "parts: \(parts)")
        }
    }

    @Test("a term split between two scans of one state (two paragraphs) still matches; matches carry on counting")
    func acrossScans() {
        let matcher = TermMatcher(patterns: ["保护平民", "ICT"])
        var found: [[Int]] = []
        var state = ScanState()
        for part in ["要保护", "平民和 ICT"] {
            Array(part.utf8).withUnsafeBufferPointer { matcher.scan($0, state: &state) { found.append([$0, $1]) } }
            state.pendingSpace = true
        }
        matcher.finish(&state) { found.append([$0, $1]) }
        #expect(found == [[0, 5], [1, 10]])
    }
}

/// A small seeded generator, so that a failing case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
