import Glibc

/// Crash points in the per-file transaction, for the crash-matrix tests (SPEC §4).
///
/// Off unless `SITREP_TEST_CRASH_AT=POINT:N` is set (the daemon then `SIGKILL`s itself the Nth
/// time it reaches POINT): a deliberately long name no user sets by accident. When off, each
/// point is one comparison against `nil`.
public struct FaultInjection: Sendable {
    public enum Point: String, Sendable, CaseIterable {
        /// While the file is marked in progress, before its parse: a parser crash.
        case duringParse = "during-parse"
        case afterRead = "after-read"
        case afterAppend = "after-append"
        case afterSync = "after-sync"
        case afterMove = "after-move"
    }

    let point: Point?
    let countdown: Countdown?

    final class Countdown: @unchecked Sendable {
        // @unchecked: touched only from the daemon's single processing thread.
        var remaining: Int
        init(_ n: Int) { remaining = n }
    }

    public static func fromEnvironment() -> FaultInjection {
        guard let raw = getenv("SITREP_TEST_CRASH_AT") else { return FaultInjection(point: nil, countdown: nil) }
        let parts = String(cString: raw).split(separator: ":")
        guard let name = parts.first, let point = Point(rawValue: String(name)) else {
            return FaultInjection(point: nil, countdown: nil)
        }
        let n = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        return FaultInjection(point: point, countdown: Countdown(n))
    }

    @inline(__always)
    func hit(_ at: Point) {
        guard let point, point == at, let countdown else { return }
        countdown.remaining -= 1
        if countdown.remaining <= 0 { raise(SIGKILL) }
    }
}
