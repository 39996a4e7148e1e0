#if !UNDOCD_LIBFUZZER
import Foundation

/// Without libFuzzer, the harness replays files: `undocd-fuzz [--target NAME] PATH...` runs every file
/// (folders recursively) through the chosen target, or all of them, and exits 1 when any invariant breaks.
/// This is how the regression corpus (Fuzz/regressions/) is checked in the normal test suite.
@main
struct Replay {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var targets = FuzzTarget.allCases
        if let flag = arguments.firstIndex(of: "--target"), flag + 1 < arguments.count {
            guard let target = FuzzTarget(rawValue: arguments[flag + 1]) else { usage("unknown target \(arguments[flag + 1])") }
            targets = [target]
            arguments.removeSubrange(flag...(flag + 1))
        }
        if arguments.isEmpty || arguments.contains("--help") { usage(nil) }
        let files = arguments.flatMap(regularFiles(under:))
        var failures = 0
        for target in targets {
            let harness: FuzzHarness
            do {
                harness = try FuzzHarness(target: target, dataDirectory: FuzzHarness.defaultDataDirectory)
            } catch {
                print("replay \(target.rawValue): cannot build the harness: \(error)")
                failures += 1
                continue
            }
            var accepted = 0
            var violations = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("replay \(target.rawValue): cannot read \(file)")
                    failures += 1
                    continue
                }
                do {
                    if try harness.run(Array(data)) { accepted += 1 }
                } catch {
                    print("replay \(target.rawValue): \(file): \(error)")
                    violations += 1
                }
            }
            failures += violations
            print("replay \(target.rawValue): \(files.count) files, \(accepted) accepted, \(violations) violations")
        }
        exit(failures == 0 ? 0 : 1)
    }

    private static func regularFiles(under path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return children.filter { !$0.hasPrefix(".") }.sorted().flatMap { regularFiles(under: path + "/" + $0) }
    }

    private static func usage(_ problem: String?) -> Never {
        if let problem { print(problem) }
        print("usage: undocd-fuzz [--target \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|"))] FILE|DIR...")
        exit(problem == nil ? 0 : 2)
    }
}
#endif
