import PluginAPI

/// One pass over a document's text that finds symbols, links, resolution mentions and instruments.
enum CitationScanner {
    private static let di = Array("第".utf8)

    /// Scans `document` and returns its citations, leaving out the document's own symbols.
    static func scan(_ document: Document) -> CitationsData {
        let stream = TextStream(paragraphs: document.normalized.paragraphs)
        var collector = CitationCollector()
        scanStream(stream, into: &collector)
        for link in document.normalized.links {
            let bytes = Array(link.url.utf8)
            if let symbol = LinkSymbol.symbol(inURL: bytes, start: 0, end: bytes.count) {
                collector.add(symbol, offset: Int.max, mention: Mention(line: link.line, text: link.url), kindHint: nil)
            }
        }
        let own = Set(PageHeaders(document: document).symbols)
        return collector.result(excluding: own, language: urlLanguage(document, stream: stream))
    }

    private static func scanStream(_ stream: TextStream, into collector: inout CitationCollector) {
        let bytes = stream.folded
        let limit = bytes.count
        let di = Self.di
        let openTitle = Instruments.openTitle
        var i = 0
        var instrumentFloor = 0
        while i < limit {
            let byte = bytes[i]
            if byte < 0x80 {
                let previous: UInt8 = i > 0 ? bytes[i - 1] : 0x20
                let boundary = !UTF8Scan.isAlphanumeric(previous)
                if byte == 0x68 || byte == 0x48, boundary {
                    let length = LinkSymbol.urlLength(bytes, at: i, limit: limit)
                    if length > 0 {
                        if let symbol = LinkSymbol.symbol(inURL: bytes, start: i, end: i + length) {
                            collector.add(symbol, offset: i, mention: mention(stream, i, i + length), kindHint: nil)
                        }
                        i += length
                        continue
                    }
                }
                if UTF8Scan.isUpper(byte), boundary, !isSymbolGlue(previous) {
                    let matches = SymbolGrammar.parseJoint(bytes, at: i, limit: limit)
                    if let last = matches.last {
                        let hint = kindHint(bytes, before: i)
                        for match in matches {
                            collector.add(match.symbol, offset: match.start, mention: mention(stream, match.start, match.end), kindHint: hint)
                        }
                        i = last.end
                        continue
                    }
                    if let headLength = Instruments.latinHeadLength(bytes, at: i, limit: limit),
                        let found = Instruments.latin(bytes, head: i, headLength: headLength, floor: instrumentFloor, limit: limit)
                    {
                        collector.addInstrument(key: Array(found.title.utf8), title: found.title)
                        instrumentFloor = found.end
                        i = found.end
                        continue
                    }
                }
                if byte == 0x72 || byte == 0x52, !UTF8Scan.isLetter(previous), let found = ResolutionMentions.latin(bytes, at: i, limit: limit) {
                    let organ = ResolutionMentions.organ(before: i, in: bytes)
                    add(found.items, organ: organ, stream: stream, into: &collector)
                    i = found.end
                    continue
                }
                i += 1
            } else if byte == 0xE7, UTF8Scan.has(di, in: bytes, at: i), let found = ResolutionMentions.chinese(bytes, at: i, limit: limit) {
                let organ = ResolutionMentions.organ(before: i, in: bytes)
                add(found.items, organ: organ, stream: stream, into: &collector)
                i = found.end
            } else if byte == 0xE3, UTF8Scan.has(openTitle, in: bytes, at: i),
                let found = Instruments.chinese(folded: bytes, stream: stream, at: i, limit: limit)
            {
                collector.addInstrument(key: found.key, title: found.title)
                i = found.end
            } else {
                i += 1
            }
        }
    }

    private static func add(_ items: [ResolutionMentions.RawItem], organ: ResolutionMentions.Organ?, stream: TextStream, into collector: inout CitationCollector) {
        for item in items {
            let found = mention(stream, item.start, item.end)
            if let symbol = ResolutionMentions.symbol(of: item, organ: organ) {
                collector.add(symbol, offset: item.start, mention: found, kindHint: nil)
            } else if item.year == nil, item.second == nil, organ == nil || organ == .securityCouncil {
                collector.addYearless(number: String(decoding: item.number, as: UTF8.self), offset: item.start, mention: found)
            }
        }
    }

    private static func mention(_ stream: TextStream, _ start: Int, _ end: Int) -> Mention {
        Mention(line: stream.line(at: start), text: stream.printed(start, end))
    }

    /// Bytes that glue a capital letter to a preceding token, so that it cannot start a symbol (`ch/S/…`, `x.S/…`).
    private static func isSymbolGlue(_ byte: UInt8) -> Bool {
        byte == 0x2F || byte == 0x2E || byte == 0x5F || byte == 0x25 || byte == 0x2D
    }

    private static let reportWords: [[UInt8]] = ["报告", "report", "Report", "rapport", "informe"].map { Array($0.utf8) }
    private static let latinLetterWords: [[UInt8]] = ["letter", "Letter", "lettre", "carta"].map { Array($0.utf8) }
    private static let chineseLetter: [UInt8] = Array("信".utf8)

    /// "report" or "letter" when the words before a symbol in its clause say so ("报告(A/72/19)", "the report
    /// (S/2018/958)", "the report of the Secretary-General on the situation in Mali (S/2023/21)"): the nearer of the
    /// two, within 80 bytes and after the last clause mark (`,` `;` `.` `，` `；` `。`).
    private static func kindHint(_ bytes: [UInt8], before start: Int) -> String? {
        var from = max(0, start - 80)
        for index in stride(from: start - 1, through: from, by: -1) {
            let byte = bytes[index]
            if byte == 0x2C || byte == 0x3B || (byte == 0x2E && index + 1 < start && bytes[index + 1] == 0x20) {
                from = index + 1
                break
            }
            // ，(EF BC 8C) ；(EF BC 9B) 。(E3 80 82)
            if index + 2 < start, (bytes[index] == 0xEF && bytes[index + 1] == 0xBC && (bytes[index + 2] == 0x8C || bytes[index + 2] == 0x9B))
                || (bytes[index] == 0xE3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82) {
                from = index + 3
                break
            }
        }
        func nearest(_ words: [[UInt8]]) -> Int {
            words.compactMap { UTF8Scan.lastIndex(of: $0, in: bytes, from: from, to: start) }.max() ?? -1
        }
        let report = nearest(reportWords)
        // 信 alone is in 信息, 相信, 信任: it names a letter only right before the symbol ("的信(S/2023/123)").
        let letter = max(nearest(latinLetterWords), UTF8Scan.lastIndex(of: chineseLetter, in: bytes, from: max(from, start - 6), to: start) ?? -1)
        if report < 0 && letter < 0 { return nil }
        return report > letter ? "report" : "letter"
    }

    /// The undocs.org language: the document's, or `zh` when an undetermined document is mostly Chinese.
    private static func urlLanguage(_ document: Document, stream: TextStream) -> String? {
        switch document.language {
        case .und:
            let sample = stream.folded.prefix(4096)
            let cjk = sample.reduce(0) { $0 + ($1 >= 0xE3 && $1 <= 0xE9 ? 1 : 0) }
            return cjk * 10 > sample.count ? "zh" : nil
        default:
            return document.language.rawValue
        }
    }
}
