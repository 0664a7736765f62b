import Glibc
import SitrepCore
import Testing

/// Every per-file record's sha256, for the "exactly once" invariant.
func perFileShas(_ d: DaemonUnderTest) -> [String] {
    d.records.filter { ["article", "duplicate", "rejected"].contains($0["kind"]?.string ?? "") && $0["part"] == nil }
        .compactMap { $0["sha256"]?.string }
}

func seqsStrictlyIncrease(_ d: DaemonUnderTest) -> Bool {
    let seqs = d.records.compactMap { $0["seq"]?.number }
    return zip(seqs, seqs.dropFirst()).allSatisfy { $0 < $1 }
}

func inboxIsEmpty(_ d: DaemonUnderTest) -> Bool { d.dir.files(under: "inbox").isEmpty }

@Suite(.serialized) struct DaemonTests {
    @Test func seedsBecomeArticlesAndAreMoved() throws {
        let d = DaemonUnderTest()
        d.start()
        for name in seedNames { d.dir.drop("inbox/\(name)", seedBytes(name)) }
        #expect(waitUntil(10) { d.records(kind: "article").count == 2 && inboxIsEmpty(d) })
        let articles = d.records(kind: "article")
        #expect(Set(articles.compactMap { $0["file"]?.string }) == Set(seedNames))
        for a in articles {
            let moved = try #require(a["moved_to"]?.string)
            #expect(moved.hasPrefix(d.dir.file("processed/")))
            #expect(FS.exists(moved))
        }
        #expect(articles.first { $0["file"]?.string == seedNames[0] }?["published"]?.string == "2024-11-07")
        #expect(d.stop() == 0)
        #expect(d.stderr.contains("stopping"))
    }

