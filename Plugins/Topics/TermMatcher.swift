import PluginAPI

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
    private let tables: MatcherTables

    /// Builds the automaton. Patterns that fold to nothing never match; duplicates keep the first index.
    init(patterns sources: [String]) {
        var infos: [PatternInfo] = []
        var children: [[UInt32: Int32]] = [[:]]
        var output: [Int32] = [-1]
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
            var state: Int32 = 0
            for scalar in scalars {
                if let next = children[Int(state)][scalar] {
                    state = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    output.append(-1)
                    children[Int(state)][scalar] = next
                    state = next
                }
            }
            if output[Int(state)] < 0 { output[Int(state)] = Int32(infos.count - 1) }
        }
        // Breadth-first failure links; `order` lists the states breadth first, the root first.
        var failure = [Int32](repeating: 0, count: children.count)
        var outputLink = [Int32](repeating: -1, count: children.count)
        var order: [Int32] = [0] + children[0].values.sorted()
        var head = 1
        while head < order.count {
            let state = order[head]
            head += 1
            for (scalar, child) in children[Int(state)].sorted(by: { $0.key < $1.key }) {
                var fallback = failure[Int(state)]
                var target: Int32 = 0
                while true {
                    if let next = children[Int(fallback)][scalar], next != child { target = next; break }
                    if fallback == 0 { break }
                    fallback = failure[Int(fallback)]
                }
                failure[Int(child)] = target
                outputLink[Int(child)] = output[Int(target)] >= 0 ? target : outputLink[Int(target)]
                order.append(child)
            }
        }
        // The patterns that end at each state, longest first: its own, then those along its output links.
        let ends = children.indices.map { state -> [Int32] in
            var chain: [Int32] = []
            var candidate = output[state] >= 0 ? Int32(state) : outputLink[state]
            while candidate >= 0 {
                chain.append(output[Int(candidate)])
                candidate = outputLink[Int(candidate)]
            }
            return chain
        }
        self.patterns = infos
        self.tables = MatcherTables(
            children: children, failure: failure, ends: ends, breadthFirst: order, patterns: infos)
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
        if state.boundaryRing.count != tables.ringSize { state.boundaryRing = [Bool](repeating: true, count: tables.ringSize) }
        // The ring leaves the state while the scan writes it, so that the state itself can be passed on inout.
        var ring = state.boundaryRing
        state.boundaryRing = []
        ring.withUnsafeMutableBufferPointer { ring in
            tables.scan(utf8, ring: ring, state: &state, onMatch: onMatch)
        }
        state.boundaryRing = ring
    }

    /// Ends a scan: settles matches that waited for the next scalar to check their right boundary.
    func finish(_ state: inout ScanState, onMatch: (_ pattern: Int, _ end: Int) -> Void) {
        for waiting in state.waitingForBoundary { onMatch(waiting.pattern, waiting.end) }
        state.waitingForBoundary.removeAll(keepingCapacity: true)
    }
}

/// The per-document state of a ``TermMatcher`` scan.
struct ScanState {
    /// The automaton's state, as ``MatcherTables`` encodes it (0 is the root).
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
