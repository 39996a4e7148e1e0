import PluginAPI

/// The automaton of a ``TermMatcher`` laid out for scanning, in raw memory allocated once per build.
///
/// What a scan reads for each scalar is kept small, so that it stays in the processor's caches:
/// - the scalars that occur in some pattern (the alphabet) are numbered 1, 2, … in scalar order: their *class*.
///   A two-level table gives the class of a Basic Multilingual Plane scalar in two reads: a page number for each
///   256 scalars, then one 16-bit class per scalar of the pages that hold part of the alphabet (all other pages
///   share one page of zeros), about 45 KB for a taxonomy in Chinese and English. (A bitmap with running counts
///   would be smaller, but counting bits without the POPCNT instruction costs more than the cache misses.) Every
///   scalar outside the alphabet is class 0 and sends the automaton straight back to the root;
/// - the root has a direct row indexed by class (most scalars of a text are read at the root);
/// - every other state has a 20-byte record: up to two children inline (most states have no more; the others
///   have a range of a sorted edge list) and its failure link. (With 16-bit classes and 16-byte records, the
///   comparisons with a scalar's class cost more than the smaller records save.) States are numbered breadth
///   first, so the shallow states a scan visits most are packed together;
/// - a state's number carries, in its low bit, whether some pattern ends there or on its failure chain, so a scan
///   reads the list of patterns only when there is one.
///
/// `@unchecked Sendable`: the buffers are written only in `init` and never mutated afterwards, so concurrent scans
/// only read them; they are freed when the last matcher using them goes away.
final class MatcherTables: @unchecked Sendable {
    /// What a scan reads of a state other than the root.
    struct StateRecord {
        /// `class0` or `class1` of a state without that child: no class has this value.
        static let none: Int32 = -1
        /// `class1` of a state whose children are in ``MatcherTables/edges`` (`child0 ..< child0 + child1`):
        /// more than two children. The root's record has none: the root row holds its children.
        static let many: Int32 = -2
        var class0: Int32
        var class1: Int32
        var child0: Int32
        var child1: Int32
        var failure: Int32
    }

    /// Size of the boundary ring (a power of two larger than the longest pattern).
    let ringSize: Int
    /// For each 256 scalars of the Basic Multilingual Plane, the page of `classes` that holds their classes.
    private let pages: UnsafeMutableBufferPointer<UInt16>
    /// Pages of 256 classes; page 0 is all zeros. 16 bits hold every class of the plane: it has fewer than 65,535
    /// scalars besides the surrogates, which no pattern contains.
    private let classes: UnsafeMutableBufferPointer<UInt16>
    /// The alphabet's scalars outside the Basic Multilingual Plane, sorted: the class of `astral[i]` is
    /// `firstAstralClass + i` (they come last in scalar order).
    private let astral: [UInt32]
    private let firstAstralClass: Int
    /// The root's child for each class (encoded), or -1.
    private let root: UnsafeMutableBufferPointer<Int32>
    /// Indexed by a state's number without its low bit.
    private let records: UnsafeMutableBufferPointer<StateRecord>
    /// Children of the states with many, as `class << 32 | child`, sorted per state.
    private let edges: UnsafeMutableBufferPointer<UInt64>
    /// The patterns ending at state `n` are `ends[endsStart[n] ..< endsStart[n + 1]]`, longest first.
    private let endsStart: UnsafeMutableBufferPointer<Int32>
    private let ends: UnsafeMutableBufferPointer<Int32>
    private let patterns: UnsafeMutableBufferPointer<TermMatcher.PatternInfo>

