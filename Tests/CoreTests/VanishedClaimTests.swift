import Core
import Foundation
import Intake
import Logging
import Platform
import Testing

/// A claimed file that someone removes from `state/processing/`, or replaces by a symbolic link, must end with a
/// clear outcome: never a storage retry, which pauses claiming (the retry could never succeed, so claiming stopped
/// for good).
@Suite("A claim removed or replaced under the daemon is finished or dropped, never retried")
struct VanishedClaimTests {
    func context(_ f: RecoveryTests.Fixture, linkTarget: String? = nil) -> PipelineContext {
        PipelineContext(
            processor: DocumentProcessor(decoder: DocumentDecoder(), runner: PluginRunner(
                plugins: [EchoPlugin("alpha"), TamperingPlugin(processing: f.layout.processing, linkTarget: linkTarget)],
                timeout: .seconds(5))),
            archive: .keep, duplicates: .record)
    }

    func names(_ folder: String) throws -> Set<String> {
        Set(try FileSystem.entries(inDirectory: folder).map(\.name))
    }

    @Test("removed after it was read: its result is published and recorded done; there is nothing to archive",
          arguments: [Configuration.ArchivePolicy.keep, .delete])
    func removedAfterRead(archive: Configuration.ArchivePolicy) async throws {
        let f = try RecoveryTests.Fixture()
        defer { f.directory.remove(); f.environment.pool.shutdown() }
        let claim = try f.claimed("removed.txt", "Letter dated 27 December 2019")
        var context = context(f)
        context.archive = archive
        #expect(await DocumentJob(claim: claim, context: context, environment: f.environment).run() == .done(.complete))
        #expect(try FileSystem.entries(inDirectory: f.layout.spoolNew).count == 1)
        #expect(try f.environment.ledger.row(claim: claim.fileName)?.status == .done)
        #expect(try names(f.layout.processing).isEmpty)
        #expect(try names(f.layout.archive).isEmpty)
    }

    @Test("replaced by a symbolic link after it was read: the result is of the file read; the link is archived unfollowed")
    func replacedAfterRead() async throws {
        let f = try RecoveryTests.Fixture()
        defer { f.directory.remove(); f.environment.pool.shutdown() }
        try f.directory.write("secret", "SECRET")
        let claim = try f.claimed("swapped.txt", "Letter dated 27 December 2019")
        #expect(await DocumentJob(claim: claim, context: context(f, linkTarget: f.directory.file("secret")), environment: f.environment)
            .run() == .done(.complete))
        #expect(try FileSystem.kind(atPath: Path.join(f.layout.archive, "swapped.txt")) == .symbolicLink)
        #expect(String(decoding: try FileSystem.readFile(atPath: f.directory.file("secret")), as: UTF8.self) == "SECRET")
    }

    @Test("removed before it was read: dropped, with no error file for a document that is not there")
    func removedBeforeRead() async throws {
        let f = try RecoveryTests.Fixture()
        defer { f.directory.remove(); f.environment.pool.shutdown() }
        let claim = try f.claimed("gone.txt", "Letter dated 27 December 2019")
        try FileSystem.removeIfPresent(atPath: Path.join(f.layout.processing, claim.fileName))
        #expect(await DocumentJob(claim: claim, context: f.context, environment: f.environment).run() == .vanished)
        #expect(try names(f.layout.failed).isEmpty)
        #expect(try f.environment.ledger.row(claim: claim.fileName) == nil)
    }

    @Test("replaced by a symbolic link before it was read: moved to failed/ as 'symbolic-link', the target never read")
    func replacedBeforeRead() async throws {
        let f = try RecoveryTests.Fixture()
        defer { f.directory.remove(); f.environment.pool.shutdown() }
        try f.directory.write("secret", "SECRET")
        let claim = try f.claimed("link.txt", "Letter dated 27 December 2019")
        let path = Path.join(f.layout.processing, claim.fileName)
        try FileSystem.removeIfPresent(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: f.directory.file("secret"))
        #expect(await DocumentJob(claim: claim, context: f.context, environment: f.environment).run() == .failed)
        let error = String(decoding: try FileSystem.readFile(atPath: Path.join(f.layout.failed, "link.txt.error.json")), as: UTF8.self)
        #expect(error.contains("\"code\":\"symbolic-link\"") && !error.contains("SECRET"))
        #expect(try FileSystem.kind(atPath: Path.join(f.layout.failed, "link.txt")) == .symbolicLink)
        #expect(try FileSystem.entries(inDirectory: f.layout.spoolNew).isEmpty)
    }

    @Test("resuming a published claim whose original is gone finishes it instead of failing every retry")
    func resumeWithoutOriginal() async throws {
        let f = try RecoveryTests.Fixture()
        defer { f.directory.remove(); f.environment.pool.shutdown() }
        let claim = ClaimName.fresh(for: "published.txt", at: .now())
        try f.environment.ledger.record(LedgerRow(claim: claim.fileName, sha256: "p", source: "published.txt", receivedAt: "t",
                                                  status: .done, resultStatus: "complete", result: "p.json"))
        var removed = 0
        #expect(try Recovery.resume(claim, context: f.context, environment: f.environment, removedTemporary: &removed))
    }
}
