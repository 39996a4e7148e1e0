/// A strict JSON (RFC 8259) validator over UTF-8 bytes that also reports where each member of a top-level
/// object starts and ends, so a plugin's `data` can be spliced into the result without re-encoding.
///
/// Strings must be valid UTF-8 without raw control characters; nesting is limited (garbage such as
/// 100,000 `[` must not exhaust the stack).
struct JSONScanner {
    /// A top-level object member: its (unescaped-if-simple) key and the byte range of its value.
    struct Member: Equatable {
        var key: String
        var value: Range<Int>
    }

    /// Why bytes are not one valid JSON value.
    struct Invalid: Error, Equatable {
        var offset: Int
        var reason: String
    }

    static let maximumDepth = 256

    /// Validates that `bytes` hold exactly one JSON object (surrounding whitespace allowed) and returns its members.
    static func objectMembers(_ bytes: [UInt8]) throws(Invalid) -> [Member] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Invalid) -> [Member] in
            var scanner = Cursor(bytes: buffer)
            scanner.skipWhitespace()
            guard scanner.peek == UInt8(ascii: "{") else { throw Invalid(offset: scanner.position, reason: "expected a JSON object") }
            var members: [Member] = []
            try scanner.object(depth: 0) { key, range in members.append(Member(key: key, value: range)) }
            scanner.skipWhitespace()
            guard scanner.atEnd else { throw Invalid(offset: scanner.position, reason: "unexpected bytes after the JSON value") }
            return members
        }
    }

    /// Validates that `bytes[range]` is one JSON value.
    static func validate(_ bytes: [UInt8]) throws(Invalid) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Invalid) in
            var scanner = Cursor(bytes: buffer)
            scanner.skipWhitespace()
            try scanner.value(depth: 0)
            scanner.skipWhitespace()
            guard scanner.atEnd else { throw Invalid(offset: scanner.position, reason: "unexpected bytes after the JSON value") }
        }
    }

    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var atEnd: Bool { position >= bytes.count }
        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        func fail(_ reason: String) -> Invalid { Invalid(offset: position, reason: reason) }

        mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        mutating func expect(_ byte: UInt8) throws(Invalid) {
            guard peek == byte else { throw fail("expected '\(Character(Unicode.Scalar(byte)))'") }
            position += 1
        }

        mutating func value(depth: Int) throws(Invalid) {
            guard let byte = peek else { throw fail("unexpected end of input") }
            switch byte {
            case UInt8(ascii: "{"): try object(depth: depth) { _, _ in }
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw fail("unexpected byte 0x\(String(byte, radix: 16))")
            }
        }

        mutating func object(depth: Int, member: (String, Range<Int>) -> Void) throws(Invalid) {
            guard depth < JSONScanner.maximumDepth else { throw fail("nested too deeply") }
            try expect(UInt8(ascii: "{"))
            skipWhitespace()
            if peek == UInt8(ascii: "}") {
                position += 1
                return
            }
            while true {
                skipWhitespace()
                guard peek == UInt8(ascii: "\"") else { throw fail("expected a member name") }
                let key = try string()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                let start = position
                try value(depth: depth + 1)
                member(key, start..<position)
                skipWhitespace()
                guard let next = peek else { throw fail("unexpected end of input in an object") }
                position += 1
                if next == UInt8(ascii: "}") { return }
                guard next == UInt8(ascii: ",") else {
                    position -= 1
                    throw fail("expected ',' or '}'")
                }
            }
        }

        mutating func array(depth: Int) throws(Invalid) {
            guard depth < JSONScanner.maximumDepth else { throw fail("nested too deeply") }
            try expect(UInt8(ascii: "["))
            skipWhitespace()
            if peek == UInt8(ascii: "]") {
                position += 1
                return
            }
            while true {
                skipWhitespace()
                try value(depth: depth + 1)
                skipWhitespace()
                guard let next = peek else { throw fail("unexpected end of input in an array") }
                position += 1
                if next == UInt8(ascii: "]") { return }
                guard next == UInt8(ascii: ",") else {
                    position -= 1
                    throw fail("expected ',' or ']'")
                }
            }
        }

        mutating func literal(_ word: StaticString) throws(Invalid) {
            let count = word.utf8CodeUnitCount
            guard position + count <= bytes.count else { throw fail("unexpected end of input") }
            for index in 0..<count where bytes[position + index] != word.utf8Start[index] {
                throw fail("invalid literal")
            }
            position += count
        }

        mutating func digits() -> Int {
            let start = position
            while let byte = peek, (0x30...0x39).contains(byte) { position += 1 }
            return position - start
        }

        mutating func number() throws(Invalid) {
            if peek == UInt8(ascii: "-") { position += 1 }
            if peek == UInt8(ascii: "0") {
                position += 1
            } else if digits() == 0 {
                throw fail("invalid number")
            }
            if peek == UInt8(ascii: ".") {
                position += 1
                guard digits() > 0 else { throw fail("invalid number") }
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                position += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
                guard digits() > 0 else { throw fail("invalid number") }
            }
        }

        /// Scans a string; returns its contents when it has no escapes (member names), else a decoded copy.
        mutating func string() throws(Invalid) -> String {
            try expect(UInt8(ascii: "\""))
            let start = position
            var escaped = false
            while true {
                guard position < bytes.count else { throw fail("unterminated string") }
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\""):
                    let contents = UnsafeBufferPointer(rebasing: bytes[start..<position])
                    position += 1
                    if !escaped { return String(decoding: contents, as: UTF8.self) }
                    return Self.unescape(contents)
                case UInt8(ascii: "\\"):
                    escaped = true
                    position += 1
                    guard let next = peek else { throw fail("unterminated string") }
                    switch next {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                        UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        position += 1
                    case UInt8(ascii: "u"):
                        position += 1
                        for _ in 0..<4 {
                            guard let hex = peek, Self.hexValue(hex) != nil else { throw fail("invalid \\u escape") }
                            position += 1
                        }
                    default: throw fail("invalid escape")
                    }
                case 0..<0x20: throw fail("control character in a string")
                case 0x20..<0x80: position += 1
                default: try utf8Sequence()
                }
            }
        }

        /// Checks one multi-byte UTF-8 sequence (no overlongs, no surrogates, at most U+10FFFF).
        mutating func utf8Sequence() throws(Invalid) {
            let lead = bytes[position]
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: throw fail("invalid UTF-8")
            }
            guard position + length <= bytes.count else { throw fail("invalid UTF-8") }
            let second = bytes[position + 1]
            guard second >= low, second <= high else { throw fail("invalid UTF-8") }
            for offset in 2..<max(2, length) where bytes[position + offset] & 0xC0 != 0x80 {
                throw fail("invalid UTF-8")
            }
            position += length
        }

        static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case 0x30...0x39: UInt32(byte - 0x30)
            case 0x41...0x46: UInt32(byte - 0x41 + 10)
            case 0x61...0x66: UInt32(byte - 0x61 + 10)
            default: nil
            }
        }

        /// Decodes the escapes of an already validated string body.
        static func unescape(_ body: UnsafeBufferPointer<UInt8>) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(body.count)
            var index = 0
            var pendingHigh: UInt32?
            func append(scalar value: UInt32, to out: inout [UInt8]) {
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(scalar).utf8))
            }
            while index < body.count {
                let byte = body[index]
                guard byte == UInt8(ascii: "\\") else {
                    out.append(byte)
                    index += 1
                    continue
                }
                let kind = body[index + 1]
                index += 2
                switch kind {
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var value: UInt32 = 0
                    for offset in 0..<4 { value = value << 4 | (hexValue(body[index + offset]) ?? 0) }
                    index += 4
                    if (0xD800...0xDBFF).contains(value) {
                        pendingHigh = value
                        continue
                    }
                    if (0xDC00...0xDFFF).contains(value), let high = pendingHigh {
                        append(scalar: 0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00), to: &out)
                    } else {
                        append(scalar: value, to: &out)
                    }
                default: out.append(kind)
                }
                pendingHigh = nil
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
