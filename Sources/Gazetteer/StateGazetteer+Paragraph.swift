import PluginAPI

extension StateGazetteer {
    /// Every name found in a paragraph, scanned in its folded text (Traditional folded to Simplified), so
    /// ranges slice ``PluginAPI/Paragraph/text`` too (``GazetteerMatch/text(in:)``) and give source lines
    /// (``PluginAPI/Paragraph/sourceLine(atUTF8Offset:)``).
    public func matches(in paragraph: Paragraph, options: MatchOptions = .default) -> [GazetteerMatch] {
        matches(in: paragraph.folded, options: options)
    }
}
