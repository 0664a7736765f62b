import CSystemd
import Glibc

/// `sd_notify(3)` for `Type=notify`: readiness, status, watchdog, stopping, reloading.
/// Outside systemd (`NOTIFY_SOCKET` unset) every call is a cheap no-op.
public final class SystemdNotifier {
    /// `WATCHDOG_USEC` when the service manager enabled the watchdog for this process.
    public let watchdogMicros: UInt64?
    private var lastStatusNanos: UInt64 = 0
    private var pendingStatus: String?
    private var lastWatchdogNanos: UInt64 = 0

    public init() {
        var usec: UInt64 = 0
        watchdogMicros = sd_watchdog_enabled(0, &usec) > 0 && usec > 0 ? usec : nil
    }

    public func send(_ state: String) {
        _ = sd_notify(0, state)
    }

    public func ready(status: String) { send("READY=1\nSTATUS=\(status)") }
    public func stopping() { send("STOPPING=1\nSTATUS=stopping") }

    /// `RELOADING=1` with the `MONOTONIC_USEC` systemd ≥ 253 wants; 252 ignores the extra field.
    public func reloading() {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        let usec = UInt64(ts.tv_sec) * 1_000_000 + UInt64(ts.tv_nsec) / 1000
        send("RELOADING=1\nMONOTONIC_USEC=\(usec)")
    }

    /// Asks for more start-up time while recovery of a large log delays readiness.
    public func extendTimeout(micros: UInt64) { send("EXTEND_TIMEOUT_USEC=\(micros)") }

    /// `STATUS=`, at most once a second; a newer line replaces one held back.
    public func status(_ line: String, force: Bool = false) {
        let now = Clock.monotonicNanos()
        if force || now - lastStatusNanos >= 1_000_000_000 {
            send("STATUS=\(line)")
            lastStatusNanos = now
            pendingStatus = nil
        } else {
            pendingStatus = line
        }
    }

    /// Sends a held-back status line once its second has passed.
    public func flushStatus() {
        if let line = pendingStatus { status(line) }
    }

    /// Nanoseconds until a held-back status may be sent, if one is waiting.
    public var statusDueInNanos: UInt64? {
        guard pendingStatus != nil else { return nil }
        let elapsed = Clock.monotonicNanos() - lastStatusNanos
        return elapsed >= 1_000_000_000 ? 0 : 1_000_000_000 - elapsed
    }

    /// `WATCHDOG=1`, from the processing loop only, at most every quarter interval.
    public func watchdog() {
        guard let interval = watchdogMicros else { return }
        let now = Clock.monotonicNanos()
        if now - lastWatchdogNanos >= interval * 250 {
            send("WATCHDOG=1")
            lastWatchdogNanos = now
        }
    }
}
