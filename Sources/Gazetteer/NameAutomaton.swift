/// A byte trie over every searchable name, scanned leftmost-longest over UTF-8 text.
///
/// Built once when the gazetteer loads and never changed, so one instance may be shared by any number of
/// threads. A scan starts a walk only where a name can begin: at a Chinese character that starts some
/// name (one bit per BMP scalar), or at an ASCII byte that starts some name and follows a word boundary;
/// everything else is skipped a scalar at a time without decoding. A walk from a Chinese character jumps
/// straight to the node after its three bytes (a rank over the start bitmap), and nodes with many children
/// (the first letters of Latin names) have a direct table, so no walk searches a long edge list.
///
/// A class with constant tables, so that a copy of the gazetteer holding it retains one object, not every table.
final class NameAutomaton: Sendable {
    /// A searchable spelling and what it stands for.
    struct Pattern: Sendable {
        /// The spelling, as searched for.
        var name: String
        /// What the spelling names: an index into the gazetteer's entries, or -1 for a mask.
        var target: Int32
        /// Whether the spelling is an adjective ("French") rather than a name.
        var isAdjective: Bool
        /// Whether the text before a match must not be a Latin letter or digit.
        var needsBoundaryBefore: Bool
        /// Whether the text after a match must not be a Latin letter or digit.
        var needsBoundaryAfter: Bool
    }

    /// Every pattern; a scan reports indices into this array.
    let patterns: [Pattern]
    /// Child of the root for each first byte, or -1.
    private let rootChild: [Int32]
    /// Edges of node `n` are `edges[firstEdge[n] ..< firstEdge[n + 1]]`, sorted by byte.
    private let firstEdge: [Int32]
    /// `byte << 24 | child`.
    private let edges: [UInt32]
    /// Pattern ending at each node, or -1.
    private let terminal: [Int32]
    /// For each byte (ASCII, or lead of a 2- or 4-byte sequence): `startsPattern` if some pattern starts
    /// with it, plus `startsUnboundedPattern` if one of those needs no word boundary before it.
    private let startByte: [UInt8]
    private static let startsPattern: UInt8 = 1
    private static let startsUnboundedPattern: UInt8 = 2
    /// Three bitmaps of 1,024 words. Words 0–1023, one bit per scalar U+0800–U+FFFF (3-byte sequences): whether
    /// some pattern starts with it. Words 1024–2047, same layout: whether some pattern starting with it goes on
    /// with anything but a 3-byte character (or stops there). Words 2048–3071: a filter of the pairs of 3-byte
    /// characters that begin patterns (``pairBit(_:_:)``), so that a walk starts only where the first two
    /// characters can begin a name — in Chinese most characters begin some name, few pairs do.
    private let startScalar: [UInt64]
    /// For each word of `startScalar`, how many bits are set in the words before it.
    private let startRank: [Int32]
    /// For each scalar of `startScalar`, in scalar order, the trie node after its three bytes.
    private let scalarNode: [Int32]
    /// For each node, the index of its direct table in `dense`, or -1 (nodes with few children search `edges`).
    private let denseIndex: [Int32]
    /// Direct child tables, 256 entries each (-1 for no child), for nodes with at least `denseThreshold` children.
    private let dense: [Int32]
    private static let denseThreshold: Int32 = 12

