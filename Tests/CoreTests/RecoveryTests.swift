import Core
import Intake
import Logging
import Platform
import Testing

@Suite("Recovery: a document interrupted at any step is finished exactly once")
struct RecoveryTests {
    struct Fixture {
        let directory: TemporaryDirectory
        let layout: StateLayout
        let environment: JobEnvironment
        let context: PipelineContext

        init() throws {
            directory = try TemporaryDirectory("recovery")
            layout = StateLayout(paths: .init(inbox: directory.file("inbox"), spool: directory.file("spool"),
                                              state: directory.file("state"), data: directory.path))
            try layout.create()
            environment = JobEnvironment(layout: layout, spool: try Spool(layout: layout), ledger: try Ledger(path: layout.ledger),
                                         pool: BlockingPool(threads: 2), logger: Logger(label: "test"))
            context = PipelineContext(
                processor: DocumentProcessor(decoder: DocumentDecoder(), runner: PluginRunner(plugins: [EchoPlugin("alpha")], timeout: .seconds(5))),
                archive: .keep, duplicates: .record)
        }

        func claimed(_ name: String, _ text: String) throws -> ClaimName {
            let claim = ClaimName.fresh(for: name, at: .now())
            try FileSystem.writeFile(atPath: Path.join(layout.processing, claim.fileName), bytes: Array(text.utf8))
            return claim
        }
    }

    @Test("no ledger row: processed again; pending row with its tmp file: processed again; pending without it: archived")
    func decisions() async throws {
        let f = try Fixture()
        defer { f.directory.remove(); f.environment.pool.shutdown() }
        let untouched = try f.claimed("a.txt", "alpha")
        let beforeRename = try f.claimed("b.txt", "beta")
        let afterRename = try f.claimed("c.txt", "gamma")
        let done = try f.claimed("d.txt", "delta")
        try f.environment.spool.writeTemporary("b.json", Array("{".utf8))
        try f.environment.ledger.record(LedgerRow(claim: beforeRename.fileName, sha256: "b", source: "b.txt", receivedAt: "t",
                                                        status: .pending, resultStatus: "complete", result: "b.json"))
        try FileSystem.writeFile(atPath: Path.join(f.layout.spoolNew, "c.json"), bytes: Array("{}".utf8))
        try f.environment.ledger.record(LedgerRow(claim: afterRename.fileName, sha256: "c", source: "c.txt", receivedAt: "t",
                                                        status: .pending, resultStatus: "complete", result: "c.json"))
        try f.environment.ledger.record(LedgerRow(claim: done.fileName, sha256: "d", source: "d.txt", receivedAt: "t",
                                                        status: .done, resultStatus: "complete", result: "d.json"))
        let report = try await Recovery.run(context: f.context, environment: f.environment)
        #expect(Set(report.requeued) == [untouched, beforeRename])
        #expect(report.completed == 2)
        #expect(report.temporaryFilesRemoved == 1)
        #expect(try FileSystem.entries(inDirectory: f.environment.spool.temporary).isEmpty, "spool/tmp/ is emptied")
        #expect(Set(try FileSystem.entries(inDirectory: f.layout.archive).map(\.name)) == ["c.txt", "d.txt"])
        #expect(try f.environment.ledger.row(claim: afterRename.fileName)?.status == .done)
        #expect(try f.environment.ledger.row(claim: beforeRename.fileName) == nil)
    }

    @Test("a job publishes one result, archives the original; the same content again is a recorded duplicate")
    func jobAndDuplicate() async throws {
        let f = try Fixture()
        defer { f.directory.remove(); f.environment.pool.shutdown() }
        let first = try f.claimed("first.txt", "the same words")
        #expect(await DocumentJob(claim: first, context: f.context, environment: f.environment).run() == .done(.complete))
        let second = try f.claimed("second.txt", "the same words")
        #expect(await DocumentJob(claim: second, context: f.context, environment: f.environment).run() == .duplicate)
        #expect(try FileSystem.entries(inDirectory: f.layout.spoolNew).count == 1)
        #expect(Set(try FileSystem.entries(inDirectory: f.layout.archive).map(\.name)) == ["first.txt", "second.txt"])
        #expect(try f.environment.ledger.row(claim: second.fileName)?.status == .duplicate)
        var reprocess = f.context
        reprocess.duplicates = .reprocess
        let third = try f.claimed("first.txt", "the same words")
        #expect(await DocumentJob(claim: third, context: reprocess, environment: f.environment).run() == .done(.complete))
        #expect(try FileSystem.entries(inDirectory: f.layout.spoolNew).count == 2)
        #expect(try FileSystem.entries(inDirectory: f.layout.archive).count == 3, "a taken archive name falls back to the claim name")
    }

    @Test("an unreadable document goes to failed/ with NAME.error.json saying why")
    func quarantine() async throws {
        let f = try Fixture()
        defer { f.directory.remove(); f.environment.pool.shutdown() }
        let empty = try f.claimed("empty.txt", "")
        #expect(await DocumentJob(claim: empty, context: f.context, environment: f.environment).run() == .failed)
        let error = try FileSystem.readFile(atPath: Path.join(f.layout.failed, "empty.txt.error.json"))
        #expect(String(decoding: error, as: UTF8.self).contains("\"code\":\"empty-document\""))
        #expect(FileSystem.exists(atPath: Path.join(f.layout.failed, "empty.txt")))
        #expect(try FileSystem.entries(inDirectory: f.layout.processing).isEmpty)
    }
}
