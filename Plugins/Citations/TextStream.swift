import PluginAPI

/// A document's paragraphs as one UTF-8 buffer, paragraphs separated by a line feed, with a map back to source
/// lines. Constructs split across paragraphs (a resolution mention broken by a page, a wrapped title) are found
/// by treating the separator as white space.
public struct TextStream: Sendable {
    /// The folded text of every paragraph (Traditional → Simplified), each followed by `\n`.
    public let folded: [UInt8]
    /// The printed text of every paragraph, byte for byte aligned with ``folded``.
    public let text: [UInt8]
    /// Where each paragraph starts in the buffers.
    public let paragraphStarts: [Int]
    private let paragraphs: [Paragraph]

    /// Builds the stream from a document's paragraphs.
    public init(paragraphs: [Paragraph]) {
        var folded: [UInt8] = []
        var starts: [Int] = []
        var total = 0
        var foldingChangedText = false
        for index in paragraphs.indices {
            total += paragraphs[index].text.utf8.count + 1
            if paragraphs[index].folded != paragraphs[index].text { foldingChangedText = true }
        }
        folded.reserveCapacity(total)
        starts.reserveCapacity(paragraphs.count)
        for index in paragraphs.indices {
            starts.append(folded.count)
            folded.append(contentsOf: paragraphs[index].folded.utf8)
            folded.append(0x0A)
        }
        // Most documents need no folding: then the printed text is the same buffer (shared, not copied).
        var text = folded
        if foldingChangedText {
            text.removeAll(keepingCapacity: true)
            for index in paragraphs.indices {
                text.append(contentsOf: paragraphs[index].text.utf8)
                text.append(0x0A)
            }
            // Folding keeps the UTF-8 length; should a paragraph break that promise, search the printed text.
            if text.count != folded.count { folded = text }
        }
        self.folded = folded
        self.text = text
        self.paragraphStarts = starts
        self.paragraphs = paragraphs
    }

    /// The index of the paragraph holding byte `offset`.
    public func paragraphIndex(at offset: Int) -> Int {
        var low = 0
        var high = paragraphStarts.count - 1
        guard high >= 0 else { return 0 }
        while low < high {
            let mid = (low + high + 1) / 2
            if paragraphStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The paragraph at `index`.
    public func paragraph(_ index: Int) -> Paragraph { paragraphs[index] }

    /// The 1-based source line of byte `offset`.
    public func line(at offset: Int) -> Int {
        guard !paragraphs.isEmpty else { return 1 }
        let index = paragraphIndex(at: offset)
        return paragraphs[index].sourceLine(atUTF8Offset: offset - paragraphStarts[index])
    }

    /// The printed text of `start..<end`. A run of white space that crosses a paragraph break becomes one space
    /// between Latin letters or digits and disappears elsewhere (Chinese has no spaces between words).
    public func printed(_ start: Int, _ end: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            let space = UTF8Scan.spaceLength(text, at: i)
            if space == 0 {
                out.append(text[i])
                i += 1
                continue
            }
            var j = i
            var crossesBreak = false
            while j < end {
                let n = UTF8Scan.spaceLength(text, at: j)
                if n == 0 { break }
                if text[j] == 0x0A || text[j] == 0x0D { crossesBreak = true }
                j += n
            }
            if !crossesBreak {
                out.append(contentsOf: text[i..<j])
            } else if let last = out.last, last < 0x80, j < end, text[j] < 0x80 {
                out.append(0x20)
            }
            i = j
        }
        return String(decoding: out, as: UTF8.self)
    }
}
