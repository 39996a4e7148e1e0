/// Decisions about one line break: does the next line continue the paragraph, and with what separator.
enum JoinRules {
    /// The line ends a sentence or clause (。！？；： . ! ? ; :), looking through closing quotes and brackets.
    static func endsClause(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Bool {
        var end = line.end
        while end > line.start {
            let index = UTF8Scan.previousScalarStart(bytes, before: end, floor: line.start)
            let (scalar, _) = UTF8Scan.scalar(bytes, at: index)
            switch scalar {
            case 0x201D, 0x2019, 0x22, 0x27, 0xFF09, 0x29, 0x300D, 0x300F, 0x3011, 0x300B, 0x2A:
                end = index  // closing quote or bracket, or markdown emphasis: look at what it closes
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0x2E, 0x21, 0x3F, 0x3B, 0x3A:
                return true
            default:
                return false
            }
        }
        return false
    }

    private static let annexSuffix: [UInt8] = Array("的附件".utf8)

    /// The line ends "…的附件" (the heading of an annex to a letter), which never runs on.
    static func endsAnnexHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Bool {
        endsWithOne(of: [annexSuffix], bytes, from: line.start, to: line.end)
    }

    /// Whether `bytes[start..<end]` ends with one of `suffixes`.
    private static func endsWithOne(of suffixes: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        suffixes.contains { suffix in
            end - start >= suffix.count && suffix.indices.allSatisfy { bytes[end - suffix.count + $0] == suffix[$0] }
        }
    }

    /// The end of `line` without trailing spaces and tabs.
    private static func inkEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Int {
        var end = line.end
        while end > line.start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return end
    }

    /// Whether `paragraph` holds 。 or ， (E3 80 82, EF BC 8C): a sentence, not a heading or a title.
    private static func hasSentencePunctuation(_ paragraph: [UInt8]) -> Bool {
        paragraph.indices.dropLast(2).contains { at in
            (paragraph[at] == 0xE3 && paragraph[at + 1] == 0x80 && paragraph[at + 2] == 0x82)
                || (paragraph[at] == 0xEF && paragraph[at + 1] == 0xBC && paragraph[at + 2] == 0x8C)
        }
    }

    private static let signatureMarks: [[UInt8]] = ["(签名)", "（签名）", "(簽名)", "（簽名）"].map { Array($0.utf8) }

    /// The line ends with a Chinese signature mark ("莫娜·尤尔(签名)"): the signature block's next line (another
    /// signatory's title, an annex heading) never runs on to it.
    static func endsSignature(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Bool {
        endsWithOne(of: signatureMarks, bytes, from: line.start, to: inkEnd(bytes, line))
    }

    private static let statementEndings: [[UInt8]] = ["的发言", "的發言", "的讲话", "的講話", "的致辞", "的致辭", "的声明", "的聲明", "联合声明", "聯合聲明",
                                                           "答记者问", "答記者問", "的概念说明", "的概念說明", "的概念文件"]
        .map { Array($0.utf8) }

    /// The line ends a Chinese statement heading ("中国常驻联合国副代表戴兵大使在安理会公开辩论会上的发言",
    /// "加拿大、法国……和美利坚合众国外交部长的联合声明"): "的发言" (讲话, 致辞, 声明, 联合声明, 答记者问, or 的概念说明 of a
    /// concept note) closes a paragraph of at most 150 bytes without 。 or ，, and the text after it is the statement.
    static func endsStatementHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine, paragraph: [UInt8]) -> Bool {
        paragraph.count <= 150 && endsWithOne(of: statementEndings, bytes, from: line.start, to: inkEnd(bytes, line))
            && !hasSentencePunctuation(paragraph)
    }

    private static let titleEndings: [[UInt8]] = ["的信", "的同文信", "的普通照会"].map { Array($0.utf8) }
    private static let dateYear: [UInt8] = Array("年".utf8)

    /// A Chinese letter title ends on this line: the paragraph so far is "2019年3月5日…给…的信" (a date first, no
    /// sentence punctuation), perhaps with its symbol "(S/2014/136)" (an agenda item's title), and the text after it
    /// is the letter or the document's own title, never more of this title.
    static func endsChineseLetterTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine, paragraph: [UInt8]) -> Bool {
        guard line.end - line.start >= 6 else { return false }
        var end = line.end
        if bytes[end - 1] == 0x29 || (end - line.start >= 3 && bytes[end - 3] == 0xEF && bytes[end - 2] == 0xBC && bytes[end - 1] == 0x89) {
            // "(S/2014/136)", "（S/2014/136）": look before the symbol.
            var open = end - 1
            while open > line.start, end - open < 40, bytes[open] != 0x28, !(bytes[open] == 0x88 && open >= 2 && bytes[open - 1] == 0xBC && bytes[open - 2] == 0xEF) {
                open -= 1
            }
            if bytes[open] == 0x88 { open -= 2 }
            guard bytes[open] == 0x28 || bytes[open] == 0xEF else { return false }
            end = open
        }
        // 信 and 会 end in A1 and 9A: most lines are out at the first byte.
        guard end > line.start, bytes[end - 1] == 0xA1 || bytes[end - 1] == 0x9A, paragraph.count <= 600,
            endsWithOne(of: titleEndings, bytes, from: line.start, to: end) else { return false }
        // "2019 年 3 月 5 日" opens the paragraph: digits, then 年 within a few bytes.
        var index = 0
        while index < paragraph.count, paragraph[index] == 0x20 { index += 1 }
        let digits = index
        while index < paragraph.count, UTF8Scan.isDigit(paragraph[index]) { index += 1 }
        guard index - digits == 4 else { return false }
        while index < paragraph.count, paragraph[index] == 0x20 { index += 1 }
        guard paragraph[index...].starts(with: dateYear) else { return false }
        // A sentence that mentions a letter is no title.
        return !hasSentencePunctuation(paragraph)
    }

