import PluginAPI

/// Turns decoded source text into the normalized view every extractor reads: page furniture removed (and its
/// facts kept), hard-wrapped lines joined into paragraphs, paragraph kinds, labels and annexes detected,
/// Traditional characters folded, and every paragraph mapped back to its source lines.
///
/// Works on UTF-8 bytes in a few linear passes (no regular expressions, no `Character` iteration).
public struct Normalizer: Sendable {
    /// How lines become paragraphs.
    public enum LineMode: Sendable {
        /// Infer from the layout: hard-wrapped text (PDF-to-text, e-mail) or one paragraph per line.
        case detect
        /// Every non-blank line is a paragraph of its own (text extracted from DOCX).
        case paragraphPerLine
    }

    /// How lines become paragraphs.
    public var lineMode: LineMode

    /// Creates a normalizer.
    public init(lineMode: LineMode = .detect) {
        self.lineMode = lineMode
    }

    /// Normalizes `text`, whose line breaks must already be `\n` (line numbers count them).
    public func normalize(_ text: String) -> NormalizedText {
        var text = text
        return text.withUTF8 { normalize(utf8: $0) }
    }

    /// Normalizes UTF-8 bytes whose line breaks are `\n`.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        var lines = SourceLine.split(bytes)
        var furniture = FurnitureScanner()
        for index in lines.indices { furniture.classify(&lines[index], bytes) }
        furniture.confirm(&lines)
        let profile: LayoutProfile
        switch lineMode {
        case .detect: profile = LayoutProfile.measure(lines, bytes)
        case .paragraphPerLine: profile = .oneParagraphPerLine
        }
        var assembler = ParagraphAssembler(profile: profile)
        var drafts = assembler.assemble(lines, bytes)
        // Footnotes are emitted before the sentence they interrupted finishes: restore reading order.
        drafts = stableSorted(drafts)
        var structure = DocumentStructure()
        let paragraphs = structure.build(drafts)
        return NormalizedText(paragraphs: paragraphs, links: furniture.links, furniture: furniture.furniture, annexes: structure.annexes)
    }

    private func stableSorted(_ drafts: [ParagraphDraft]) -> [ParagraphDraft] {
        var ordered = true
        for index in drafts.indices.dropFirst() where drafts[index].segments[0].line < drafts[index - 1].segments[0].line {
            ordered = false
            break
        }
        if ordered { return drafts }
        return drafts.enumerated().sorted {
            let (a, b) = ($0.element.segments[0].line, $1.element.segments[0].line)
            return a != b ? a < b : $0.offset < $1.offset
        }.map(\.element)
    }
}
