import Foundation
import Platform
import Testing

@Suite("The daemon: files renamed into the inbox become results; nothing is processed twice; bad input never stops it",
       .serialized)
struct DaemonTests {
    @Test("200 files give 200 valid results; after a restart none is processed again; the same content again is a duplicate")
    func burstRestartDuplicate() async throws {
        let daemon = try DaemonHarness(label: "burst")
        defer { daemon.remove() }
        try await daemon.start()
        for index in 0..<200 { try daemon.stageFile("doc-\(index).txt", sampleText(index)) }
        for index in 0..<200 {
            try FileSystem.rename(Path.join(daemon.stage, "doc-\(index).txt"), to: Path.join(daemon.inbox, "doc-\(index).txt"), replacing: false)
        }
        #expect(try await wait(upTo: .seconds(60)) { daemon.names(in: daemon.spoolNew).count >= 200 }, "\(daemon.log.suffix(2000))")
        #expect(try await wait(upTo: .seconds(10)) { daemon.names(in: daemon.archive).count == 200 })
        #expect(Set(try daemon.resultSources()) == Set((0..<200).map { "doc-\($0).txt" }))
        let validation = try await validateAgainstSchema(try daemon.resultLines())
        #expect(validation.ok, "\(validation.report.suffix(2000))")
        #expect(try await daemon.stop() == 0)

        try await daemon.start()
        try daemon.drop("sentinel-1.txt", sampleText(1000))
        #expect(try await wait(upTo: .seconds(20)) { try daemon.resultSources().contains("sentinel-1.txt") })
        #expect(daemon.names(in: daemon.spoolNew).count == 201, "nothing from the first run was processed again")

        try daemon.drop("again.txt", sampleText(7))
        try daemon.drop("sentinel-2.txt", sampleText(1001))
        #expect(try await wait(upTo: .seconds(20)) { try daemon.resultSources().contains("sentinel-2.txt") })
        #expect(try await wait(upTo: .seconds(10)) { daemon.names(in: daemon.archive).contains("again.txt") })
        #expect(daemon.names(in: daemon.spoolNew).count == 202, "the duplicate has no second result")
        #expect(daemon.log.contains("duplicate content"))
        #expect(try await daemon.stop() == 0)
        let status = try await runUndocd(["status", "--config", daemon.config])
        #expect(String(decoding: status.stdout, as: UTF8.self).contains("duplicate: 1"), "\(status)")
        #expect(daemon.names(in: daemon.spoolTemporary).isEmpty)
        #expect(daemon.names(in: daemon.processing).isEmpty)
    }

