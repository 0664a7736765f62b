import Glibc
import Logging

extension Daemon {
    /// A file whose group is appended and waits for the batch's sync and its move.
    struct Appended {
        var rel: String
        var source: String
        var destination: String?
        var identity: FileIdentity?
        var group: FileGroup
    }

    static let batchFiles = 512
    static let batchNanos: UInt64 = 50_000_000
    static let checkpointEveryNanos: UInt64 = 30_000_000_000

    /// One group commit (SPEC §4): read and append files one `write(2)` each for up to 50 ms or
    /// 512 files, one `fdatasync` for all, then the moves and one fsync per folder touched.
    func processBatch() throws(Exit) {
        guard let log else { return }
        let started = Clock.monotonicNanos()
        let day = Clock.utcDay(millis: Clock.nowMillis())
        var batch: [Appended] = []
        while batch.count < Daemon.batchFiles, Clock.monotonicNanos() - started < Daemon.batchNanos,
            let rel = queue.next()
        {
            let incidentsBefore = index.incidents.count
            guard let item = prepare(rel, day: day) else { continue }
            faults.hit(.afterRead)
            let ts = Clock.rfc3339(millis: Clock.nowMillis())
            let bytes = item.group.render(firstSeq: nextSeq, ts: ts, movedTo: item.destination)
            faults.hit(.midRecord) { try? log.append(Array(bytes.prefix(max(1, bytes.count / 2)))) }
            do {
                try log.append(bytes)
            } catch {
                for key in item.group.newArticleIDs { index.remove(key) }
                index.incidents.truncate(to: incidentsBefore)
                queue.requeueFront(rel)
                enterPause(error)
                break
            }
            faults.hit(.afterAppend)
            if let p = pause {
                logger.notice("resumed: the log takes writes again (was: \(p.reason))", metadata: .message(.diskFull))
                pause = nil
            }
            nextSeq += Int64(item.group.drafts.count)
            batch.append(item)
        }
        if batch.isEmpty {
            placement.endBatch()
            notifier.status(statusLine())
            return
        }
        do throws(SystemError) {
            if faults.fails(.failSync) { throw SystemError(call: "fdatasync", subject: log.path, errno: EIO) }
            try log.sync()
        } catch {
            fatal(error)
        }
        faults.hit(.afterSync)
        finish(batch)
        placement.endBatch()
        checkpointDirty = true
        if config.rotateBytes > 0 && log.size >= config.rotateBytes { rotate(log) }
        if Clock.monotonicNanos() - lastCheckpointAt >= Daemon.checkpointEveryNanos { saveCheckpoint() }
        notifier.status(statusLine())
    }

    /// Reads one inbox file and builds its group; nil when it vanished (nothing to record).
    func prepare(_ rel: String, day: String) -> Appended? {
        let source = Path.join(config.inbox, rel)
        let feed = rel.contains("/") ? String(rel.prefix { $0 != "/" }) : nil
        var group: FileGroup
        var identity: FileIdentity?
        switch InputOpener.open(inbox: config.inbox, rel: rel, maxBytes: config.maxBytes) {
        case .vanished:
            return nil
        case .rejected(let rejection):
            group = Ingestor.rejectedFile(file: rel, feed: feed, sha256: nil, rejection: rejection)
        case .bytes(let bytes, let id):
            identity = id
            if let crashes = suspects[rel], crashes >= 2 {
                group = Ingestor.rejectedFile(
                    file: rel, feed: feed, sha256: Digests.sha256Hex(bytes),
                    rejection: Rejection(
                        .crashed, "the daemon exited abnormally \(crashes) times while reading this file"))
            } else {
                state.markInProgress(rel)
                faults.hit(.duringParse)
                group = parse(InputFile(file: rel, feed: feed, bytes: bytes))
                state.markInProgress(nil)
            }
        }
        var destination: String?
        if case .failed = group.disposition {
            destination = placement.destination(for: rel, failed: true, day: day)
        } else if config.onDone == .move {
            destination = placement.destination(for: rel, failed: false, day: day)
        }
        return Appended(rel: rel, source: source, destination: destination, identity: identity, group: group)
    }

    /// Reads and extracts `input` on the parse worker, within `timeout_s`; a parse past it is
    /// abandoned and its file quarantined as `timeout` (SPEC §3).
    func parse(_ input: InputFile) -> FileGroup {
        let ingestor = self.ingestor
        let faults = self.faults
        let tick = notifier.watchdogMicros.map { $0 * 250 } ?? 1_000_000_000
        let outcome = worker.run(
            {
                faults.hit(.inParse)
                return ingestor.parse(input)
            }, timeoutNanos: UInt64(config.timeoutSeconds) * 1_000_000_000, tickNanos: tick,
            tick: { notifier.watchdog() })
        switch outcome {
        case .done(let parsed):
            return ingestor.group(of: parsed, index: &index)
        case .timedOut:
            worker = ParseWorker()
            let rejection = Rejection(
                .timeout, "reading and extraction ran past \(config.timeoutSeconds) s; the parse was abandoned")
            logger.error(
                "\(input.file): \(rejection.detail) (\(ParseWorker.runaway.load(ordering: .relaxed)) abandoned parse(s) still running)",
                metadata: .message(.warning, ["sitrep_file": "\(input.file)"]))
            return Ingestor.rejectedFile(
                file: input.file, feed: input.feed, sha256: Digests.sha256Hex(input.bytes), rejection: rejection)
        }
    }

