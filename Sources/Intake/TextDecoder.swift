import Platform
import PluginAPI

/// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM (or unmistakable without),
/// GB18030/GBK for legacy Chinese files, and Windows-1252 for legacy Western files. Invalid input is refused,
/// never repaired with U+FFFD; binary content is refused. Line breaks come out as `\n`.
enum TextDecoder {
    /// Decoded text with the name of the encoding it was in.
    struct Decoded {
        var text: String
        var encoding: String
    }

    static func decode(_ bytes: [UInt8], fileName: String) throws(IntakeError) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(Array(bytes[3...]), fileName: fileName)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes[2...], bigEndian: false, fileName: fileName) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes[2...], bigEndian: true, fileName: fileName) }
        if let bigEndian = unmarkedUTF16(bytes) { return try utf16(bytes[...], bigEndian: bigEndian, fileName: fileName) }
        try refuseBinary(bytes, fileName: fileName)
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: normalizeLineBreaks(text), encoding: "utf-8")
        }
        if let text = gb18030(bytes) {
            return Decoded(text: normalizeLineBreaks(text), encoding: "gb18030")
        }
        if let text = windows1252(bytes) {
            return Decoded(text: normalizeLineBreaks(text), encoding: "windows-1252")
        }
        throw IntakeError(code: "invalid-encoding", message: "\(fileName) is not valid UTF-8, UTF-16, GB18030 or Windows-1252 text")
    }

    private static func utf8(_ bytes: [UInt8], fileName: String) throws(IntakeError) -> Decoded {
        try refuseBinary(bytes, fileName: fileName)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw IntakeError(code: "invalid-encoding", message: "\(fileName) starts with a UTF-8 byte order mark but is not valid UTF-8")
        }
        return Decoded(text: normalizeLineBreaks(text), encoding: "utf-8")
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, fileName: String) throws(IntakeError) -> Decoded {
        let name = bigEndian ? "utf-16be" : "utf-16le"
        guard bytes.count % 2 == 0 else {
            throw IntakeError(code: "invalid-encoding", message: "\(fileName) is \(name) text with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var controls = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if isBinaryControl(scalar.value) { controls += 1 }
                scalars.append(scalar)
            case .emptyInput:
                break loop
            case .error:
                throw IntakeError(code: "invalid-encoding", message: "\(fileName) is not valid \(name) text (unpaired surrogate)")
            }
        }
        if controls > 0 && (controls * 200 > units.count || scalars.contains("\u{0}")) {
            throw IntakeError(code: "binary-content", message: "\(fileName) decodes as \(name) but holds binary control characters")
        }
        return Decoded(text: normalizeLineBreaks(String(scalars)), encoding: name)
    }

    /// UTF-16 without a BOM shows as a NUL in every other byte of mostly-ASCII text.
    private static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = min(bytes.count, 4096) & ~1
        guard sample >= 16 else { return nil }
        var evenZero = 0, oddZero = 0
        for index in stride(from: 0, to: sample, by: 2) {
            if bytes[index] == 0 { evenZero += 1 }
            if bytes[index + 1] == 0 { oddZero += 1 }
        }
        let pairs = sample / 2
        if oddZero * 10 >= pairs * 7, evenZero * 20 < pairs { return false }
        if evenZero * 10 >= pairs * 7, oddZero * 20 < pairs { return true }
        return nil
    }

    /// NUL or too many C0 control characters (other than tab, line feed, form feed, carriage return, escape).
    private static func refuseBinary(_ bytes: [UInt8], fileName: String) throws(IntakeError) {
        var controls = 0
        for byte in bytes where byte < 0x20 {
            if byte == 0 {
                throw IntakeError(code: "binary-content", message: "\(fileName) contains NUL bytes: it is binary, not text")
            }
            if isBinaryControl(UInt32(byte)) { controls += 1 }
        }
        if controls * 200 > bytes.count {
            throw IntakeError(code: "binary-content", message: "\(fileName) has \(controls) control bytes in \(bytes.count): it is binary, not text")
        }
    }

    private static func isBinaryControl(_ value: UInt32) -> Bool {
        value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0C && value != 0x0D && value != 0x1B
    }

    /// GB18030 through iconv, accepted only if the result reads like Chinese text: ideographs mostly next to
    /// ideographs (Windows-1252 text misread as GB18030 gives isolated ideographs between Latin letters), and
    /// no private-use characters.
    private static func gb18030(_ bytes: [UInt8]) -> String? {
        guard let utf8 = try? TextEncodingConverter.utf8Bytes(from: bytes, encoding: "GB18030"),
              let text = String(validating: utf8, as: UTF8.self) else { return nil }
        var han = 0, hanWithNeighbour = 0, privateUse = 0
        var previousHan = false, pendingIsolated = false
        for scalar in text.unicodeScalars {
            let isHan = UTF8Scan.isHan(scalar.value) || (scalar.value >= 0x3000 && scalar.value <= 0x303F) || (scalar.value >= 0xFF00 && scalar.value <= 0xFFEF)
            if (0xE000...0xF8FF).contains(scalar.value) { privateUse += 1 }
            if isHan {
                han += 1
                if previousHan {
                    hanWithNeighbour += pendingIsolated ? 2 : 1
                    pendingIsolated = false
                } else {
                    pendingIsolated = true
                }
            } else {
                pendingIsolated = false
            }
            previousHan = isHan
        }
        guard han > 0, privateUse * 100 <= han, hanWithNeighbour * 10 >= han * 6 else { return nil }
        return text
    }

    /// Windows-1252 (Latin-1 with printable 0x80–0x9F): the fallback for legacy Western text.
    private static func windows1252(_ bytes: [UInt8]) -> String? {
        let high: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        var letters = 0, nonASCII = 0
        for byte in bytes {
            var value = UInt32(byte)
            if byte >= 0x80 {
                nonASCII += 1
                if byte < 0xA0 { value = high[Int(byte - 0x80)] }
                guard value != 0 else { return nil }
            }
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letters += 1 }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            scalars.append(scalar)
        }
        // Mostly Latin letters with a few accented ones: a Western text, not mis-detected binary or Chinese.
        guard letters >= nonASCII * 4 else { return nil }
        return String(scalars)
    }

    /// CRLF and lone CR become LF.
    static func normalizeLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                output.append(0x0A)
                previousCR = true
                continue
            }
            if byte == 0x0A, previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
