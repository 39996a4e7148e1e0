import Glibc

/// A point in wall-clock time with millisecond precision, formatted the way results and file names need it.
public struct WallClockTime: Sendable, Equatable, Comparable {
    /// Milliseconds since the Unix epoch (UTC).
    public var millisecondsSinceEpoch: Int64

    /// Creates a time from milliseconds since the epoch.
    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    /// The current time (`clock_gettime(CLOCK_REALTIME)`).
    public static func now() -> WallClockTime {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return WallClockTime(millisecondsSinceEpoch: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }

    public static func < (lhs: WallClockTime, rhs: WallClockTime) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }

    private func parts() -> (tm, Int) {
        var seconds = time_t(millisecondsSinceEpoch / 1000)
        var broken = tm()
        gmtime_r(&seconds, &broken)
        return (broken, Int(millisecondsSinceEpoch % 1000))
    }

    /// ISO 8601 UTC with milliseconds: `2026-11-22T02:40:00.123Z`.
    public var iso8601: String {
        let (t, ms) = parts()
        return "\(pad(Int(t.tm_year) + 1900, 4))-\(pad(Int(t.tm_mon) + 1, 2))-\(pad(Int(t.tm_mday), 2))T"
            + "\(pad(Int(t.tm_hour), 2)):\(pad(Int(t.tm_min), 2)):\(pad(Int(t.tm_sec), 2)).\(pad(ms, 3))Z"
    }

    /// Compact form for file names that sort by time: `20261122T024000.123Z`.
    public var compact: String {
        let (t, ms) = parts()
        return "\(pad(Int(t.tm_year) + 1900, 4))\(pad(Int(t.tm_mon) + 1, 2))\(pad(Int(t.tm_mday), 2))T"
            + "\(pad(Int(t.tm_hour), 2))\(pad(Int(t.tm_min), 2))\(pad(Int(t.tm_sec), 2)).\(pad(ms, 3))Z"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
