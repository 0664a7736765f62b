import Glibc

/// Wall and monotonic time, and the RFC 3339 / calendar formatting the records use.
public enum Clock {
    /// Milliseconds since the Unix epoch (wall clock).
    public static func nowMillis() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }

    /// Monotonic nanoseconds, for timeouts and latency.
    public static func monotonicNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    private static func utc(_ millis: Int64) -> tm {
        var secs = time_t(millis / 1000)
        var out = tm()
        gmtime_r(&secs, &out)
        return out
    }

    /// `2024-11-07T10:11:12.345Z`
    public static func rfc3339(millis: Int64) -> String {
        let t = utc(millis)
        let ms = Int(millis % 1000)
        return "\(pad(Int(t.tm_year) + 1900, 4))-\(pad(Int(t.tm_mon) + 1, 2))-\(pad(Int(t.tm_mday), 2))T"
            + "\(pad(Int(t.tm_hour), 2)):\(pad(Int(t.tm_min), 2)):\(pad(Int(t.tm_sec), 2)).\(pad(ms, 3))Z"
    }

    /// `2024-11-07`, the UTC day.
    public static func utcDay(millis: Int64) -> String {
        let t = utc(millis)
        return "\(pad(Int(t.tm_year) + 1900, 4))-\(pad(Int(t.tm_mon) + 1, 2))-\(pad(Int(t.tm_mday), 2))"
    }

    /// `20241107T101112Z`, for rotated log names.
    public static func compactStamp(millis: Int64) -> String {
        let t = utc(millis)
        return "\(pad(Int(t.tm_year) + 1900, 4))\(pad(Int(t.tm_mon) + 1, 2))\(pad(Int(t.tm_mday), 2))T"
            + "\(pad(Int(t.tm_hour), 2))\(pad(Int(t.tm_min), 2))\(pad(Int(t.tm_sec), 2))Z"
    }

    static func pad(_ value: Int, _ width: Int) -> String { String(value).leftPadded(width) }
}
