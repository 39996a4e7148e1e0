import PluginAPI

/// Gathers mentions while a document is scanned, then de-duplicates them into the result.
struct CitationCollector {
    private struct Entry {
        var symbol: String
        var kindHint: String?
        var mentions: [(offset: Int, mention: Mention)]
    }

    private var entries: [Entry] = []
    private var index: [String: Int] = [:]
    private var yearless: [(number: String, offset: Int, mention: Mention)] = []
    private var instrumentTitles: [(key: [UInt8], title: String, count: Int)] = []
    private var instrumentIndex: [[UInt8]: Int] = [:]
    private var bareInstruments: [[UInt8]: Int] = [:]

    /// Records a mention of `symbol` at stream `offset`.
    mutating func add(_ symbol: String, offset: Int, mention: Mention, kindHint: String?) {
        if let at = index[symbol] {
            entries[at].mentions.append((offset, mention))
            if entries[at].kindHint == nil { entries[at].kindHint = kindHint }
        } else {
            index[symbol] = entries.count
            entries.append(Entry(symbol: symbol, kindHint: kindHint, mentions: [(offset, mention)]))
        }
    }

    /// Records a Security Council resolution named without its year.
    mutating func addYearless(number: String, offset: Int, mention: Mention) {
        yearless.append((number, offset, mention))
    }

    /// Records a named instrument.
    mutating func addInstrument(key: [UInt8], title: String) {
        if Instruments.isBareHead(key) {
            bareInstruments[key, default: 0] += 1
        } else if let at = instrumentIndex[key] {
            instrumentTitles[at].count += 1
        } else {
            instrumentIndex[key] = instrumentTitles.count
            instrumentTitles.append((key, title, 1))
        }
    }

    /// The result, leaving out the document's own symbols.
    func result(excluding own: Set<String>, language: String?) -> CitationsData {
        var entries = self.entries
        var index = self.index
        // A number without a year counts for the resolution of that number cited with its year.
        var byNumber: [String: [String]] = [:]
        for entry in entries where entry.symbol.hasPrefix("S/RES/") {
            let rest = entry.symbol.dropFirst(6)
            if let paren = rest.firstIndex(of: "(") { byNumber[String(rest[..<paren]), default: []].append(entry.symbol) }
        }
        for item in yearless {
            guard let symbols = byNumber[item.number], symbols.count == 1, let at = index[symbols[0]] else { continue }
            entries[at].mentions.append((item.offset, item.mention))
        }
        index.removeAll()
        let prefix = language.map { "https://undocs.org/\($0)/" } ?? "https://undocs.org/"
        let citations = entries.filter { !own.contains($0.symbol) }.map { entry in
            Citation(
                symbol: entry.symbol, kind: Self.kind(of: entry.symbol, hint: entry.kindHint),
                organ: SymbolSeries.organ(of: entry.symbol), url: prefix + entry.symbol,
                mentions: entry.mentions.sorted { $0.offset < $1.offset }.map(\.mention))
        }
        var instruments = instrumentTitles
        for (bare, count) in bareInstruments {
            let longer = instruments.indices.filter { instruments[$0].key.count > bare.count && instruments[$0].key.suffix(bare.count).elementsEqual(bare) }
            if longer.count == 1 { instruments[longer[0]].count += count }
        }
        return CitationsData(citations: citations, instruments: instruments.map { Instrument(title: $0.title, mentions: $0.count) })
    }

    private static func kind(of symbol: String, hint: String?) -> String {
        if UTF8Scan.contains("/RES/", in: symbol) { return "resolution" }
        if UTF8Scan.contains("/PRST/", in: symbol) { return "presidential-statement" }
        return hint ?? "document"
    }
}
