import Foundation

/// A private temporary file for tools that need a path (pdftotext needs to seek in the PDF).
enum TemporaryFile {
    static func write(_ bytes: [UInt8], suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("undocd-intake-\(UUID().uuidString)\(suffix)")
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return url
    }

    static func remove(_ url: URL) {
        // Best effort: a leftover file in the temporary directory is harmless and cleaned by the system.
        try? FileManager.default.removeItem(at: url)
    }
}
