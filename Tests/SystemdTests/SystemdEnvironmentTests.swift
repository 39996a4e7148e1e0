import Core
import Platform
import Testing
@testable import Systemd

@Suite("Choosing the journal and reading systemd's environment")
struct SystemdEnvironmentTests {
    @Test(
        "the [logging] journal setting decides where entries go",
        arguments: [
            (Configuration.JournalMode.auto, true, true), (.auto, false, false), (.always, false, true), (.always, true, true),
            (.never, true, false), (.never, false, false),
        ])
    func journalChoice(mode: Configuration.JournalMode, standardErrorIsJournal: Bool, journal: Bool) {
        #expect(mode.usesJournal(standardErrorIsJournal: standardErrorIsJournal) == journal)
    }

    @Test("JOURNAL_STREAM is a device and an inode")
    func journalStreamParsing() {
        #expect(JournalStream("64769:123456") == JournalStream(device: 64769, inode: 123456))
        #expect(JournalStream("64769") == nil)
        #expect(JournalStream("a:1") == nil)
        #expect(JournalStream("1:2:3") == nil)
    }

    @Test("journal entries are packed NAME=value fields, binary-safe")
    func fieldPacking() {
        var fields = JournalFields()
        fields.append("MESSAGE", "two\nlines")
        fields.append("UNDOCD_EMPTY", "")
        #expect(fields.count == 2)
        #expect(fields.lines == ["MESSAGE=two\nlines", "UNDOCD_EMPTY="])
    }
}
