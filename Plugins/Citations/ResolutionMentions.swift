import PluginAPI

/// Resolutions named in running text rather than by symbol:
///
///     zh:  [organ] 第 item (("、" | "，" | "和" | "及" | "与" | "以及" | "或" | "至" | "到") [第] item)* ["各项" | "等"] 决议
///          item := number [space] ("(" | "（") year | roman (")" | "）") [号]  |  session "/" number [号]  |  number 号
///     en:  [organ] ("resolution" | "resolutions" | "résolution(s)" | "resolución/resoluciones") item ((", " | " and " | ", and " | " to " | " through ") item)*
///          item := number " "? "(" year | roman ")"  |  session "/" number  |  ("ES-" | "S-") session "/" number  |  number
///
/// `number (year)` is a Security Council resolution; `session/number` belongs to the General Assembly (or to the
/// Human Rights Council or the Economic and Social Council when the text names them just before); a number
/// without a year is kept aside and counts only when the document gives the same resolution's year elsewhere.
enum ResolutionMentions {
    enum Organ { case securityCouncil, generalAssembly, humanRightsCouncil, economicAndSocialCouncil }

    // MARK: Chinese

    private static let di = Array("第".utf8)
    private static let hao = Array("号".utf8)
    private static let jue = Array("决".utf8)
    private static let yi = Array("议".utf8)
    private static let chineseSeparators: [[UInt8]] = ["以及", "、", "，", ",", "和", "及", "与", "或", "至", "到"].map { Array($0.utf8) }
    /// Words between the last item and 决议: "第1325(2000)号和第2242(2015)号各项决议", "…等决议".
    private static let beforeResolution: [[UInt8]] = ["等各项", "各项", "等", "各"].map { Array($0.utf8) }

    /// Parses a Chinese mention starting at `第` (`start`); returns the items and the end of `决议`.
    static func chinese(_ bytes: [UInt8], at start: Int, limit: Int) -> (items: [RawItem], end: Int)? {
        var items: [RawItem] = []
        var position = start
        while true {
            let itemStart = position
            if UTF8Scan.has(di, in: bytes, at: position) { position = UTF8Scan.skipSpace(bytes, from: position + 3) }
            guard var item = rawItem(bytes, at: position, limit: limit, chinese: true) else { return nil }
            item.start = itemStart
            position = UTF8Scan.skipSpace(bytes, from: item.end)
            if UTF8Scan.has(hao, in: bytes, at: position) {
                position += 3
                item.end = position
            } else if item.second == nil && item.year == nil {
                return nil  // "第 5 段": a bare number must be followed by 号
            }
            items.append(item)
            var next = UTF8Scan.skipSpace(bytes, from: position)
            if let words = beforeResolution.first(where: { UTF8Scan.has($0, in: bytes, at: next) }),
                UTF8Scan.has(jue, in: bytes, at: UTF8Scan.skipSpace(bytes, from: next + words.count))
            {
                next = UTF8Scan.skipSpace(bytes, from: next + words.count)
            }
            if UTF8Scan.has(jue, in: bytes, at: next) {
                let last = UTF8Scan.skipSpace(bytes, from: next + 3)
                guard UTF8Scan.has(yi, in: bytes, at: last) else { return nil }
                items[items.count - 1].end = last + 3
                return (items, last + 3)
            }
            guard let separator = chineseSeparators.first(where: { UTF8Scan.has($0, in: bytes, at: next) }) else { return nil }
            position = UTF8Scan.skipSpace(bytes, from: next + separator.count)
            guard position < limit, UTF8Scan.has(di, in: bytes, at: position) || UTF8Scan.isDigit(bytes[position]) else { return nil }
        }
    }

    // MARK: English, French, Spanish

    private static let keywords: [[UInt8]] = ["resolutions", "resolution", "resoluciones", "resolución", "résolutions", "résolution"]
        .map { Array($0.utf8) }
    private static let and = Array("and".utf8)
    private static let et = Array("et".utf8)
    private static let y = Array("y".utf8)
    /// The end of a range ("resolutions 1325 (2000) to 2242 (2015)"): both ends are cited.
    private static let to = Array("to".utf8)
    private static let through = Array("through".utf8)

