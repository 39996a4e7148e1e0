@testable import Core
import Logging
import Testing

@Suite("The console log: one entry is one line, whatever the file names in it")
struct ConsoleLogHandlerTests {
    func line(_ message: Logger.Message, _ metadata: Logger.Metadata) -> String {
        ConsoleLogHandler(label: "undocd").line(for: LogEvent(
            level: .warning, message: message, metadata: metadata, source: nil, file: #fileID, function: #function, line: #line))
    }

    @Test("control characters, DEL, C1 controls and bidirectional overrides in names are escaped, in values and message",
          arguments: [
              ("line\nbreak.txt", #""line\nbreak.txt""#),
              ("tab\there.txt", #""tab\there.txt""#),
              ("ctrl-\u{01}\u{07}\u{1B}[31m-red.txt", #""ctrl-\x01\x07\x1B[31m-red.txt""#),
              ("cr\r.txt", #""cr\r.txt""#),
              ("del\u{7F}.txt", #""del\x7F.txt""#),
              ("c1-\u{85}\u{9B}31m.txt", #""c1-\u{85}\u{9B}31m.txt""#),
              ("exe.\u{202E}txt.pdf", #""exe.\u{202E}txt.pdf""#),
              ("quote\"and\\back.txt", #""quote\"and\\back.txt""#),
              ("中文名称 S／2019／1002.txt", #""中文名称 S／2019／1002.txt""#),
              ("plain.txt", "plain.txt"),
          ])
    func escapesNames(name: String, rendered: String) {
        let text = line("cannot read \(name)", ["source": "\(name)"])
        #expect(text.hasSuffix(" source=\(rendered)\n"))
        #expect(text.dropLast().unicodeScalars.allSatisfy { !ConsoleLogHandler.isUnsafe($0) }, "one line, no control characters")
        #expect(text.contains(": cannot read \(ConsoleLogHandler.escaped(name)) source="))
    }

    @Test("bytes that were not UTF-8 print as U+FFFD, never as raw bytes")
    func invalidUTF8() {
        let name = String(decoding: [0x62, 0xFF, 0xFE, 0x2E, 0x74, 0x78, 0x74], as: UTF8.self)
        let text = line("dropped", ["source": "\(name)"])
        #expect(text.hasSuffix(" source=b\u{FFFD}\u{FFFD}.txt\n"))
        #expect(String(validating: Array(text.utf8), as: UTF8.self) != nil)
    }
}
