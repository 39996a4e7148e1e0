import Foundation
import Testing

@testable import ExternalPlugins

@Suite("Manifests are validated with errors that name the file and the key")
struct ManifestTests {
    let path = "/etc/undocd/plugins.d/dates.toml"

    @Test("a complete manifest is read with every key")
    func completeManifest() throws {
        let manifest = try PluginManifest.parse(
            """
            name = "dates"
            version = "1.2.0"
            summary = "Dates"
            command = ["python3", "dates.py", "--fast"]
            languages = ["zh", "en"]
            enabled = false
            timeout_ms = 1500
            max_output_bytes = 4096
            concurrency = 2
            working_directory = "work"
            [environment]
            MODEL = "small"
            [sandbox]
            network = false
            memory_mb = 256
            cpu_seconds = 30
            open_files = 64
            file_size_mb = 0
            """, path: path)
        #expect(manifest.name == "dates")
        #expect(manifest.command == ["python3", "dates.py", "--fast"])
        #expect(manifest.languages == [.zh, .en])
        #expect(!manifest.enabled)
        #expect(manifest.timeout == .milliseconds(1500))
        #expect(manifest.maxOutputBytes == 4096)
        #expect(manifest.concurrency == 2)
        #expect(manifest.workingDirectory == "/etc/undocd/plugins.d/work")
        #expect(manifest.environment == ["MODEL": "small"])
        #expect(manifest.sandbox == SandboxOptions(network: false, memoryMiB: 256, cpuSeconds: 30, openFiles: 64, fileSizeMiB: 0))
        #expect(manifest.descriptor.accepts(.zh) && !manifest.descriptor.accepts(.fr))
    }

    @Test("defaults: enabled, 10 s, 1 MiB, one worker, every language, the manifest's folder")
    func defaults() throws {
        let manifest = try PluginManifest.parse("name = \"x\"\nversion = \"1\"\ncommand = [\"/bin/cat\"]\n", path: path)
        #expect(manifest.enabled && manifest.timeout == .seconds(10) && manifest.maxOutputBytes == 1 << 20)
        #expect(manifest.concurrency == 1 && manifest.languages.isEmpty && manifest.workingDirectory == "/etc/undocd/plugins.d")
        #expect(manifest.sandbox == SandboxOptions())
    }

    @Test(
        "each mistake is reported with the file and key",
        arguments: [
            ("version = \"1\"\ncommand = [\"cat\"]", "name", "is required"),
            ("name = \"Dates!\"\nversion = \"1\"\ncommand = [\"cat\"]", "name", "lower-case"),
            ("name = \"x\"\nversion = \"1\"", "command", "is required"),
            ("name = \"x\"\nversion = \"1\"\ncommand = \"cat file\"", "command", "array of strings"),
            ("name = \"x\"\nversion = \"1\"\ncommand = []", "command", "must name a program"),
            ("name = \"x\"\nversion = \"1\"\ncommand = [\"cat\"]\ntimeout_ms = 0", "timeout_ms", "integer from 1"),
            ("name = \"x\"\nversion = \"1\"\ncommand = [\"cat\"]\nconcurrency = 1000", "concurrency", "integer from 1 to 64"),
            ("name = \"x\"\nversion = \"1\"\ncommand = [\"cat\"]\nlanguages = [\"de\"]", "languages", "unknown language \"de\""),
            ("name = \"x\"\nversion = \"1\"\ncommand = [\"cat\"]\nenabeld = true", "enabeld", "unknown key"),
            ("name = \"x\"\nversion = \"1\"\ncommand = [\"cat\"]\n[sandbox]\nnetwrok = false", "sandbox.netwrok", "unknown key"),
            ("name = \"x\"\nversion = \"1\"\ncommand = [\"cat\"]\n[environment]\nN = 3", "environment.N", "must be a string"),
        ])
    func mistakes(text: String, key: String, message: String) {
        #expect {
            _ = try PluginManifest.parse(text, path: path)
        } throws: { error in
            guard let problems = (error as? ManifestProblems)?.problems else { return false }
            return problems.contains { $0.path == path && $0.key == key && $0.message.contains(message) }
                && problems.allSatisfy { "\($0)".hasPrefix(path + ": ") }
        }
    }

    @Test("a file that is not TOML is refused with its line")
    func notTOML() {
        #expect(throws: ManifestProblems.self) { _ = try PluginManifest.parse("name = \n", path: path) }
    }
}

