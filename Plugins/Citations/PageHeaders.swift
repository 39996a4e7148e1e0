import PluginAPI

/// What the running headers and footers of a document say: its own symbol(s), its job number and its page count.
///
/// The normalizer's ``PluginAPI/PageFurniture`` is used when it has the facts; otherwise the source lines are read
/// for header lines, lines made only of a symbol, a job number (`19-22675`, `18-03413 (C)`), a page marker
/// (`2/15`), date stamps, bar codes and U+FFFD noise; full-width forms (`Ｓ／２０１９／２１５`) are read as ASCII.
public struct PageHeaders: Sendable, Equatable {
    /// The document's own symbols, most frequent first (two for a joint `A/70/95-S/2015/446` document).
    public var symbols: [String]
    /// The job number without its language letter (`19-22675`), if printed.
    public var jobNumber: String?
    /// The page count from `2/15`-style markers, if printed.
    public var pageCount: Int?

    /// Creates header facts.
    public init(symbols: [String] = [], jobNumber: String? = nil, pageCount: Int? = nil) {
        self.symbols = symbols
        self.jobNumber = jobNumber
        self.pageCount = pageCount
    }

    /// Reads the header facts of a document.
    public init(document: Document) {
        let furniture = document.normalized.furniture
        // The source lines are read only for what the normalizer did not find.
        let complete = !furniture.symbols.isEmpty && furniture.jobNumber != nil && furniture.pageCount != nil
        let scanned = complete ? PageHeaders() : PageHeaders(lines: document.lines)
        symbols = furniture.symbols.isEmpty ? scanned.symbols : furniture.symbols
        jobNumber = furniture.jobNumber ?? scanned.jobNumber
        pageCount = furniture.pageCount ?? scanned.pageCount
    }

    /// Reads the header facts from source lines.
    public init(lines: [String]) {
        var symbolCounts: [String: (count: Int, firstLine: Int, qualified: Bool)] = [:]
        var symbolOrder: [String] = []
        var jobCounts: [String: Int] = [:]
        var jobLines: [Int] = []
        var pagesOnMarkedLines = 0
        var lonePages: [Int: Int] = [:]
        for (index, printed) in lines.enumerated() {
            guard printed.utf8.count <= 160 else { continue }
            let line = HalfWidth.fold(printed, punctuation: true)
            guard HeaderLine.mayBeHeader(line), let header = HeaderLine(line) else { continue }
            if header.jobNumber != nil || !header.pageCounts.isEmpty { jobLines.append(index) }
            if let job = header.jobNumber { jobCounts[job, default: 0] += 1 }
            if header.jobNumber != nil || !header.symbols.isEmpty {
                pagesOnMarkedLines = max(pagesOnMarkedLines, header.pageCounts.max() ?? 0)
            } else {
                for count in header.pageCounts { lonePages[count, default: 0] += 1 }
            }
            let marked = header.jobNumber != nil || !header.pageCounts.isEmpty
            for symbol in header.symbols {
                if let seen = symbolCounts[symbol] {
                    symbolCounts[symbol] = (seen.count + 1, seen.firstLine, seen.qualified || marked)
                } else {
                    symbolCounts[symbol] = (1, index, marked || index < 15)
                    symbolOrder.append(symbol)
                }
            }
        }
        func nearJobLine(_ line: Int) -> Bool { jobLines.contains { abs($0 - line) <= 6 } }
        let own = symbolOrder.filter { symbol in
            guard let facts = symbolCounts[symbol] else { return false }
            return facts.count >= 2 || facts.qualified || nearJobLine(facts.firstLine)
        }
        symbols = own.enumerated().sorted { a, b in
            let ca = symbolCounts[a.element]?.count ?? 0
            let cb = symbolCounts[b.element]?.count ?? 0
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
        jobNumber = jobCounts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        if pagesOnMarkedLines > 0 {
            pageCount = pagesOnMarkedLines
        } else {
            pageCount = lonePages.filter { $0.value >= 2 }.keys.max()
        }
    }
}

/// One line made only of header tokens.
public struct HeaderLine {
    /// Whether `line` is a running header or footer line (symbol, job number, page marker…).
    public static func isHeader(_ line: String) -> Bool { mayBeHeader(line) && HeaderLine(line) != nil }

    var symbols: [String] = []
    var jobNumber: String?
    var pageCounts: [Int] = []

    private static let skippedWords: [[UInt8]] = [
        "United Nations", "Nations Unies", "Naciones Unidas", "联合国", "聯合國", "Please recycle", "Security Council",
        "General Assembly", "安全理事会", "安全理事會", "大会", "大會",
    ].map { Array($0.utf8) }

    private static let headerLeads: [[UInt8]] = ["联", "聯", "安", "大"].map { Array($0.utf8) }

    private static let latinWords = ["United Nations", "Nations Unies", "Naciones Unidas", "Please recycle", "Security Council", "General Assembly"]
        .map { Array($0.utf8) }

