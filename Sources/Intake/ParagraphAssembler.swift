import PluginAPI

/// A paragraph while it is being joined from source lines.
struct ParagraphDraft {
    var bytes: [UInt8] = []
    var segments: [Segment] = []
    var start: BlockStart?
    var lastLine: SourceLine
    var isFootnote = false

    init(line: SourceLine, start: BlockStart?, bytes source: UnsafeBufferPointer<UInt8>, footnote: Bool = false) {
        self.lastLine = line
        self.start = start
        self.isFootnote = footnote
        let from = line.start + (start?.dropPrefix ?? 0)
        segments.append(Segment(utf8Offset: 0, line: line.number))
        append(source, from, line.end)
    }

    /// Adds the next line after undoing the line break before it.
    mutating func join(_ line: SourceLine, _ source: UnsafeBufferPointer<UInt8>) {
        let separator = start?.wholeLine == true && segments.count == 1 ? .space : JoinRules.separator(source, after: lastLine, before: line)
        switch separator {
        case .none: break
        case .space: bytes.append(0x20)
        case .dropHyphen:
            while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
            bytes.removeLast()
        }
        segments.append(Segment(utf8Offset: bytes.count, line: line.number))
        append(source, line.start, line.end)
        lastLine = line
    }

    private mutating func append(_ source: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        let start = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[from..<to]))
        var runs = false
        bytes.withUnsafeMutableBufferPointer { buffer in
            // Tabs and form feeds inside a line become plain spaces.
            var previousSpace = false
            for index in start..<buffer.count {
                let byte = buffer[index]
                guard byte <= 0x20 else { previousSpace = false; continue }
                if byte != 0x20 { buffer[index] = 0x20 }
                if previousSpace { runs = true }
                previousSpace = true
            }
        }
        // Runs of spaces (`pdftotext -layout` columns, "1.    The …") become one space.
        if runs {
            var write = start
            for read in start..<bytes.count where !(bytes[read] == 0x20 && write > start && bytes[write - 1] == 0x20) {
                bytes[write] = bytes[read]
                write += 1
            }
            bytes.removeSubrange(write...)
        }
    }
}

/// Joins classified source lines into paragraph drafts: hard wraps undone, page furniture skipped, footnotes
/// (after a footnote rule) kept apart and the sentence they interrupted resumed after them.
struct ParagraphAssembler {
    let profile: LayoutProfile
    private(set) var drafts: [ParagraphDraft] = []
    private var open: ParagraphDraft?
    private var suspended: ParagraphDraft?
    private var inFootnotes = false
    private var blankSince = false
    /// Page furniture (a running head, a page number) came since the last content line: a page break.
    private var pageBreakSince = false
    private var lastNumber = 0

    init(profile: LayoutProfile) {
        self.profile = profile
    }

    mutating func assemble(_ lines: [SourceLine], _ bytes: UnsafeBufferPointer<UInt8>) -> [ParagraphDraft] {
        for line in lines {
            switch line.role {
            case .blank:
                blankSince = true
            case .link:
                continue
            case .rule:
                // A footnote rule: the running sentence (if any) waits until the footnotes are done.
                flushFootnote()
                if let open, !open.isFootnote { suspended = open }
                open = nil
                inFootnotes = true
            case .furniture:
                // A page break ends the footnotes of the page; the interrupted sentence goes on after it.
                if inFootnotes { endFootnotes() }
                pageBreakSince = true
            case .content:
                take(line, bytes)
                blankSince = false
                pageBreakSince = false
            }
        }
        if inFootnotes { endFootnotes() }
        if let open { drafts.append(open) }
        open = nil
        return drafts
    }

    private mutating func take(_ line: SourceLine, _ bytes: UnsafeBufferPointer<UInt8>) {
        if inFootnotes {
            if let marker = BlockStart.footnote(bytes, line.start, line.end) {
                flushFootnote()
                open = ParagraphDraft(line: line, start: marker, bytes: bytes, footnote: true)
                return
            }
            // Decide on a borrowed view, then mutate: holding a copy while joining would copy the text (CoW).
            let continuesFootnote = open.map {
                $0.isFootnote && (($0.start?.wholeLine == true && $0.segments.count == 1) || !JoinRules.endsClause(bytes, $0.lastLine))
            } ?? false
            if continuesFootnote {
                open?.join(line, bytes)
                return
            }
            endFootnotes()
        }
        let start = BlockStart.detect(bytes, line.start, line.end)
        guard let joins = open.map({ continues($0, with: line, start: start, bytes) }) else {
            begin(line, start, bytes)
            return
        }
        if joins {
            open?.join(line, bytes)
        } else {
            if let finished = open.take() { drafts.append(finished) }
            begin(line, start, bytes)
        }
    }

