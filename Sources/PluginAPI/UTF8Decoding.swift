/// UTF-8 decoding for extractors that scan a paragraph's bytes directly (no `Character`, no `String.Index`).
public enum UTF8Decoding {
    /// The scalar whose lead byte is at `index` of `utf8`, and the index after it. A sequence cut short by the end
    /// of the buffer decodes as U+FFFD and still advances by the length its lead byte announces.
    @inlinable @inline(__always)
    public static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, next: Int) {
        let byte = utf8[index]
        let count = utf8.count
        if byte < 0x80 { return (UInt32(byte), index + 1) }
        if byte < 0xE0 {
            let value = index + 1 < count ? (UInt32(byte & 0x1F) << 6) | UInt32(utf8[index + 1] & 0x3F) : 0xFFFD
            return (value, index + 2)
        }
        if byte < 0xF0 {
            let value = index + 2 < count
                ? (UInt32(byte & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F)
                : 0xFFFD
            return (value, index + 3)
        }
        let value = index + 3 < count
            ? (UInt32(byte & 0x07) << 18) | (UInt32(utf8[index + 1] & 0x3F) << 12)
                | (UInt32(utf8[index + 2] & 0x3F) << 6) | UInt32(utf8[index + 3] & 0x3F)
            : 0xFFFD
        return (value, index + 4)
    }
}
