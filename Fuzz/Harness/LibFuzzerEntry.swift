import Foundation

// libFuzzer entry points, used when scripts/fuzz.sh builds this target with `-sanitize=fuzzer,address`
// (libFuzzer then supplies `main`). The target is chosen with UNDOCD_FUZZ_TARGET because libFuzzer owns argv.

/// The harness for `$UNDOCD_FUZZ_TARGET`, built once before the first input.
let fuzzHarness: FuzzHarness = {
    let name = ProcessInfo.processInfo.environment["UNDOCD_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        fatalError("set UNDOCD_FUZZ_TARGET to one of: \(names) (got '\(name)')")
    }
    do {
        return try FuzzHarness(target: target, dataDirectory: FuzzHarness.defaultDataDirectory)
    } catch {
        fatalError("cannot build the \(name) harness from \(FuzzHarness.defaultDataDirectory): \(error)")
    }
}()

/// Builds the harness before fuzzing starts, so that a bad data directory fails at once, not as a "crash".
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = fuzzHarness.target
    return 0
}

/// One input. A broken invariant is turned into a crash so that libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        try fuzzHarness.run(bytes)
    } catch {
        fatalError("invariant violated: \(error)")
    }
    return 0
}
