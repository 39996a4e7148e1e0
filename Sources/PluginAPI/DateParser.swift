/// Dates as UN documents print them, parsed from UTF-8 bytes into ISO 8601 (`2019-12-27`):
/// `2019 年 12 月 27 日`, `27 December 2019`, `December 27, 2019`, `1er mars 2020`, `27 de diciembre de 2019`.
/// Shared by the metadata extractor (titles, mastheads) and the speakers extractor (the month of a title).
public enum DateParser {
    private static let nian = Array("年".utf8)
    private static let yue = Array("月".utf8)
    private static let ri = Array("日".utf8)

    private static let months: [([UInt8], Int)] = {
        let names: [(String, Int)] = [
            ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
            ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
            ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6), ("juillet", 7),
            ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12),
            ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7),
            ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
        ]
        return names.map { (Array($0.0.utf8), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    /// A date starting at `start` (after optional white space), and where it ends.
    public static func parse(_ bytes: [UInt8], at start: Int) -> (iso: String, end: Int)? {
        let i = UTF8Scan.skipSpace(bytes, from: start)
        return chinese(bytes, at: i) ?? dayFirst(bytes, at: i) ?? monthFirst(bytes, at: i)
    }

    /// The first date anywhere in `bytes` (Chinese or Latin), and where it starts.
    public static func first(in bytes: [UInt8], from start: Int = 0) -> (iso: String, start: Int, end: Int)? {
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            let boundary = i == 0 || !UTF8Scan.isAlphanumeric(bytes[i - 1])
            if boundary, UTF8Scan.isDigit(byte) || UTF8Scan.isUpper(byte), let found = parse(bytes, at: i) {
                return (found.iso, i, found.end)
            }
            i += 1
        }
        return nil
    }

    private static func number(_ bytes: [UInt8], at start: Int, maxDigits: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < bytes.count, i - start < maxDigits, UTF8Scan.isDigit(bytes[i]) {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i > start, i >= bytes.count || !UTF8Scan.isDigit(bytes[i]) else { return nil }
        return (value, i)
    }

    /// `2019 年 12 月 27 日` at exactly `start`.
    public static func chinese(_ bytes: [UInt8], at start: Int) -> (iso: String, end: Int)? {
        guard let (year, a) = number(bytes, at: start, maxDigits: 4) else { return nil }
        var i = UTF8Scan.skipSpace(bytes, from: a)
        guard UTF8Scan.has(nian, in: bytes, at: i) else { return nil }
        i = UTF8Scan.skipSpace(bytes, from: i + 3)
        guard let (month, b) = number(bytes, at: i, maxDigits: 2) else { return nil }
        i = UTF8Scan.skipSpace(bytes, from: b)
        guard UTF8Scan.has(yue, in: bytes, at: i) else { return nil }
        i = UTF8Scan.skipSpace(bytes, from: i + 3)
        guard let (day, c) = number(bytes, at: i, maxDigits: 2) else { return nil }
        i = UTF8Scan.skipSpace(bytes, from: c)
        guard UTF8Scan.has(ri, in: bytes, at: i) else { return nil }
        return iso(year, month, day).map { ($0, i + 3) }
    }

    private static func month(_ bytes: [UInt8], at start: Int) -> (Int, Int)? {
        guard start < bytes.count, UTF8Scan.isLetter(bytes[start]) else { return nil }
        for (name, value) in months where UTF8Scan.hasIgnoringCase(name, in: bytes, at: start) {
            let end = start + name.count
            if end >= bytes.count || !UTF8Scan.isLetter(bytes[end]) { return (value, end) }
        }
        return nil
    }

    /// `27 December 2019`, `1er mars 2020`, `27 de diciembre de 2019`.
    private static func dayFirst(_ bytes: [UInt8], at start: Int) -> (iso: String, end: Int)? {
        guard let (day, a) = number(bytes, at: start, maxDigits: 2) else { return nil }
        var i = a
        if i + 1 < bytes.count, bytes[i] == 0x65, bytes[i + 1] == 0x72 { i += 2 }  // 1er
        i = UTF8Scan.skipSpace(bytes, from: i)
        if UTF8Scan.has(de, in: bytes, at: i) { i = UTF8Scan.skipSpace(bytes, from: i + 2) }
        guard let (month, b) = month(bytes, at: i) else { return nil }
        i = UTF8Scan.skipSpace(bytes, from: b)
        if UTF8Scan.has(de, in: bytes, at: i) { i = UTF8Scan.skipSpace(bytes, from: i + 2) }
        guard let (year, c) = number(bytes, at: i, maxDigits: 4), year >= 1945 else { return nil }
        return iso(year, month, day).map { ($0, c) }
    }

    private static let de = Array("de".utf8)

    /// `December 27, 2019`.
    private static func monthFirst(_ bytes: [UInt8], at start: Int) -> (iso: String, end: Int)? {
        guard let (month, a) = month(bytes, at: start) else { return nil }
        var i = UTF8Scan.skipSpace(bytes, from: a)
        guard let (day, b) = number(bytes, at: i, maxDigits: 2) else { return nil }
        i = b
        if i < bytes.count, bytes[i] == 0x2C { i += 1 }
        i = UTF8Scan.skipSpace(bytes, from: i)
        guard let (year, c) = number(bytes, at: i, maxDigits: 4), year >= 1945 else { return nil }
        return iso(year, month, day).map { ($0, c) }
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1945...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let daysInMonth = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= daysInMonth[month - 1] else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
