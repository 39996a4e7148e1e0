import Foundation
import PluginAPI
import Testing

@Suite("JSONWriter writes valid JSON strings, numbers and members")
struct JSONWriterTests {
    private func text(_ build: (inout JSONWriter) -> Void, controlEscapes: JSONWriter.ControlEscapes = .unicode) -> String {
        var writer = JSONWriter(controlEscapes: controlEscapes)
        build(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("quotes, backslashes and control characters are escaped; slashes and Chinese text are not")
    func escapes() {
        let value = "a \"q\" \\ / 中文 tab\t nl\n cr\r bell\u{07} bs\u{08} ff\u{0C}"
        #expect(text { $0.string(value) } == #""a \"q\" \\ / 中文 tab\t nl\n cr\r bell\u0007 bs\u0008 ff\u000c""#)
        #expect(text({ $0.string(value) }, controlEscapes: .short) == #""a \"q\" \\ / 中文 tab\t nl\n cr\r bell\u0007 bs\b ff\f""#)
    }

    @Test("every escaped string reads back as the original", arguments: ["", "plain", "\u{00}\u{1F}\"\\", "尾\n", String(repeating: "段落 \"x\"\n", count: 200)])
    func roundTrip(_ value: String) throws {
        for escapes in [JSONWriter.ControlEscapes.unicode, .short] {
            let json = text({ $0.raw("["); $0.string(value); $0.raw("]") }, controlEscapes: escapes)
            let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
            #expect(decoded == [value])
        }
    }

    @Test("members get a comma except the first of an object; optional strings become null")
    func members() {
        let json = text {
            $0.raw("{")
            $0.member("a")
            $0.integer(-12)
            $0.member("b")
            $0.string(orNull: nil)
            $0.member("c")
            $0.raw("{")
            $0.member("d")
            $0.bool(true)
            $0.raw("}}")
        }
        #expect(json == #"{"a":-12,"b":null,"c":{"d":true}}"#)
    }

    @Test("milliseconds have at most three decimals and no trailing zeros", arguments: [
        (0.0, "0"), (12.0, "12"), (0.4214, "0.421"), (0.05, "0.05"), (1.005, "1.005"), (2.1, "2.1"), (3.9996, "4"), (-1.0, "0"),
    ])
    func milliseconds(_ value: Double, _ expected: String) {
        #expect(text { $0.milliseconds(value) } == expected)
    }
}
