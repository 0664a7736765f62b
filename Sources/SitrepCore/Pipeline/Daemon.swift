import CSitrepLinux
import Glibc
import Logging

/// `sitrep run`: watches the inbox and turns every file into durable records (SPEC §3–4, §8).
///
/// One thread, one `poll(2)` on the inotify and signal descriptors: an idle daemon sleeps in
/// the kernel until a file arrives, a signal comes, or a timer it set is due (watchdog, rescan,
/// settle, retry). Signals arrive through `signalfd`, not handlers, so they are just another
/// readable descriptor in that poll. This is why the daemon does not use ServiceGroup: its
/// signal handling and task wake-ups would add wake-ups an idle daemon must not have.
public final class Daemon {
    public internal(set) var config: Configuration
    let configPath: String?
    let logger: Logger
    let notifier: SystemdNotifier
    let state: StateStore
    var log: EventLog?
    var watcher: InboxWatcher?
    var signalFD: Int32 = -1
    var ingestor: Ingestor
    var index = ArticleIndex()
    var nextSeq: Int64 = 1
    var logFirstSeq: Int64 = 1
    var queue = WorkQueue()
    var placement: Placement
    var suspects: [String: Int] = [:]
    var scanTruncated = false
    var nextRescanAt: UInt64 = 0
    var pause: Pause?
    var stopping = false
    var warnedDeep = Set<String>()
    /// Destination folders seen to exist (a folder removed by hand is recreated on the failed rename).
    var knownFolders = Set<String>()
    var lastCheckpointAt: UInt64 = 0
    var lastExtendAt: UInt64 = 0
    var checkpointDirty = false
    public internal(set) var counters = Counters()
    /// Fault injection for the crash tests; compiled in, inert unless the environment asks.
    let faults = FaultInjection.fromEnvironment()
    /// Reads and extracts off the loop's thread, so that a parse can time out (SPEC §3).
    var worker = ParseWorker()
    /// Abandoned parses still running at which the daemon restarts itself to be rid of them.
    static let runawayLimit = 2

    /// Totals for `STATUS=` and the journal.
    public struct Counters: Sendable {
        public var articles = 0
        public var events = 0
        public var rejected = 0
        public var duplicates = 0
        public var lastFile: String?
    }

    /// A pause after a failed append (disk full): retry at `retryAt`, doubling up to a minute.
    struct Pause {
        var reason: String
        var retryAt: UInt64
        var backoffNanos: UInt64
    }

    /// An exit with a status code and the message that explains it.
    public struct Exit: Error, CustomStringConvertible {
        public var code: Int32
        public var description: String
    }

    public init(config: Configuration, configPath: String?, logger: Logger, extractor: (any EventExtractor)? = nil) {
        self.config = config.absolutized()
        self.configPath = configPath
        self.logger = logger
        self.notifier = SystemdNotifier()
        self.state = StateStore(directory: self.config.state)
        self.ingestor = Ingestor(extractor: extractor, emitText: config.emitText)
        self.placement = Placement(processed: self.config.processed, failed: self.config.failed)
        // Test-only: a small in-memory window, so tests reach the "backlog larger than the
        // window" path with a few files. Like the fault injection, inert unless set.
        if let raw = getenv("SITREP_TEST_QUEUE_LIMIT"), let limit = Int(String(cString: raw)), limit > 0 {
            queue.limit = limit
        }
    }

    /// Runs until SIGTERM/SIGINT. Returns normally on a clean stop; throws ``Exit`` otherwise.
    public func run() throws(Exit) {
        signalFD = sitrep_signalfd_install()
        guard signalFD >= 0 else { throw Exit(code: 2, description: "signalfd: \(String(cString: strerror(errno)))") }
        try prepareFolders()
        do {
            try state.lock()
        } catch {
            throw Exit(code: 2, description: error.description)
        }
        suspects = state.recordCrashes()
        try recover()
        do {
            watcher = try InboxWatcher(inbox: config.inbox)
        } catch {
            throw Exit(code: 2, description: "cannot watch the inbox: \(error)")
        }
        rescan(reason: "startup")
        logger.notice(
            "sitrep \(SitrepVersion.current) started: \(queue.count) file(s) queued, next seq \(nextSeq)",
            metadata: .message(.started, ["sitrep_queue": "\(queue.count)"]))
        notifier.ready(status: statusLine())
        defer { worker.shutdown() }
        try loop()
        notifier.stopping()
        saveCheckpoint()
        state.markInProgress(nil)
        logger.notice(
            "sitrep stopping: \(counters.articles) article(s), \(counters.events) event(s), \(queue.count) file(s) left in the inbox",
            metadata: .message(.stopping))
    }