    /// After the sync: move (or delete) every input of the batch, fsync the folders, report.
    func finish(_ batch: [Appended]) {
        var dirs = Set<String>()
        for item in batch {
            dirs.insert(Path.parent(item.source))
            if let identity = item.identity, let st = try? FS.lstat(item.source), FileIdentity(st) != identity {
                logger.warning(
                    "\(item.rel) was replaced after it was read; the new file stays in the inbox",
                    metadata: .message(.warning, ["sitrep_file": "\(item.rel)"]))
                queue.enqueue(item.rel)
                if let dest = item.destination { placement.claim(dest) }
                report(item)
                continue
            }
            if let dest = item.destination {
                move(item, to: dest, dirs: &dirs)
            } else {
                do { try FS.unlink(item.source) } catch {
                    logger.warning("cannot delete \(item.rel) after ingesting it: \(error)")
                }
            }
            if suspects[item.rel] != nil { state.clearSuspect(item.rel, in: &suspects) }
            report(item)
        }
        faults.hit(.afterMove)
        for dir in dirs {
            do { try FS.fsyncDirectory(dir) } catch {
                // The records are durable; at worst recovery moves the input again, recording nothing.
                logger.warning("fsync of folder \(dir) failed: \(error)")
            }
        }
    }

    func move(_ item: Appended, to dest: String, dirs: inout Set<String>) {
        var rejection: Rejection?
        if case .failed(let r) = item.group.disposition { rejection = r }
        _ = place(item.source, rel: item.rel, at: dest, rejection: rejection, sha256: item.group.sha256, dirs: &dirs)
    }

    /// Moves an input to `dest` (never replacing anything), creating the folder it needs, and
    /// for a rejected input writes `dest.error.json`. Every folder whose entries changed goes
    /// into `dirs` for the fsync. Returns false (the input stays where it is) on failure.
    func place(
        _ source: String, rel: String, at dest: String, rejection: Rejection?, sha256: String, dirs: inout Set<String>
    ) -> Bool {
        let parent = Path.parent(dest)
        var attempts = 0
        while true {
            attempts += 1
            if !knownFolders.contains(parent) && !FS.exists(parent) {
                do { try FS.makeDirectories(parent) } catch {
                    logger.error("cannot create \(parent): \(error); \(rel) stays in the inbox")
                    return false
                }
                var up = Path.parent(parent)
                while up.count >= min(config.processed.count, config.failed.count) && up != "/" {
                    dirs.insert(up)
                    up = Path.parent(up)
                }
            }
            do {
                try FS.renameNoReplace(source, dest)
                break
            } catch {
                if error.errno == ENOENT && attempts == 1 && FS.exists(source) {
                    knownFolders.remove(parent)  // removed by hand since: create it again
                    continue
                }
                if error.errno == ENOENT {
                    logger.warning("\(rel) vanished before it could be moved", metadata: .message(.warning))
                } else {
                    logger.error("cannot move \(rel) to \(dest): \(error); it stays in the inbox")
                }
                return false
            }
        }
        dirs.insert(parent)
        if knownFolders.count > 1024 { knownFolders.removeAll() }
        knownFolders.insert(parent)
        if let rejection {
            writeErrorFile(for: dest, rejection: rejection, sha256: sha256, file: rel)
        }
        return true
    }

    /// The journal entry and counters of one file.
    func report(_ item: Appended) {
        let g = item.group
        counters.articles += g.articleCount
        counters.events += g.eventCount
        counters.rejected += g.rejectedCount
        counters.duplicates += g.duplicateCount
        counters.lastFile = item.rel
        let article = g.drafts.first { $0.kind == .article || $0.kind == .duplicate }?.articleID
        var meta: Logger.Metadata = ["sitrep_file": "\(item.rel)", "sitrep_events": "\(g.eventCount)"]
        if let article { meta["sitrep_article"] = "\(article)" }
        if case .failed(let rejection) = g.disposition {
            meta["sitrep_reason"] = "\(rejection.reason.rawValue)"
            logger.warning(
                "rejected \(item.rel): \(rejection.reason.rawValue): \(rejection.detail)",
                metadata: .message(.rejected, meta))
        } else if g.articleCount == 0 && g.duplicateCount > 0 {
            logger.info("duplicate \(item.rel): \(article ?? "")", metadata: .message(.duplicate, meta))
        } else {
            if let reason = g.drafts.first(where: { $0.kind == .rejected }).flatMap({ $0.fields.first?.1 }),
                case .string(let r) = reason
            {
                meta["sitrep_reason"] = "\(r)"
            }
            logger.info(
                "ingested \(item.rel): \(g.articleCount) article(s), \(g.eventCount) event(s)",
                metadata: .message(.ingested, meta))
        }
    }

    func enterPause(_ error: AppendError) {
        let (reason, system): (String, SystemError)
        switch error {
        case .noSpace(let e): (reason, system) = ("disk full: \(e.reason)", e)
        case .failed(let e): (reason, system) = ("write failed: \(e.reason)", e)
        }
        let backoff = min((pause?.backoffNanos ?? 500_000_000) * 2, 60_000_000_000)
        let first = pause == nil
        pause = Pause(reason: reason, retryAt: Clock.monotonicNanos() + backoff, backoffNanos: backoff)
        if first {
            logger.error(
                "stopped taking files: \(system); inputs stay in the inbox, retrying with backoff",
                metadata: .message(.diskFull, ["errno": "\(system.errno)"]))
        }
        notifier.status(statusLine(), force: true)
    }

    func rotate(_ log: EventLog) {
        do {
            let rotated = try log.rotate(firstSeq: logFirstSeq, now: Clock.nowMillis()) { faults.hit(.midRotation) }
            logFirstSeq = nextSeq
            saveCheckpoint()
            logger.notice("rotated the event log to \(rotated)", metadata: .message(.logRotated))
        } catch {
            fatal(error)
        }
    }
}
