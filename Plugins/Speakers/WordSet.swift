/// A set of words looked up at a position of a ``ScalarText``: which word starts there, or which one ends there.
/// Matching is exact on folded scalars, with ASCII case ignored.
///
/// Built once (the sets are static) and read at nearly every position of every paragraph, so a lookup neither
/// hashes nor allocates: the scalar at the position is mapped to the group of words that start (or end) with it
/// by a rank over a bitmap (``ScalarIndex``), and the group's words, longest first, are compared in place.
struct WordSet: Sendable {
    /// A word of the set: where its scalars are in ``Tables/scalars``.
    private struct Word {
        var start: Int32
        var count: Int32
        /// Index of the word in the list the set was built from.
        var id: Int32
    }

    /// One read-only allocation per set, so that copying a set (a static read) retains one object.
    private final class Tables: Sendable {
        /// The words' lower-cased scalars, back to back.
        let scalars: [UInt32]
        let first: ScalarIndex
        /// The words of each group of `first`: `byFirst[firstGroups[slot] ..< firstGroups[slot + 1]]`, longest first.
        let firstGroups: [Int32]
        let byFirst: [Word]
        let last: ScalarIndex
        let lastGroups: [Int32]
        let byLast: [Word]

        init(_ words: [String]) {
            var scalars: [UInt32] = []
            var all: [Word] = []
            for (id, text) in words.enumerated() {
                let folded = text.unicodeScalars.map { ScalarText.lowered($0.value) }
                guard !folded.isEmpty else { continue }
                all.append(Word(start: Int32(scalars.count), count: Int32(folded.count), id: Int32(id)))
                scalars += folded
            }
            func grouped(by key: (Word) -> UInt32) -> (ScalarIndex, [Int32], [Word]) {
                let index = ScalarIndex(Set(all.map(key)))
                var groups = [[Word]](repeating: [], count: index.count)
                for word in all { if let slot = index.slot(key(word)) { groups[slot].append(word) } }
                var bounds: [Int32] = [0]
                var flat: [Word] = []
                for group in groups {
                    // Longest first, so that the longest word wins; the stable sort keeps the list order among equals.
                    flat += group.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
                    bounds.append(Int32(flat.count))
                }
                return (index, bounds, flat)
            }
            self.scalars = scalars
            (first, firstGroups, byFirst) = grouped { scalars[Int($0.start)] }
            (last, lastGroups, byLast) = grouped { scalars[Int($0.start + $0.count - 1)] }
        }
    }

    private let tables: Tables

    init(_ words: [String]) {
        tables = Tables(words)
    }

    /// The first scalar (lower-cased) of each word.
    var firstScalars: [UInt32] { tables.byFirst.map { tables.scalars[Int($0.start)] } }

    /// The second scalar (lower-cased) of each word of two scalars or more.
    var secondScalars: [UInt32] { tables.byFirst.filter { $0.count >= 2 }.map { tables.scalars[Int($0.start) + 1] } }

    /// Whether every word has two scalars or more.
    var wordsHaveTwoScalars: Bool { tables.byFirst.allSatisfy { $0.count >= 2 } }

    /// Length of the longest word starting at `index`, or nil.
    @inline(__always)
    func match(_ text: ScalarText, at index: Int) -> Int? {
        // Most positions start no word: one bit answers them here, without a call.
        guard index >= 0, index < text.count, tables.first.contains(text.lower(index)) else { return nil }
        return matchWord(text, at: index)?.length
    }

    /// The longest word starting at `index` (of at most `maxLength` scalars): its length and its position in the
    /// list the set was built from.
    @inline(never)
    func matchWord(_ text: ScalarText, at index: Int, maxLength: Int = .max) -> (length: Int, id: Int)? {
        guard index >= 0, index < text.count, let slot = tables.first.slot(text.lower(index)) else { return nil }
        let tables = self.tables
        for entry in Int(tables.firstGroups[slot])..<Int(tables.firstGroups[slot + 1]) {
            let word = tables.byFirst[entry]
            if Int(word.count) <= maxLength, text.hasLowered(tables.scalars, Int(word.start), Int(word.count), at: index) { return (Int(word.count), Int(word.id)) }
        }
        return nil
    }

    /// Length of the longest word ending just before `index`, or nil.
    @inline(__always)
    func matchEnding(_ text: ScalarText, before index: Int) -> Int? {
        guard index > 0, index <= text.count, tables.last.contains(text.lower(index - 1)) else { return nil }
        return matchEndingWord(text, before: index)
    }

    /// Length of the word ending just before `index` when it is a whole Latin word (no letter before it), or nil:
    /// "in" before a State, not the end of "within".
    func matchWordEnding(_ text: ScalarText, before index: Int) -> Int? {
        guard let length = matchEnding(text, before: index), !ScalarText.isLatinLetter(text[index - length - 1]) else { return nil }
        return length
    }

    @inline(never)
    private func matchEndingWord(_ text: ScalarText, before index: Int) -> Int? {
        guard let slot = tables.last.slot(text.lower(index - 1)) else { return nil }
        let tables = self.tables
        for entry in Int(tables.lastGroups[slot])..<Int(tables.lastGroups[slot + 1]) {
            let word = tables.byLast[entry]
            let count = Int(word.count)
            if count <= index && text.hasLowered(tables.scalars, Int(word.start), count, at: index - count) { return count }
        }
        return nil
    }

    /// The first position at or after `from` (and before `to`) where a word starts, and its length.
    func firstMatch(_ text: ScalarText, from: Int, to: Int) -> (index: Int, length: Int)? {
        var index = from
        while index < min(to, text.count) {
            if let length = match(text, at: index) { return (index, length) }
            index += 1
        }
        return nil
    }
}

/// Numbers a set of scalars densely (0 ..< ``count``, in scalar order) and finds a scalar's number without hashing:
/// a bitmap of the Basic Multilingual Plane with the rank of each 64-bit word, and a short list beyond it.
struct ScalarIndex: Sendable {
    private let bits: [UInt64]
    private let ranks: [UInt16]
    private let astral: [UInt32]
    /// How many scalars the set has.
    let count: Int

    init(_ scalars: Set<UInt32>) {
        var bits = [UInt64](repeating: 0, count: 1024)
        for scalar in scalars where scalar < 0x10000 { bits[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63) }
        var ranks = [UInt16](repeating: 0, count: 1024)
        var rank = 0
        for word in bits.indices {
            ranks[word] = UInt16(truncatingIfNeeded: rank)
            rank += bits[word].nonzeroBitCount
        }
        self.bits = bits
        self.ranks = ranks
        self.astral = scalars.filter { $0 >= 0x10000 }.sorted()
        self.count = scalars.count
    }

    /// Whether `scalar` is in the set.
    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        scalar >= 0x10000 ? astral.contains(scalar) : bits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
    }

    /// The number of `scalar`, or nil when it is not in the set.
    @inline(__always)
    func slot(_ scalar: UInt32) -> Int? {
        guard scalar < 0x10000 else { return astral.firstIndex(of: scalar).map { count - astral.count + $0 } }
        let word = bits[Int(scalar >> 6)]
        let bit = UInt64(1) << UInt64(scalar & 63)
        guard word & bit != 0 else { return nil }
        // A set has far fewer than 65,536 scalars, so the ranks fit 16 bits.
        return Int(ranks[Int(scalar >> 6)]) + (word & (bit &- 1)).nonzeroBitCount
    }
}
