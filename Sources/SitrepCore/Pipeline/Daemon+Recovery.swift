import Glibc
import Logging

extension Daemon {
    /// Startup recovery (SPEC §4): checkpoint + replay of the log written since (or every log
    /// file when the checkpoint does not match), the torn last group cut off into `.torn`, and
    /// inputs whose records are already in the log moved without new records.
    func recover() throws(Exit) {
        let path = config.log
        var result: ReplayResult
        do {
            let current = try? FS.lstat(path)
            if let cp = state.loadCheckpoint(), let current, FileIdentity(current) == cp.log,
                Int64(current.st_size) >= cp.offset
            {
                index = ArticleIndex(keys: Set(cp.articleKeys), incidents: IncidentIndex(entries: cp.incidents))
                result = try LogReplay.replay(
                    path: path, from: cp.offset, nextSeq: cp.nextSeq, index: &index, progress: replayProgress)
                logFirstSeq = cp.logFirstSeq
            } else {
                let files = try LogReplay.logFiles(of: path)
                var seq: Int64 = 1
                result = ReplayResult(nextSeq: 1)
                for file in files {
                    let r = try LogReplay.replay(
                        path: file, from: 0, nextSeq: seq, index: &index, progress: replayProgress)
                    seq = r.nextSeq
                    if file == path {
                        result = r
                    } else if r.corruptLines > 0 || r.tornFrom != nil {
                        logger.warning("rotated log \(file) has \(r.corruptLines) unreadable line(s) or a torn end")
                    }
                }
                result.nextSeq = seq
                logFirstSeq = result.firstSeq ?? seq
                if !files.isEmpty {
                    logger.notice(
                        "rebuilt state from \(files.count) log file(s): \(index.count) article(s), next seq \(seq)",
                        metadata: .message(.recovered))
                }
            }
            if result.corruptLines > 0 {
                logger.warning("\(result.corruptLines) unreadable line(s) in \(path) left in place")
            }
            if let torn = result.tornFrom {
                let cut = try LogReplay.cutTornTail(path: path, at: torn)
                logger.warning(
                    "cut an incomplete last group (\(cut) bytes) off \(path) into \(path).torn; its file is processed again",
                    metadata: .message(.recovered))
            }
        } catch {
            throw Exit(code: 2, description: "cannot recover the event log \(path): \(error)")
        }
        nextSeq = result.nextSeq
        do {
            log = try EventLog(path: path)
        } catch {
            throw Exit(code: 2, description: "cannot open the event log: \(error)")
        }
        finishUnmoved(result.recentGroups)
        saveCheckpoint()
    }

    /// While a long replay delays readiness: keep the watchdog fed and ask for more start-up
    /// time (SPEC §8 `EXTEND_TIMEOUT_USEC`), 30 s ahead each time, at most once a second.
    func replayProgress(lines: Int) {
        notifier.watchdog()
        let now = Clock.monotonicNanos()
        if now - lastExtendAt >= 1_000_000_000 {
            notifier.extendTimeout(micros: 30_000_000)
            notifier.status("recovering: replaying the event log, \(lines) lines of this file so far", force: true)
            lastExtendAt = now
        }
    }

    /// Inputs still in the inbox whose `file` and `sha256` match a complete group in the log
    /// (a crash after the sync, before the move) go where their record says, with no new record.
    func finishUnmoved(_ groups: [LoggedGroup]) {
        var dirs = Set<String>()
        for group in groups where !group.file.isEmpty {
            let source = Path.join(config.inbox, group.file)
            guard let st = try? FS.lstat(source) else { continue }
            let isRegular = st.st_mode & S_IFMT == S_IFREG
            if isRegular {
                guard
                    case .bytes(let bytes, _) = InputOpener.open(
                        inbox: config.inbox, rel: group.file, maxBytes: Int.max),
                    Digests.sha256Hex(bytes) == group.sha256
                else { continue }
            } else if !group.sha256.isEmpty || group.rejection?.reason != .notRegular {
                continue
            }
            dirs.insert(Path.parent(source))
            guard let dest = group.movedTo else {
                try? FS.unlink(source)
                continue
            }
            var target = dest
            if FS.exists(target) {
                target = placement.destination(
                    for: group.file, failed: dest.hasPrefix(config.failed + "/"),
                    day: Clock.utcDay(millis: Clock.nowMillis()))
            }
            let failed = target.hasPrefix(config.failed + "/")
            let rejection = failed ? group.rejection : nil
            if place(source, rel: group.file, at: target, rejection: rejection, sha256: group.sha256, dirs: &dirs) {
                logger.notice(
                    "recovered: \(group.file) was already in the log (seq \(group.firstSeq)); moved to \(target)",
                    metadata: .message(.recovered, ["sitrep_file": "\(group.file)"]))
            }
        }
        placement.endBatch()
        for dir in dirs { try? FS.fsyncDirectory(dir) }
    }

    /// `failed/NAME.error.json`: reason, detail, time and sha256 (SPEC §3).
    func writeErrorFile(for target: String, rejection: Rejection, sha256: String, file: String) {
        var o = JSONObjectBuilder()
        o.set("reason", rejection.reason.rawValue)
        o.set("detail", rejection.detail)
        o.set("time", Clock.rfc3339(millis: Clock.nowMillis()))
        o.set("sha256", sha256.isEmpty ? nil : sha256)
        o.set("file", file)
        var bytes = o.value.serialized(pretty: true)
        bytes.append(0x0A)
        do {
            try FS.atomicReplace(target + ".error.json", with: bytes, durable: true)
        } catch {
            logger.warning("cannot write \(target).error.json: \(error)")
        }
    }
}
