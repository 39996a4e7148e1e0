import PluginAPI

/// Recognizes page furniture that PDF-to-text leaves between the lines of a UN document — running headers and
/// footers (`S/2019/1002`, `19-22675 2/15`, `18-03413 (C) 2/6`, `20/20� 20-12063`), URL-only lines and footnote
/// rules — and collects the facts they carry (symbols, job number, page count).
struct FurnitureScanner {
    /// Per symbol: how often it is printed, and the order of its first printing (a joint masthead
    /// "A/74/850–S/2020/380" prints two on one line: the first named is the document's main symbol).
    private var symbolCounts: [String: (count: Int, first: Int)] = [:]
    private var jobCounts: [String: (count: Int, first: Int)] = [:]
    private var pageCounts: [Int: Int] = [:]
    private(set) var links: [LinkTarget] = []
    private(set) var removedLines: [Int] = []
    /// Lines holding only symbols (a running head, or a cited symbol alone on its line), decided by ``confirm(_:)``.
    private var symbolOnlyLines: [(line: Int, symbols: [String])] = []
    /// Lines with a job number or a page marker.
    private var markedLines: [Int] = []

    /// Classifies `line` and records what it says when it is furniture.
    mutating func classify(_ line: inout SourceLine, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard line.role == .content else { return }
        let start = line.start, end = line.end
        if isRule(bytes, start, end) {
            line.role = .rule
        } else if let url = urlLine(bytes, start, end) {
            line.role = .link
            links.append(LinkTarget(url: url, line: line.number))
        } else if furnitureLine(bytes, start, end, line: line.number) || furnitureLineInFullWidth(bytes, start, end, line: line.number) {
            line.role = .furniture
        } else {
            return
        }
        removedLines.append(line.number)
    }

    /// The facts gathered so far.
    var furniture: PageFurniture {
        let symbols = symbolCounts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
        let job = jobCounts.min { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }
        let pages = pageCounts.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
        return PageFurniture(symbols: symbols.map(\.key), jobNumber: job?.key, pageCount: pages?.key, removedLines: removedLines)
    }

    // MARK: - Recognizers

    private func isRule(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var underscores = 0
        for index in start..<end {
            switch bytes[index] {
            case 0x5F: underscores += 1
            case 0x20, 0x09: continue
            default: return false
            }
        }
        return underscores >= 5
    }

    private func urlLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        guard Self.urlPrefixes.contains(where: { Self.hasPrefix(bytes, start, end, $0) }) else { return nil }
        for index in start..<end where bytes[index] == 0x20 || bytes[index] == 0x09 { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private static let urlPrefixes: [[UInt8]] = [Array("https://".utf8), Array("http://".utf8), Array("www.".utf8)]
    private static let mastheadStarts: [[UInt8]] = ["United Nations", "Nations Unies", "Naciones Unidas"].map { Array($0.utf8) }
    private static let masthead: Set<String> = ["United Nations", "联合国", "聯合國", "联 合 国", "聯 合 國", "Nations Unies", "Naciones Unidas"]

    /// A short line printed in full-width forms (`Ｓ／２０１９／２１５`, `１９－０３９１２ (C)  ２／１５`), read through an
    /// ASCII copy.
    private mutating func furnitureLineInFullWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int) -> Bool {
        guard end - start <= 240, let first = bytes[start..<end].first, first == 0xEF || first == 0xE8,
              let folded = HalfWidth.fold(bytes[start..<end], punctuation: true) else { return false }
        return folded.withUnsafeBufferPointer { furnitureLine($0, 0, $0.count, line: line) }
    }

