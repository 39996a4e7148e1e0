import Core
import Foundation
import Platform
import Testing

@Suite("Spool, claim and ledger: files appear only complete, are claimed once, and duplicates are recognised")
struct SpoolAndLedgerTests {
    func layout(in directory: TemporaryDirectory) throws -> StateLayout {
        let layout = StateLayout(paths: .init(inbox: directory.file("inbox"), spool: directory.file("spool"),
                                              state: directory.file("state"), data: directory.path))
        try layout.create()
        return layout
    }

    @Test("a result is invisible in new/ until published, and publishing never overwrites")
    func spoolAtomicity() throws {
        let directory = try TemporaryDirectory("spool")
        defer { directory.remove() }
        let layout = try layout(in: directory)
        let spool = try Spool(layout: layout)
        try spool.writeTemporary("r.json", Array("{}".utf8))
        #expect(spool.hasTemporary("r.json"))
        #expect(try FileSystem.entries(inDirectory: layout.spoolNew).isEmpty)
        try spool.publish("r.json")
        #expect(!spool.hasTemporary("r.json"))
        #expect(try FileSystem.readFile(atPath: Path.join(layout.spoolNew, "r.json")) == Array("{}".utf8))
        try spool.writeTemporary("r.json", Array("{\"second\":1}".utf8))
        let error = #expect(throws: SystemError.self) { try spool.publish("r.json") }
        #expect(error?.errno == SystemError.exists)
        #expect(try FileSystem.readFile(atPath: Path.join(layout.spoolNew, "r.json")) == Array("{}".utf8))
        #expect(try spool.removeLeftovers() == 1)
        #expect(!spool.hasTemporary("r.json"))
    }

    @Test("two claimers racing over 300 inbox files claim each exactly once")
    func claimRace() async throws {
        let directory = try TemporaryDirectory("claim")
        defer { directory.remove() }
        let layout = try layout(in: directory)
        let names = (0..<300).map { "doc-\($0).txt" }
        for name in names { try FileSystem.writeFile(atPath: Path.join(layout.inbox, name), bytes: Array(name.utf8)) }
        let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<2 {
                group.addTask {
                    var mine: [String] = []
                    for name in names {
                        if let claim = try Claimer.claim(name, layout: layout) { mine.append(claim.original) }
                    }
                    return mine
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(claimed.count == 300)
        #expect(Set(claimed) == Set(names))
        #expect(try FileSystem.entries(inDirectory: layout.processing).count == 300)
        #expect(try FileSystem.entries(inDirectory: layout.inbox).isEmpty)
    }

    @Test("claim names are unique, carry the original name and the claim time")
    func claimNames() {
        let time = WallClockTime(millisecondsSinceEpoch: 1_763_779_200_123)
        let a = ClaimName.fresh(for: "S~2019.txt", at: time)
        let b = ClaimName.fresh(for: "S~2019.txt", at: time)
        #expect(a != b)
        let parsed = ClaimName(fileName: a.fileName)
        #expect(parsed == a)
        #expect(parsed.original == "S~2019.txt")
        #expect(parsed.claimedAt == time)
        #expect(ClaimName(fileName: "plain.txt").original == "plain.txt")
    }

    @Test("the inbox filter ignores hidden, .part and .tmp names")
    func inboxFilter() {
        #expect(InboxFilter.accepts("S-2019-1002.pdf"))
        #expect(!InboxFilter.accepts(".hidden"))
        #expect(!InboxFilter.accepts("upload.part"))
        #expect(!InboxFilter.accepts("upload.tmp"))
    }

    @Test("the ledger reports content seen before, or in flight, as a duplicate")
    func duplicates() async throws {
        let directory = try TemporaryDirectory("ledger")
        defer { directory.remove() }
        let ledger = try Ledger(path: directory.file("ledger.sqlite"))
        #expect(try ledger.reserve(sha256: "aa", claim: "1~a") == nil)
        #expect(try ledger.reserve(sha256: "aa", claim: "2~a") == "", "in flight")
        try ledger.record(LedgerRow(claim: "1~a", sha256: "aa", source: "a", receivedAt: "t", status: .pending,
                                          resultStatus: "complete", result: "r.json"))
        try ledger.markDone(claim: "1~a", processedAt: "t2")
        ledger.release(sha256: "aa")
        #expect(try ledger.reserve(sha256: "aa", claim: "3~a") == "r.json")
        #expect(try ledger.row(claim: "1~a")?.status == .done)
        let summary = try ledger.summary()
        #expect(summary.done == 1)
    }
}