    /// Lays out a trie with its failure links.
    ///
    /// - Parameters:
    ///   - children: each state's children by folded scalar; state 0 is the root.
    ///   - failure: each state's failure link.
    ///   - ends: the patterns that end at each state, longest first.
    ///   - breadthFirst: every state once, the root first, parents before children.
    ///   - patterns: what each pattern needs checked when it ends.
    init(
        children: [[UInt32: Int32]], failure: [Int32], ends: [[Int32]], breadthFirst: [Int32],
        patterns: [TermMatcher.PatternInfo]
    ) {
        var longest = 1
        for pattern in patterns where pattern.length != Int.max { longest = max(longest, pattern.length) }
        var ring = 2
        while ring <= longest + 1 { ring <<= 1 }
        ringSize = ring

        // Classes in scalar order, so the Basic Multilingual Plane comes first and astral scalars take the largest.
        let scalars = Set(children.lazy.flatMap(\.keys)).sorted()
        var pageList = [UInt16](repeating: 0, count: 256)
        var classList = [UInt16](repeating: 0, count: 256)
        for (index, scalar) in scalars.enumerated() where scalar < 0x10000 {
            if pageList[Int(scalar >> 8)] == 0 {
                pageList[Int(scalar >> 8)] = UInt16(classList.count >> 8)
                classList += [UInt16](repeating: 0, count: 256)
            }
            classList[Int(pageList[Int(scalar >> 8)]) << 8 | Int(scalar & 0xFF)] = UInt16(index + 1)
        }
        pages = .copy(pageList)
        classes = .copy(classList)
        astral = scalars.filter { $0 >= 0x10000 }
        firstAstralClass = scalars.count - astral.count + 1

        // Breadth-first numbers, each shifted left with the has-output bit below.
        var number = [Int32](repeating: 0, count: children.count)
        for (position, state) in breadthFirst.enumerated() {
            number[Int(state)] = Int32(position) << 1 | (ends[Int(state)].isEmpty ? 0 : 1)
        }
        var classOf: [UInt32: Int] = [:]
        for (index, scalar) in scalars.enumerated() { classOf[scalar] = index + 1 }
        var rootRow = [Int32](repeating: -1, count: scalars.count + 1)
        for (scalar, child) in children[0] { rootRow[classOf[scalar, default: 0]] = number[Int(child)] }
        root = .copy(rootRow)

        var recordList: [StateRecord] = []
        var edgeList: [UInt64] = []
        var startList: [Int32] = [0]
        var endList: [Int32] = []
        recordList.reserveCapacity(breadthFirst.count)
        for state in breadthFirst.map(Int.init) {
            let edges = children[state].map { (class: classOf[$0.key, default: 0], child: number[Int($0.value)]) }
                .sorted { $0.class < $1.class }
            var record = StateRecord(
                class0: StateRecord.none, class1: StateRecord.none, child0: -1, child1: -1, failure: number[Int(failure[state])])
            if state == 0 {
                // The root's children are read from the root row.
            } else if edges.count > 2 {
                record.class1 = StateRecord.many
                record.child0 = Int32(edgeList.count)
                record.child1 = Int32(edges.count)
                edgeList += edges.map { UInt64($0.class) << 32 | UInt64(UInt32(bitPattern: $0.child)) }
            } else {
                if edges.count > 0 { (record.class0, record.child0) = (Int32(edges[0].class), edges[0].child) }
                if edges.count > 1 { (record.class1, record.child1) = (Int32(edges[1].class), edges[1].child) }
            }
            recordList.append(record)
            endList += ends[state]
            startList.append(Int32(endList.count))
        }
        records = .copy(recordList)
        edges = .copy(edgeList)
        endsStart = .copy(startList)
        self.ends = .copy(endList)
        self.patterns = .copy(patterns)
    }

    deinit {
        pages.deallocate()
        classes.deallocate()
        root.deallocate()
        records.deallocate()
        edges.deallocate()
        endsStart.deallocate()
        ends.deallocate()
        patterns.deallocate()
    }

    /// The class of a folded scalar: 0 when no pattern contains it.
    @inline(__always)
    private func classOf(_ scalar: UInt32) -> Int {
        if scalar < 0x10000 { return Int(classes[Int(pages[Int(scalar >> 8)]) << 8 | Int(scalar & 0xFF)]) }
        return astralClass(scalar)
    }

    /// The class of a scalar outside the Basic Multilingual Plane (a binary search).
    private func astralClass(_ scalar: UInt32) -> Int {
        var low = 0
        var high = astral.count
        while low < high {
            let middle = (low + high) / 2
            if astral[middle] < scalar { low = middle + 1 } else { high = middle }
        }
        guard low < astral.count, astral[low] == scalar else { return 0 }
        return firstAstralClass + low
    }

    /// The state after `state` (encoded) on a scalar of class `symbol`.
    ///
    /// The common cases — a child kept in the record, or a miss where the failure link is the root (every state of
    /// depth 1), or a scalar outside the alphabet — are answered by selecting among values all read up front, not
    /// by branches: which case applies changes from one scalar to the next in a way no branch predictor follows.
    /// Only states whose failure is not the root, or whose children are in the edge list, take the loop.
    @inline(__always)
    private func step(_ state: Int32, _ symbol: Int) -> Int32 {
        let record = records[Int(state >> 1)]
        let fromRoot = max(root[symbol], 0)
        let key = Int32(truncatingIfNeeded: symbol)
        let inline = record.class0 == key ? record.child0 : (record.class1 == key ? record.child1 : -1)
        if inline < 0, symbol != 0, record.failure != 0 || record.class1 == StateRecord.many {
            var current = state
            while true {
                let target = child(of: current, symbol)
                if target >= 0 { return target }
                if current == 0 { return 0 }
                current = records[Int(current >> 1)].failure
            }
        }
        return inline >= 0 ? inline : fromRoot
    }