    /// The line holds a CJK character or CJK punctuation (U+3000…U+9FFF, lead bytes E3…E9). Asked only where a
    /// decision needs it, so that splitting lines stays one tight loop.
    static func hasCJK(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Bool {
        var index = line.start
        while index < line.end {
            if bytes[index] >= 0xE3, bytes[index] <= 0xE9 { return true }
            index += 1
        }
        return false
    }

    /// The line starts the way only the rest of a sentence does: a lower-case letter, a digit, or a CJK character
    /// (not CJK punctuation that opens a quotation or a bracket) when the text before was Chinese.
    static func continuesSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine, afterCJK: Bool) -> Bool {
        guard line.end > line.start else { return false }
        let first = bytes[line.start]
        if first < 0x80 { return UTF8Scan.isLower(first) || UTF8Scan.isDigit(first) || (afterCJK && first == 0x28) }
        let (scalar, _) = UTF8Scan.scalar(bytes, at: line.start)
        return afterCJK && scalar >= 0x4E00 && scalar <= 0x9FFF
    }

    static func endsWithLatinLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Bool {
        guard line.end > line.start else { return false }
        let byte = bytes[line.end - 1]
        return UTF8Scan.isLower(byte) || UTF8Scan.isUpper(byte)
    }

    /// The line ends with a CJK character or CJK punctuation.
    static func endsWithCJK(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Bool {
        guard line.end > line.start else { return false }
        let (scalar, _) = UTF8Scan.scalar(bytes, at: UTF8Scan.previousScalarStart(bytes, before: line.end, floor: line.start))
        return UTF8Scan.isCJK(scalar)
    }

    /// Display width of the first word of a line (one CJK character counts as a word).
    static func firstWordWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> Int {
        var index = line.start
        var width = 0
        while index < line.end {
            let (scalar, length) = UTF8Scan.scalar(bytes, at: index)
            if UTF8Scan.isSpace(scalar) { break }
            if UTF8Scan.isCJK(scalar) { return width == 0 ? 2 : width }
            width += 1
            index += length
        }
        return width
    }

    /// How two pieces of text meet when a line break between them is undone.
    enum Separator {
        case none, space, dropHyphen
    }

    /// No space next to CJK text, a space between Latin words, hyphenation undone ("peace-⏎keeping").
    static func separator(_ bytes: UnsafeBufferPointer<UInt8>, after tail: SourceLine, before head: SourceLine) -> Separator {
        let lastStart = UTF8Scan.previousScalarStart(bytes, before: tail.end, floor: tail.start)
        let (last, _) = UTF8Scan.scalar(bytes, at: lastStart)
        let (first, _) = UTF8Scan.scalar(bytes, at: head.start)
        if last == 0xAD { return .dropHyphen }
        if last == 0x2D || last == 0x2010, !tail.trailingSpace {
            let beforeHyphen = lastStart > tail.start ? bytes[lastStart - 1] : 0
            if UTF8Scan.isLower(beforeHyphen), first >= 0x61, first <= 0x7A { return .dropHyphen }
            return .none
        }
        if UTF8Scan.isCJK(last) || UTF8Scan.isCJK(first) { return .none }
        // A number cut at the end of a Chinese line ("6月3" ⏎ "0日") is one number again.
        if last >= 0x30, last <= 0x39, first >= 0x30, first <= 0x39, hasCJK(bytes, tail) { return .none }
        return .space
    }
}
