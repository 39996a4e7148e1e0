import PluginAPI

/// A grammar for UN document symbols, parsed from UTF-8 bytes.
///
///     symbol    := series ("/" [line break] element)+ [joint]
///     series    := one of ``SymbolSeries/roots``                     S, A, E, ST, CRC, …
///     element   := number [space? "(" year | roman ")"]               2015, 2436 (2018), 1514(XV)
///                | ("ES" | "S") "-" number                            ES-10 (special sessions)
///                | word ["." (letter | digit)+]                       RES, PRST, HRC, C.4, CN.6, Add.1, Rev.2, L.3
///     joint     := ("-" | "–" | "‐" | "—") symbol                     A/70/95-S/2015/446
///
/// Canonical symbols have no spaces and ASCII parentheses: `S/RES/2436(2018)`.
public enum SymbolGrammar {
    /// One symbol found in a byte buffer.
    public struct Match: Sendable, Equatable {
        /// The canonical symbol.
        public var symbol: String
        /// Byte range of the symbol as printed.
        public var start: Int
        /// End (exclusive) of the symbol as printed.
        public var end: Int
    }

    /// Parses the symbol starting at `start` and any joint partners that follow it.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text.
    ///   - start: index of the series' first letter; the caller checks the word boundary before it.
    ///   - limit: end of the text to look at.
    /// - Returns: one match per symbol (two for `A/70/95-S/2015/446`), empty when there is no symbol.
    public static func parseJoint(_ bytes: [UInt8], at start: Int, limit: Int) -> [Match] {
        guard let first = parse(bytes, at: start, limit: limit) else { return [] }
        var matches = [first]
        var end = first.end
        while true {
            var i = end
            let dash = dashLength(bytes, at: i, limit: limit)
            guard dash > 0 else { break }
            i += dash
            while i < limit, bytes[i] == 0x20 { i += 1 }
            guard let next = parse(bytes, at: i, limit: limit) else { break }
            matches.append(next)
            end = next.end
        }
        return matches
    }

    /// Parses a whole string (for instance a decoded URL path) as one symbol; trailing text is ignored.
    public static func canonical(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        return parse(bytes, at: 0, limit: bytes.count)?.symbol
    }

    /// Parses one symbol (without joint partners) at `start`.
    public static func parse(_ bytes: [UInt8], at start: Int, limit: Int) -> Match? {
        var i = start
        while i < limit, i - start < 8, UTF8Scan.isUpper(bytes[i]) { i += 1 }
        guard i > start, i < limit, bytes[i] == 0x2F else { return nil }
        let root = Array(bytes[start..<i])
        guard SymbolSeries.roots.contains(root) else { return nil }
        var out = root
        var elements = 0
        var numericElements = 0
        var dottedNumber = false
        var firstElement: [UInt8] = []
        var resolutionSeries = false
        var end = i
        while end < limit, bytes[end] == 0x2F {
            var next = end + 1
            // A line broken after a slash ("S/PRST/" ⏎ "2021/21") leaves one space or line feed in the symbol.
            if next + 1 < limit, bytes[next] == 0x20 || bytes[next] == 0x0A, UTF8Scan.isAlphanumeric(bytes[next + 1]) { next += 1 }
            guard let element = parseElement(bytes, at: next, limit: limit, allowSpacedYear: resolutionSeries) else { break }
            out.append(0x2F)
            out.append(contentsOf: element.canonical)
            if elements == 0 { firstElement = element.canonical }
            elements += 1
            if element.hasNumber { numericElements += 1 }
            if element.isDottedNumber { dottedNumber = true }
            if element.canonical == resWord { resolutionSeries = true }
            end = element.end
        }
        guard numericElements > 0 else { return nil }
        if SymbolSeries.needsTwoElements.contains(root), elements < 2, !dottedNumber { return nil }
        // A symbol glued to more Latin letters or digits is something else ("S/2020/123abc").
        if end < limit, UTF8Scan.isAlphanumeric(bytes[end]) { return nil }
        if root == [0x53], firstElement.count == 4, let year = Int(String(decoding: firstElement, as: UTF8.self)),
            !(1946...2100).contains(year)
        {
            return nil
        }
        return Match(symbol: String(decoding: out, as: UTF8.self), start: start, end: end)
    }

    private static let resWord: [UInt8] = Array("RES".utf8)

    private struct Element {
        var canonical: [UInt8]
        var end: Int
        var hasNumber: Bool
        var isDottedNumber: Bool
    }