@Suite("The loader refuses plugins that others could have written")
struct LoaderTests {
    func folderWithManifest(_ name: String = "cat", mode: Int = 0o644, extra: String = "") throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        _ = try folder.write("\(name).toml", "name = \"\(name)\"\nversion = \"1\"\ncommand = [\"cat\"]\n\(extra)", mode: mode)
        return folder
    }

    @Test("a valid folder yields its enabled plugins, resolving the command on PATH")
    func loadsEnabled() throws {
        let folder = try folderWithManifest()
        defer { folder.remove() }
        _ = try folder.write("off.toml", "name = \"off\"\nversion = \"1\"\ncommand = [\"cat\"]\nenabled = false\n")
        let (plugins, problems) = ExternalPluginLoader.load(directory: folder.path, logger: LogCapture().logger())
        #expect(problems.isEmpty)
        #expect(plugins.map(\.descriptor.name) == ["cat"])
        #expect(plugins.first?.plan.commandLine.suffix(1) == ["/usr/bin/cat"])
        #expect(ExternalPluginLoader.scan(directory: folder.path).entries.map(\.manifest.name) == ["cat", "off"])
    }

    @Test("a missing folder means no plugins, not an error")
    func missingFolder() {
        let result = ExternalPluginLoader.scan(directory: "/nonexistent/plugins.d")
        #expect(result.entries.isEmpty && result.problems.isEmpty)
    }

    @Test("a group- or world-writable manifest is refused, the others still load")
    func writableManifest() throws {
        let folder = try folderWithManifest("open", mode: 0o666)
        defer { folder.remove() }
        _ = try folder.write("fine.toml", "name = \"fine\"\nversion = \"1\"\ncommand = [\"cat\"]\n")
        let logs = LogCapture()
        let (plugins, problems) = ExternalPluginLoader.load(directory: folder.path, logger: logs.logger())
        #expect(plugins.map(\.descriptor.name) == ["fine"])
        #expect(problems.count == 1)
        #expect(problems.first?.path == folder.path + "/open.toml")
        #expect(problems.first?.message.contains("writable by group or others") == true)
        #expect(logs.all.contains { $0.level == .warning && $0.message.contains("open.toml") })
    }

    @Test("a writable plugins folder is refused as a whole")
    func writableFolder() throws {
        let folder = try folderWithManifest()
        defer { folder.remove() }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let (entries, problems) = ExternalPluginLoader.scan(directory: folder.path)
        #expect(entries.isEmpty)
        #expect(problems.map(\.path) == [folder.path])
    }

    @Test("a manifest owned by another user is refused")
    func foreignOwner() throws {
        let folder = try folderWithManifest()
        defer { folder.remove() }
        // Pretend the daemon runs as uid 4242 and the file (owned by us) belongs to someone else.
        guard getuid() != 0 else {
            let (entries, problems) = ExternalPluginLoader.scan(directory: folder.path, trustedOwner: 4242)
            #expect(entries.count == 1, "root may always own plugin files")
            #expect(problems.isEmpty)
            return
        }
        let (entries, problems) = ExternalPluginLoader.scan(directory: folder.path, trustedOwner: 4242)
        #expect(entries.isEmpty && problems.first?.message.contains("owned by uid") == true)
    }

    @Test("a writable plugin script beside the manifest is refused")
    func writableScript() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("run.sh", "#!/bin/sh\n", mode: 0o777)
        _ = try folder.write("x.toml", "name = \"x\"\nversion = \"1\"\ncommand = [\"./run.sh\"]\n")
        let problems = ExternalPluginLoader.scan(directory: folder.path).problems
        #expect(problems.first?.path == folder.path + "/run.sh")
    }

    @Test("a program that cannot be found is reported against the command key")
    func missingProgram() throws {
        let folder = try folderWithManifest()
        defer { folder.remove() }
        _ = try folder.write("gone.toml", "name = \"gone\"\nversion = \"1\"\ncommand = [\"no-such-program-xyz\"]\n")
        let problems = ExternalPluginLoader.scan(directory: folder.path).problems
        #expect(problems.map(\.key) == ["command"])
        #expect(problems.first?.message.contains("not found on PATH") == true)
    }

    @Test("two manifests may not claim the same name")
    func duplicateNames() throws {
        let folder = try folderWithManifest("cat")
        defer { folder.remove() }
        _ = try folder.write("zz.toml", "name = \"cat\"\nversion = \"2\"\ncommand = [\"cat\"]\n")
        let (entries, problems) = ExternalPluginLoader.scan(directory: folder.path)
        #expect(entries.count == 1 && problems.first?.key == "name")
    }
}

@Suite("Sandbox options become util-linux wrappers in front of the command")
struct LaunchPlanTests {
    func manifest(_ sandbox: SandboxOptions) -> PluginManifest {
        PluginManifest(path: "/p/x.toml", name: "x", version: "1", command: ["cat", "-u"], workingDirectory: "/p", sandbox: sandbox)
    }

    @Test("limits, no_new_privs and a network namespace, outermost first")
    func everything() throws {
        let plan = try LaunchPlan(
            manifest: manifest(SandboxOptions(network: false, memoryMiB: 64, cpuSeconds: 5, openFiles: 32, fileSizeMiB: 0)),
            searchPath: "/usr/bin:/bin", daemonHasNetwork: true)
        let line = plan.commandLine.joined(separator: " ")
        #expect(line.hasPrefix("/usr/bin/setpriv --no-new-privs -- /usr/bin/prlimit --as=67108864 --cpu=5 --nofile=32 --fsize=0 -- /usr/bin/unshare "))
        #expect(line.hasSuffix("--net -- /usr/bin/cat -u"))
        #expect(plan.environment.contains("UNDOCD_PLUGIN_NAME=x") && plan.workingDirectory == "/p")
    }

    @Test("no namespace when the daemon has no network to begin with (systemd PrivateNetwork=yes)")
    func alreadyIsolated() throws {
        let plan = try LaunchPlan(manifest: manifest(SandboxOptions(network: false, noNewPrivileges: false)), searchPath: "/usr/bin:/bin", daemonHasNetwork: false)
        #expect(plan.commandLine == ["/usr/bin/cat", "-u"])
    }

    @Test("the loopback-only probe reads /proc/net/dev")
    func probe() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let header = "Inter-|   Receive\n face |bytes\n"
        let onlyLoopback = try folder.write("lo", header + "    lo: 0 0\n")
        let withEthernet = try folder.write("eth", header + "    lo: 0 0\n  eth0: 1 2\n")
        #expect(!NetworkProbe.hasInterfaceBesidesLoopback(devices: onlyLoopback))
        #expect(NetworkProbe.hasInterfaceBesidesLoopback(devices: withEthernet))
    }
}