    /// A cheap test on the first visible token, so that body lines are not copied: a symbol (capitals then `/`),
    /// a job number, page marker or date stamp (digits then `-`, `/` or more digits), `*`, `(`, or a heading word.
    static func mayBeHeader(_ line: String) -> Bool {
        let utf8 = line.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex, utf8[index] == 0x20 || utf8[index] == 0x09 || utf8[index] == 0x0D { index = utf8.index(after: index) }
        guard index < utf8.endIndex else { return false }
        let first = utf8[index]
        if first == 0x2A || first == 0x28 { return true }
        if first >= 0x80 {
            // 联, 聯, 安, 大 (E8 81 94, E8 81 AF, E5 AE 89, E5 A4 A7) or U+FFFD (EF BF BD).
            guard first == 0xE8 || first == 0xE5 || first == 0xEF else { return false }
            let lead = utf8[index...].prefix(3)
            return headerLeads.contains { lead.elementsEqual($0) } || lead.elementsEqual([0xEF, 0xBF, 0xBD])
        }
        var run = 0
        var next = index
        if UTF8Scan.isUpper(first) {
            while next < utf8.endIndex, UTF8Scan.isUpper(utf8[next]) { next = utf8.index(after: next); run += 1 }
            if next < utf8.endIndex, utf8[next] == 0x2F { return true }
            return latinWords.contains { utf8[index...].starts(with: $0) }
        }
        guard UTF8Scan.isDigit(first) else { return false }
        while next < utf8.endIndex, UTF8Scan.isDigit(utf8[next]) { next = utf8.index(after: next); run += 1 }
        return run >= 6 || (next < utf8.endIndex && (utf8[next] == 0x2D || utf8[next] == 0x2F))
    }

    /// Parses `line`; `nil` unless every token is a header token and one is a symbol, job number or page marker.
    init?(_ line: String) {
        let bytes = Array(line.utf8)
        let limit = bytes.count
        var i = UTF8Scan.skipSpace(bytes, from: 0)
        guard i < limit else { return nil }
        while i < limit {
            if UTF8Scan.isUpper(bytes[i]), case let matches = SymbolGrammar.parseJoint(bytes, at: i, limit: limit), !matches.isEmpty {
                symbols.append(contentsOf: matches.map(\.symbol))
                i = matches[matches.count - 1].end
            } else if let (job, end) = Self.jobNumber(bytes, at: i) {
                jobNumber = job
                i = end
            } else if let (count, end) = Self.pageMarker(bytes, at: i) {
                pageCounts.append(count)
                i = end
            } else if let end = Self.noise(bytes, at: i) {
                i = end
            } else if let end = Self.skippedWordEnd(bytes, at: i) {
                i = end
            } else {
                return nil
            }
            i = UTF8Scan.skipSpace(bytes, from: i)
        }
        guard !symbols.isEmpty || jobNumber != nil || !pageCounts.isEmpty else { return nil }
    }

    /// The end of a masthead word at `i`; Chinese mastheads letter-space their words (`联 合 国`, `大    会`).
    static func skippedWordEnd(_ bytes: [UInt8], at i: Int) -> Int? {
        for word in skippedWords {
            if UTF8Scan.has(word, in: bytes, at: i) { return i + word.count }
            guard word[0] >= 0x80 else { continue }
            // Three bytes per character, spaces allowed between characters.
            var j = i
            var k = 0
            while k < word.count, j + 3 <= bytes.count, bytes[j] == word[k], bytes[j + 1] == word[k + 1], bytes[j + 2] == word[k + 2] {
                j += 3
                k += 3
                if k < word.count { j = UTF8Scan.skipSpace(bytes, from: j) }
            }
            if k == word.count { return j }
        }
        return nil
    }

    /// `19-22675`: two digits, a hyphen, five digits.
    static func jobNumber(_ bytes: [UInt8], at i: Int) -> (String, Int)? {
        guard i + 8 <= bytes.count, bytes[i + 2] == 0x2D else { return nil }
        for k in [0, 1, 3, 4, 5, 6, 7] where !UTF8Scan.isDigit(bytes[i + k]) { return nil }
        if i + 8 < bytes.count, UTF8Scan.isDigit(bytes[i + 8]) { return nil }
        return (String(decoding: bytes[i..<(i + 8)], as: UTF8.self), i + 8)
    }

    /// `2/15`: page number and count, with the number not above the count.
    static func pageMarker(_ bytes: [UInt8], at i: Int) -> (Int, Int)? {
        var j = i
        var page = 0
        while j < bytes.count, j - i < 4, UTF8Scan.isDigit(bytes[j]) { page = page * 10 + Int(bytes[j] - 0x30); j += 1 }
        guard j > i, j < bytes.count, bytes[j] == 0x2F else { return nil }
        let countStart = j + 1
        var k = countStart
        var count = 0
        while k < bytes.count, k - countStart < 4, UTF8Scan.isDigit(bytes[k]) { count = count * 10 + Int(bytes[k] - 0x30); k += 1 }
        guard k > countStart, page >= 1, page <= count, k == bytes.count || !UTF8Scan.isAlphanumeric(bytes[k]) else { return nil }
        return (count, k)
    }

    /// Language letters `(C)`, date stamps `301219`, bar codes `*1922675*`, reissue asterisks, U+FFFD.
    static func noise(_ bytes: [UInt8], at i: Int) -> Int? {
        let n = bytes.count
        if i + 2 < n, bytes[i] == 0x28, UTF8Scan.isUpper(bytes[i + 1]), bytes[i + 2] == 0x29 { return i + 3 }
        if i + 2 < n, bytes[i] == 0xEF, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBD { return i + 3 }
        if bytes[i] == 0x2A {
            var j = i + 1
            while j < n, UTF8Scan.isDigit(bytes[j]) { j += 1 }
            if j > i + 1, j < n, bytes[j] == 0x2A { return j + 1 }
            // The asterisks of a reissued document ("S/2023/150*", "23-03356* (E)") point at a footnote.
            guard j == i + 1 else { return nil }
            while j < n, bytes[j] == 0x2A { j += 1 }
            return j
        }
        var j = i
        while j < n, UTF8Scan.isDigit(bytes[j]) { j += 1 }
        if j - i >= 6, j == n || UTF8Scan.spaceLength(bytes, at: j) > 0 { return j }
        return nil
    }
}
