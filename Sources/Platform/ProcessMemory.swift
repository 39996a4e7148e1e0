import CMalloc
import Glibc

/// The daemon's memory: handing free heap back to the kernel, and what `/proc` says a process holds.
public enum ProcessMemory {
    /// Resident memory of a process, split the way `/proc/<pid>/status` splits it.
    public struct Usage: Sendable, Equatable {
        /// `VmRSS`: every resident page mapped by the process, in bytes.
        public var resident = 0
        /// `VmHWM`: the peak of `resident`.
        public var peak = 0
        /// `RssAnon`: private memory (heap, stacks, written data), in bytes.
        public var anonymous = 0
        /// `RssFile`: mapped file pages (the binary's code and read-only data, shared libraries), in bytes.
        public var file = 0
    }

    /// Returns the free memory of every malloc arena to the kernel (`malloc_trim(0)`): without it the pages freed
    /// after a burst stay resident. It walks every arena under its lock: call it when idle.
    /// - Returns: whether any memory was released.
    @discardableResult
    public static func returnFreeMemory() -> Bool {
        malloc_trim(0) == 1
    }

    /// The resident memory of process `pid` (this process when `nil`), or `nil` if `/proc` cannot be read.
    public static func usage(ofProcess pid: Int32? = nil) -> Usage? {
        let path = "/proc/\(pid.map(String.init) ?? "self")/status"
        guard let bytes = try? FileSystem.readFile(atPath: path) else { return nil }
        var usage = Usage()
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let kilobytes = Int(fields[1]) else { continue }
            switch fields[0] {
            case "VmRSS:": usage.resident = kilobytes * 1024
            case "VmHWM:": usage.peak = kilobytes * 1024
            case "RssAnon:": usage.anonymous = kilobytes * 1024
            case "RssFile:": usage.file = kilobytes * 1024
            default: continue
            }
        }
        return usage
    }
}
