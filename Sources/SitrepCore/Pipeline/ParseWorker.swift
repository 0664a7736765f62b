import Glibc
import Synchronization

/// Runs one file's reading and extraction on a thread of its own, so that the daemon can give
/// up on a parse that runs past `timeout_s` (SPEC §3 `timeout`) while its loop keeps systemd's
/// watchdog fed.
///
/// Neither Swift nor POSIX can stop a thread from outside safely (`pthread_cancel` would
/// unwind through code holding locks and half-built values), so a parse that times out is
/// abandoned: its thread runs on to its end, its result is dropped, and a fresh worker takes
/// the next file. ``runaway`` counts the abandoned threads still running, so that the daemon
/// can restart itself before they eat the machine. Hand-written on pthreads because the
/// daemon is one thread in one `poll(2)` (see ``Daemon``); an executor or libdispatch would
/// add threads and wake-ups an idle daemon must not have.
final class ParseWorker: @unchecked Sendable {
    // @unchecked: every mutable field below is read and written with `mutex` held.
    typealias Job = @Sendable () -> ParsedFile

    enum Outcome {
        case done(ParsedFile)
        case timedOut
    }

    /// Abandoned parse threads that have not finished yet (process-wide).
    static let runaway = Atomic<Int>(0)

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let cond = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var job: Job?
    private var result: ParsedFile?
    private var abandoned = false
    private var started = false

    init() {
        pthread_mutex_init(mutex, nil)
        var attr = pthread_condattr_t()
        pthread_condattr_init(&attr)
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
        pthread_cond_init(cond, &attr)
        pthread_condattr_destroy(&attr)
    }

    /// Only reached once the thread has let go of `self` (it holds a retain while it runs).
    deinit {
        pthread_cond_destroy(cond)
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        cond.deallocate()
    }

    /// Stops the idle thread (the daemon is stopping); a busy one is abandoned.
    func shutdown() {
        pthread_mutex_lock(mutex)
        abandoned = true
        pthread_cond_broadcast(cond)
        pthread_mutex_unlock(mutex)
    }

    /// Runs `job` on the worker thread and waits for it up to `timeoutNanos`, calling `tick`
    /// (the watchdog) every `tickNanos` while it waits. After `.timedOut` this worker is spent.
    func run(_ job: @escaping Job, timeoutNanos: UInt64, tickNanos: UInt64, tick: () -> Void) -> Outcome {
        if !started && !startThread() {
            return .done(job())  // no thread to be had: parse in place, without a deadline
        }
        pthread_mutex_lock(mutex)
        self.job = job
        pthread_cond_signal(cond)
        let deadline = Clock.monotonicNanos() + timeoutNanos
        while result == nil {
            let now = Clock.monotonicNanos()
            if now >= deadline {
                abandoned = true
                pthread_mutex_unlock(mutex)
                Self.runaway.add(1, ordering: .relaxed)
                return .timedOut
            }
            var until = Self.timespecAt(min(deadline, now + tickNanos))
            if pthread_cond_timedwait(cond, mutex, &until) == ETIMEDOUT && result == nil {
                pthread_mutex_unlock(mutex)
                tick()
                pthread_mutex_lock(mutex)
            }
        }
        let parsed = result
        result = nil
        pthread_mutex_unlock(mutex)
        return parsed.map(Outcome.done) ?? .timedOut
    }

    private func startThread() -> Bool {
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        defer { pthread_attr_destroy(&attr) }
        pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
        // The reader and libxml2 recurse on nested input: the same 8 MiB the main thread has.
        pthread_attr_setstacksize(&attr, 8 << 20)
        let context = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let rc = pthread_create(
            &thread, &attr,
            { raw in
                guard let raw else { return nil }
                let worker = Unmanaged<ParseWorker>.fromOpaque(raw).takeRetainedValue()
                worker.serve()
                return nil
            }, context)
        if rc != 0 {
            Unmanaged<ParseWorker>.fromOpaque(context).release()
            return false
        }
        started = true
        return true
    }

    /// The thread's loop: wait for a job, run it, hand back the result unless abandoned.
    private func serve() {
        pthread_mutex_lock(mutex)
        while true {
            while job == nil && !abandoned { pthread_cond_wait(cond, mutex) }
            guard let next = job else { break }  // shut down while idle
            job = nil
            pthread_mutex_unlock(mutex)
            let parsed = next()
            pthread_mutex_lock(mutex)
            if abandoned {
                Self.runaway.subtract(1, ordering: .relaxed)
                break
            }
            result = parsed
            pthread_cond_signal(cond)
        }
        pthread_mutex_unlock(mutex)
    }

    private static func timespecAt(_ nanos: UInt64) -> timespec {
        timespec(tv_sec: Int(nanos / 1_000_000_000), tv_nsec: Int(nanos % 1_000_000_000))
    }
}
