import Core
import Foundation
import Platform
import PluginAPI
import Testing

@Suite("Dispatch: every plugin runs; one that throws or times out makes the result partial, the others' data stays")
struct PluginRunnerTests {
    @Test("all plugins succeed: status complete, data spliced in plugin order, fragments copied verbatim")
    func allSucceed() async throws {
        let runner = PluginRunner(plugins: [EchoPlugin("alpha"), FragmentPlugin()], timeout: .seconds(5))
        let outcomes = await runner.run(sampleDocument())
        #expect(outcomes.map(\.name) == ["alpha", "fragment"])
        #expect(outcomes.allSatisfy { $0.status == .ok })
        let result = DocumentResult(id: sampleDocument().id, source: sampleDocument().source, language: .en,
                                    processedAt: WallClockTime(millisecondsSinceEpoch: 1_763_779_200_456), extractors: outcomes)
        #expect(result.status == .complete)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.json())) as? [String: Any])
        let extractors = try #require(json["extractors"] as? [String: [String: Any]])
        #expect((extractors["fragment"]?["data"] as? [String: [Int]]) == ["raw": [1, 2, 3]])
        #expect((extractors["alpha"]?["data"] as? [String: String])?["path"] == "S/RES/2436(2018)")
        #expect(String(decoding: result.json(), as: UTF8.self).contains("S/RES/2436(2018)"), "slashes are not escaped")
        let document = try #require(json["document"] as? [String: Any])
        #expect(document["source"] as? String == "a \"quoted\" name.txt")
        #expect(document["receivedAt"] as? String == "2025-11-22T02:40:00.123Z")
        #expect(result.fileName == "20251122T024000.456Z-abababababababab.json")
    }

    @Test("a plugin that throws is failed with its error code; the result is partial")
    func throwingPlugin() async throws {
        let runner = PluginRunner(plugins: [EchoPlugin("alpha"), ThrowingPlugin()], timeout: .seconds(5))
        let outcomes = await runner.run(sampleDocument())
        #expect(outcomes[0].status == .ok)
        #expect(outcomes[1].status == .failed)
        #expect(outcomes[1].error == PluginError(code: "broken", message: "always fails"))
        #expect(outcomes[1].data == nil)
        let result = DocumentResult(id: "sha256:00", source: sampleDocument().source, language: .en, processedAt: .now(), extractors: outcomes)
        #expect(result.status == .partial)
        let json = String(decoding: result.json(), as: UTF8.self)
        #expect(json.contains(#""thrower":{"version":"0.1.0","status":"failed""#))
        #expect(json.contains(#""error":{"code":"broken","message":"always fails"}"#))
    }

    @Test("a plugin that outlives the timeout is reported as timeout without holding the document back")
    func timeout() async throws {
        let stuck = StuckPlugin()
        defer { stuck.release() }
        let runner = PluginRunner(plugins: [stuck, EchoPlugin("alpha")], timeout: .seconds(3))
        let start = ContinuousClock.now
        let outcomes = await runner.run(sampleDocument())
        #expect(ContinuousClock.now - start < .seconds(60), "the document did not wait for the stuck plugin")
        #expect(outcomes[0].status == .timeout)
        #expect(outcomes[0].error?.code == "timeout")
        #expect(outcomes[1].status == .ok)
    }

    @Test("a plugin that does not accept the document's language is skipped; only failures make a result failed")
    func skippedAndFailed() async throws {
        let runner = PluginRunner(plugins: [EchoPlugin("zh-only", languages: [.zh]), ThrowingPlugin()], timeout: .seconds(5))
        let outcomes = await runner.run(sampleDocument(language: .en))
        #expect(outcomes[0].status == .skipped)
        #expect(outcomes[0].error?.code == "language-not-supported")
        let result = DocumentResult(id: "sha256:00", source: sampleDocument().source, language: .en, processedAt: .now(), extractors: outcomes)
        #expect(result.status == .failed)
    }
}
