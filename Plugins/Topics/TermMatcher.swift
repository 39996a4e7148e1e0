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
        var records: [MatcherTables.StateRecord] = []
        records.reserveCapacity(children.count)
        for state in children.indices {
            let edges = children[state].sorted { $0.key < $1.key }
            var record = MatcherTables.StateRecord(
                scalar0: MatcherTables.StateRecord.none, child0: -1, scalar1: MatcherTables.StateRecord.none, child1: -1,
                failure: failure[state], outputState: output[state] >= 0 ? Int32(state) : outputLink[state])
            if edges.count > 2 {
                record.scalar1 = MatcherTables.StateRecord.many
            } else {
                if edges.count > 0 { (record.scalar0, record.child0) = (edges[0].key, edges[0].value) }
                if edges.count > 1 { (record.scalar1, record.child1) = (edges[1].key, edges[1].value) }
            }
            records.append(record)
        }
        self.patterns = infos
        // A scan probes the hash table only for the root and the states with more than two children.
        let probed = EdgeTable(edges: edgeList.filter { $0.from == 0 || children[Int($0.from)].count > 2 })
        self.tables = MatcherTables(
            edges: edges, probed: probed, records: records, output: output, outputLink: outputLink, patterns: infos)
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
        // The hot loop works on locals and raw buffers: no reference counting or uniqueness checks per scalar.
        var automaton = state.automaton
        var fed = state.fed
        var pendingSpace = state.pendingSpace
        var previousIdeograph = state.previousIdeograph
        var ideographs = state.ideographs
        var latinScalars = state.latinScalars
        var waiting = state.waitingForBoundary
        let ringMask = ringSize - 1
        state.boundaryRing.withUnsafeMutableBufferPointer { ring in
            tables.withBuffers { root, slots, filter, alphabet, mask, records, output, outputLink, patterns in
                @inline(__always) func next(_ from: Int32, _ scalar: UInt32) -> Int32 {
                    // The root's edges for ASCII and the common CJK ideographs are a direct table: most scalars of a
                    // text are read at the root, and a table read is cheaper than a hash probe.
                    if from == 0 {
                        if scalar < 0x80 { return root[Int(scalar)] }
                        if scalar >= 0x4E00 && scalar <= 0x9FFF { return root[Int(scalar - 0x4E00 + 0x80)] }
                    } else {
                        // Most other states have one or two children, kept in their record: no probe at all.
                        let record = records[Int(from)]
                        if record.scalar0 == scalar { return record.child0 }
                        if record.scalar1 == scalar { return record.child1 }
                        if record.scalar1 != MatcherTables.StateRecord.many { return -1 }
                    }
                    let key = UInt64(UInt32(bitPattern: from)) << 32 | UInt64(scalar)
                    let bit = MatcherTables.filterBit(key)
                    if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return -1 }
                    var slot = EdgeTable.slot(key, mask)
                    while true {
                        let found = slots[slot]
                        if found.key == key { return found.target }
                        if found.key == .max { return -1 }
                        slot = (slot + 1) & mask
                    }
                }
                @inline(__always) func feed(_ scalar: UInt32) {
                    let word = ScalarFolding.isWordScalar(scalar)
                    if word { latinScalars += 1 }
                    if !waiting.isEmpty {
                        if !word { for entry in waiting { onMatch(entry.pattern, entry.end) } }
                        waiting.removeAll(keepingCapacity: true)
                    }
                    var current = automaton
                    if current == 0 && scalar < 0x80 {
                        current = max(0, root[Int(scalar)])  // at the root the direct table answers alone
                    } else if current == 0 && scalar >= 0x4E00 && scalar <= 0x9FFF {
                        current = max(0, root[Int(scalar - 0x4E00 + 0x80)])
                    } else if scalar < 0x10000 && alphabet[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) == 0 {
                        current = 0
                    } else {
                        while true {
                            let target = next(current, scalar)
                            if target >= 0 { current = target; break }
                            if current == 0 { break }
                            current = records[Int(current)].failure
                        }
                    }
                    automaton = current
                    fed += 1
                    ring[fed & ringMask] = !word
                    var candidate = records[Int(current)].outputState
                    while candidate >= 0 {
                        let pattern = Int(output[Int(candidate)])
                        let info = patterns[pattern]
                        // The scalar before the match sits `length` feeds back; before the first feed it is a boundary.
                        if !info.leftBoundary || info.length >= fed || ring[(fed - info.length) & ringMask] {
                            if info.rightBoundary { waiting.append((pattern, fed)) } else { onMatch(pattern, fed) }
                        }
                        candidate = outputLink[Int(candidate)]
                    }
                }
                var index = 0
                let count = utf8.count
                while index < count {
                    var (scalar, next) = UTF8Decoding.scalar(in: utf8, at: index)
                    index = next
                    scalar = ScalarFolding.fold(scalar)
                    if scalar == ScalarFolding.space {
                        pendingSpace = true
                        continue
                    }
                    let ideograph = ScalarFolding.isIdeograph(scalar)
                    if pendingSpace {
                        pendingSpace = false
                        if !(ideograph && previousIdeograph) && fed > 0 { feed(ScalarFolding.space) }
                    }
                    previousIdeograph = ideograph
                    if ideograph { ideographs += 1 }
                    feed(scalar)
                }
            }
        }
        state.automaton = automaton
        state.fed = fed
        state.pendingSpace = pendingSpace
        state.previousIdeograph = previousIdeograph
        state.ideographs = ideographs
        state.latinScalars = latinScalars
        state.waitingForBoundary = waiting
    }

    /// Ends a scan: settles matches that waited for the next scalar to check their right boundary.
    func finish(_ state: inout ScanState, onMatch: (_ pattern: Int, _ end: Int) -> Void) {
        for waiting in state.waitingForBoundary { onMatch(waiting.pattern, waiting.end) }
        state.waitingForBoundary.removeAll(keepingCapacity: true)
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
struct EdgeTable: Sendable {
    let rootASCII: [Int32]
    /// The root's edges for ASCII (0..<0x80) then the CJK ideographs U+4E00...U+9FFF (from 0x80), -1 for none.
    let rootDirect: [Int32]
    let keys: [UInt64]
    let values: [Int32]
    let mask: Int

    init(edges: [(from: Int32, scalar: UInt32, to: Int32)]) {
        var root = [Int32](repeating: -1, count: 128)
        var rootDirect = [Int32](repeating: -1, count: 0x80 + 0x5200)
        var capacity = 16
        // Load factor at most 2/3: the bit filter answers most misses before a probe.
        while capacity * 2 < edges.count * 3 { capacity <<= 1 }
        var keys = [UInt64](repeating: .max, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for edge in edges {
            if edge.from == 0 && edge.scalar < 128 { root[Int(edge.scalar)] = edge.to }
            if edge.from == 0 && edge.scalar < 0x80 { rootDirect[Int(edge.scalar)] = edge.to }
            if edge.from == 0 && edge.scalar >= 0x4E00 && edge.scalar <= 0x9FFF { rootDirect[Int(edge.scalar - 0x4E00 + 0x80)] = edge.to }
            let key = UInt64(UInt32(bitPattern: edge.from)) << 32 | UInt64(edge.scalar)
            var slot = EdgeTable.slot(key, mask)
            while keys[slot] != .max { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = edge.to
        }
        self.rootASCII = root
        self.rootDirect = rootDirect
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        // The finalizer of MurmurHash3: every key bit reaches the low bits used as the slot.
        var hash = key ^ (key >> 33)
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash) & mask
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

/// The automaton's tables in raw memory, allocated once per build and read by every scan.
///
/// `@unchecked Sendable`: the buffers are written only in `init` and never mutated afterwards, so concurrent scans
/// only read them; they are freed when the last matcher using them goes away.
final class MatcherTables: @unchecked Sendable {
    /// A slot of the edge hash table: key and target side by side, one cache line per probe.
    struct Slot {
        var key: UInt64
        var target: Int32
    }

    /// What a scan reads of a state other than the root, in one place: up to two children (most states have no
    /// more), the failure link, and the first state on the failure chain that ends a pattern.
    struct StateRecord {
        /// `scalar0` and `scalar1` of a state without that child; no scalar has this value.
        static let none: UInt32 = .max
        /// `scalar1` of a state with more than two children, whose edges are all in the hash table.
        static let many: UInt32 = .max - 1
        var scalar0: UInt32
        var child0: Int32
        var scalar1: UInt32
        var child1: Int32
        var failure: Int32
        /// The state itself if a pattern ends there, else its output link; -1 when no pattern ends on the chain.
        var outputState: Int32
    }

    private let root: UnsafeMutableBufferPointer<Int32>
    private let slots: UnsafeMutableBufferPointer<Slot>
    /// One bit per hash of every edge key (512 Ki bits, 64 KB): most lookups are misses, and a clear bit answers
    /// them without touching the larger table.
    private let filter: UnsafeMutableBufferPointer<UInt64>
    static let filterBits = 1 << 19
    /// One bit per Basic Multilingual Plane scalar that occurs in some pattern (8 KB): any other scalar sends the
    /// automaton straight back to the root.
    private let alphabet: UnsafeMutableBufferPointer<UInt64>
    private let mask: Int
    private let records: UnsafeMutableBufferPointer<StateRecord>
    private let output: UnsafeMutableBufferPointer<Int32>
    private let outputLink: UnsafeMutableBufferPointer<Int32>
    private let patterns: UnsafeMutableBufferPointer<TermMatcher.PatternInfo>

    /// Lays out the tables: `edges` holds every edge (for the root's direct table and the alphabet), `probed` the
    /// edges a scan looks up by hashing.
    init(
        edges: EdgeTable, probed: EdgeTable, records: [StateRecord], output: [Int32], outputLink: [Int32],
        patterns: [TermMatcher.PatternInfo]
    ) {
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
            _ = buffer.initialize(from: array)
            return buffer
        }
        root = copy(edges.rootDirect)
        slots = copy(zip(probed.keys, probed.values).map { Slot(key: $0, target: $1) })
        var filterWords = [UInt64](repeating: 0, count: MatcherTables.filterBits / 64)
        for key in probed.keys where key != .max {
            let bit = MatcherTables.filterBit(key)
            filterWords[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        filter = copy(filterWords)
        var alphabetWords = [UInt64](repeating: 0, count: 1024)
        for key in edges.keys where key != .max {
            let scalar = UInt32(truncatingIfNeeded: key)
            if scalar < 0x10000 { alphabetWords[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63) }
        }
        alphabet = copy(alphabetWords)
        mask = probed.mask
        self.records = copy(records)
        self.output = copy(output)
        self.outputLink = copy(outputLink)
        self.patterns = copy(patterns)
    }

    deinit {
        root.deallocate()
        slots.deallocate()
        filter.deallocate()
        alphabet.deallocate()
        records.deallocate()
        output.deallocate()
        outputLink.deallocate()
        patterns.deallocate()
    }

    @inline(__always)
    static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 45) & (filterBits - 1)
    }

    /// Runs `body` with the tables.
    @inline(__always)
    func withBuffers<R>(
        _ body: (
            _ root: UnsafeMutableBufferPointer<Int32>, _ slots: UnsafeMutableBufferPointer<Slot>, _ filter: UnsafeMutableBufferPointer<UInt64>,
            _ alphabet: UnsafeMutableBufferPointer<UInt64>,
            _ mask: Int, _ records: UnsafeMutableBufferPointer<StateRecord>, _ output: UnsafeMutableBufferPointer<Int32>,
            _ outputLink: UnsafeMutableBufferPointer<Int32>, _ patterns: UnsafeMutableBufferPointer<TermMatcher.PatternInfo>
        ) -> R
    ) -> R {
        body(root, slots, filter, alphabet, mask, records, output, outputLink, patterns)
    }
}