    func prepareFolders() throws(Exit) {
        for dir in [config.inbox, config.processed, config.failed, config.state, Path.parent(config.log)] {
            do {
                try FS.makeDirectories(dir)
            } catch {
                throw Exit(code: 2, description: "cannot create \(dir): \(error.reason)")
            }
        }
        let devices = [config.inbox, config.processed, config.failed].map { try? FS.lstat($0).st_dev }
        if devices[0] != devices[1] || devices[0] != devices[2] {
            throw Exit(
                code: 2,
                description:
                    "inbox, processed and failed must be on one filesystem (moves are renames): \(config.inbox), \(config.processed), \(config.failed)"
            )
        }
    }

    // MARK: the loop

    func loop() throws(Exit) {
        guard let watcher else { return }
        var fds = [
            pollfd(fd: watcher.fd, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
        ]
        while !stopping {
            notifier.watchdog()
            let timeout = pollTimeoutMillis()
            fds[0].revents = 0
            fds[1].revents = 0
            let n = poll(&fds, 2, timeout)
            if n < 0 && errno != EINTR {
                throw Exit(code: 2, description: "poll: \(String(cString: strerror(errno)))")
            }
            notifier.watchdog()
            if fds[1].revents != 0 { handleSignals() }
            if stopping { break }
            if fds[0].revents != 0 { handleInotify() }
            let now = Clock.monotonicNanos()
            queue.promoteSettled(inbox: config.inbox, settleNanos: settleNanos, now: now)
            if now >= nextRescanAt || backlogRescanDue {
                rescan(reason: backlogRescanDue ? "backlog" : "periodic")
            }
            if let p = pause {
                if now < p.retryAt { continue }
                logger.info("retrying after: \(p.reason)")
            }
            if !queue.isEmpty { try processBatch() }
            let runaway = ParseWorker.runaway.load(ordering: .relaxed)
            if runaway >= Daemon.runawayLimit {
                saveCheckpoint()
                throw Exit(
                    code: 2,
                    description:
                        "\(runaway) parses that ran past timeout_s are still running; exiting so that the service manager restarts the daemon without them"
                )
            }
            notifier.flushStatus()
        }
    }

    var settleNanos: UInt64 { UInt64(config.settleMillis) * 1_000_000 }

    /// The last scan left files out (bounded memory) and the queue has drained: list again now.
    var backlogRescanDue: Bool { scanTruncated && queue.isEmpty && queue.settlingCount == 0 }

    /// `min(WATCHDOG_USEC/2, next rescan, next settle, retry, status flush)`; 0 while work waits.
    func pollTimeoutMillis() -> Int32 {
        let now = Clock.monotonicNanos()
        if (!queue.isEmpty && pause == nil) || backlogRescanDue { return 0 }
        var due = nextRescanAt
        if let w = notifier.watchdogMicros { due = min(due, now + w * 500) }
        if let s = queue.nextSettleDue { due = min(due, s) }
        if let p = pause { due = min(due, p.retryAt) }
        if let s = notifier.statusDueInNanos { due = min(due, now + s) }
        if due <= now { return 0 }
        return Int32(clamping: (due - now + 999_999) / 1_000_000)
    }

    func handleSignals() {
        while true {
            let sig = sitrep_signalfd_read(signalFD)
            if sig <= 0 { return }
            switch sig {
            case SIGTERM, SIGINT: stopping = true
            case SIGHUP: reload()
            default: break
            }
        }
    }

    func handleInotify() {
        guard let watcher else { return }
        let events: [InboxEvent]
        do {
            events = try watcher.drain()
        } catch {
            logger.error("inotify read failed: \(error); rescanning", metadata: .message(.warning))
            rescan(reason: "inotify error")
            return
        }
        let now = Clock.monotonicNanos()
        for event in events {
            switch event {
            case .movedIn(let rel):
                if !queue.enqueue(rel) { scanTruncated = true }
            case .created(let rel):
                guard let st = try? FS.lstat(Path.join(config.inbox, rel)) else { break }
                if st.st_mode & S_IFMT != S_IFREG {
                    if !queue.enqueue(rel) { scanTruncated = true }
                } else if st.st_nlink > 1 {
                    // link()ed in by a producer (its temp name still exists): no close-write
                    // will follow, so it settles like one.
                    queue.settle(rel, absolute: Path.join(config.inbox, rel), settleNanos: settleNanos, now: now)
                }
            case .closedWrite(let rel):
                queue.settle(rel, absolute: Path.join(config.inbox, rel), settleNanos: settleNanos, now: now)
            case .folderAdded(let name):
                do { try watcher.watch(folder: name) } catch {
                    logger.warning("cannot watch feed folder \(name): \(error)", metadata: .message(.warning))
                }
                rescan(reason: "new feed folder \(name)")
            case .deepFolder(let rel):
                warnDeep(rel)
            case .overflow:
                logger.warning("inotify queue overflowed: rescanning the inbox", metadata: .message(.warning))
                rescan(reason: "overflow")
            }
        }
    }

    func warnDeep(_ rel: String) {
        if warnedDeep.insert(rel).inserted {
            logger.warning(
                "ignoring folder \(rel): only first-level subfolders of the inbox are feeds",
                metadata: .message(.warning, ["sitrep_file": "\(rel)"]))
        }
    }

    /// Lists the inbox and queues what is not queued yet; files younger than `settle_ms` settle first.
    func rescan(reason: String) {
        let now = Clock.monotonicNanos()
        nextRescanAt = now + UInt64(config.rescanSeconds) * 1_000_000_000
        let scanner = InboxScanner(inbox: config.inbox, limit: max(queue.limit - queue.count, 1))
        let result: InboxScanner.Result
        do {
            result = try scanner.scan()
        } catch {
            logger.error("cannot scan the inbox: \(error)", metadata: .message(.warning))
            return
        }
        if let watcher {
            for folder in result.folders { try? watcher.watch(folder: folder) }
        }
        for rel in result.deepFolders { warnDeep(rel) }
        let wallNow = Int64(Clock.nowMillis()) * 1_000_000
        for file in result.files where !queue.contains(file.path) {
            if wallNow - file.mtimeNanos < Int64(settleNanos) {
                queue.settle(
                    file.path, absolute: Path.join(config.inbox, file.path), settleNanos: settleNanos, now: now)
            } else if !queue.enqueue(file.path) {
                break
            }
        }
        scanTruncated = result.truncated
        if reason != "periodic" || !result.files.isEmpty {
            logger.debug("scan (\(reason)): \(result.files.count) file(s), queue \(queue.count)")
        }
    }

    /// SIGHUP: reload the configuration's run-time keys and reopen the log (SPEC §4, §8).
    func reload() {
        notifier.reloading()
        if let path = configPath ?? (FS.exists(Configuration.systemPath) ? Configuration.systemPath : nil) {
            do {
                var fresh = try Configuration.load(path: path).0.absolutized()
                let folders = [fresh.inbox, fresh.processed, fresh.failed, fresh.state, fresh.log]
                let current = [config.inbox, config.processed, config.failed, config.state, config.log]
                if folders != current {
                    logger.warning(
                        "reload: folder and log paths change only on restart; keeping the current ones",
                        metadata: .message(.warning))
                    (fresh.inbox, fresh.processed, fresh.failed, fresh.state, fresh.log) =
                        (config.inbox, config.processed, config.failed, config.state, config.log)
                }
                config = fresh
                ingestor.emitText = fresh.emitText
            } catch {
                logger.error("reload: keeping the old configuration: \(error)", metadata: .message(.warning))
            }
        }
        do {
            try log?.reopen()
            saveCheckpoint()
        } catch {
            fatal(error)
        }
        logger.notice("reloaded: configuration read, log reopened", metadata: .message(.reloaded))
        notifier.ready(status: statusLine())
    }

    func statusLine() -> String {
        var line = pause.map { "paused (\($0.reason))" } ?? "running"
        line += ": \(counters.articles) articles, \(counters.events) events, \(counters.rejected) rejected, "
        line += "\(counters.duplicates) duplicates, queue \(queue.count)"
        if let last = counters.lastFile { line += ", last \(last)" }
        return line
    }

    /// A failed `fdatasync` (or another error after which the log cannot be trusted): exit now.
    func fatal(_ error: SystemError) -> Never {
        logger.critical(
            "fatal: \(error); exiting so that nothing is acknowledged that may not be on disk",
            metadata: .message(.fatal, ["errno": "\(error.errno)"]))
        notifier.send("STATUS=fatal: \(error)\nERRNO=\(error.errno)")
        // No atexit handlers after a fatal error: the process is abandoned mid-batch (and
        // LeakSanitizer's exit check would report that batch's records as leaks).
        fflush(nil)
        _exit(2)
    }

    func saveCheckpoint() {
        guard let log else { return }
        let cp = Checkpoint(
            log: log.identity, offset: log.size, nextSeq: nextSeq, logFirstSeq: logFirstSeq,
            articleKeys: Array(index.keys), incidents: index.incidents.entries)
        do {
            try state.saveCheckpoint(cp)
            lastCheckpointAt = Clock.monotonicNanos()
            checkpointDirty = false
        } catch {
            logger.warning("cannot save the checkpoint (recovery will replay more of the log): \(error)")
        }
    }
}
