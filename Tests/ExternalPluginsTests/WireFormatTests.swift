import Foundation
import PluginAPI
import Testing

@testable import ExternalPlugins

@Suite("The wire format: requests are valid JSON Lines, replies are validated strictly")
struct WireFormatTests {
    @Test("a request is one line of JSON holding the document's text and paragraphs with their lines")
    func requestShape() throws {
        let document = sampleDocument(["第一行 \"quoted\"\tand \\ slash", "line\u{01} two"])
        let bytes = WireRequest.extract(id: 42, document: document, capabilities: WorkerCapabilities())
        #expect(bytes.last == 0x0A && bytes.dropLast().allSatisfy { $0 != 0x0A })
        #expect(bytes.starts(with: Array(#"{"type":"extract","id":"42","#.utf8)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let sent = try #require(object["document"] as? [String: Any])
        #expect(sent["text"] as? String == document.text)
        #expect(sent["language"] as? String == "zh")
        let paragraphs = try #require(sent["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 2)
        #expect(paragraphs[1]["lines"] as? [Int] == [2, 2])
        #expect(paragraphs[0]["text"] as? String == document.normalized.paragraphs[0].text)
        let source = try #require(sent["source"] as? [String: Any])
        #expect(source["fileName"] as? String == "S-2019-1002.txt")
        let receivedAt = try #require(source["receivedAt"] as? String)
        #expect(receivedAt.hasSuffix("Z") && receivedAt.count == "2026-11-22T02:40:00.123Z".count, "\(receivedAt)")
    }

    @Test("capabilities leave out what the worker does not want")
    func capabilities() throws {
        let bytes = WireRequest.extract(id: 1, document: sampleDocument(), capabilities: WorkerCapabilities(wantsText: false, wantsParagraphs: true))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let sent = try #require(object["document"] as? [String: Any])
        #expect(sent["text"] == nil && sent["paragraphs"] != nil)
    }

    @Test(
        "valid JSON is accepted",
        arguments: [
            #"{}"#, #"{"a":[1,-2.5e3,true,false,null,"x\u00e9\n"],"b":{"c":"中文"}}"#, #" { "data" : { } } "#,
        ])
    func valid(_ text: String) throws {
        _ = try JSONScanner.objectMembers(Array(text.utf8))
    }

    @Test(
        "anything else is refused",
        arguments: [
            "", "not json", #"{"a":1,}"#, #"{"a":01}"#, "{\"a\":\"tab\tin string\"}", #"{"a":"\x"}"#, #"{"a":1} extra"#,
            #"[1,2]"#, #"{"a":tru}"#, String(repeating: "[", count: 100_000),
        ])
    func invalid(_ text: String) {
        #expect(throws: JSONScanner.Invalid.self) { _ = try JSONScanner.objectMembers(Array(text.utf8)) }
    }

    @Test("invalid UTF-8 inside a string is refused")
    func invalidUTF8() {
        #expect(throws: JSONScanner.Invalid.self) { _ = try JSONScanner.objectMembers([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]) }
    }

    @Test("a data reply keeps the plugin's bytes exactly")
    func dataReply() throws {
        let line = Array(#"{"type":"result","id":"7","data":{"b":1, "a":[ "x" ]}}"#.utf8)
        #expect(try WireReply.parse(line) == .data(id: "7", json: Array(#"{"b":1, "a":[ "x" ]}"#.utf8)))
    }

    @Test("an error reply carries the plugin's code, but not one reserved for the supervisor")
    func errorReply() throws {
        let line = Array(#"{"type":"result","id":"7","error":{"code":"model-missing","message":"no model"}}"#.utf8)
        #expect(try WireReply.parse(line) == .error(id: "7", code: "model-missing", message: "no model"))
        #expect(WorkerSession.pluginCode("timeout") == "plugin-error")
        #expect(WorkerSession.pluginCode("Bad Code") == "plugin-error")
    }

    @Test("data that is not an object, or a reply without data or error, is invalid output")
    func malformedReplies() {
        for text in [#"{"type":"result","id":"1","data":[1]}"#, #"{"type":"result","id":"1"}"#, #"{"type":"other"}"#] {
            #expect(throws: PluginError.self) { _ = try WireReply.parse(Array(text.utf8)) }
        }
    }

    @Test("the line reader splits lines and stops at the size limit")
    func lineBuffer() throws {
        var lines = LineBuffer(limit: 8)
        Array("ab\r\ncd\nefg".utf8).withUnsafeBytes { lines.append($0) }
        #expect(try lines.nextLine() == Array("ab".utf8))
        #expect(try lines.nextLine() == Array("cd".utf8))
        #expect(try lines.nextLine() == nil)
        Array("hijklmnop".utf8).withUnsafeBytes { lines.append($0) }
        #expect(throws: LineBuffer.Overflow.self) { _ = try lines.nextLine() }
    }

    @Test("restart delays double up to the maximum, then the plugin is disabled")
    func restartPolicy() {
        var policy = RestartPolicy(configuration: SupervisionConfiguration(
            restartBackoff: .milliseconds(100), maximumRestartBackoff: .milliseconds(300), maximumConsecutiveFailures: 5))
        #expect(policy.recordFailure() == .restart(after: .milliseconds(100)))
        #expect(policy.recordFailure() == .restart(after: .milliseconds(200)))
        policy.recordSuccess()
        #expect(policy.recordFailure() == .restart(after: .milliseconds(100)))
        #expect(policy.recordFailure() == .restart(after: .milliseconds(200)))
        #expect(policy.recordFailure() == .restart(after: .milliseconds(300)))
        #expect(policy.recordFailure() == .restart(after: .milliseconds(300)))
        #expect(policy.recordFailure() == .disable)
        #expect(policy.isDisabled)
    }
}
