import Foundation
import PluginAPI

/// Encodes a plugin's `Encodable` data straight to JSON bytes, without the intermediate value tree, dictionaries and
/// boxing of `JSONEncoder` (which cost more than some extractors on a 50 KB document).
///
/// The output is what `JSONEncoder` with `.withoutEscapingSlashes` writes, except that an object's keys come in the
/// order the value encodes them (`JSONEncoder` writes them in hash order). Values are written as they are encoded,
/// so a container must be filled before its parent's next value — what synthesized and hand-written `encode(to:)`
/// methods do. Anything else (a container used after a sibling, `superEncoder`, non-finite numbers, the types
/// `JSONEncoder` special-cases: `Data`, `Date`, `URL`, `Decimal`) makes ``encode(_:)`` fall back to `JSONEncoder`.
enum StreamingJSONEncoder {
    /// The JSON bytes of `value`.
    /// - Throws: what the value's `encode(to:)` throws, or `EncodingError` from the `JSONEncoder` fallback.
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let writer = JSONStreamWriter()
        do {
            try writer.encodeValue(value, codingPath: [])
            writer.close(downTo: 0)
            if !writer.unsupported { return writer.bytes }
        } catch where !writer.unsupported {
            throw error
        } catch {
            // Unsupported: JSONEncoder below writes it (or throws its own error).
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }
}

/// Thrown internally when a value needs what only `JSONEncoder` does (the writer is then marked `unsupported`);
/// never escapes ``StreamingJSONEncoder``.
struct StreamingUnsupported: Error {}

/// The byte buffer and the stack of open containers.
///
/// One writer serves one value on one thread (``StreamingJSONEncoder/encode(_:)`` creates it and never shares it),
/// so its stored properties opt out of the dynamic exclusivity checks, which cost more than the writing itself.
final class JSONStreamWriter {
    @exclusivity(unchecked) var bytes: [UInt8] = []
    /// Set when the value did something only `JSONEncoder` handles; the bytes are then discarded.
    @exclusivity(unchecked) var unsupported = false
    private struct Frame {
        var id: Int
        var isObject: Bool
        var count = 0
    }
    @exclusivity(unchecked) private var frames: [Frame] = []
    @exclusivity(unchecked) private var nextID = 0

    init() { bytes.reserveCapacity(4096) }

    /// Opens a container for a value being written; returns its depth and identity.
    func open(object: Bool) -> (depth: Int, id: Int) {
        nextID += 1
        frames.append(Frame(id: nextID, isObject: object))
        bytes.append(object ? 0x7B : 0x5B)
        return (frames.count - 1, nextID)
    }

    /// Closes the containers deeper than `depth` (they are complete once a shallower one is written to).
    func close(downTo depth: Int) {
        while frames.count > depth {
            bytes.append(frames.removeLast().isObject ? 0x7D : 0x5D)
        }
    }

    /// Prepares the container at `depth` for its next element: closes deeper ones, writes the separator.
    func beginElement(depth: Int, id: Int) throws {
        guard depth >= 0, depth < frames.count, frames[depth].id == id else {
            unsupported = true
            throw StreamingUnsupported()
        }
        close(downTo: depth + 1)
        if frames[depth].count > 0 { bytes.append(0x2C) }
        frames[depth].count += 1
    }

    func writeKey(_ key: String) {
        writeString(key)
        bytes.append(0x3A)
    }

    func writeNull() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }
    func writeBool(_ value: Bool) {
        if value { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) } else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }
    }
    func writeInteger(_ value: some BinaryInteger) { bytes.append(contentsOf: value.description.utf8) }

    func writeFloat(_ value: some BinaryFloatingPoint & CustomStringConvertible) throws {
        guard value.isFinite else {
            unsupported = true
            throw StreamingUnsupported()
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    func writeString(_ value: String) { JSONWriter.appendString(value, to: &bytes, controlEscapes: .short) }

    /// Writes `value` when it is a String, Int, Bool or Double; false otherwise (an Optional then encodes itself).
    /// Compares types instead of casting: a dynamic cast per value cost more than writing it.
    func writePrimitive<T: Encodable>(_ value: T) throws -> Bool {
        // Each unsafeBitCast is to the type T was just found to be.
        if T.self == String.self {
            writeString(unsafeBitCast(value, to: String.self))
        } else if T.self == Int.self {
            writeInteger(unsafeBitCast(value, to: Int.self))
        } else if T.self == Bool.self {
            writeBool(unsafeBitCast(value, to: Bool.self))
        } else if T.self == Double.self {
            try writeFloat(unsafeBitCast(value, to: Double.self))
        } else {
            return false
        }
        return true
    }

    /// Writes one value at the current position (its separator and key already written).
    func encodeValue<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        if try writePrimitive(value) { return }
        switch T.self {
        case is Data.Type, is Date.Type, is URL.Type, is Decimal.Type:
            unsupported = true
            throw StreamingUnsupported()
        default:
            let start = bytes.count
            let depth = frames.count
            try value.encode(to: JSONStreamEncoder(writer: self, codingPath: codingPath))
            close(downTo: depth)
            // A value that encodes nothing is an empty object, as with JSONEncoder.
            if bytes.count == start { bytes.append(contentsOf: [0x7B, 0x7D]) }
        }
    }
}