    /// Parses an English (French, Spanish) mention starting at the keyword (`start`, a word boundary).
    static func latin(_ bytes: [UInt8], at start: Int, limit: Int) -> (items: [RawItem], end: Int)? {
        guard let keyword = keywords.first(where: { UTF8Scan.hasIgnoringCase($0, in: bytes, at: start) }) else { return nil }
        var position = start + keyword.count
        guard position < limit, !UTF8Scan.isLetter(bytes[position]) else { return nil }
        position = UTF8Scan.skipSpace(bytes, from: position)
        var items: [RawItem] = []
        var acrossParagraphs = false
        while true {
            let itemStart = items.isEmpty ? start : position
            guard var item = rawItem(bytes, at: position, limit: limit, chinese: false) else { break }
            // Past a paragraph break the list goes on only with a Council resolution's year: a bare "2/3" there is
            // a page marker left between two paragraphs.
            if acrossParagraphs, item.year == nil { break }
            item.start = itemStart
            items.append(item)
            var next = dateQualifierEnd(bytes, at: item.end, limit: limit) ?? item.end
            if next < limit, bytes[next] == 0x2C { next += 1 }
            next = UTF8Scan.skipSpace(bytes, from: next)
            // A paragraph of the item ("resolutions 2625 (2022), paragraph 10, and 1612 (2005)"): the list goes on
            // after it, but only with a resolution's year (a bare number there is another paragraph).
            var afterParagraphs = false
            if let end = paragraphReferenceEnd(bytes, at: next, limit: limit) {
                next = end
                if next < limit, bytes[next] == 0x2C { next += 1 }
                next = UTF8Scan.skipSpace(bytes, from: next)
                afterParagraphs = true
            }
            // The conjunction may end a line or a page ("2164 (2014) and" ⏎ running head ⏎ "2227 (2015)").
            for conjunction in [and, et, y, to, through] where UTF8Scan.has(conjunction, in: bytes, at: next) && UTF8Scan.spaceLength(bytes, at: next + conjunction.count) > 0 {
                next = UTF8Scan.skipSpace(bytes, from: next + conjunction.count)
                break
            }
            guard next > item.end, next < limit, UTF8Scan.isDigit(bytes[next]) || bytes[next] == 0x45 else { break }
            acrossParagraphs = afterParagraphs || bytes[item.end..<next].contains(0x0A)
            position = next
        }
        guard let last = items.last else { return nil }
        return (items, last.end)
    }

    private static let of = Array(" of ".utf8)
    private static let paragraphWords: [[UInt8]] = ["operative paragraphs", "operative paragraph", "preambular paragraphs",
        "preambular paragraph", "paragraphs", "paragraph", "paras.", "para."].map { Array($0.utf8) }

    /// The end of a paragraph reference at `index` ("paragraph 10", "paragraphs 3 (a) and 4", "operative paragraph 2"),
    /// or `nil`. A number followed by a year in parentheses is the next resolution, not a paragraph.
    private static func paragraphReferenceEnd(_ bytes: [UInt8], at index: Int, limit: Int) -> Int? {
        guard let word = paragraphWords.first(where: { UTF8Scan.hasIgnoringCase($0, in: bytes, at: index) }) else { return nil }
        var i = index + word.count
        guard i < limit, bytes[i] == 0x20 else { return nil }
        var end: Int?
        while true {
            let numberStart = UTF8Scan.skipSpace(bytes, from: i)
            var j = numberStart
            while j < limit, j - numberStart < 3, UTF8Scan.isDigit(bytes[j]) { j += 1 }
            guard j > numberStart, j >= limit || !UTF8Scan.isAlphanumeric(bytes[j]) else { break }
            if SymbolGrammar.parseYear(bytes, at: UTF8Scan.skipSpace(bytes, from: j), limit: limit, allowSpace: false) != nil { break }
            // Subparagraphs: "4 (a)", "4 (a) (ii)".
            while true {
                let open = j < limit && bytes[j] == 0x20 ? j + 1 : j
                guard open + 2 < limit, bytes[open] == 0x28 else { break }
                var k = open + 1
                while k < limit, k - open <= 5, UTF8Scan.isLower(bytes[k]) { k += 1 }
                guard k > open + 1, k < limit, bytes[k] == 0x29 else { break }
                j = k + 1
            }
            end = j
            // More paragraphs: ", 12", " and 12", ", and 12", " to 12".
            var next = j
            if next < limit, bytes[next] == 0x2C { next += 1 }
            next = UTF8Scan.skipSpace(bytes, from: next)
            for conjunction in [and, to] where UTF8Scan.has(conjunction, in: bytes, at: next) && UTF8Scan.spaceLength(bytes, at: next + conjunction.count) > 0 {
                next = next + conjunction.count
                break
            }
            guard next > j else { break }
            i = next
        }
        return end
    }

