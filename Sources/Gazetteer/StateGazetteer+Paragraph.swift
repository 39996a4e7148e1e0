import PluginAPI

extension StateGazetteer {
    /// Every name found in a paragraph, scanned in its folded text (Traditional folded to Simplified), so
    /// ranges slice ``PluginAPI/Paragraph/text`` too (``GazetteerMatch/text(in:)``) and give source lines
    /// (``PluginAPI/Paragraph/sourceLine(atUTF8Offset:)``).
    public func matches(in paragraph: Paragraph, options: MatchOptions = .default) -> [GazetteerMatch] {
        matches(in: paragraph.folded, options: options)
    }

    /// The names found in each paragraph of a document, one list per paragraph of
    /// `document.normalized.paragraphs`, as ``matches(in:options:)`` finds them with ``MatchOptions/all``.
    ///
    /// The document is scanned once per gazetteer, by the first extractor that asks; the others get the same
    /// lists (through ``PluginAPI/Document/analyses``). Keep what your options admit:
    ///
    /// ```swift
    /// let found = gazetteer.paragraphMatches(in: document)[index].filter { MatchOptions.default.admits($0) }
    /// ```
    public func paragraphMatches(in document: Document) -> [[GazetteerMatch]] {
        document.analyses.value(for: DocumentScan(gazetteer: identity)) {
            document.normalized.paragraphs.map { matches(in: $0.folded, options: .all) }
        }
    }

    /// An object that stands for one loaded gazetteer (a reload makes a new one).
    final class Identity: Sendable {}

    /// The key of a document's scan with one gazetteer. It holds the gazetteer's identity, so the identity cannot
    /// be freed and reused by another gazetteer while a document keeps the scan.
    private struct DocumentScan: Hashable, Sendable {
        let gazetteer: Identity

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.gazetteer === rhs.gazetteer }
        func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(gazetteer)) }
    }
}