    /// A line made only of furniture tokens (symbol, job number, `(C)`, page `n/m`, barcode, U+FFFD), with at
    /// least one of symbol / job number / page; or a masthead "United Nations S/2019/1002".
    private mutating func furnitureLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int) -> Bool {
        // `pdftotext -layout` pads the masthead's two columns with runs of spaces: count only the ink.
        guard end - start <= 80 || bytes[start..<end].reduce(0, { $0 + ($1 == 0x20 ? 0 : 1) }) <= 80 else { return false }
        // Furniture is ASCII (plus U+FFFD for a lost glyph), except the masthead "联合国 S/…".
        let first = bytes[start]
        guard first < 0x80 || first == 0xE8 else { return false }  // 联 and 聯 start with E8
        // "Please recycle ♲" / "请回收" closes the last page.
        if let word = Self.recycle.first(where: { Self.hasPrefix(bytes, start, end, $0) }), end - start <= word.count + 4 { return true }
        // Running text has words; furniture has none (four lower-case letters in a row), bar the masthead.
        if first != 0xE8, !Self.mastheadStarts.contains(where: { Self.hasPrefix(bytes, start, end, $0) }) {
            var run = 0
            for index in start..<end {
                if UTF8Scan.isLower(bytes[index]) {
                    run += 1
                    if run >= 4 {
                        // "leas" of "Please recycle" printed beside the bar code: not a word of running text.
                        if index >= start + 4, Self.hasPrefix(bytes, index - 4, end, Self.recycle[0]) { break }
                        return false
                    }
                } else {
                    run = 0
                }
            }
        }
        var symbols: [String] = []
        var jobs: [String] = []
        var pages: [Int] = []
        var words: [String] = []
        var marks = 0
        var index = start
        while index < end {
            while index < end, Self.separatorLength(bytes, index) > 0 { index += Self.separatorLength(bytes, index) }
            var tokenEnd = index
            while tokenEnd < end, Self.separatorLength(bytes, tokenEnd) == 0 { tokenEnd += 1 }
            if tokenEnd > index {
                var tokenStop = tokenEnd
                // A job number or page may carry a U+FFFD left by a lost glyph ("20-12063�").
                while tokenStop - index >= 3, bytes[tokenStop - 3] == 0xEF, bytes[tokenStop - 2] == 0xBF, bytes[tokenStop - 1] == 0xBD {
                    tokenStop -= 3
                }
                // A reissued document marks its symbol and job number with asterisks ("S/2023/150*", "23-03356*").
                if bytes[index] != 0x2A {
                    while tokenStop > index + 1, bytes[tokenStop - 1] == 0x2A { tokenStop -= 1 }
                }
                let token = UnsafeBufferPointer(rebasing: bytes[index..<tokenStop])
                if token.isEmpty {
                    // a lone U+FFFD
                } else if let job = Self.jobNumber(token) {
                    jobs.append(job)
                } else if let total = Self.pageFraction(token) {
                    pages.append(total)
                } else if Self.isCopyMark(token) {
                    // "(C)"
                } else if Self.isBarcode(token) || (token.count == 6 && token.allSatisfy(UTF8Scan.isDigit)) {
                    marks += 1  // "*1922675*", and the print date code "030120" of the first page
                } else if let joint = Self.jointSymbols(token) {
                    symbols.append(contentsOf: joint)  // "A/74/850–S/2020/380", "A/70/95-S/2015/446"
                } else if let symbol = Self.symbol(token) {
                    symbols.append(symbol)
                } else if !symbols.isEmpty, Self.isYear(token) {
                    symbols[symbols.count - 1] += String(decoding: token, as: UTF8.self)  // "S/RES/2436 (2018)"
                } else {
                    words.append(String(decoding: token, as: UTF8.self))
                }
            }
            index = tokenEnd
        }
        // `pdftotext -layout` prints the last page's "Please recycle" beside the bar code.
        if words.count >= 2, let at = words.firstIndex(of: "Please"), at + 1 < words.count, words[at + 1] == "recycle" {
            words.removeSubrange(at...min(at + 2, words.count - 1))
        }
        if !words.isEmpty {
            // "United Nations S/2019/1002" / "联合国 S/2019/1002": the masthead of the first page.
            guard !symbols.isEmpty, symbols.count <= 2, jobs.isEmpty, pages.isEmpty, Self.masthead.contains(words.joined(separator: " ")) else {
                return false
            }
        }
        guard !symbols.isEmpty || !jobs.isEmpty || !pages.isEmpty || (marks > 0 && words.isEmpty) else { return false }
        for symbol in symbols {
            let order = symbolCounts.count
            symbolCounts[symbol, default: (0, order)].count += 1
        }
        for job in jobs { jobCounts[job, default: (0, line)].count += 1 }
        for total in pages { pageCounts[total, default: 0] += 1 }
        if !jobs.isEmpty || !pages.isEmpty { markedLines.append(line) }
        if !symbols.isEmpty, words.isEmpty, jobs.isEmpty, pages.isEmpty, marks == 0 { symbolOnlyLines.append((line, symbols)) }
        return true
    }

    /// Gives back to the text the lines that held only a symbol printed once, away from the masthead and from any
    /// page footer: a cited document alone on its line ("S/2019/456" in a list of documents), not a running head.
    /// Running heads repeat on every page, stand next to a job number or page marker, or open the first page.
    /// - Parameter lines: the classified lines (`lines[k]` is line `k + 1`).
    mutating func confirm(_ lines: inout [SourceLine]) {
        guard !symbolOnlyLines.isEmpty else { return }
        var returned: Set<Int> = []
        for (line, symbols) in symbolOnlyLines where line > Self.mastheadLines {
            let repeated = symbols.contains { (symbolCounts[$0]?.count ?? 0) >= 2 }
            let nearFooter = markedLines.contains { abs($0 - line) <= 6 }
            guard !repeated, !nearFooter, lines.indices.contains(line - 1) else { continue }
            lines[line - 1].role = .content
            returned.insert(line)
            for symbol in symbols {
                symbolCounts[symbol]?.count -= 1
                if symbolCounts[symbol]?.count == 0 { symbolCounts[symbol] = nil }
            }
        }
        if !returned.isEmpty { removedLines.removeAll { returned.contains($0) } }
        symbolOnlyLines.removeAll()
    }

    /// The first page's masthead lies within these lines: a symbol alone there is the document's own.
    private static let mastheadLines = 12

    /// Bytes of white space separating tokens at `index`: space, tab, U+00A0, U+3000; 0 for anything else.
    private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        return 0
    }

    private static let recycle: [[UInt8]] = ["Please recycle", "请回收", "請回收"].map { Array($0.utf8) }

    /// A joint symbol `A/74/850–S/2020/380` (any dash; an ASCII hyphen only before a series letter) split into
    /// its canonical symbols, or `nil` unless every part is one.
    static func jointSymbols(_ token: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard token.count >= 9, token.count <= 80 else { return nil }
        var parts: [String] = []
        var partStart = 0
        var index = 0
        while index < token.count {
            var dash = 0
            if token[index] == 0xE2, index + 2 < token.count, token[index + 1] == 0x80, [0x90, 0x91, 0x93, 0x94].contains(token[index + 2]) {
                dash = 3
            } else if token[index] == 0x2D, index + 1 < token.count, UTF8Scan.isUpper(token[index + 1]), index > 0, UTF8Scan.isDigit(token[index - 1]) {
                dash = 1
            }
            if dash > 0 {
                guard let symbol = symbol(UnsafeBufferPointer(rebasing: token[partStart..<index])) else { return nil }
                parts.append(symbol)
                partStart = index + dash
                index += dash
            } else {
                index += 1
            }
        }
        guard !parts.isEmpty, partStart < token.count, let last = symbol(UnsafeBufferPointer(rebasing: token[partStart...])) else { return nil }
        return parts + [last]
    }

    /// `19-22675` (two digits, hyphen, five digits).
    static func jobNumber(_ token: UnsafeBufferPointer<UInt8>) -> String? {
        guard token.count == 8, token[2] == 0x2D else { return nil }
        for (offset, byte) in token.enumerated() where offset != 2 && !UTF8Scan.isDigit(byte) { return nil }
        return String(decoding: token, as: UTF8.self)
    }

    /// `2/15` → 15 (page number not above the total).
    static func pageFraction(_ token: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let slash = token.firstIndex(of: 0x2F), slash > 0, slash < token.count - 1, token.count <= 9 else { return nil }
        var page = 0, total = 0
        for byte in token[..<slash] { guard UTF8Scan.isDigit(byte) else { return nil }; page = page * 10 + Int(byte - 0x30) }
        for byte in token[(slash + 1)...] { guard UTF8Scan.isDigit(byte) else { return nil }; total = total * 10 + Int(byte - 0x30) }
        return page >= 1 && page <= total ? total : nil
    }

    /// `(C)`, `(E)`: the language-version mark after a job number.
    static func isCopyMark(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        token.count >= 3 && token.count <= 4 && token.first == 0x28 && token.last == 0x29
            && token.dropFirst().dropLast().allSatisfy(UTF8Scan.isUpper)
    }

    /// `(2018)`: the year of a resolution symbol, printed after a space.
    static func isYear(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        token.count == 6 && token.first == 0x28 && token.last == 0x29 && token.dropFirst().dropLast().allSatisfy(UTF8Scan.isDigit)
    }

    /// `*1922675*`: the barcode text of a job number.
    static func isBarcode(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        token.count >= 4 && token.first == 0x2A && token.last == 0x2A && token.dropFirst().dropLast().allSatisfy(UTF8Scan.isDigit)
    }

    /// A UN document symbol standing alone (`S/2019/1002`, `A/72/19`, `S/RES/2436(2018)`, `E/CN.6/2020/3`), canonical.
    static func symbol(_ token: UnsafeBufferPointer<UInt8>) -> String? {
        guard token.count >= 4, token.count <= 40, let first = token.first, UTF8Scan.isUpper(first) else { return nil }
        var slashes = 0, digits = 0, index = 0
        while index < token.count, UTF8Scan.isUpper(token[index]) { index += 1 }
        guard index <= 6, index < token.count, token[index] == 0x2F else { return nil }
        while index < token.count {
            let byte = token[index]
            if byte == 0x2F {
                guard index + 1 < token.count, token[index + 1] != 0x2F else { return nil }
                slashes += 1
            } else if UTF8Scan.isDigit(byte) {
                digits += 1
            } else if !(UTF8Scan.isUpper(byte) || UTF8Scan.isLower(byte) || byte == 0x2E || byte == 0x2D || byte == 0x28 || byte == 0x29) {
                return nil
            }
            index += 1
        }
        guard slashes >= 2, digits >= 1 else { return nil }
        return String(decoding: token, as: UTF8.self)
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: [UInt8]) -> Bool {
        guard end - start >= prefix.count else { return false }
        for (offset, byte) in prefix.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }
}
