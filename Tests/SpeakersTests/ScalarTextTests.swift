@testable import SpeakersPlugin
import Testing

/// The scanners' decoded text: scalars, and the UTF-8 offsets that map a scalar range back to the printed text
/// (kept as one checkpoint every 16 scalars).
@Suite("Speakers: decoded paragraph text and its UTF-8 offsets")
struct ScalarTextTests {
    /// Texts mixing one-, two-, three- and four-byte scalars, of lengths around the checkpoint spacing.
    static let texts: [String] = {
        let pieces = ["a", "é", "中", "😀", " ", "·", "Z", "国"]
        var texts = ["", "x", "联合国"]
        for length in [15, 16, 17, 31, 32, 33, 100] {
            texts.append(String((0..<length).map { pieces[($0 * 7 + length) % pieces.count] }.joined()))
        }
        return texts
    }()

    @Test("every scalar's UTF-8 offset is the one of the printed text, in every paragraph of a document")
    func offsetsMatchThePrintedText() {
        let decoded = ScalarText.decode(Self.texts)
        for (text, scalars) in zip(Self.texts, decoded) {
            let expected = text.unicodeScalars.indices.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
            #expect(scalars.count == expected.count)
            for (index, offset) in expected.enumerated() {
                #expect(scalars.utf8Offset(index) == offset)
                #expect(scalars[index] == text.unicodeScalars[text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: index)].value)
            }
            #expect(scalars.utf8Offset(scalars.count) == text.utf8.count)
        }
    }

    @Test("a UTF-8 offset maps to the first scalar at or after it")
    func indexOfAnOffset() {
        for (text, scalars) in zip(Self.texts, ScalarText.decode(Self.texts)) {
            for offset in -1...(text.utf8.count + 1) {
                let expected = (0...scalars.count).first { scalars.utf8Offset($0) >= offset } ?? scalars.count
                #expect(scalars.index(ofUTF8: offset) == expected, "offset \(offset) of \(text.debugDescription)")
            }
        }
    }

    @Test("slices give back the printed text, and indices outside the text read as 0")
    func slicesAndBounds() {
        let text = "Mr. 耿爽 said 😀 that"
        let scalars = ScalarText(text)
        #expect(scalars.slice(text, 4, 6) == "耿爽")
        #expect(scalars.slice(text, 0, scalars.count) == text)
        #expect(scalars[-1] == 0 && scalars[scalars.count] == 0)
        #expect(scalars.ideographs == 2)
    }
}
