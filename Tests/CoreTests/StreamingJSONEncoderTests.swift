@testable import Core
import Foundation
import Testing

@Suite("Plugin data is written as the same JSON JSONEncoder writes, only faster")
struct StreamingJSONEncoderTests {
    struct Inner: Encodable, Equatable {
        var code: String
        var name: String?
    }

    struct Sample: Encodable {
        var text = "quote \" backslash \\ slash / tab \t newline \n bell \u{07} 中文"
        var count = 42
        var negative = -7
        var score = 0.25
        var whole = 3.0
        var flag = true
        var missing: String?
        var nested = Inner(code: "ETH", name: nil)
        var list = [Inner(code: "CHN", name: "中国"), Inner(code: "FRA", name: "France")]
        var numbers = [1, 2, 3]
        var empty: [Int] = []
        var table = ["a": 1]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(count, forKey: .count)
            try container.encode(negative, forKey: .negative)
            try container.encode(score, forKey: .score)
            try container.encode(whole, forKey: .whole)
            try container.encode(flag, forKey: .flag)
            try container.encode(missing, forKey: .missing)
            try container.encodeIfPresent(missing, forKey: .absent)
            try container.encode(nested, forKey: .nested)
            var items = container.nestedUnkeyedContainer(forKey: .list)
            for item in list { try items.encode(item) }
            try container.encode(numbers, forKey: .numbers)
            try container.encode(empty, forKey: .empty)
            try container.encode(table, forKey: .table)
        }

        enum CodingKeys: String, CodingKey { case text, count, negative, score, whole, flag, missing, absent, nested, list, numbers, empty, table }
    }

    private func jsonObject(_ bytes: [UInt8]) throws -> NSDictionary {
        try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary)
    }

    @Test("nested objects, arrays, optionals, numbers and escapes read back as JSONEncoder's output does")
    func sameAsJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let expected = try jsonObject(Array(encoder.encode(Sample())))
        let streamed = try StreamingJSONEncoder.encode(Sample())
        #expect(try jsonObject(streamed) == expected)
        let text = String(decoding: streamed, as: UTF8.self)
        #expect(text.hasPrefix(#"{"text":"quote \" backslash \\ slash / tab \t newline \n bell \u0007 中文","count":42,"#))
        #expect(text.contains(#""score":0.25,"whole":3,"flag":true,"missing":null,"nested":{"code":"ETH"}"#))
        #expect(text.contains(#""numbers":[1,2,3],"empty":[],"table":{"a":1}}"#))
    }

    struct Blob: Encodable { var data = Data([1, 2, 3]) }
    struct NotANumber: Encodable { var value = Double.nan }

    @Test("values JSONEncoder treats specially go through JSONEncoder: Data as base64, NaN refused")
    func fallback() throws {
        #expect(String(decoding: try StreamingJSONEncoder.encode(Blob()), as: UTF8.self) == #"{"data":"AQID"}"#)
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode(NotANumber()) }
    }

    @Test("strings come out byte for byte as JSONEncoder writes them, backspace and form feed included")
    func sameStringBytes() throws {
        let value = ["text": "q\" b\\ /\u{08}\u{0C}\u{01}\t\n 中文"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        #expect(try StreamingJSONEncoder.encode(value) == Array(try encoder.encode(value)))
    }
}
