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
        while lineStart <= count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lines.append(trimmed(bytes, lineStart, lineEnd, number: number))
            number += 1
            lineStart = lineEnd + 1
            if lineEnd == count { break }
        }
        return lines
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, number: Int) -> SourceLine {
        var start = from
        while start < to {
            let (scalar, length) = UTF8Scan.scalar(bytes, at: start)
            guard UTF8Scan.isSpace(scalar) || scalar == 0x0D else { break }
            start += length
        }
        var end = to
        while end > start {
            let previous = UTF8Scan.previousScalarStart(bytes, before: end, floor: start)
            let (scalar, _) = UTF8Scan.scalar(bytes, at: previous)
            guard UTF8Scan.isSpace(scalar) || scalar == 0x0D else { break }
            end = previous
        }
        var width = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                width += 1
                index += 1
            } else {
                let (scalar, length) = UTF8Scan.scalar(bytes, at: index)
                width += UTF8Scan.width(scalar)
                index += length
            }
        }
        return SourceLine(number: number, start: start, end: end, trailingSpace: end < to, width: width, role: start < end ? .content : .blank)
    }
}