    /// The end of " of 2 March 2022" after an item ("resolutions ES-11/1 of 2 March 2022 and ES-11/4"), or `nil`.
    private static func dateQualifierEnd(_ bytes: [UInt8], at index: Int, limit: Int) -> Int? {
        guard UTF8Scan.has(of, in: bytes, at: index) else { return nil }
        var i = index + of.count
        let day = i
        while i < limit, i - day < 2, UTF8Scan.isDigit(bytes[i]) { i += 1 }
        guard i > day, i < limit, bytes[i] == 0x20 else { return nil }
        i = UTF8Scan.skipSpace(bytes, from: i)
        let month = i
        while i < limit, UTF8Scan.isLetter(bytes[i]) { i += 1 }
        guard i - month >= 3, UTF8Scan.isUpper(bytes[month]), i < limit else { return nil }
        i = UTF8Scan.skipSpace(bytes, from: i)
        let year = i
        while i < limit, UTF8Scan.isDigit(bytes[i]) { i += 1 }
        return i - year == 4 ? i : nil
    }

    // MARK: Items

    /// An item as printed: a number, then a year or a second number.
    struct RawItem {
        var prefix: [UInt8] = []  // "ES-" or "S-"
        var number: [UInt8]
        var second: [UInt8]?
        /// The part letter of a General Assembly resolution adopted in parts (`72/262 C`).
        var part: UInt8?
        var year: [UInt8]?
        var start: Int
        var end: Int
    }

    private static func rawItem(_ bytes: [UInt8], at start: Int, limit: Int, chinese: Bool) -> RawItem? {
        var i = start
        var prefix: [UInt8] = []
        if i + 3 < limit, bytes[i] == 0x45, bytes[i + 1] == 0x53, bytes[i + 2] == 0x2D {
            prefix = [0x45, 0x53, 0x2D]
            i += 3
        }
        let numberStart = i
        while i < limit, i - numberStart < 5, UTF8Scan.isDigit(bytes[i]) { i += 1 }
        guard i > numberStart, i >= limit || !UTF8Scan.isDigit(bytes[i]) else { return nil }
        var item = RawItem(prefix: prefix, number: Array(bytes[numberStart..<i]), start: start, end: i)
        // A decimal, a thousands separator or a percentage is not a resolution number.
        if i + 1 < limit, bytes[i] == 0x2E || bytes[i] == 0x2C || bytes[i] == 0x25, UTF8Scan.isDigit(bytes[i + 1]) || bytes[i] == 0x25 {
            return nil
        }
        var j = chinese ? UTF8Scan.skipSpace(bytes, from: i) : i
        if j < limit, bytes[j] == 0x2F {
            var k = chinese ? UTF8Scan.skipSpace(bytes, from: j + 1) : j + 1
            let secondStart = k
            while k < limit, k - secondStart < 5, UTF8Scan.isDigit(bytes[k]) { k += 1 }
            guard k > secondStart else { return prefix.isEmpty ? item : nil }
            item.second = Array(bytes[secondStart..<k])
            item.end = k
            if let (part, end) = partLetter(bytes, at: k, limit: limit, chinese: chinese) {
                item.part = part
                item.end = end
            }
            return item
        }
        guard prefix.isEmpty else { return nil }
        if !chinese { while j < limit, j - i < 2, bytes[j] == 0x20 || bytes[j] == 0x0A { j += 1 } }
        if let year = SymbolGrammar.parseYear(bytes, at: j, limit: limit, allowSpace: false) {
            item.year = year.text
            item.end = year.end
        }
        return item
    }