    /// Builds the trie. Two patterns with the same spelling must have been merged by the caller.
    init(patterns: [Pattern]) {
        self.patterns = patterns
        let spellings = patterns.map { Array($0.name.utf8) }
        let order = spellings.indices.sorted { spellings[$0].lexicographicallyPrecedes(spellings[$1]) }
        // Patterns are inserted in byte order, so a node's newest child is always the one to extend;
        // edges are gathered per parent afterwards (a counting sort) into one flat array.
        var parentOf: [Int32] = [-1]
        var byteOf: [UInt8] = [0]
        var lastChild: [Int32] = [-1]
        var terminal: [Int32] = [-1]
        var startByte = [UInt8](repeating: 0, count: 256)
        var startScalar = [UInt64](repeating: 0, count: 3 * 1024)
        for index in order {
            let bytes = spellings[index]
            guard let first = bytes.first else { continue }
            if first >= 0xE0, first < 0xF0, bytes.count >= 3 {
                let scalar = Int(first & 0x0F) << 12 | Int(bytes[1] & 0x3F) << 6 | Int(bytes[2] & 0x3F)
                startScalar[scalar >> 6] |= 1 << UInt64(scalar & 63)
                if bytes.count >= 6, bytes[3] >= 0xE0, bytes[3] < 0xF0 {
                    let second = Int(bytes[3] & 0x0F) << 12 | Int(bytes[4] & 0x3F) << 6 | Int(bytes[5] & 0x3F)
                    let bit = Self.pairBit(scalar, second)
                    startScalar[2048 + (bit >> 6)] |= 1 << UInt64(bit & 63)
                } else {
                    startScalar[1024 + (scalar >> 6)] |= 1 << UInt64(scalar & 63)
                }
            } else {
                startByte[Int(first)] |= Self.startsPattern
                if !patterns[index].needsBoundaryBefore { startByte[Int(first)] |= Self.startsUnboundedPattern }
            }
            var node = 0
            for byte in bytes {
                let last = Int(lastChild[node])
                if last >= 0, byteOf[last] == byte {
                    node = last
                } else {
                    let child = parentOf.count
                    parentOf.append(Int32(node))
                    byteOf.append(byte)
                    lastChild.append(-1)
                    terminal.append(-1)
                    lastChild[node] = Int32(child)
                    node = child
                }
            }
            terminal[node] = Int32(index)
        }
        let nodeCount = parentOf.count
        var firstEdge = [Int32](repeating: 0, count: nodeCount + 1)
        for child in 1..<nodeCount { firstEdge[Int(parentOf[child]) + 1] += 1 }
        for node in 0..<nodeCount { firstEdge[node + 1] += firstEdge[node] }
        var fill = firstEdge
        var edges = [UInt32](repeating: 0, count: max(0, nodeCount - 1))
        var rootChild = [Int32](repeating: -1, count: 256)
        for child in 1..<max(1, nodeCount) {  // children were created in byte order within each parent
            let parent = Int(parentOf[child])
            edges[Int(fill[parent])] = UInt32(byteOf[child]) << 24 | UInt32(child)
            fill[parent] += 1
            if parent == 0 { rootChild[Int(byteOf[child])] = Int32(child) }
        }
        var denseIndex = [Int32](repeating: -1, count: nodeCount)
        var dense: [Int32] = []
        for node in 0..<nodeCount where firstEdge[node + 1] - firstEdge[node] >= Self.denseThreshold {
            denseIndex[node] = Int32(dense.count / 256)
            var table = [Int32](repeating: -1, count: 256)
            for edge in edges[Int(firstEdge[node])..<Int(firstEdge[node + 1])] { table[Int(edge >> 24)] = Int32(edge & 0xFF_FFFF) }
            dense += table
        }
        var startRank = [Int32](repeating: 0, count: 1024)
        var scalarNode: [Int32] = []
        var rank: Int32 = 0
        for word in 0..<1024 {
            startRank[word] = rank
            rank += Int32(startScalar[word].nonzeroBitCount)
            var bits = startScalar[word]
            while bits != 0 {
                let scalar = word << 6 | bits.trailingZeroBitCount
                bits &= bits - 1
                // The scalar's three UTF-8 bytes, walked from the root: every start scalar has this path.
                var node = 0
                for byte in [UInt8(0xE0 | scalar >> 12), UInt8(0x80 | (scalar >> 6) & 0x3F), UInt8(0x80 | scalar & 0x3F)] {
                    let range = Int(firstEdge[node])..<Int(firstEdge[node + 1])
                    node = range.first { edges[$0] >> 24 == UInt32(byte) }.map { Int(edges[$0] & 0xFF_FFFF) } ?? 0
                }
                scalarNode.append(Int32(node))
            }
        }
        self.rootChild = rootChild
        self.firstEdge = firstEdge
        self.edges = edges
        self.terminal = terminal
        self.startByte = startByte
        self.startScalar = startScalar
        self.startRank = startRank
        self.scalarNode = scalarNode
        self.denseIndex = denseIndex
        self.dense = dense
    }

    /// Whether a name may start with the 3-byte character `scalar` at `index`, which starts some name: false when
    /// every name starting with it goes on with a 3-byte character and the next character does not pair with it
    /// (white space after it may be a name broken across a line, so it allows a walk).
    @inline(__always)
    private static func pairAllows(_ scalar: Int, at index: Int, in text: UnsafeBufferPointer<UInt8>, _ t: Tables) -> Bool {
        guard t.startScalar[1024 + (scalar >> 6)] & (1 << UInt64(scalar & 63)) == 0, index + 5 < text.count else { return true }
        let next = text[index + 3]
        if next >= 0xE0, next < 0xF0 {
            let second = Int(next & 0x0F) << 12 | Int(text[index + 4] & 0x3F) << 6 | Int(text[index + 5] & 0x3F)
            let bit = pairBit(scalar, second)
            return t.startScalar[2048 + (bit >> 6)] & (1 << UInt64(bit & 63)) != 0
        }
        return endOfWhiteSpace(at: index + 3, in: text) > index + 3
    }

