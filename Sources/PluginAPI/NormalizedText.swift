/// The normalized view of a document: what remains once page furniture is removed and hard-wrapped lines
/// are joined, with a map from every paragraph back to the source lines.
public struct NormalizedText: Sendable {
    /// The paragraphs in reading order.
    public var paragraphs: [Paragraph]
    /// Hyperlink targets that stood on lines of their own (removed from the paragraphs).
    public var links: [LinkTarget]
    /// Facts read from running headers and footers before they were removed.
    public var furniture: PageFurniture
    /// Where each annex starts.
    public var annexes: [AnnexBoundary]

    /// Creates a normalized view.
    public init(paragraphs: [Paragraph], links: [LinkTarget] = [], furniture: PageFurniture = .init(), annexes: [AnnexBoundary] = []) {
        self.paragraphs = paragraphs
        self.links = links
        self.furniture = furniture
        self.annexes = annexes
    }
}

/// One paragraph of the normalized view.
public struct Paragraph: Sendable {
    /// What kind of block the paragraph is.
    public enum Kind: String, Sendable, Codable {
        /// The document's title line(s) (e.g. "Letter dated … addressed to …").
        case title
        /// A heading ("一. 导言", "II. Protection of civilians", an annex title).
        case heading
        /// A numbered paragraph ("12. …"); its number is in ``Paragraph/label``.
        case numbered
        /// A lettered or numbered sub-item ("(a) …"); its label is in ``Paragraph/label``.
        case subItem
        /// A footnote ("2 从 2019 年 1 月 1 日起…"); its number is in ``Paragraph/label``.
        case footnote
        /// Anything else: ordinary running text, closing formulas, signature blocks.
        case body
    }

    /// The kind of block.
    public var kind: Kind
    /// The cleaned text as printed (Traditional characters stay Traditional).
    public var text: String
    /// The same text with every character folded for matching (Traditional → Simplified Chinese).
    /// It has exactly the same UTF-8 length as ``text``, so a byte range found in `folded` is the same
    /// range in `text`. Equal to `text` when nothing needed folding.
    public var folded: String
    /// The paragraph's own number or letter without punctuation: `"12"` for "12.", `"a"` for "(a)".
    public var label: String?
    /// 0 for the main body; n for the n-th annex (see ``NormalizedText/annexes``).
    public var annex: Int
    /// Where each piece of ``text`` came from, in ascending `utf8Offset` order; the first starts at 0.
    public var segments: [Segment]

    /// Creates a paragraph. `folded` defaults to `text`.
    public init(kind: Kind, text: String, folded: String? = nil, label: String? = nil, annex: Int = 0, segments: [Segment]) {
        self.kind = kind
        self.text = text
        self.folded = folded ?? text
        self.label = label
        self.annex = annex
        self.segments = segments
    }

    /// The 1-based source lines this paragraph was joined from, first to last.
    public var sourceLines: ClosedRange<Int> {
        let first = segments.first?.line ?? 1
        let last = segments.last?.line ?? first
        return first...max(first, last)
    }

    /// The 1-based source line that holds the character at `utf8Offset` of ``text``.
    public func sourceLine(atUTF8Offset offset: Int) -> Int {
        var low = 0
        var high = segments.count - 1
        guard high >= 0 else { return 1 }
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].utf8Offset <= offset { low = mid } else { high = mid - 1 }
        }
        return segments[low].line
    }
}

/// A piece of a paragraph's text that comes from one source line.
public struct Segment: Sendable, Equatable {
    /// Byte offset in the paragraph's UTF-8 text where this piece starts.
    public var utf8Offset: Int
    /// The 1-based source line it comes from.
    public var line: Int

    /// Creates a segment.
    public init(utf8Offset: Int, line: Int) {
        self.utf8Offset = utf8Offset
        self.line = line
    }
}

/// A URL that stood alone on a source line (PDF-to-text leaves hyperlink targets like this).
public struct LinkTarget: Sendable, Equatable {
    /// The URL as printed.
    public var url: String
    /// The 1-based source line.
    public var line: Int

    /// Creates a link target.
    public init(url: String, line: Int) {
        self.url = url
        self.line = line
    }
}

/// Facts found in running headers and footers.
public struct PageFurniture: Sendable, Equatable {
    /// Document symbols printed in headers/footers, canonical (no spaces), most frequent first.
    public var symbols: [String]
    /// The job number printed on the pages (`19-22675`), if any.
    public var jobNumber: String?
    /// The page count from `2/15`-style footers, if any.
    public var pageCount: Int?
    /// Source lines removed as furniture (headers, footers, footnote rules, URL-only lines).
    public var removedLines: [Int]

    /// Creates page furniture facts.
    public init(symbols: [String] = [], jobNumber: String? = nil, pageCount: Int? = nil, removedLines: [Int] = []) {
        self.symbols = symbols
        self.jobNumber = jobNumber
        self.pageCount = pageCount
        self.removedLines = removedLines
    }
}

/// The start of an annex ("附件", "Annex", "附件三", "Annex II").
public struct AnnexBoundary: Sendable, Equatable {
    /// The annex heading line as printed ("附件三", "Annex II").
    public var heading: String
    /// The annex's title (the line(s) after the heading), if any.
    public var title: String?
    /// The 1-based source line of the heading.
    public var line: Int
    /// The 1-based source line of the title, if any.
    public var titleLine: Int?
    /// Index in ``NormalizedText/paragraphs`` of the first paragraph of the annex.
    public var paragraphIndex: Int

    /// Creates an annex boundary.
    public init(heading: String, title: String? = nil, line: Int, titleLine: Int? = nil, paragraphIndex: Int) {
        self.heading = heading
        self.title = title
        self.line = line
        self.titleLine = titleLine
        self.paragraphIndex = paragraphIndex
    }
}