    /// The child of `state` (encoded) for a non-zero class, or -1.
    @inline(__always)
    private func child(of state: Int32, _ symbol: Int) -> Int32 {
        if state == 0 { return root[symbol] }
        let record = records[Int(state >> 1)]
        let key = Int32(truncatingIfNeeded: symbol)
        if record.class0 == key { return record.child0 }
        if record.class1 == key { return record.child1 }
        guard record.class1 == StateRecord.many else { return -1 }
        let wide = UInt64(symbol)
        for index in Int(record.child0)..<Int(record.child0 + record.child1) {
            let edge = edges[index]
            if edge >> 32 == wide { return Int32(bitPattern: UInt32(truncatingIfNeeded: edge)) }
            if edge >> 32 > wide { break }
        }
        return -1
    }

    /// Scans `utf8` from `state`, reporting matches to `onMatch` (see ``TermMatcher/scan(_:state:onMatch:)``).
    ///
    /// The loop works on local copies of the state, written back at the end, so that nothing it updates per scalar
    /// goes through memory.
    func scan(
        _ utf8: UnsafeBufferPointer<UInt8>, ring: UnsafeMutableBufferPointer<Bool>, state: inout ScanState,
        onMatch: (_ pattern: Int, _ end: Int) -> Void
    ) {
        var automaton = state.automaton
        var fed = state.fed
        var pendingSpace = state.pendingSpace
        var previousIdeograph = state.previousIdeograph
        var ideographs = state.ideographs
        var latinScalars = state.latinScalars
        var waiting = state.waitingForBoundary
        var isWaiting = !waiting.isEmpty
        let ringMask = ringSize - 1
        let spaceClass = classOf(ScalarFolding.space)
        /// Feeds one folded scalar of class `symbol`; `word` tells whether it is a Latin letter or digit.
        @inline(__always) func feed(_ symbol: Int, word: Bool) {
            if word { latinScalars += 1 }
            if isWaiting {
                if !word { for entry in waiting { onMatch(entry.pattern, entry.end) } }
                waiting.removeAll(keepingCapacity: true)
                isWaiting = false
            }
            let current = step(automaton, symbol)
            automaton = current
            fed &+= 1
            ring[fed & ringMask] = !word
            guard current & 1 != 0 else { return }
            let state = Int(current >> 1)
            for index in Int(endsStart[state])..<Int(endsStart[state + 1]) {
                let pattern = Int(ends[index])
                let info = patterns[pattern]
                // The scalar before the match sits `length` feeds back; before the first feed it is a boundary.
                if !info.leftBoundary || info.length >= fed || ring[(fed - info.length) & ringMask] {
                    if info.rightBoundary {
                        waiting.append((pattern, fed))
                        isWaiting = true
                    } else {
                        onMatch(pattern, fed)
                    }
                }
            }
        }
        var index = 0
        let count = utf8.count
        while index < count {
            // A CJK unified ideograph (most of a Chinese text) folds to itself, is no white space and no Latin letter:
            // it skips the general path's tests.
            if utf8[index] & 0xF0 == 0xE0, index + 2 < count {
                let scalar = UInt32(utf8[index] & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                if scalar >= 0x4E00 && scalar <= 0x9FFF {
                    index += 3
                    if pendingSpace {
                        pendingSpace = false
                        if !previousIdeograph && fed > 0 { feed(spaceClass, word: false) }
                    }
                    previousIdeograph = true
                    ideographs += 1
                    feed(classOf(scalar), word: false)
                    continue
                }
            }
            let (value, next) = UTF8Decoding.scalar(in: utf8, at: index)
            index = next
            let scalar = ScalarFolding.fold(value)
            if scalar == ScalarFolding.space {
                pendingSpace = true
                continue
            }
            let ideograph = ScalarFolding.isIdeograph(scalar)
            if pendingSpace {
                pendingSpace = false
                if !(ideograph && previousIdeograph) && fed > 0 { feed(spaceClass, word: false) }
            }
            previousIdeograph = ideograph
            if ideograph { ideographs += 1 }
            feed(classOf(scalar), word: ScalarFolding.isWordScalar(scalar))
        }
        state.automaton = automaton
        state.fed = fed
        state.pendingSpace = pendingSpace
        state.previousIdeograph = previousIdeograph
        state.ideographs = ideographs
        state.latinScalars = latinScalars
        state.waitingForBoundary = waiting
    }
}

extension UnsafeMutableBufferPointer {
    /// A new buffer holding a copy of `array` (never a null base address, so it can always be deallocated).
    fileprivate static func copy(_ array: [Element]) -> Self {
        let buffer = Self.allocate(capacity: Swift.max(1, array.count))
        _ = buffer.initialize(from: array)
        return Self(start: buffer.baseAddress, count: array.count)
    }
}
