/// One line of the source text as the normalizer sees it: byte range of its content with padding trimmed.
struct SourceLine {
    /// What the line is, once classified.
    enum Role: Equatable {
        case blank
        /// Running header/footer or masthead furniture (symbol, job number, page number).
        case furniture
        /// A URL alone on its line.
        case link
        /// A footnote rule (`__________`).
        case rule
        case content
    }

    /// 1-based line number in the source text.
    var number: Int
    /// Byte range of the trimmed content in the text's UTF-8.
    var start: Int
    var end: Int
    /// Whether white space followed the content (PDF-to-text marks some paragraph ends this way).
    var trailingSpace: Bool
    /// Display columns of the trimmed content (CJK 2, others 1).
    var width: Int
    /// Columns of white space before the content (`pdftotext -layout` indents a paragraph's first line).
    var indent: Int = 0
    /// A run of eight or more spaces inside the line: two columns printed side by side (`pdftotext -layout`).
    var columnGap = false
    var role: Role

    var isEmpty: Bool { start >= end }
}

extension SourceLine {
    /// Splits UTF-8 text (line breaks already `\n`) into trimmed lines with their display width.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var lines: [SourceLine] = []
        lines.reserveCapacity(bytes.count / 40 + 1)
        var lineStart = 0
        var number = 1
        let count = bytes.count
        while true {
            // One pass finds the line end and measures the line; trimming then takes off the padding.
            var lineEnd = lineStart
            var width = 0
            var spaces = 0, longestSpaces = 0
            while lineEnd < count {
                let byte = bytes[lineEnd]
                if byte < 0x80 {
                    if byte == 0x0A { break }
                    if byte == 0x20 {
                        spaces += 1
                    } else if spaces > 0 {
                        if lineEnd - spaces > lineStart { longestSpaces = max(longestSpaces, spaces) }  // inside, not the indent
                        spaces = 0
                    }
                    width += 1
                    lineEnd += 1
                } else if byte >= 0xE3, byte <= 0xE9 {
                    width += 2  // U+3000…U+9FFF: CJK punctuation, kana, ideographs
                    lineEnd += 3
                } else {
                    let (scalar, length) = UTF8Scan.scalar(bytes, at: lineEnd)
                    width += UTF8Scan.width(scalar)
                    lineEnd += length
                }
            }
            lineEnd = min(lineEnd, count)
            var line = trimmed(bytes, lineStart, lineEnd, width: width, number: number)
            line.columnGap = longestSpaces >= 8
            lines.append(line)
            number += 1
            if lineEnd >= count { break }
            lineStart = lineEnd + 1
        }
        return lines
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, width: Int, number: Int) -> SourceLine {
        var width = width
        var start = from
        var indent = 0
        while start < to {
            let (scalar, length) = UTF8Scan.scalar(bytes, at: start)
            guard UTF8Scan.isSpace(scalar) || scalar == 0x0D else { break }
            width -= UTF8Scan.width(scalar)
            indent += UTF8Scan.width(scalar)
            start += length
        }
        var end = to
        while end > start {
            let previous = UTF8Scan.previousScalarStart(bytes, before: end, floor: start)
            let (scalar, _) = UTF8Scan.scalar(bytes, at: previous)
            guard UTF8Scan.isSpace(scalar) || scalar == 0x0D else { break }
            width -= UTF8Scan.width(scalar)
            end = previous
        }
        return SourceLine(
            number: number, start: start, end: end, trailingSpace: end < to, width: width, indent: indent, role: start < end ? .content : .blank
        )
    }
}
