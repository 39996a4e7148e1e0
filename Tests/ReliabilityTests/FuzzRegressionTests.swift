import Foundation
import Testing

/// Every input the fuzzer ever crashed on (Fuzz/regressions/) and every seed still goes through the decoder,
/// the normalizer and each built-in extractor without a crash and without breaking a promise of the plugin API.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test("saved crashing inputs and the seeds replay cleanly through decode, normalize and every extractor")
    func replayRegressionCorpus() throws {
        let run = try Binaries.run("undocd-fuzz", [
            Repository.path("Fuzz/regressions"), Repository.path("seeds"),
        ])
        #expect(run.status == 0, "\(run.output)")
        for target in ["decode", "normalize", "metadata", "citations", "speakers", "topics"] {
            #expect(run.output.contains("replay \(target): "), "no replay line for \(target):\n\(run.output)")
        }
        #expect(!run.output.contains(" 0 accepted"), "a target refused every input:\n\(run.output)")
    }
}
