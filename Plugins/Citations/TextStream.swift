import PluginAPI

/// A document's paragraphs as one UTF-8 buffer, paragraphs separated by a line feed, with a map back to source
/// lines. Constructs split across paragraphs (a resolution mention broken by a page, a wrapped title) are found
/// by treating the separator as white space.
///
/// In a paragraph that prints digits in full width ("第２３２６（２０１６）號決議", as some Traditional copies do), the
/// full-width digits, Latin letters, solidus, full stop and hyphen are folded to ASCII, so that the grammars read
/// them; offsets into ``folded`` are then mapped to ``text`` (``textOffset(_:)``). Other paragraphs keep the byte
/// layout of their printed text.
public struct TextStream: Sendable {
    /// The folded text of every paragraph (Traditional → Simplified, full-width ASCII forms as above), each followed
    /// by `\n`.
    public let folded: [UInt8]
    /// The printed text of every paragraph.
    public let text: [UInt8]
    /// Where each paragraph starts in ``folded``.
    public let paragraphStarts: [Int]
    private let paragraphs: [Paragraph]
    /// For each offset of ``folded`` (and its end), the offset of ``text``; nil when the two are aligned byte for byte.
    private let textOffsets: [Int32]?

    /// Builds the stream from a document's paragraphs.
    public init(paragraphs: [Paragraph]) {
        var folded: [UInt8] = []
        var starts: [Int] = []
        var total = 0
        var foldingChangedText = false
        var fullWidthDigits = false
        for index in paragraphs.indices {
            total += paragraphs[index].text.utf8.count + 1
            if paragraphs[index].folded != paragraphs[index].text { foldingChangedText = true }
            if TextStream.hasFullWidthDigit(paragraphs[index].folded.utf8) { fullWidthDigits = true }
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
        if foldingChangedText || fullWidthDigits {
            text.removeAll(keepingCapacity: true)
            for index in paragraphs.indices {
                text.append(contentsOf: paragraphs[index].text.utf8)
                text.append(0x0A)
            }
            // Folding keeps the UTF-8 length; should a paragraph break that promise, search the printed text.
            if text.count != folded.count { folded = text }
        }
        var textOffsets: [Int32]?
        if fullWidthDigits {
            (folded, starts, textOffsets) = TextStream.foldingFullWidth(folded, paragraphStarts: starts)
        }
        self.folded = folded
        self.text = text
        self.paragraphStarts = starts
        self.paragraphs = paragraphs
        self.textOffsets = textOffsets
    }

    /// Whether `text` has a full-width digit (U+FF10–U+FF19, UTF-8 EF BC 90–99).
    private static func hasFullWidthDigit(_ utf8: some Sequence<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if previous == (0xEF, 0xBC) && byte >= 0x90 && byte <= 0x99 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// The ASCII form of the full-width scalar whose UTF-8 starts at `index` (EF BC xx / EF BD xx), for digits,
    /// Latin letters, `／`, `．` and `－`; nil for anything else (full-width parentheses and commas stay: the
    /// grammars read those as printed).
    private static func asciiForm(_ bytes: [UInt8], at index: Int) -> UInt8? {
        guard index + 2 < bytes.count, bytes[index] == 0xEF else { return nil }
        let scalar = 0xFF00 + (UInt32(bytes[index + 1] & 0x03) << 6 | UInt32(bytes[index + 2] & 0x3F))
        guard bytes[index + 1] == 0xBC || bytes[index + 1] == 0xBD else { return nil }
        switch scalar {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF0F, 0xFF0E, 0xFF0D: return UInt8(scalar - 0xFEE0)
        default: return nil
        }
    }

    /// Folds the full-width ASCII forms of the paragraphs that print full-width digits; returns the new buffer,
    /// the paragraph starts in it, and the map of its offsets to the printed text's.
    private static func foldingFullWidth(_ bytes: [UInt8], paragraphStarts: [Int]) -> ([UInt8], [Int], [Int32]) {
        var result: [UInt8] = []
        var offsets: [Int32] = []
        var starts: [Int] = []
        result.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        for (number, start) in paragraphStarts.enumerated() {
            let end = number + 1 < paragraphStarts.count ? paragraphStarts[number + 1] : bytes.count
            let paragraph = Array(bytes[start..<end])
            let fold = hasFullWidthDigit(paragraph)
            starts.append(result.count)
            var index = 0
            while index < paragraph.count {
                if fold, let ascii = asciiForm(paragraph, at: index) {
                    offsets.append(Int32(start + index))
                    result.append(ascii)
                    index += 3
                } else {
                    offsets.append(Int32(start + index))
                    result.append(paragraph[index])
                    index += 1
                }
            }
        }
        offsets.append(Int32(bytes.count))
        return (result, starts, offsets)
    }

    /// The offset of ``text`` that matches offset `offset` of ``folded``.
    public func textOffset(_ offset: Int) -> Int {
        guard let textOffsets else { return offset }
        return Int(textOffsets[max(0, min(offset, textOffsets.count - 1))])
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
        return paragraphs[index].sourceLine(atUTF8Offset: textOffset(offset) - textOffset(paragraphStarts[index]))
    }

    /// The printed text of `start..<end`. A run of white space that crosses a paragraph break becomes one space
    /// between Latin letters or digits and disappears elsewhere (Chinese has no spaces between words).
    public func printed(_ start: Int, _ end: Int) -> String {
        let start = textOffset(start)
        let end = textOffset(end)
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
