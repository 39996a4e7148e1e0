import PluginAPI

/// Symbols carried by hyperlinks: `https://undocs.org/ch/S/RES/2436%20(2018)`, `http://undocs.org/A/70/95`,
/// `…/view_doc.asp?symbol=S/2015/446`, `undocs.org/Home/Mobile?FinalSymbol=S%2F2020%2F372`.
enum LinkSymbol {
    private static let undocsHost = Array("undocs.org/".utf8)
    private static let symbolParameter = Array("symbol=".utf8)

    /// The length of the URL starting at `start` (`http://` or `https://`), or 0 when there is none.
    static func urlLength(_ bytes: [UInt8], at start: Int, limit: Int) -> Int {
        guard UTF8Scan.hasIgnoringCase(http, in: bytes, at: start) else { return 0 }
        var i = start + 4
        if i < limit, bytes[i] == 0x73 || bytes[i] == 0x53 { i += 1 }
        guard i + 3 <= limit, bytes[i] == 0x3A, bytes[i + 1] == 0x2F, bytes[i + 2] == 0x2F else { return 0 }
        i += 3
        while i < limit {
            let byte = bytes[i]
            if byte <= 0x20 || byte >= 0x80 || byte == 0x22 || byte == 0x3C || byte == 0x3E || byte == 0x2C { break }
            i += 1
        }
        return i - start
    }

    private static let http = Array("http".utf8)

    /// The canonical symbol a URL points at, or `nil` when it is not a UN document link.
    static func symbol(inURL bytes: [UInt8], start: Int, end: Int) -> String? {
        var pathStart: Int
        if let host = firstIndexIgnoringCase(undocsHost, in: bytes, from: start, to: end) {
            pathStart = host + undocsHost.count
        } else if let parameter = firstIndexIgnoringCase(symbolParameter, in: bytes, from: start, to: end) {
            pathStart = parameter + symbolParameter.count
        } else {
            return nil
        }
        var path = percentDecoded(bytes, from: pathStart, to: end)
        if let parameter = firstIndexIgnoringCase(symbolParameter, in: path, from: 0, to: path.count) {
            path.removeSubrange(0..<(parameter + symbolParameter.count))
        } else if path.count > 3, UTF8Scan.isLower(path[0]), UTF8Scan.isLower(path[1]), path[2] == 0x2F {
            path.removeSubrange(0..<3)  // the language: ch/, en/, fr/…
        }
        if !path.contains(where: UTF8Scan.isUpper) { path = upperCased(path) }
        return SymbolGrammar.parse(path, at: 0, limit: path.count)?.symbol
    }

    private static func firstIndexIgnoringCase(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
        var i = from
        while i + needle.count <= to {
            if UTF8Scan.hasIgnoringCase(needle, in: bytes, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// Decodes `%XX` escapes; stops at `&` or `#` (the end of a query parameter).
    private static func percentDecoded(_ bytes: [UInt8], from start: Int, to end: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            let byte = bytes[i]
            if byte == 0x26 || byte == 0x23 { break }
            if byte == 0x25, i + 2 < end, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) {
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(byte)
                i += 1
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        if UTF8Scan.isDigit(byte) { return byte - 0x30 }
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x66 { return lower - 0x61 + 10 }
        return nil
    }

    /// Upper-cases an all-lower-case link path, keeping the mixed-case elements (`add.1` → `Add.1`).
    private static func upperCased(_ path: [UInt8]) -> [UInt8] {
        var out = path.map { UTF8Scan.isLower($0) ? $0 - 0x20 : $0 }
        var i = 0
        while i < out.count {
            if i == 0 || out[i - 1] == 0x2F {
                for word in SymbolSeries.mixedCaseElements where i + word.count <= out.count {
                    let upper = word.map { UTF8Scan.isLower($0) ? $0 - 0x20 : $0 }
                    if Array(out[i..<(i + word.count)]) == upper, i + word.count == out.count || !UTF8Scan.isLetter(out[i + word.count]) {
                        out.replaceSubrange(i..<(i + word.count), with: word)
                    }
                }
            }
            i += 1
        }
        return out
    }
}