    /// A part letter after `session/number` at `index`: `72/262 C` (then no letter or digit), `第 72/262 C 号`.
    /// "A" followed by a lower-case word is the article of the next sentence, not a part.
    private static func partLetter(_ bytes: [UInt8], at index: Int, limit: Int, chinese: Bool) -> (UInt8, Int)? {
        guard index + 1 < limit, bytes[index] == 0x20 else { return nil }
        let at = chinese ? UTF8Scan.skipSpace(bytes, from: index) : index + 1
        guard at < limit, bytes[at] &- 0x41 < 8 else { return nil }  // A to H
        let end = at + 1
        if chinese { return UTF8Scan.has(hao, in: bytes, at: UTF8Scan.skipSpace(bytes, from: end)) ? (bytes[at], end) : nil }
        if end < limit, UTF8Scan.isAlphanumeric(bytes[end]) || bytes[end] == 0x2F || bytes[end] == 0x2D { return nil }
        if bytes[at] == 0x41, end + 1 < limit, bytes[end] == 0x20, UTF8Scan.isLower(bytes[end + 1]) { return nil }
        return (bytes[at], end)
    }

    /// The canonical symbol of an item, given the organ named just before the mention; `nil` when it cannot be
    /// told (a year-less Security Council number, or a `year/number` form without its organ).
    static func symbol(of item: RawItem, organ: Organ?) -> String? {
        let number = String(decoding: item.number, as: UTF8.self)
        if let second = item.second {
            let session = String(decoding: item.prefix + item.number, as: UTF8.self)
            var tail = "\(session)/\(String(decoding: second, as: UTF8.self))"
            if let part = item.part { tail.unicodeScalars.append(Unicode.Scalar(part)) }
            switch organ {
            case .humanRightsCouncil: return "A/HRC/RES/\(tail)"
            case .economicAndSocialCouncil: return "E/RES/\(tail)"
            case .generalAssembly: return "A/RES/\(tail)"
            case .securityCouncil, nil:
                guard let value = Int(number), value <= 100 || !item.prefix.isEmpty else { return nil }
                return "A/RES/\(tail)"
            }
        }
        guard let year = item.year else { return nil }
        let yearText = String(decoding: year, as: UTF8.self)
        if UTF8Scan.isDigit(year[0]) { return "S/RES/\(number)(\(yearText))" }
        return organ == .economicAndSocialCouncil ? "E/RES/\(number)(\(yearText))" : "A/RES/\(number)(\(yearText))"
    }

    // MARK: Organ named before a mention

    private static let organNames: [([UInt8], Organ)] = ([
        ("人权理事会", .humanRightsCouncil), ("经济及社会理事会", .economicAndSocialCouncil), ("经社理事会", .economicAndSocialCouncil),
        ("安全理事会", .securityCouncil), ("安理会", .securityCouncil), ("大会", .generalAssembly),
        ("Human Rights Council", .humanRightsCouncil), ("Economic and Social Council", .economicAndSocialCouncil),
        ("Security Council", .securityCouncil), ("General Assembly", .generalAssembly),
        ("Conseil des droits de l’homme", .humanRightsCouncil), ("Conseil de sécurité", .securityCouncil),
        ("Assemblée générale", .generalAssembly), ("Consejo de Derechos Humanos", .humanRightsCouncil),
        ("Consejo de Seguridad", .securityCouncil), ("Asamblea General", .generalAssembly),
    ] as [(String, Organ)]).map { (Array($0.0.utf8), $0.1) }

    /// Bytes that end some organ name: a quick test before comparing names.
    private static let lastBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for (name, _) in organNames { if let last = name.last { table[Int(last)] = true } }
        return table
    }()

    /// The organ named closest before `position` within `window` bytes, not crossing a full stop.
    static func organ(before position: Int, in bytes: [UInt8], window: Int = 90) -> Organ? {
        let floor = max(0, position - window)
        var i = position - 1
        while i >= floor {
            let byte = bytes[i]
            if byte == 0x2E && i + 1 < bytes.count && bytes[i + 1] == 0x20 { return nil }
            if byte == 0x82 && i >= 2 && bytes[i - 2] == 0xE3 && bytes[i - 1] == 0x80 { return nil }  // 。
            guard lastBytes[Int(byte)] else {
                i -= 1
                continue
            }
            for (name, organ) in organNames {
                let begin = i + 1 - name.count
                if begin >= floor, name.last == byte, UTF8Scan.has(name, in: bytes, at: begin) { return organ }
            }
            i -= 1
        }
        return nil
    }
}