    private static func parseElement(_ bytes: [UInt8], at start: Int, limit: Int, allowSpacedYear: Bool) -> Element? {
        guard start < limit else { return nil }
        var i = start
        if UTF8Scan.isDigit(bytes[i]) {
            while i < limit, i - start < 7, UTF8Scan.isDigit(bytes[i]) { i += 1 }
            var canonical = Array(bytes[start..<i])
            if let year = parseYear(bytes, at: i, limit: limit, allowSpace: allowSpacedYear) {
                canonical.append(0x28)
                canonical.append(contentsOf: year.text)
                canonical.append(0x29)
                i = year.end
            }
            return Element(canonical: canonical, end: i, hasNumber: true, isDottedNumber: false)
        }
        guard UTF8Scan.isUpper(bytes[i]) else { return nil }
        while i < limit, i - start < 10, UTF8Scan.isLetter(bytes[i]) { i += 1 }
        let word = Array(bytes[start..<i])
        guard isAllowedWord(word) else { return nil }
        var canonical = word
        var hasNumber = false
        var dotted = false
        if i + 1 < limit, bytes[i] == 0x2D, UTF8Scan.isDigit(bytes[i + 1]), word == [0x45, 0x53] || word == [0x53] {
            // ES-10, S-26: special sessions of the General Assembly.
            var j = i + 1
            while j < limit, UTF8Scan.isDigit(bytes[j]) { j += 1 }
            canonical.append(contentsOf: bytes[i..<j])
            return Element(canonical: canonical, end: j, hasNumber: true, isDottedNumber: false)
        }
        if i + 1 < limit, bytes[i] == 0x2E, UTF8Scan.isAlphanumeric(bytes[i + 1]) {
            var j = i + 1
            while j < limit, j - i < 8, UTF8Scan.isAlphanumeric(bytes[j]) {
                if UTF8Scan.isDigit(bytes[j]) { hasNumber = true }
                j += 1
            }
            canonical.append(contentsOf: bytes[i..<j])
            dotted = hasNumber
            i = j
        }
        if i < limit, UTF8Scan.isDigit(bytes[i]) { return nil }
        return Element(canonical: canonical, end: i, hasNumber: hasNumber, isDottedNumber: dotted)
    }

    /// Upper-case words (RES, PRST, HRC, C, CN, AC) or the known mixed-case ones (Add, Rev, Corr…).
    private static func isAllowedWord(_ word: [UInt8]) -> Bool {
        if word.allSatisfy(UTF8Scan.isUpper) { return word.count <= 8 }
        return SymbolSeries.mixedCaseElements.contains(word) || SymbolSeries.otherMixedCaseElements.contains(word)
    }

    /// `(2018)`, ` (2018)` (when allowed), `（2018）`, `(XV)` at `index`.
    static func parseYear(_ bytes: [UInt8], at index: Int, limit: Int, allowSpace: Bool) -> (text: [UInt8], end: Int)? {
        var i = index
        if allowSpace {
            while i < limit, i - index < 3, bytes[i] == 0x20 { i += 1 }
        }
        let open = openParenthesisLength(bytes, at: i, limit: limit)
        guard open > 0 else { return nil }
        var j = i + open
        if j < limit, bytes[j] == 0x20 { j += 1 }  // "( 2019 )"
        let yearStart = j
        if j + 4 <= limit, UTF8Scan.isDigit(bytes[j]) {
            while j < limit, UTF8Scan.isDigit(bytes[j]) { j += 1 }
            guard j - yearStart == 4, let year = Int(String(decoding: bytes[yearStart..<j], as: UTF8.self)),
                (1945...2100).contains(year)
            else { return nil }
        } else {
            while j < limit, j - yearStart < 8, isRomanDigit(bytes[j]) { j += 1 }
            guard j > yearStart else { return nil }
        }
        let yearEnd = j
        if j < limit, bytes[j] == 0x20 { j += 1 }
        let close = closeParenthesisLength(bytes, at: j, limit: limit)
        guard close > 0 else { return nil }
        return (Array(bytes[yearStart..<yearEnd]), j + close)
    }

    @inlinable static func isRomanDigit(_ byte: UInt8) -> Bool {
        byte == 0x49 || byte == 0x56 || byte == 0x58 || byte == 0x4C || byte == 0x43
    }

    /// Length of `(` or `（` (U+FF08) at `index`, or 0.
    static func openParenthesisLength(_ bytes: [UInt8], at index: Int, limit: Int) -> Int {
        guard index < limit else { return 0 }
        if bytes[index] == 0x28 { return 1 }
        if index + 2 < limit, bytes[index] == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x88 { return 3 }
        return 0
    }

    /// Length of `)` or `）` (U+FF09) at `index`, or 0.
    static func closeParenthesisLength(_ bytes: [UInt8], at index: Int, limit: Int) -> Int {
        guard index < limit else { return 0 }
        if bytes[index] == 0x29 { return 1 }
        if index + 2 < limit, bytes[index] == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x89 { return 3 }
        return 0
    }

    /// Length of a hyphen or dash joining two symbols (`-`, U+2010, U+2011, U+2013, U+2014) at `index`, or 0.
    static func dashLength(_ bytes: [UInt8], at index: Int, limit: Int) -> Int {
        guard index < limit else { return 0 }
        if bytes[index] == 0x2D { return 1 }
        if index + 2 < limit, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
            [0x90, 0x91, 0x93, 0x94].contains(bytes[index + 2])
        {
            return 3
        }
        return 0
    }
}
