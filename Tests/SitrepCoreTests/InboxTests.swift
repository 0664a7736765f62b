import Glibc
import SitrepTestSupport
import Testing

@testable import SitrepCore

@Suite struct InboxWatcherTests {
    /// Drains until `count` events arrived or five seconds passed.
    func events(_ w: InboxWatcher, atLeast count: Int) throws -> [InboxEvent] {
        try events(w) { $0.count >= count }
    }

    /// Drains until `done` holds for what arrived or five seconds passed. A close can come late:
    /// a process that another test forks meanwhile holds the file open until it execs.
    func events(_ w: InboxWatcher, until done: ([InboxEvent]) -> Bool) throws -> [InboxEvent] {
        var all: [InboxEvent] = []
        for _ in 0..<500 where !done(all) {
            all += try w.drain()
            if !done(all) { usleep(10_000) }
        }
        return all
    }

    @Test func renameInCloseWriteAndTempNames() throws {
        let dir = TempDir()
        let w = try InboxWatcher(inbox: dir.path)
        dir.write(".x.part", "text")  // ignored: temp name
        #expect(rename(dir.file(".x.part"), dir.file("a.txt")) == 0)
        dir.write("b.txt", "text")
        dir.write("c.tmp", "text")
        let got = try events(w) { $0.contains(.movedIn("a.txt")) && $0.contains(.closedWrite("b.txt")) }
        #expect(got.contains(.movedIn("a.txt")))
        #expect(got.contains(.closedWrite("b.txt")))
        #expect(
            !got.contains {
                if case .closedWrite(let p) = $0 { p.hasSuffix(".part") || p.hasSuffix(".tmp") } else { false }
            })
    }

    @Test func firstLevelFoldersAreFeedsDeeperAreReported() throws {
        let dir = TempDir()
        let w = try InboxWatcher(inbox: dir.path)
        #expect(mkdir(dir.file("reuters"), 0o755) == 0)
        #expect(try events(w, atLeast: 1).contains(.folderAdded("reuters")))
        try w.watch(folder: "reuters")
        dir.write("reuters/x.txt", "text")
        #expect(mkdir(dir.file("reuters/deeper"), 0o755) == 0)
        let got = try events(w) {
            $0.contains(.closedWrite("reuters/x.txt")) && $0.contains(.deepFolder("reuters/deeper"))
        }
        #expect(got.contains(.closedWrite("reuters/x.txt")))
        #expect(got.contains(.deepFolder("reuters/deeper")))
    }

    @Test func symlinksAndFifosAreReportedOnCreate() throws {
        let dir = TempDir()
        let w = try InboxWatcher(inbox: dir.path)
        #expect(symlink("/etc/shadow", dir.file("evil")) == 0)
        #expect(mkfifo(dir.file("pipe"), 0o644) == 0)
        let got = try events(w, atLeast: 2)
        #expect(got.contains(.created("evil")) && got.contains(.created("pipe")))
    }

    @Test func parserStopsAtTruncatedRecordAndSeesOverflow() throws {
        let dir = TempDir()
        let w = try InboxWatcher(inbox: dir.path)
        var raw = [UInt8](repeating: 0, count: MemoryLayout<inotify_event>.size)
        // wd -1, mask IN_Q_OVERFLOW, len 0
        raw.withUnsafeMutableBytes { $0.storeBytes(of: Int32(-1), toByteOffset: 0, as: Int32.self) }
        raw.withUnsafeMutableBytes { $0.storeBytes(of: UInt32(IN_Q_OVERFLOW), toByteOffset: 4, as: UInt32.self) }
        var truncated = raw
        truncated.withUnsafeMutableBytes { $0.storeBytes(of: UInt32(4096), toByteOffset: 12, as: UInt32.self) }
        var out: [InboxEvent] = []
        w.parse((raw + truncated + [1, 2, 3])[...], into: &out)
        #expect(out == [.overflow])
    }
}

@Suite struct InboxScannerTests {
    func touch(_ path: String, mtime: Int) {
        var times = [timespec(tv_sec: mtime, tv_nsec: 0), timespec(tv_sec: mtime, tv_nsec: 0)]
        _ = utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW)
    }

    @Test func oldestFirstThenNameAndBounded() throws {
        let dir = TempDir()
        for (name, t) in [
            ("c.txt", 300), ("a.txt", 100), ("b.txt", 100), ("feed/d.txt", 50), (".hidden", 1), ("e.part", 1),
        ] {
            dir.write(name, "x")
            touch(dir.file(name), mtime: t)
        }
        #expect(mkdir(dir.file("feed/deep"), 0o755) == 0)
        let all = try InboxScanner(inbox: dir.path).scan()
        #expect(all.files.map(\.path) == ["feed/d.txt", "a.txt", "b.txt", "c.txt"])
        #expect(!all.truncated)
        #expect(all.folders == ["feed"])
        #expect(all.deepFolders == ["feed/deep"])
        let two = try InboxScanner(inbox: dir.path, limit: 2).scan()
        #expect(two.files.map(\.path) == ["feed/d.txt", "a.txt"])
        #expect(two.truncated)
    }

    @Test func nonUTF8NamesAreRenamedToTheirEscapedForm() throws {
        let dir = TempDir()
        let raw: [UInt8] = Array(dir.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        close(fd)
        let scan = try InboxScanner(inbox: dir.path).scan()
        #expect(scan.files.map(\.path) == [#"bad\xff.txt"#])
        #expect(FS.exists(dir.file(#"bad\xff.txt"#)))
    }
}

@Suite struct WorkQueueTests {
    @Test func dedupesAndKeepsOrder() {
        var q = WorkQueue(limit: 3)
        let accepted = ["a", "b", "a", "c", "d"].map { q.enqueue($0) }
        #expect(accepted == [true, true, true, true, false])
        let first = q.next()
        #expect(first == "a")
        q.requeueFront("a")
        let rest = [q.next(), q.next(), q.next(), q.next()]
        #expect(rest == ["a", "b", "c", nil])
    }

    @Test func settlesOnlyWhenStill() {
        let dir = TempDir()
        dir.write("a.txt", "one")
        var q = WorkQueue()
        q.settle("a.txt", absolute: dir.file("a.txt"), settleNanos: 100, now: 1000)
        q.promoteSettled(inbox: dir.path, settleNanos: 100, now: 1050)
        #expect(q.isEmpty)
        dir.write("a.txt", "one more")  // changed: re-armed
        q.promoteSettled(inbox: dir.path, settleNanos: 100, now: 1100)
        #expect(q.isEmpty && q.nextSettleDue == 1200)
        q.promoteSettled(inbox: dir.path, settleNanos: 100, now: 1200)
        let next = q.next()
        #expect(next == "a.txt")
    }
}

@Suite struct PlacementTests {
    @Test func suffixesOnClashKeepingExtension() {
        let dir = TempDir()
        var p = Placement(processed: dir.file("processed"), failed: dir.file("failed"))
        dir.write("processed/2024-11-07/x.txt", "old")
        let first = p.destination(for: "x.txt", failed: false, day: "2024-11-07")
        let second = p.destination(for: "x.txt", failed: false, day: "2024-11-07")
        #expect(first == dir.file("processed/2024-11-07/x-1.txt"))
        #expect(second == dir.file("processed/2024-11-07/x-2.txt"))
        #expect(p.destination(for: "feed/y", failed: true, day: "d") == dir.file("failed/feed/y"))
    }
}
