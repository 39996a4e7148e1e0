import Core
import Foundation
import Testing

@Suite("The journal message catalog")
struct CatalogTests {
    /// `systemd/undocd.catalog` of this checkout.
    static let catalogURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("systemd/undocd.catalog")

    /// The message IDs the catalog explains (`-- ID` headers) with each entry's Subject line.
    static func entries() throws -> [String: String] {
        let text = try String(contentsOf: catalogURL, encoding: .utf8)
        var entries: [String: String] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") {
                current = String(line.dropFirst(3))
                entries[String(line.dropFirst(3))] = ""
            } else if let id = current, line.hasPrefix("Subject: ") {
                entries[id] = String(line.dropFirst(9))
            }
        }
        return entries
    }

    @Test("every MESSAGE_ID the daemon logs is explained, with a subject")
    func everyIDIsExplained() throws {
        let entries = try Self.entries()
        for (name, id) in UndocdMessageID.all {
            let subject = try #require(entries[id], "\(name) (\(id)) has no catalog entry")
            #expect(!subject.isEmpty, "\(name) has no Subject")
        }
    }

    @Test("the catalog explains no unknown IDs, and IDs are 128-bit hex and distinct")
    func noStrayIDs() throws {
        let known = Set(UndocdMessageID.all.map(\.id))
        #expect(known.count == UndocdMessageID.all.count)
        for id in try Self.entries().keys {
            #expect(known.contains(id), "catalog entry \(id) is not in UndocdMessageID")
            #expect(id.count == 32 && id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        }
    }
}
