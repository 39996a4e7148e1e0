#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strict conversion of legacy text encodings to UTF-8 through the C library's `iconv`.
///
/// Used by the intake for GB18030/GBK (legacy Chinese) files. Invalid or truncated input is an error,
/// never silently replaced.
public enum TextEncodingConverter {
    /// Why a conversion failed.
    public enum Failure: Error, Sendable, Equatable {
        /// `iconv_open` does not know the encoding (errno given).
        case unsupportedEncoding(String, errno: Int32)
        /// The input holds a byte sequence that is invalid in the encoding, at this byte offset.
        case invalidSequence(offset: Int)
        /// The input ends in the middle of a multi-byte sequence.
        case truncatedSequence(offset: Int)
    }

    /// Converts `bytes` from `encoding` (an iconv name such as `GB18030`) to UTF-8 bytes.
    /// - Throws: ``Failure`` when the encoding is unknown or the input is not valid in it.
    public static func utf8Bytes(from bytes: [UInt8], encoding: String) throws(Failure) -> [UInt8] {
        let descriptor = iconv_open("UTF-8", encoding)
        if descriptor == iconv_t(bitPattern: -1) {
            throw .unsupportedEncoding(encoding, errno: errno)
        }
        defer { iconv_close(descriptor) }
        // GB18030 needs at most 4 input bytes for a 4-byte UTF-8 scalar and 2 for a 3-byte one.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let result: Result<Int, Failure> = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                if status == -1 {
                    let offset = inBuffer.count - inLeft
                    return errno == EINVAL ? .failure(.truncatedSequence(offset: offset)) : .failure(.invalidSequence(offset: offset))
                }
                return .success(outBuffer.count - outLeft)
            }
        }
        switch result {
        case .success(let length):
            output.removeSubrange(length...)
            return output
        case .failure(let failure):
            throw failure
        }
    }
}