    @Test func duplicateBinaryAndNonRegularInputs() throws {
        let d = DaemonUnderTest()
        d.start()
        d.dir.drop("inbox/a.txt", seedBytes(seedNames[0]))
        #expect(waitUntil(10) { d.records(kind: "article").count == 1 })
        d.dir.drop("inbox/copy.txt", seedBytes(seedNames[0]))
        d.dir.drop("inbox/blob.bin", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0])
        d.dir.drop("inbox/empty.txt", [])
        #expect(symlink("/etc/shadow", d.dir.file("inbox/shadow.txt")) == 0)
        #expect(mkfifo(d.dir.file("inbox/pipe.txt"), 0o644) == 0)
        #expect(waitUntil(10) { inboxIsEmpty(d) && d.records(kind: "rejected").count == 4 })
        #expect(d.records(kind: "duplicate").first?["file"]?.string == "copy.txt")
        let reasons = Dictionary(
            uniqueKeysWithValues: d.records(kind: "rejected").compactMap { r in
                r["file"]?.string.map { ($0, r["reason"]?.string ?? "") }
            })
        #expect(
            reasons == [
                "blob.bin": "binary", "empty.txt": "empty", "shadow.txt": "not_regular", "pipe.txt": "not_regular",
            ])
        // Quarantined with the original bytes, the error file beside it; the symlink moved as-is.
        #expect(d.dir.read("failed/blob.bin") == [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0])
        let error = String(decoding: d.dir.read("failed/blob.bin.error.json") ?? [], as: UTF8.self)
        #expect(error.contains(#""reason": "binary""#) && error.contains("sha256"))
        #expect((try? FS.lstat(d.dir.file("failed/shadow.txt")).st_mode & S_IFMT) == S_IFLNK)
        #expect(seqsStrictlyIncrease(d))
        d.stop()
    }

    @Test func tooLargeIsRejectedBeforeReadingAndHardLinksAreProcessed() throws {
        let d = DaemonUnderTest()
        d.start(extra: ["--max-bytes", "1000"])
        d.dir.drop("inbox/big.txt", Array(repeating: UInt8(ascii: "a"), count: 5000))
        // A producer that writes elsewhere, link()s into the inbox, then unlinks its temp name.
        d.dir.write("outside.txt", "Shelling hit Kherson. Two died.")
        #expect(link(d.dir.file("outside.txt"), d.dir.file("inbox/linked.txt")) == 0)
        #expect(waitUntil(10) { inboxIsEmpty(d) })
        unlink(d.dir.file("outside.txt"))
        let rejected = try #require(d.records(kind: "rejected").first)
        #expect(rejected["reason"]?.string == "too_large")
        #expect(rejected["detail"]?.string?.contains("5000 bytes") == true)
        #expect(rejected["sha256"] == nil, "never read, so never hashed")
        #expect(d.dir.read("failed/big.txt")?.count == 5000)
        #expect(d.records(kind: "article").first?["file"]?.string == "linked.txt")
        d.stop()
    }

    @Test func feedsNonUTF8NamesAndClashes() throws {
        let d = DaemonUnderTest()
        d.start()
        #expect(mkdir(d.dir.file("inbox/reuters"), 0o2770) == 0)
        usleep(50_000)
        d.dir.drop("inbox/reuters/x.txt", Array("Shelling hit Kherson on Monday. Two people died.".utf8))
        // The record lands before the move: wait for the move too, or the second drop replaces
        // the first file in the inbox (a replaced file stays there and is read again).
        #expect(waitUntil(10) { d.records(kind: "article").count == 1 && inboxIsEmpty(d) })
        d.dir.drop("inbox/reuters/x.txt", Array("Drones hit Kyiv on Tuesday. One person was hurt.".utf8))
        let raw = Array(d.dir.file("inbox/bad").utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        _ = Array("Missiles hit Odesa. Three were hurt.".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        #expect(waitUntil(10) { d.records(kind: "article").count == 3 && inboxIsEmpty(d) })
        let articles = d.records(kind: "article")
        #expect(articles.filter { $0["feed"]?.string == "reuters" }.count == 2)
        #expect(articles.contains { $0["file"]?.string == #"bad\xff.txt"# })
        let moved = Set(articles.compactMap { $0["moved_to"]?.string.map(Path.basename) })
        #expect(moved.isSuperset(of: ["x.txt", "x-1.txt"]))
        d.stop()
    }

    @Test func kill9BetweenDropsLosesAndDuplicatesNothing() throws {
        let d = DaemonUnderTest()
        d.start()
        var sent: [[UInt8]] = []
        for i in 0..<20 {
            let bytes = Array("Report \(i): shelling hit Kherson on Monday. \(i) people died.".utf8)
            sent.append(bytes)
            d.dir.drop("inbox/r\(i).txt", bytes)
            if i == 9 { d.stop(SIGKILL); d.start() }
        }
        #expect(waitUntil(15) { inboxIsEmpty(d) && d.records(kind: "article").count >= 20 })
        d.stop(SIGKILL)
        d.start()
        usleep(200_000)
        let shas = perFileShas(d)
        #expect(shas.count == 20)
        #expect(Set(shas) == Set(sent.map(Digests.sha256Hex)))
        #expect(seqsStrictlyIncrease(d))
        #expect(d.dir.files(under: "processed").count == 20)
        d.stop()
    }

    @Test(arguments: FaultInjection.Point.allCases.filter { $0 != .duringParse && $0 != .failSync })
    func crashAtEveryTransactionStep(point: FaultInjection.Point) throws {
        let d = DaemonUnderTest()
        // Rotation after every batch, so that mid-rotation is reached too.
        d.start(extra: ["--rotate-bytes", "200"], env: ["SITREP_TEST_CRASH_AT": "\(point.rawValue):2"])
        var sent: [[UInt8]] = []
        for i in 0..<6 {
            let bytes = Array("Story \(i) from the front. Drones hit Sumy and \(i) were hurt.".utf8)
            sent.append(bytes)
            d.dir.drop("inbox/s\(i).txt", bytes)
            usleep(40_000)  // separate batches, so that batch-level points are reached twice
        }
        #expect(d.waitExit(10) == 128 + SIGKILL, "the fault at \(point.rawValue) fired")
        d.start()
        #expect(waitUntil(15) { inboxIsEmpty(d) && perFileShas(d).count >= 6 })
        usleep(100_000)
        let shas = perFileShas(d)
        #expect(
            shas.sorted() == sent.map(Digests.sha256Hex).sorted(),
            "each file exactly once after a crash \(point.rawValue)")
        #expect(seqsStrictlyIncrease(d))
        #expect(d.dir.files(under: "processed").count == 6)
        d.stop()
    }

    /// PostgreSQL's lesson: after a failed `fdatasync` nothing proves the data is on disk, so
    /// the daemon exits 2 at once, moves nothing, and the next start takes every file once.
    @Test func failedFdatasyncIsFatalAndLosesNothing() throws {
        let d = DaemonUnderTest()
        d.start(env: ["SITREP_TEST_CRASH_AT": "fail-sync:1"])
        var ledger = Ledger()
        for i in 0..<3 {
            let bytes = Array("Report \(i): shelling hit Kherson on Monday and \(i) died.".utf8)
            ledger.sent["s\(i).txt"] = bytes
            d.dir.drop("inbox/s\(i).txt", bytes)
        }
        #expect(d.waitExit(10) == 2)
        #expect(d.stderr.contains("fatal: fdatasync"))
        #expect(d.stderr.contains("errno 5"))
        #expect(d.dir.files(under: "processed").isEmpty, "nothing moved after a failed sync")
        d.start()
        #expect(waitUntil(10) { inboxIsEmpty(d) })
        usleep(100_000)
        d.stop()
        let problems = invariantViolations(d.dir, ledger)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func fileThatCrashesTheDaemonTwiceIsQuarantined() throws {
        let d = DaemonUnderTest()
        d.dir.write("inbox/poison.txt", "Shelling hit Kherson. Nobody was hurt.")
        for _ in 0..<2 {
            d.start(env: ["SITREP_TEST_CRASH_AT": "during-parse:1"])
            #expect(d.waitExit(10) == 128 + SIGKILL)
        }
        d.start()
        #expect(waitUntil(10) { inboxIsEmpty(d) })
        let rejected = d.records(kind: "rejected")
        #expect(rejected.count == 1 && rejected.first?["reason"]?.string == "crashed")
        #expect(d.dir.read("failed/poison.txt") == Array("Shelling hit Kherson. Nobody was hurt.".utf8))
        d.stop()
    }

    /// A parser that never ends (SPEC §3 `timeout`): the file is quarantined after `timeout_s`
    /// while the loop goes on; a second runaway parse makes the daemon exit for a clean restart.
    @Test func parseThatRunsPastTheTimeoutIsQuarantined() throws {
        let d = DaemonUnderTest()
        d.start(extra: ["--timeout-s", "1"], env: ["SITREP_TEST_CRASH_AT": "in-parse:1:hang"])
        d.dir.drop("inbox/a.txt", Array("Shelling hit Kherson. Two died.".utf8))
        #expect(waitUntil(10) { d.records(kind: "rejected").count == 1 })
        #expect(d.waitExit(0.3) == nil, "one runaway parse: the daemon goes on")
        d.dir.drop("inbox/b.txt", Array("Drones hit Kyiv. One was hurt.".utf8))
        #expect(d.waitExit(10) == 2, "two runaway parses: exit for a restart")
        #expect(d.stderr.contains("ran past timeout_s are still running"))
        let rejected = d.records(kind: "rejected")
        #expect(rejected.map { $0["reason"]?.string } == ["timeout", "timeout"])
        #expect(rejected.first?["detail"]?.string?.contains("ran past 1 s") == true)
        #expect(d.dir.read("failed/a.txt") == Array("Shelling hit Kherson. Two died.".utf8))
        #expect(FS.exists(d.dir.file("failed/b.txt.error.json")))
        d.start()
        d.dir.drop("inbox/c.txt", Array("Missiles hit Odesa. Three were hurt.".utf8))
        #expect(waitUntil(10) { d.records(kind: "article").count == 1 && inboxIsEmpty(d) })
        #expect(seqsStrictlyIncrease(d))
        d.stop()
    }

    /// A file replaced in the inbox after it was read: its record is in the log, the new file
    /// stays and is read next, and no two records name the same destination.
    @Test func fileReplacedAfterItsReadIsReadAgainUnderAnotherName() throws {
        let d = DaemonUnderTest()
        // Every parse hangs past a 1 s timeout: both files end in failed/ as `timeout`.
        d.start(extra: ["--timeout-s", "1"], env: ["SITREP_TEST_CRASH_AT": "in-parse:1:hang"])
        d.dir.drop("inbox/x.txt", Array("Shelling hit Kherson. Two died.".utf8))
        usleep(300_000)  // read, and hanging in the parse
        d.dir.drop("inbox/x.txt", Array("Drones hit Kyiv. One was hurt.".utf8))
        #expect(d.waitExit(15) == 2, "two runaway parses: exit for a restart")
        let rejected = d.records(kind: "rejected")
        #expect(rejected.map { $0["reason"]?.string } == ["timeout", "timeout"])
        let moved = rejected.compactMap { $0["moved_to"]?.string }
        #expect(moved.count == 2 && Set(moved).count == 2, "no two records name one path: \(moved)")
        #expect(d.stderr.contains("was replaced after it was read"))
        #expect(d.dir.read("failed/x-1.txt") == Array("Drones hit Kyiv. One was hurt.".utf8))
        #expect(inboxIsEmpty(d))
    }

    @Test func tornLastGroupIsCutAndItsFileProcessedAgain() throws {
        let d = DaemonUnderTest()
        d.start()
        d.dir.drop("inbox/a.txt", Array("Shelling hit Kherson. Two died.".utf8))
        #expect(waitUntil(10) { d.records(kind: "article").count == 1 && inboxIsEmpty(d) })
        d.stop()
        // A crash mid-write: half a record at the end, its file still in the inbox.
        let torn = Array(#"{"v":1,"seq":2,"kind":"article","ts":"2024-11-07T00:00:00.000Z","article":"a-12"#.utf8)
        let log = d.dir.file("log/events.jsonl")
        let before = try #require(d.dir.read("log/events.jsonl"))
        d.dir.write("log/events.jsonl", before + torn)
        d.dir.write("inbox/b.txt", "Drones hit Kyiv. One was hurt.")
        d.start()
        #expect(waitUntil(10) { d.records(kind: "article").count == 2 && inboxIsEmpty(d) })
        #expect(d.dir.read("log/events.jsonl.torn") == torn + [0x0A])
        #expect(FS.exists(log))
        #expect(seqsStrictlyIncrease(d))
        d.stop()
    }

    @Test func stateLostIsRebuiltFromTheLog() throws {
        let d = DaemonUnderTest()
        d.start()
        d.dir.drop("inbox/a.txt", Array("Shelling hit Kherson. Two died.".utf8))
        #expect(waitUntil(10) { d.records(kind: "article").count == 1 })
        d.stop()
        _ = system("rm -rf '\(d.dir.file("state"))'")
        d.start()
        d.dir.drop("inbox/again.txt", Array("Shelling hit Kherson. Two died.".utf8))
        #expect(waitUntil(10) { d.records(kind: "duplicate").count == 1 })
        #expect(seqsStrictlyIncrease(d))
        d.stop()
    }

    /// The daemon logs what `sitrep parse` prints, and the incident index survives a restart
    /// from the checkpoint and a rebuild from the log alone (SPEC §7).
    @Test(arguments: [false, true])
    func incidentsSurviveRestartsAndMatchParse(loseState: Bool) throws {
        let d = DaemonUnderTest()
        d.start()
        d.dir.drop("inbox/000.txt", seedBytes(seedNames[0]))
        #expect(waitUntil(10) { d.records(kind: "article").count == 1 })
        d.stop()
        if loseState { _ = system("rm -rf '\(d.dir.file("state"))'") }
        d.start()
        d.dir.drop("inbox/002.txt", seedBytes(seedNames[1]))
        #expect(waitUntil(10) { d.records(kind: "article").count == 2 })
        d.stop()
        let logged = d.records(kind: "event")
        let kyiv = logged.filter {
            $0["type"]?.string == "air_drone_strike" && $0["location"]?["name"]?.string == "Kyiv"
        }
        #expect(kyiv.count == 2)
        #expect(Set(kyiv.compactMap { $0["incident"]?.string }).count == 1)

        let seeds = seedNames.map { Path.join(packageRoot, "seeds/\($0)") }
        let (code, out, _) = runProcess([sitrepBinary, "parse", seeds[0], seeds[1]])
        #expect(code == 0)
        let parsed = out.split(separator: "\n").compactMap { JSONAny.decode($0) }.filter {
            $0["kind"]?.string == "event"
        }
        func strip(_ r: [String: JSONAny]) -> [String: JSONAny] { r.filter { !["seq", "ts"].contains($0.key) } }
        #expect(parsed.map(strip) == logged.map(strip))
    }

    @Test func secondDaemonOnTheSameStateExits2() throws {
        let d = DaemonUnderTest()
        d.start()
        let (code, _, err) = runProcess(d.args)
        #expect(code == 2)
        #expect(err.contains("another sitrep daemon"))
        d.stop()
    }

    @Test func sighupReopensTheLogAfterLogrotate() throws {
        let d = DaemonUnderTest()
        d.start()
        d.dir.drop("inbox/a.txt", Array("Shelling hit Kherson. Two died.".utf8))
        #expect(waitUntil(10) { d.records(kind: "article").count == 1 })
        #expect(rename(d.dir.file("log/events.jsonl"), d.dir.file("log/events.jsonl.1")) == 0)
        kill(d.pid, SIGHUP)
        #expect(waitUntil(5) { FS.exists(d.dir.file("log/events.jsonl")) })
        d.dir.drop("inbox/b.txt", Array("Drones hit Kyiv. One was hurt.".utf8))
        #expect(waitUntil(10) { (d.dir.read("log/events.jsonl") ?? []).count > 0 })
        #expect(String(decoding: d.dir.read("log/events.jsonl") ?? [], as: UTF8.self).contains("b.txt"))
        #expect(seqsStrictlyIncrease(d))
        d.stop()
    }

    @Test func sizeRotationNamesTheFirstSeq() throws {
        let d = DaemonUnderTest()
        d.start(extra: ["--rotate-bytes", "600"])
        for i in 0..<4 {
            d.dir.drop("inbox/r\(i).txt", Array("Report \(i). Shelling hit Kherson and \(i) died.".utf8))
            #expect(waitUntil(10) { d.records(kind: "article").count == i + 1 })
        }
        // Stopped first: a rotation between listing the log files and reading them would hide
        // records from this reader (seen once on a loaded machine).
        d.stop()
        let rotated = (try FS.listDirectory(d.dir.file("log"))).filter { $0.hasPrefix("events-") }
        #expect(!rotated.isEmpty)
        #expect(rotated.allSatisfy { $0.hasSuffix(".jsonl") && $0.contains("Z-") })
        #expect(d.records(kind: "article").count == 4)
        #expect(seqsStrictlyIncrease(d))
    }

    /// A backlog larger than the in-memory window is listed again as soon as the window drains,
    /// not at the next periodic rescan (regression: the loop slept for `rescan_s`).
    @Test func backlogLargerThanTheQueueWindowDrainsWithoutWaitingForRescan() throws {
        let d = DaemonUnderTest()
        for i in 0..<25 { d.dir.write("inbox/q\(i).txt", "Report \(i). Shelling hit Kherson and \(i) died.") }
        var old = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        for i in 0..<25 { _ = utimensat(AT_FDCWD, d.dir.file("inbox/q\(i).txt"), &old, 0) }
        d.start(env: ["SITREP_TEST_QUEUE_LIMIT": "4"])
        #expect(waitUntil(10) { inboxIsEmpty(d) }, "drained well before rescan_s (300 s)")
        #expect(perFileShas(d).count == 25)
        d.stop()
    }

    @Test func fileStillBeingWrittenWaitsForItsSettle() throws {
        let d = DaemonUnderTest()
        d.start(extra: ["--settle-ms", "300"])
        let path = d.dir.file("inbox/slow.txt")
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        _ = Array("Shelling hit ".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        usleep(100_000)
        _ = Array("Kherson. Two died.".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        #expect(waitUntil(10) { d.records(kind: "article").count == 1 })
        #expect(d.records(kind: "article").first?["lead"]?.string == "Shelling hit Kherson.")
        d.stop()
    }
}

/// The log on a small loop-mounted ext4 (tmpfs never fails a write the way a full disk does).
@Suite(.serialized) struct DiskFullTests {
    static var canLoopMount: Bool { getuid() == 0 && FS.exists("/sbin/mkfs.ext4") && FS.exists("/bin/mount") }

    @Test(.enabled(if: DiskFullTests.canLoopMount, "needs root, mkfs.ext4 and mount"))
    func fullDiskPausesKeepsInputsAndResumes() throws {
        let d = DaemonUnderTest(dir: TempDir(base: "/var/tmp"))
        let image = d.dir.file("disk.img")
        let mnt = d.dir.file("log")
        try FS.makeDirectories(mnt)
        #expect(runProcess(["/usr/bin/truncate", "-s", "8M", image]).0 == 0)
        #expect(runProcess(["/sbin/mkfs.ext4", "-q", "-F", "-m", "0", image]).0 == 0)
        let mount = runProcess(["/bin/mount", "-o", "loop", image, mnt])
        try #require(mount.0 == 0, "mount: \(mount.2)")
        defer { _ = runProcess(["/bin/umount", "-l", mnt]) }

        // With the body in the record, a group is larger than the slack in the log's last block.
        d.start(extra: ["--emit-text", "true"])
        d.dir.drop("inbox/before.txt", Array("Shelling hit Kherson. Two died.".utf8))
        #expect(waitUntil(10) { d.records(kind: "article").count == 1 })
        // Fill the filesystem to the last block.
        _ = runProcess(["/bin/dd", "if=/dev/zero", "of=\(mnt)/filler", "bs=64k"])
        _ = runProcess(["/bin/dd", "if=/dev/zero", "of=\(mnt)/filler2", "bs=1k"])
        _ = runProcess(["/bin/sync"])
        let text = "Drones hit Kyiv overnight. " + String(repeating: "One person was hurt in the attack. ", count: 200)
        d.dir.drop("inbox/during.txt", Array(text.utf8))
        #expect(waitUntil(10) { d.stderr.contains("stopped taking files") }, "the pause is announced")
        #expect(FS.exists(d.dir.file("inbox/during.txt")), "the input stays in the inbox")
        // No half group: the log still parses to the end, one record.
        let log = try #require(d.dir.read("log/events.jsonl"))
        #expect(log.last == 0x0A)
        #expect(d.records.filter { $0["kind"]?.string != "event" }.count == 1)

        try FS.unlink(Path.join(mnt, "filler"))
        try FS.unlink(Path.join(mnt, "filler2"))
        #expect(waitUntil(90) { d.records(kind: "article").count == 2 && inboxIsEmpty(d) }, "resumes by itself")
        #expect(d.stderr.contains("resumed"))
        #expect(seqsStrictlyIncrease(d))
        d.stop()
    }
}

/// A real `IN_Q_OVERFLOW`: the queue limit is read when an inotify instance is created, so it
/// is lowered only while the daemon starts, then restored.
/// A flood with the inotify queue too small for it (`fs.inotify.max_queued_events` lowered while
/// the daemon starts), so that `IN_Q_OVERFLOW` really happens. `SITREP_FLOOD` sets the number
/// of files (2,000 here; `scripts/reliability.sh` drops 100,000).
@Suite(.serialized) struct OverflowTests {
    static let knob = "/proc/sys/fs/inotify/max_queued_events"
    static var canLower: Bool { getuid() == 0 && access(knob, W_OK) == 0 }
    static let files = Int(ProcessInfoLite.environment["SITREP_FLOOD"] ?? "") ?? 2_000

    @Test(.enabled(if: OverflowTests.canLower, "needs root to lower fs.inotify.max_queued_events"))
    func floodOverflowsTheQueueAndEveryFileIsTakenOnce() throws {
        let saved = try #require(try FS.readFile(OverflowTests.knob))
        let d = DaemonUnderTest()
        try FS.atomicReplaceInPlace(OverflowTests.knob, Array("64\n".utf8))
        d.start(extra: ["--settle-ms", "0"])
        try FS.atomicReplaceInPlace(OverflowTests.knob, saved)
        // What the daemon holds once it has started (its gazetteer, mostly): the flood is
        // measured against it.
        let idle = peakRSSKiB(d.pid)
        var ledger = Ledger()
        let started = Clock.monotonicNanos()
        for i in 0..<Self.files {
            let bytes = Array("Flood \(i). Artillery hit Kharkiv and \(i) were hurt.".utf8)
            ledger.sent["flood\(i).txt"] = bytes
            d.dir.drop("inbox/flood\(i).txt", bytes)
        }
        var drained = false
        let deadline = started + UInt64(60 + Self.files / 500) * 1_000_000_000
        while Clock.monotonicNanos() < deadline {
            if inboxIsEmpty(d) {
                drained = true
                break
            }
            usleep(200_000)
        }
        let seconds = Double(Clock.monotonicNanos() - started) / 1e9
        let peak = peakRSSKiB(d.pid)
        usleep(200_000)
        d.stop()
        #expect(drained)
        #expect(d.stderr.contains("overflowed"), "the overflow really happened")
        let problems = invariantViolations(d.dir, ledger)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        // The queue holds at most 8,192 paths and the rest waits on disk: memory stays flat,
        // whatever the daemon needed at start. Sanitizers' shadow memory makes the figures
        // meaningless there.
        #expect(idle > 0 && peak >= idle)
        #expect(peak - idle < 16 * 1024 || runningUnderSanitizer, "peak RSS \(peak) KiB, \(idle) KiB at start")
        #expect(peak < 96 * 1024 || runningUnderSanitizer, "peak RSS \(peak) KiB")
        print(
            "flood: \(Self.files) files dropped at once, drained in \((seconds * 10).rounded() / 10) s, peak RSS \(peak / 1024) MiB (\(idle / 1024) MiB at start), \(problems.count) violations"
        )
    }
}

/// True in a test process built with ThreadSanitizer or AddressSanitizer (and so its `sitrep`).
let runningUnderSanitizer: Bool = dlsym(nil, "__tsan_init") != nil || dlsym(nil, "__asan_init") != nil

/// `VmHWM` of a running process, in KiB (0 when unknown).
func peakRSSKiB(_ pid: pid_t) -> Int {
    let status = String(decoding: (try? FS.readFile("/proc/\(pid)/status")) ?? [], as: UTF8.self)
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}

extension FS {
    /// Writes a /proc knob (no temp file or rename there).
    static func atomicReplaceInPlace(_ path: String, _ bytes: [UInt8]) throws {
        let fd = try FS.open(path, O_WRONLY)
        defer { close(fd) }
        try FS.writeAll(fd, bytes, subject: path)
    }
}
