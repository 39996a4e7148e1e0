import COpenSSL

/// SHA-256 through libcrypto's one-shot `EVP_Digest` (hardware-accelerated where the CPU allows).
public enum SHA256 {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The 32-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { input in
            output.withUnsafeMutableBufferPointer { out in
                EVP_Digest(input.baseAddress, input.count, out.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        // EVP_Digest with the built-in SHA-256 fails only when libcrypto cannot allocate a context.
        precondition(ok == 1 && length == 32, "libcrypto EVP_Digest(SHA-256) failed")
        return output
    }

    /// The lower-case hex SHA-256 of `bytes` (64 characters).
    public static func hex(_ bytes: [UInt8]) -> String {
        let digest = digest(bytes)
        return String(unsafeUninitializedCapacity: 64) { buffer in
            for (index, byte) in digest.enumerated() {
                buffer[index * 2] = hexDigits[Int(byte >> 4)]
                buffer[index * 2 + 1] = hexDigits[Int(byte & 0x0f)]
            }
            return 64
        }
    }
}
