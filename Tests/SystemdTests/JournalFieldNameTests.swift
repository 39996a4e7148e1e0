import Testing
@testable import Systemd

@Suite("Journal field names for metadata keys")
struct JournalFieldNameTests {
    @Test(
        "a metadata key becomes an UNDOCD_ field in upper snake case",
        arguments: [
            ("document.id", "UNDOCD_DOCUMENT_ID"),
            ("source", "UNDOCD_SOURCE"),
            ("plugin", "UNDOCD_PLUGIN"),
            ("durationMs", "UNDOCD_DURATION_MS"),
            ("status", "UNDOCD_STATUS"),
            ("plugin.name", "UNDOCD_PLUGIN_NAME"),
            ("inbox-path", "UNDOCD_INBOX_PATH"),
            ("document..id", "UNDOCD_DOCUMENT_ID"),
            ("retry2Count", "UNDOCD_RETRY2_COUNT"),
            ("HTTP", "UNDOCD_HTTP"),
        ])
    func mapsKeys(key: String, field: String) {
        #expect(JournalFieldName.forMetadataKey(key) == field)
    }

    @Test(
        "every derived name is one journald accepts",
        arguments: [
            "", ".", "_private", "9lives", "文档.编号", "a b\tc\n", "ünïcödé", "x.",
            String(repeating: "veryLongKey.", count: 20),
        ])
    func derivedNamesAreValid(key: String) {
        let name = JournalFieldName.forMetadataKey(key)
        #expect(JournalFieldName.isValid(name), "\(key) → \(name)")
        #expect(name.hasPrefix("UNDOCD"))
    }

    @Test("a very long key is cut to 64 characters")
    func longKeysAreCut() {
        let name = JournalFieldName.forMetadataKey(String(repeating: "a", count: 200))
        #expect(name.utf8.count == 64)
    }

    @Test(
        "names journald rejects are recognised",
        arguments: ["", "_SYSTEMD_UNIT", "1ST", "lower", "WITH-DASH", String(repeating: "A", count: 65)])
    func rejectsInvalidNames(name: String) {
        #expect(!JournalFieldName.isValid(name))
    }
}
