/// What the normalizer learns about a text's layout before joining lines: how wide a full printed line is,
/// whether lines are hard-wrapped at all, and which signals mark the end of a paragraph.
struct LayoutProfile {
    /// Display columns of a full line (the 90th percentile of content line widths).
    var wrapWidth: Int
    /// The most common width of full lines: justified text wraps every line at this width.
    var justifiedWidth: Int
    /// Lines are hard-wrapped at about ``wrapWidth`` (PDF-to-text); otherwise each line is a paragraph.
    var wrapped: Bool
    /// Blank lines separate paragraphs while single line breaks only wrap (otherwise blank lines are noise).
    var blankLinesSeparate: Bool
    /// White space after a sentence-final mark ends a paragraph, and wraps have none (some PDF converters).
    var trailingSpaceEndsParagraph: Bool
    /// A blank line between two Latin-script lines ends a paragraph (no page break between). False for converters
    /// that put a blank line after every printed line, whose blank lines mean nothing.
    var blankLinesEndLatinParagraphs = true

    /// Every line is a paragraph of its own: nothing is ever joined (text extracted from DOCX).
    var lineIsParagraph = false

    /// A profile for text whose every line is a paragraph (DOCX).
    static let oneParagraphPerLine = LayoutProfile(
        wrapWidth: 0, justifiedWidth: 0, wrapped: false, blankLinesSeparate: true, trailingSpaceEndsParagraph: false, lineIsParagraph: true
    )

    /// Measures `lines` (furniture already classified).
    static func measure(_ lines: [SourceLine], _ bytes: UnsafeBufferPointer<UInt8>) -> LayoutProfile {
        var widths: [Int] = []
        widths.reserveCapacity(lines.count)
        for line in lines where line.role == .content { widths.append(line.width) }
        guard widths.count >= 4 else {
            return LayoutProfile(wrapWidth: 0, justifiedWidth: 0, wrapped: false, blankLinesSeparate: true, trailingSpaceEndsParagraph: false)
        }
        widths.sort()
        let wrapWidth = max(widths[(widths.count - 1) * 9 / 10], 1)
        let nearlyFull = widths.reduce(0) { $0 + ($1 * 10 >= wrapWidth * 8 ? 1 : 0) }
        // Hard-wrapped lines break mid-sentence, so few full lines end a clause; text with one paragraph per line
        // (blank lines between) ends nearly every long line with a full stop, and its short lines are titles.
        var full = 0, fullEnds = 0, long = 0, longEnds = 0
        for line in lines where line.role == .content && line.width * 2 >= wrapWidth {
            let ends = JoinRules.endsClause(bytes, line)
            long += 1
            if ends { longEnds += 1 }
            guard line.width * 10 >= wrapWidth * 9 else { continue }
            full += 1
            if ends { fullEnds += 1 }
        }
        let sentencePerLine = full >= 2 && fullEnds * 10 >= full * 6
        let wrapped = wrapWidth <= 180 && nearlyFull * 10 >= widths.count * 3 && !sentencePerLine
        var fullCounts: [Int: Int] = [:]
        for width in widths where width * 10 >= wrapWidth * 8 { fullCounts[width, default: 0] += 1 }
        let justifiedWidth = fullCounts.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key ?? wrapWidth

        var direct = 0, separated = 0
        var wraps = 0, wrapsWithSpace = 0, ends = 0, endsWithSpace = 0
        var previous: SourceLine?
        var blankSince = false, interrupted = false
        for line in lines {
            switch line.role {
            case .blank:
                blankSince = true
                continue
            case .furniture, .link, .rule:
                interrupted = true
                continue
            case .content:
                break
            }
            defer { previous = line; blankSince = false; interrupted = false }
            guard let p = previous else { continue }
            if !interrupted { if blankSince { separated += 1 } else { direct += 1 } }
            let start = BlockStart.detect(bytes, line.start, line.end)
            let terminal = JoinRules.endsClause(bytes, p)
            if terminal, let start, start.marker == .numbered || start.marker == .subItem || start.marker == .heading {
                ends += 1
                if p.trailingSpace { endsWithSpace += 1 }
            } else if !terminal, start == nil, p.width * 10 >= wrapWidth * 9, JoinRules.endsWithCJK(bytes, p) {
                wraps += 1
                if p.trailingSpace { wrapsWithSpace += 1 }
            }
        }
        let blankLinesSeparate = separated >= 3 && direct * 4 >= (direct + separated)
        let trailing = wraps >= 5 && ends >= 3 && wrapsWithSpace * 100 < wraps * 15 && endsWithSpace * 10 > ends * 7
        var profile = LayoutProfile(wrapWidth: wrapWidth, justifiedWidth: justifiedWidth, wrapped: wrapped, blankLinesSeparate: blankLinesSeparate, trailingSpaceEndsParagraph: trailing)
        // Blank lines that separate paragraphs (some lines run on directly), or lines that are whole paragraphs (most
        // long lines end a sentence): a blank line is a paragraph break. A blank line after every line of hard-wrapped
        // text is not.
        profile.blankLinesEndLatinParagraphs = blankLinesSeparate || !wrapped || (long >= 3 && longEnds * 2 >= long)
        return profile
    }
}