/// The `Encoder` handed to a value being written.
struct JSONStreamEncoder: Encoder {
    let writer: JSONStreamWriter
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let (depth, id) = writer.open(object: true)
        return KeyedEncodingContainer(JSONStreamKeyedContainer<Key>(writer: writer, depth: depth, id: id, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let (depth, id) = writer.open(object: false)
        return JSONStreamUnkeyedContainer(writer: writer, depth: depth, id: id, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONStreamSingleValue(writer: writer, codingPath: codingPath)
    }
}

/// An object being written.
struct JSONStreamKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONStreamWriter
    let depth: Int
    let id: Int
    let codingPath: [any CodingKey]

    private func begin(_ key: Key) throws {
        try writer.beginElement(depth: depth, id: id)
        writer.writeKey(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { try begin(key); writer.writeNull() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try begin(key); writer.writeBool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try begin(key); writer.writeString(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try begin(key); try writer.writeFloat(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try begin(key); try writer.writeFloat(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try begin(key); writer.writeInteger(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try begin(key)
        // Primitives first: the nested coding path is built only for values that encode themselves.
        if try writer.writePrimitive(value) { return }
        try writer.encodeValue(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        do { try begin(key) } catch { return KeyedEncodingContainer(JSONStreamKeyedContainer<NestedKey>(writer: JSONStreamWriter(), depth: -1, id: -1, codingPath: codingPath)) }
        let (depth, id) = writer.open(object: true)
        return KeyedEncodingContainer(JSONStreamKeyedContainer<NestedKey>(writer: writer, depth: depth, id: id, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        do { try begin(key) } catch { return JSONStreamUnkeyedContainer(writer: JSONStreamWriter(), depth: -1, id: -1, codingPath: codingPath) }
        let (depth, id) = writer.open(object: false)
        return JSONStreamUnkeyedContainer(writer: writer, depth: depth, id: id, codingPath: codingPath + [key])
    }

    // A nested container whose placement failed writes to a throwaway writer (the real one is marked unsupported).
    mutating func superEncoder() -> any Encoder { writer.unsupportedEncoder(codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { writer.unsupportedEncoder(codingPath) }
}

/// An array being written.
struct JSONStreamUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: JSONStreamWriter
    let depth: Int
    let id: Int
    let codingPath: [any CodingKey]
    private(set) var count = 0

    init(writer: JSONStreamWriter, depth: Int, id: Int, codingPath: [any CodingKey]) {
        self.writer = writer
        self.depth = depth
        self.id = id
        self.codingPath = codingPath
    }

    private mutating func begin() throws {
        guard depth >= 0 else { throw StreamingUnsupported() }
        try writer.beginElement(depth: depth, id: id)
        count += 1
    }

    mutating func encodeNil() throws { try begin(); writer.writeNull() }
    mutating func encode(_ value: Bool) throws { try begin(); writer.writeBool(value) }
    mutating func encode(_ value: String) throws { try begin(); writer.writeString(value) }
    mutating func encode(_ value: Double) throws { try begin(); try writer.writeFloat(value) }
    mutating func encode(_ value: Float) throws { try begin(); try writer.writeFloat(value) }
    mutating func encode(_ value: Int) throws { try begin(); writer.writeInteger(value) }
    mutating func encode(_ value: Int8) throws { try begin(); writer.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { try begin(); writer.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { try begin(); writer.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { try begin(); writer.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { try begin(); writer.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { try begin(); writer.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { try begin(); writer.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { try begin(); writer.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { try begin(); writer.writeInteger(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try begin()
        try writer.encodeValue(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        do { try begin() } catch { return KeyedEncodingContainer(JSONStreamKeyedContainer<NestedKey>(writer: JSONStreamWriter(), depth: -1, id: -1, codingPath: codingPath)) }
        let (depth, id) = writer.open(object: true)
        return KeyedEncodingContainer(JSONStreamKeyedContainer<NestedKey>(writer: writer, depth: depth, id: id, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        do { try begin() } catch { return JSONStreamUnkeyedContainer(writer: JSONStreamWriter(), depth: -1, id: -1, codingPath: codingPath) }
        let (depth, id) = writer.open(object: false)
        return JSONStreamUnkeyedContainer(writer: writer, depth: depth, id: id, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { writer.unsupportedEncoder(codingPath) }
}

/// A single value being written (it takes the place the parent prepared).
struct JSONStreamSingleValue: SingleValueEncodingContainer {
    let writer: JSONStreamWriter
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { writer.writeNull() }
    mutating func encode(_ value: Bool) throws { writer.writeBool(value) }
    mutating func encode(_ value: String) throws { writer.writeString(value) }
    mutating func encode(_ value: Double) throws { try writer.writeFloat(value) }
    mutating func encode(_ value: Float) throws { try writer.writeFloat(value) }
    mutating func encode(_ value: Int) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int8) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { writer.writeInteger(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try writer.encodeValue(value, codingPath: codingPath) }
}

extension JSONStreamWriter {
    /// What `superEncoder` returns: marks the value for the `JSONEncoder` fallback and writes nowhere.
    func unsupportedEncoder(_ codingPath: [any CodingKey]) -> any Encoder {
        unsupported = true
        return JSONStreamEncoder(writer: JSONStreamWriter(), codingPath: codingPath)
    }
}