    private mutating func begin(_ line: SourceLine, _ start: BlockStart?, _ bytes: UnsafeBufferPointer<UInt8>) {
        if start?.marker == .numbered, let label = start?.label, let number = Int(label) { lastNumber = number }
        open = ParagraphDraft(line: line, start: start, bytes: bytes)
    }

    private func continues(_ draft: ParagraphDraft, with line: SourceLine, start: BlockStart?, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if profile.lineIsParagraph { return false }
        // Two columns side by side (a `pdftotext -layout` masthead) never run on into other lines.
        if draft.lastLine.columnGap || line.columnGap { return false }
        // A first line indented deeper than the line before (and not a right-aligned block) starts a paragraph.
        if line.indent >= draft.lastLine.indent + 3, line.indent <= 16 { return false }
        // "11." alone on its line: the paragraph's text follows on the next one.
        if draft.start?.wholeLine == true, draft.segments.count == 1 { return start == nil }
        let previous = draft.lastLine
        let terminal = JoinRules.endsClause(bytes, previous)
        let full: Bool
        if profile.wrapped {
            let reach = previous.width + JoinRules.firstWordWidth(bytes, line)
            full = previous.width * 10 >= profile.wrapWidth * 9 || reach * 10 >= profile.wrapWidth * 8
        } else {
            // One paragraph per line; a long Chinese line cut without punctuation was split by the converter
            // (a title or an English paragraph ends without a full stop and stands alone).
            full = previous.width >= 120 && JoinRules.endsWithCJK(bytes, previous)
        }
        if let start {
            switch start.marker {
            case .bullet, .annexHeading, .footnote:
                return false
            case .heading:
                return false
            case .numbered:
                if let label = start.label, Int(label) == lastNumber + 1 { return false }
                fallthrough
            case .subItem:
                // A marker at the start of a line breaks the paragraph unless the line before was cut mid-sentence.
                if !full || terminal { return false }
            }
        }
        if JoinRules.endsAnnexHeading(bytes, previous) || JoinRules.endsSignature(bytes, previous) { return false }
        if JoinRules.endsChineseLetterTitle(bytes, previous, paragraph: draft.bytes)
            || JoinRules.endsStatementHeading(bytes, previous, paragraph: draft.bytes) {
            return false
        }
        // A sentence cut by a page break goes on after the running head, even from a line that is not full (the page
        // ended early): running text before (not a masthead block above the job number), no clause end, and the text
        // after starts in lower case, with a digit, or in Chinese after Chinese.
        if pageBreakSince, start == nil, !terminal, draft.bytes.count >= 60, previous.width * 10 >= profile.wrapWidth * 6, !previous.columnGap,
            draft.start?.marker != .heading, draft.start?.marker != .annexHeading, !draft.isFootnote,
            JoinRules.continuesSentence(bytes, line, afterCJK: JoinRules.hasCJK(bytes, previous))
        {
            return true
        }
        // Between Latin-script lines a blank line is a paragraph break, unless a page break came with it or the
        // converter puts a blank line after every line: a title or an annex heading never runs on into the text after
        // the blank line however full its last line is. (Chinese conversions put blank lines inside paragraphs.)
        if blankSince, !pageBreakSince, profile.blankLinesEndLatinParagraphs, !JoinRules.hasCJK(bytes, previous), !JoinRules.hasCJK(bytes, line) {
            return false
        }
        if profile.trailingSpaceEndsParagraph {
            // This converter marks paragraph ends with white space and leaves wraps bare. After Chinese text
            // white space never separates words, so it is a sure sign; after Latin text only a bare end is.
            if JoinRules.endsWithCJK(bytes, previous) { return !previous.trailingSpace }
            if !previous.trailingSpace, !JoinRules.endsWithLatinLetter(bytes, previous) { return true }
        }
        if terminal {
            if profile.blankLinesSeparate, blankSince { return false }
            // A sentence that ends at the margin continues only when the line is as full as justified lines are.
            // A paragraph's first line is indented by about two characters.
            let indent = draft.segments.count == 1 ? 4 : 0
            return profile.wrapped && previous.width + 2 + indent >= profile.justifiedWidth
        }
        if draft.start?.marker == .annexHeading { return false }
        return full
    }

    private mutating func flushFootnote() {
        if let footnote = open, footnote.isFootnote {
            drafts.append(footnote)
            open = nil
        }
    }

    private mutating func endFootnotes() {
        flushFootnote()
        inFootnotes = false
        if open == nil {
            open = suspended
        } else if let suspended {
            drafts.append(suspended)
        }
        suspended = nil
    }
}