    /// The bit of a pair of scalars in the pair filter (16 bits of a multiplicative hash).
    @inline(__always)
    private static func pairBit(_ first: Int, _ second: Int) -> Int {
        Int(truncatingIfNeeded: ((UInt64(first) << 16 | UInt64(second)) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// Number of trie nodes (for diagnostics and tests).
    var nodeCount: Int { terminal.count }

    /// Calls `body(pattern, range)` for each leftmost-longest match in `text`, in order, without overlaps.
    /// Masks are reported too; the caller drops them.
    func scan(_ text: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>) throws -> Void) rethrows {
        try rootChild.withUnsafeBufferPointer { root in
            try firstEdge.withUnsafeBufferPointer { first in
                try edges.withUnsafeBufferPointer { edges in
                    try terminal.withUnsafeBufferPointer { terminal in
                        try startByte.withUnsafeBufferPointer { startByte in
                            try startScalar.withUnsafeBufferPointer { startScalar in
                                try startRank.withUnsafeBufferPointer { startRank in
                                    try scalarNode.withUnsafeBufferPointer { scalarNode in
                                        try denseIndex.withUnsafeBufferPointer { denseIndex in
                                            try dense.withUnsafeBufferPointer { dense in
                                                let tables = Tables(
                                                    root: root, first: first, edges: edges, terminal: terminal,
                                                    startByte: startByte, startScalar: startScalar, startRank: startRank,
                                                    scalarNode: scalarNode, denseIndex: denseIndex, dense: dense)
                                                try scan(text, tables, body)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private struct Tables {
        let root: UnsafeBufferPointer<Int32>
        let first: UnsafeBufferPointer<Int32>
        let edges: UnsafeBufferPointer<UInt32>
        let terminal: UnsafeBufferPointer<Int32>
        let startByte: UnsafeBufferPointer<UInt8>
        let startScalar: UnsafeBufferPointer<UInt64>
        let startRank: UnsafeBufferPointer<Int32>
        let scalarNode: UnsafeBufferPointer<Int32>
        let denseIndex: UnsafeBufferPointer<Int32>
        let dense: UnsafeBufferPointer<Int32>
    }

    private func scan(_ text: UnsafeBufferPointer<UInt8>, _ t: Tables, _ body: (Int, Range<Int>) throws -> Void) rethrows {
        let count = text.count
        var i = 0
        while i < count {
            let byte = text[i]
            var step = 1
            var boundary = true
            if byte < 0x80 {
                let flags = t.startByte[Int(byte)]
                guard flags != 0 else { i += 1; continue }
                if Self.isASCIIWordByte(byte) {
                    boundary = Self.isBoundary(before: i, in: text)
                    if !boundary, flags & Self.startsUnboundedPattern == 0 { i += 1; continue }
                }
            } else if byte >= 0xE0, byte < 0xF0 {
                step = 3
                guard i + 2 < count else { break }
                let scalar = Int(byte & 0x0F) << 12 | Int(text[i + 1] & 0x3F) << 6 | Int(text[i + 2] & 0x3F)
                guard t.startScalar[scalar >> 6] & (1 << UInt64(scalar & 63)) != 0, Self.pairAllows(scalar, at: i, in: text, t) else {
                    i += 3
                    continue
                }
            } else if byte >= 0xC0 {
                step = byte >= 0xF0 ? 4 : 2
                let flags = t.startByte[Int(byte)]
                guard flags != 0 else { i += step; continue }
                if Self.isLatinLead(byte, text, i) {
                    boundary = Self.isBoundary(before: i, in: text)
                    if !boundary, flags & Self.startsUnboundedPattern == 0 { i += step; continue }
                }
            } else {
                i += 1  // a continuation byte: only reached in malformed UTF-8
                continue
            }
            guard var (pattern, end) = longestMatch(at: i, boundaryBefore: boundary, in: text, t) else {
                i += step
                continue
            }
            var start = i
            // Chinese has no spaces: in "许多哥伦比亚人" the match 多哥 at 多 overlaps 哥伦比亚, which starts
            // inside it and reaches further. The longer, further-reaching name is the one the text means.
            var k = i + step
            while k < end {
                if text[k] & 0xC0 != 0x80, text[k] >= 0xE0,
                    let (inner, innerEnd) = longestMatch(at: k, boundaryBefore: true, in: text, t),
                    innerEnd > end, innerEnd - k > end - start
                {
                    (pattern, start, end) = (inner, k, innerEnd)
                    break
                }
                k += 1
            }
            try body(pattern, start..<end)
            i = end
        }
    }

    /// The longest pattern that starts at `start` and respects its word boundaries, and where it ends.
    private func longestMatch(at start: Int, boundaryBefore: Bool, in text: UnsafeBufferPointer<UInt8>, _ t: Tables) -> (Int, Int)? {
        let count = text.count
        let lead = text[start]
        var node: Int
        var j: Int
        if lead >= 0xE0, lead < 0xF0, start + 2 < count {
            // A Chinese character: straight to the node after its three bytes, if some name starts with it.
            let scalar = Int(lead & 0x0F) << 12 | Int(text[start + 1] & 0x3F) << 6 | Int(text[start + 2] & 0x3F)
            let word = t.startScalar[scalar >> 6]
            let bit = UInt64(1) << UInt64(scalar & 63)
            guard word & bit != 0, Self.pairAllows(scalar, at: start, in: text, t) else { return nil }
            node = Int(t.scalarNode[Int(t.startRank[scalar >> 6]) + (word & (bit - 1)).nonzeroBitCount])
            j = start + 3
        } else {
            node = Int(t.root[Int(lead)])
            guard node >= 0 else { return nil }
            j = start + 1
        }
        var best: (Int, Int)?
        while true {
            let pattern = Int(t.terminal[node])
            if pattern >= 0, boundaryBefore || !patterns[pattern].needsBoundaryBefore,
                !patterns[pattern].needsBoundaryAfter || Self.isBoundary(after: j, in: text)
            {
                best = (pattern, j)
            }
            guard j < count else { break }
            let byte = text[j]
            if let next = child(of: node, byte, t) {
                node = next
                j += 1
                continue
            }
            let afterSpace = Self.endOfWhiteSpace(at: j, in: text)
            guard afterSpace > j else { break }
            if let next = child(of: node, 0x20, t) {
                node = next  // one space in a name matches any run of white space in the text
                j = afterSpace
            } else if j >= 3, text[j - 3] >= 0xE2, text[j - 3] < 0xF0, text[j - 1] >= 0x80 {
                j = afterSpace  // white space inside a Chinese name (a joined line) is skipped
            } else {
                break
            }
        }
        return best
    }

    private func child(of node: Int, _ byte: UInt8, _ t: Tables) -> Int? {
        let table = Int(t.denseIndex[node])
        if table >= 0 {
            let next = t.dense[table << 8 | Int(byte)]
            return next >= 0 ? Int(next) : nil
        }
        let key = UInt32(byte)
        var e = Int(t.first[node])
        let end = Int(t.first[node + 1])
        while e < end {
            let edge = t.edges[e]
            let edgeByte = edge >> 24
            if edgeByte == key { return Int(edge & 0xFF_FFFF) }
            if edgeByte > key { return nil }
            e += 1
        }
        return nil
    }

    /// Where the run of white space (space, tab, line breaks, no-break space, ideographic space) that
    /// starts at `index` ends; `index` itself if there is none.
    private static func endOfWhiteSpace(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var j = index
        while j < text.count {
            let byte = text[j]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                j += 1
            } else if byte == 0xC2, j + 1 < text.count, text[j + 1] == 0xA0 {
                j += 2
            } else if byte == 0xE3, j + 2 < text.count, text[j + 1] == 0x80, text[j + 2] == 0x80 {
                j += 3
            } else {
                break
            }
        }
        return j
    }

    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Whether the scalar ending just before `index` is not part of a Latin word.
    private static func isBoundary(before index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return true }
        var k = index - 1
        let last = text[k]
        if last < 0x80 { return !isASCIIWordByte(last) }
        while k > 0, text[k] & 0xC0 == 0x80 { k -= 1 }
        return !isLatinLead(text[k], text, k)
    }

    /// Whether the scalar starting at `index` is not part of a Latin word.
    private static func isBoundary(after index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index < text.count else { return true }
        let next = text[index]
        if next < 0x80 { return !isASCIIWordByte(next) }
        return !isLatinLead(next, text, index)
    }

    /// Whether the 2-byte sequence at `index` is a Latin letter U+00C0–U+024F (× and ÷ excluded).
    private static func isLatinLead(_ lead: UInt8, _ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard lead >= 0xC3, lead <= 0xC9 else { return false }
        if lead == 0xC3, index + 1 < text.count, text[index + 1] == 0x97 || text[index + 1] == 0xB7 { return false }
        return true
    }
}
