import PluginAPI

/// Helpers over decoded text shared by the decoder and the benchmark harness.
enum SourceText {
    /// The text split at `\n` (line breaks are normalized before), split on bytes rather than Characters.
    static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            lines.reserveCapacity(bytes.count / 40 + 1)
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
    }

    /// The first paragraphs, about 16 KB of them: enough to tell the language.
    static func languageSample(_ paragraphs: [Paragraph]) -> String {
        var sample = ""
        for paragraph in paragraphs {
            sample += paragraph.text
            sample += "\n"
            if sample.utf8.count > 16_384 { break }
        }
        return sample
    }
}
