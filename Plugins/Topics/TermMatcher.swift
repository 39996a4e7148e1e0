/// A multi-pattern matcher (Aho–Corasick) over folded Unicode scalars, built once per taxonomy load and shared
/// by every document.
///
/// Text and patterns go through the same folding (``ScalarFolding``): ASCII case and full-width forms are folded,
/// runs of white space become one space, and white space between two CJK ideographs disappears (so a term split by
/// a line break or letter-spaced by a PDF converter still matches). A pattern that begins or ends with a Latin letter
/// or digit only matches at word boundaries ("ICT" does not match inside "conflict"); a pattern written with a
/// trailing `*` ("peacekeep*") matches any word that starts with it.
struct TermMatcher: Sendable {
    /// How a pattern matches.
    struct PatternInfo: Sendable {
        /// Length in folded scalars.
        var length: Int
        /// The scalar before the match must not be a Latin letter or digit.
        var leftBoundary: Bool
        /// The scalar after the match must not be a Latin letter or digit.
        var rightBoundary: Bool
    }

    let patterns: [PatternInfo]
    private let edges: EdgeTable
    private let failure: [Int32]
    /// The pattern that ends exactly at a state, or -1.
    private let output: [Int32]
    /// The nearest state along the failure chain (excluding itself) that has an output, or -1.
    private let outputLink: [Int32]
    /// Size of the boundary ring (a power of two larger than the longest pattern).
    private let ringSize: Int

    /// Builds the automaton. Patterns that fold to nothing never match; duplicates keep the first index.
    init(patterns sources: [String]) {
        var infos: [PatternInfo] = []
        var edgeList: [(from: Int32, scalar: UInt32, to: Int32)] = []
        var children: [[UInt32: Int32]] = [[:]]
        var output: [Int32] = [-1]
        var longest = 1
        for source in sources {
            var text = Substring(source)
            var prefix = false
            if text.hasSuffix("*") { prefix = true; text = text.dropLast() }
            let scalars = ScalarFolding.foldPattern(text)
            guard let first = scalars.first, let last = scalars.last else {
                infos.append(PatternInfo(length: Int.max, leftBoundary: false, rightBoundary: false))
                continue
            }
            infos.append(PatternInfo(
                length: scalars.count, leftBoundary: ScalarFolding.isWordScalar(first),
                rightBoundary: !prefix && ScalarFolding.isWordScalar(last)))
            longest = max(longest, scalars.count)
            var state: Int32 = 0
            for scalar in scalars {
                if let next = children[Int(state)][scalar] {
                    state = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    output.append(-1)
                    children[Int(state)][scalar] = next
                    edgeList.append((state, scalar, next))
                    state = next
                }
            }
            if output[Int(state)] < 0 { output[Int(state)] = Int32(infos.count - 1) }
        }
        let edges = EdgeTable(edges: edgeList)
        // Breadth-first failure links.
        var failure = [Int32](repeating: 0, count: children.count)
        var outputLink = [Int32](repeating: -1, count: children.count)
        var queue: [Int32] = children[0].values.sorted()
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (scalar, child) in children[Int(state)].sorted(by: { $0.key < $1.key }) {
                var fallback = failure[Int(state)]
                var target: Int32 = 0
                while true {
                    if let next = edges.next(fallback, scalar), next != child { target = next; break }
                    if fallback == 0 { break }
                    fallback = failure[Int(fallback)]
                }
                failure[Int(child)] = target
                outputLink[Int(child)] = output[Int(target)] >= 0 ? target : outputLink[Int(target)]
                queue.append(child)
            }
        }
        self.patterns = infos
        self.edges = edges
        self.failure = failure
        self.output = output
        self.outputLink = outputLink
        var ring = 2
        while ring <= longest + 1 { ring <<= 1 }
        self.ringSize = ring
    }

    /// Scans the UTF-8 bytes of one text and reports every match.
    ///
    /// - Parameters:
    ///   - utf8: the text (normally `Paragraph.folded`).
    ///   - state: the scan state; pass the same state for consecutive paragraphs so that a term broken across a
    ///     paragraph boundary between two ideographs still matches.
    ///   - onMatch: called with the pattern index and the match's end (a count of folded scalars since the scan
    ///     began: the match covers `end - length ..< end`), in order of the match's end.
    func scan(_ utf8: UnsafeBufferPointer<UInt8>, state: inout ScanState, onMatch: (_ pattern: Int, _ end: Int) -> Void) {
        if state.boundaryRing.count != ringSize { state.boundaryRing = [Bool](repeating: true, count: ringSize) }
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            var scalar: UInt32
            if byte < 0x80 {
                scalar = UInt32(byte)
                index += 1
            } else if byte < 0xE0 {
                scalar = index + 1 < count ? (UInt32(byte & 0x1F) << 6) | UInt32(utf8[index + 1] & 0x3F) : 0xFFFD
                index += 2
            } else if byte < 0xF0 {
                scalar = index + 2 < count
                    ? (UInt32(byte & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F)
                    : 0xFFFD
                index += 3
            } else {
                scalar = index + 3 < count
                    ? (UInt32(byte & 0x07) << 18) | (UInt32(utf8[index + 1] & 0x3F) << 12)
                        | (UInt32(utf8[index + 2] & 0x3F) << 6) | UInt32(utf8[index + 3] & 0x3F)
                    : 0xFFFD
                index += 4
            }
            scalar = ScalarFolding.fold(scalar)
            if scalar == ScalarFolding.space {
                state.pendingSpace = true
                continue
            }
            let ideograph = ScalarFolding.isIdeograph(scalar)
            if state.pendingSpace {
                state.pendingSpace = false
                if !(ideograph && state.previousIdeograph) && state.fed > 0 { feed(ScalarFolding.space, &state, onMatch) }
            }
            state.previousIdeograph = ideograph
            if ideograph { state.ideographs += 1 }
            feed(scalar, &state, onMatch)
        }
    }

    /// Ends a scan: settles matches that waited for the next scalar to check their right boundary.
    func finish(_ state: inout ScanState, onMatch: (_ pattern: Int, _ end: Int) -> Void) {
        for waiting in state.waitingForBoundary { onMatch(waiting.pattern, waiting.end) }
        state.waitingForBoundary.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private func feed(_ scalar: UInt32, _ state: inout ScanState, _ onMatch: (_ pattern: Int, _ end: Int) -> Void) {
        let word = ScalarFolding.isWordScalar(scalar)
        if word { state.latinScalars += 1 }
        if !state.waitingForBoundary.isEmpty {
            if !word { for waiting in state.waitingForBoundary { onMatch(waiting.pattern, waiting.end) } }
            state.waitingForBoundary.removeAll(keepingCapacity: true)
        }
        var current = state.automaton
        while true {
            if let next = edges.next(current, scalar) { current = next; break }
            if current == 0 { break }
            current = failure[Int(current)]
        }
        state.automaton = current
        state.fed += 1
        state.boundaryRing[state.fed & (ringSize - 1)] = !word
        var candidate = output[Int(current)] >= 0 ? current : outputLink[Int(current)]
        while candidate >= 0 {
            let pattern = Int(output[Int(candidate)])
            let info = patterns[pattern]
            // The scalar before the match start sits `length` feeds back; before the first feed it is a boundary.
            let leftOK = !info.leftBoundary || info.length >= state.fed
                || state.boundaryRing[(state.fed - info.length) & (ringSize - 1)]
            if leftOK {
                if info.rightBoundary {
                    state.waitingForBoundary.append((pattern, state.fed))
                } else {
                    onMatch(pattern, state.fed)
                }
            }
            candidate = outputLink[Int(candidate)]
        }
    }
}

