import Glibc
import Synchronization

/// Crash points in the per-file transaction, for the crash-matrix tests (SPEC §4).
///
/// Off unless `SITREP_TEST_CRASH_AT=POINT:N[:hang]` is set: the daemon then `SIGKILL`s itself
/// (or, with `hang`, stops in place, for watchdog tests) the Nth time it reaches POINT. A
/// deliberately long name no user sets by accident; when off, each point is one `nil` check.
public struct FaultInjection: Sendable {
    public enum Point: String, Sendable, CaseIterable {
        /// While the file is marked in progress, before its parse: a parser crash.
        case duringParse = "during-parse"
        /// Inside the reader's run on the parse worker: a parser that crashes or (`hang`) never ends.
        case inParse = "in-parse"
        case afterRead = "after-read"
        /// Half of a file's group written, then the crash: a torn record or a short group.
        case midRecord = "mid-record"
        case afterAppend = "after-append"
        case afterSync = "after-sync"
        /// Not a crash: the batch's `fdatasync` fails with `EIO`, as a dying disk's would
        /// (device-mapper's error target is not available everywhere the tests run).
        case failSync = "fail-sync"
        /// After the moves, before the folders' fsync.
        case afterMove = "after-move"
        /// Between the log's rename and the new log's creation.
        case midRotation = "mid-rotation"
    }

    let point: Point?
    let countdown: Countdown?
    var hang = false

    /// Atomic: the loop and the parse threads count down, and an abandoned parse thread may
    /// have counted last (ThreadSanitizer flagged the plain integer).
    final class Countdown: Sendable {
        let remaining: Atomic<Int>
        init(_ n: Int) { remaining = Atomic(n) }
        /// Counts one hit; true when the countdown has run out.
        func tick() -> Bool { remaining.subtract(1, ordering: .relaxed).newValue <= 0 }
    }

    public static func fromEnvironment() -> FaultInjection {
        guard let raw = getenv("SITREP_TEST_CRASH_AT") else { return FaultInjection(point: nil, countdown: nil) }
        let parts = String(cString: raw).split(separator: ":")
        guard let name = parts.first, let point = Point(rawValue: String(name)) else {
            return FaultInjection(point: nil, countdown: nil)
        }
        let n = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        return FaultInjection(point: point, countdown: Countdown(n), hang: parts.count > 2 && parts[2] == "hang")
    }

    @inline(__always)
    func hit(_ at: Point) { hit(at, first: {}) }

    /// True when the fault armed at `at` is due: counts the hit. `failSync` asks this directly
    /// (it is not a crash); the crash points go through ``hit(_:first:)``.
    @inline(__always)
    func fails(_ at: Point) -> Bool {
        guard let point, point == at, let countdown else { return false }
        return countdown.tick()
    }

    /// As ``hit(_:)``, running `first` (the partial write of `midRecord`) just before the crash.
    @inline(__always)
    func hit(_ at: Point, first: () -> Void) {
        guard fails(at) else { return }
        first()
        if hang {
            while true { pause() }
        }
        raise(SIGKILL)
    }
}