    @Test("empty, binary, symbolic-link and FIFO files end in failed/ with an error file; subdirectories are ignored; the daemon goes on")
    func badInput() async throws {
        let daemon = try DaemonHarness(label: "bad")
        defer { daemon.remove() }
        try await daemon.start()
        try daemon.drop("empty.txt", [])
        try daemon.drop("binary.bin", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) })
        try FileManager.default.createSymbolicLink(atPath: Path.join(daemon.stage, "link.txt"), withDestinationPath: "/etc/hostname")
        try FileSystem.rename(Path.join(daemon.stage, "link.txt"), to: Path.join(daemon.inbox, "link.txt"), replacing: false)
        #expect(mkfifo(Path.join(daemon.stage, "pipe.txt"), 0o644) == 0)
        try FileSystem.rename(Path.join(daemon.stage, "pipe.txt"), to: Path.join(daemon.inbox, "pipe.txt"), replacing: false)
        try FileSystem.makeDirectories(atPath: Path.join(daemon.inbox, "folder"))
        try daemon.drop(".hidden", sampleText(5))
        try daemon.drop("upload.part", sampleText(6))
        try daemon.drop("good.txt", sampleText(1))
        #expect(try await wait(upTo: .seconds(20)) { try daemon.resultSources().contains("good.txt") })
        let expected = ["binary.bin", "empty.txt", "link.txt", "pipe.txt"]
        #expect(try await wait(upTo: .seconds(10)) { daemon.names(in: daemon.failed).count == 8 }, "\(daemon.names(in: daemon.failed))")
        for name in expected {
            let error = try FileSystem.readFile(atPath: Path.join(daemon.failed, name + ".error.json"))
            let object = try JSONSerialization.jsonObject(with: Data(error)) as? [String: Any]
            #expect((object?["error"] as? [String: Any])?["code"] is String, "\(name)")
        }
        #expect(daemon.log.contains("subdirectory in the inbox ignored"))
        #expect(Set(daemon.names(in: daemon.inbox)) == [".hidden", "folder", "upload.part"])
        #expect(daemon.names(in: daemon.spoolNew).count == 1)
        #expect(try await daemon.stop() == 0)
    }

    @Test("a file without read permission ends in failed/ (run as an unprivileged user, since root reads anything)")
    func unreadableFile() async throws {
        let daemon = try DaemonHarness(label: "perm")
        defer { daemon.remove() }
        if System.isRoot {
            try #require(FileSystem.exists(atPath: "/usr/bin/setpriv"), "setpriv is needed to drop root for this test")
            let chown = Process()
            chown.executableURL = URL(fileURLWithPath: "/bin/chown")
            chown.arguments = ["-R", "65534:65534", daemon.root]
            try chown.run()
            chown.waitUntilExit()
            try FileSystem.setPermissions(atPath: daemon.root, 0o755)
            daemon.launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        try await daemon.start()
        try daemon.stageFile("secret.txt", sampleText(3))
        try FileSystem.setPermissions(atPath: Path.join(daemon.stage, "secret.txt"), 0)
        try FileSystem.rename(Path.join(daemon.stage, "secret.txt"), to: Path.join(daemon.inbox, "secret.txt"), replacing: false)
        try daemon.drop("after.txt", sampleText(4))
        #expect(try await wait(upTo: .seconds(20)) { daemon.names(in: daemon.failed).contains("secret.txt.error.json") }, "\(daemon.log.suffix(2000))")
        #expect(try await wait(upTo: .seconds(20)) { try daemon.resultSources().contains("after.txt") })
        let error = String(decoding: try FileSystem.readFile(atPath: Path.join(daemon.failed, "secret.txt.error.json")), as: UTF8.self)
        #expect(error.contains("\"code\":\"unreadable\""), "\(error)")
        #expect(try await daemon.stop() == 0)
    }

    @Test("SIGHUP reloads; a bad configuration is rejected with a log line and the old one stays in force")
    func reload() async throws {
        let daemon = try DaemonHarness(label: "reload")
        defer { daemon.remove() }
        try await daemon.start()
        let good = try FileSystem.readFile(atPath: daemon.config)
        try FileSystem.writeFile(atPath: daemon.config, bytes: good + Array("[pipeline.oops]\n".utf8))
        try daemon.signal(System.signalHangUp)
        #expect(try await wait(upTo: .seconds(10)) { daemon.log.contains("configuration reload rejected") })
        try daemon.drop("still-working.txt", sampleText(9))
        #expect(try await wait(upTo: .seconds(20)) { try daemon.resultSources().contains("still-working.txt") })
        try FileSystem.writeFile(atPath: daemon.config, bytes: good + Array("[plugins.topics]\nenabled = false\n".utf8))
        try daemon.signal(System.signalHangUp)
        #expect(try await wait(upTo: .seconds(10)) { daemon.log.contains("configuration reloaded") })
        try daemon.drop("no-topics.txt", sampleText(10))
        #expect(try await wait(upTo: .seconds(20)) { try daemon.resultSources().contains("no-topics.txt") })
        let result = try daemon.results().first { ($0["document"] as? [String: Any])?["source"] as? String == "no-topics.txt" }
        #expect((result?["extractors"] as? [String: Any])?["topics"] == nil)
        #expect(try await daemon.stop() == 0)
    }
}
