import PluginAPI

/// Maps a piece of a folded text (Traditional → Simplified, what the parsers match on) back to the characters
/// printed at the same place: a sender read from `烏克蘭常駐聯合國代表給…` is written `烏克蘭常駐聯合國代表`, not
/// its Simplified form.
///
/// Folding keeps every character's UTF-8 length, so the same byte range holds the piece in both texts; pieces the
/// title parser took from the text without its spaces are looked up with the spaces removed from both.
struct PrintedText {
    private let folded: String
    private let text: String

    /// Pairs a folded text with the printed text it was folded from.
    init(folded: String, text: String) {
        self.folded = folded
        self.text = text
    }

    /// The printed form of `piece`, a substring of the folded text (with or without its spaces); `piece` itself
    /// when nothing was folded or it cannot be found.
    func text(of piece: String) -> String {
        guard folded != text, !piece.isEmpty else { return piece }
        let needle = Array(piece.utf8)
        for (foldedForm, printedForm) in [(folded, text), (UTF8Scan.removingSpaces(folded), UTF8Scan.removingSpaces(text))] {
            let foldedBytes = Array(foldedForm.utf8)
            let printedBytes = Array(printedForm.utf8)
            guard foldedBytes.count == printedBytes.count, let at = UTF8Scan.firstIndex(of: needle, in: foldedBytes) else { continue }
            return String(decoding: printedBytes[at..<(at + needle.count)], as: UTF8.self)
        }
        return piece
    }
}