/// The per-document state of a ``TermMatcher`` scan.
struct ScanState {
    var automaton: Int32 = 0
    var fed = 0
    var pendingSpace = false
    var previousIdeograph = false
    /// Whether the scalar fed at each recent position was a word boundary (not a Latin letter or digit).
    var boundaryRing: [Bool] = []
    var waitingForBoundary: [(pattern: Int, end: Int)] = []
    /// How many ideographs and Latin letters or digits were seen: tells Chinese text from text in Latin script.
    var ideographs = 0
    var latinScalars = 0
}

/// A hash table of automaton edges keyed by (state, scalar), with a direct table for ASCII edges of the root.
private struct EdgeTable: Sendable {
    private let rootASCII: [Int32]
    private let keys: [UInt64]
    private let values: [Int32]
    private let mask: Int

    init(edges: [(from: Int32, scalar: UInt32, to: Int32)]) {
        var root = [Int32](repeating: -1, count: 128)
        var capacity = 16
        while capacity < edges.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: .max, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for edge in edges {
            if edge.from == 0 && edge.scalar < 128 { root[Int(edge.scalar)] = edge.to }
            let key = UInt64(UInt32(bitPattern: edge.from)) << 32 | UInt64(edge.scalar)
            var slot = EdgeTable.slot(key, mask)
            while keys[slot] != .max { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = edge.to
        }
        self.rootASCII = root
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    @inline(__always)
    func next(_ state: Int32, _ scalar: UInt32) -> Int32? {
        if state == 0 && scalar < 128 {
            let next = rootASCII[Int(scalar)]
            return next >= 0 ? next : nil
        }
        let key = UInt64(UInt32(bitPattern: state)) << 32 | UInt64(scalar)
        var slot = EdgeTable.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == .max { return nil }
            slot = (slot + 1) & mask
        }
    }
}
