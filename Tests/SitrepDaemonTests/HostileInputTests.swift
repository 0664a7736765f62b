import FoundationEssentials
import Glibc
import SitrepCore
import Testing

/// Hostile and broken inbox entries, each handled as SPEC §3's table says and nothing else
/// touched (issue 5).
@Suite(.serialized) struct HostileInputTests {
    @Test func everyKindOfEntryIsHandledAsTheTableSays() throws {
        let d = DaemonUnderTest()
        d.dir.write("outside/secret.txt", "The launch codes are in the drawer. Nobody may read this.")
        d.start(extra: ["--max-bytes", "1048576"])
        var expected: [String: String] = [:]  // file → reason ("" for an article)
        #expect(symlink(d.dir.file("outside/secret.txt"), d.dir.file("inbox/out-link.txt")) == 0)
        #expect(symlink("../outside/secret.txt", d.dir.file("inbox/rel-link.txt")) == 0)
        expected["out-link.txt"] = "not_regular"
        expected["rel-link.txt"] = "not_regular"
        #expect(mkfifo(d.dir.file("inbox/pipe.txt"), 0o644) == 0)
        expected["pipe.txt"] = "not_regular"
        if getuid() == 0 {
            // 0x103 is makedev(1, 3), /dev/null's numbers.
            #expect(mknod(d.dir.file("inbox/null.txt"), S_IFCHR | 0o644, dev_t(0x103)) == 0)
            expected["null.txt"] = "not_regular"
        }
        let sock = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let sockPath = Array(d.dir.file("inbox/sock.txt").utf8CString)
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, c) in sockPath.prefix(raw.count - 1).enumerated() { raw[i] = UInt8(bitPattern: c) }
        }
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(sock, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(bound == 0)
        expected["sock.txt"] = "not_regular"
        // 1 GiB, sparse: refused from its size before a byte is read.
        let big = open(d.dir.file("inbox/huge.txt"), O_WRONLY | O_CREAT, 0o644)
        #expect(ftruncate(big, 1 << 30) == 0)
        close(big)
        expected["huge.txt"] = "too_large"
        d.dir.drop("inbox/nul.txt", Array("Shelling hit Kherson.\u{0}\u{0}Two died.".utf8))
        expected["nul.txt"] = "binary"
        d.dir.drop(
            "inbox/latin1.txt", Array("Shelling hit Kherson on Monday. Two died in the caf".utf8) + [0xE9, 0x2E])
        expected["latin1.txt"] = ""
        d.dir.drop("inbox/new\nline.txt", Array("Drones hit Kyiv on Tuesday. One person was hurt.".utf8))
        expected["new\nline.txt"] = ""
        d.dir.drop("inbox/-rf --no-preserve-root.txt", Array("Missiles hit Odesa. Three were hurt.".utf8))
        expected["-rf --no-preserve-root.txt"] = ""
        let nested = String(repeating: "<div>", count: 100_000) + "<p>Shelling hit Sumy on Monday. Four died.</p>"
        d.dir.drop("inbox/nested.html", Array(nested.utf8))
        expected["nested.html"] = ""
        // A folder below the first level: ignored, left alone, warned about once.
        #expect(mkdir(d.dir.file("inbox/feed"), 0o755) == 0)
        usleep(50_000)
        #expect(mkdir(d.dir.file("inbox/feed/deeper"), 0o755) == 0)
        d.dir.write("inbox/feed/deeper/x.txt", "Artillery hit Kharkiv. Five were hurt.")
        d.dir.drop("inbox/feed/ok.txt", Array("Artillery hit Izium on Friday. Six were hurt.".utf8))
        expected["feed/ok.txt"] = ""

        #expect(
            waitUntil(20) {
                d.records.filter { ["article", "rejected"].contains($0["kind"]?.string ?? "") }.count >= expected.count
            })
        usleep(300_000)
        var got: [String: String] = [:]
        for r in d.records where ["article", "rejected", "duplicate"].contains(r["kind"]?.string ?? "") {
            if let file = r["file"]?.string { got[file] = r["reason"]?.string ?? "" }
        }
        #expect(got == expected)
        // Nothing outside the inbox was read, moved or touched.
        let secret = Digests.sha256Hex(d.dir.read("outside/secret.txt") ?? [])
        #expect(!d.records.contains { $0["sha256"]?.string == secret })
        #expect(!String(decoding: d.dir.read("log/events.jsonl") ?? [], as: UTF8.self).contains("launch codes"))
        #expect(
            d.dir.read("outside/secret.txt") == Array("The launch codes are in the drawer. Nobody may read this.".utf8))
        // Links moved as links; the deep folder stays where it was, with one warning.
        #expect((try? FS.lstat(d.dir.file("failed/out-link.txt")).st_mode & S_IFMT) == S_IFLNK)
        #expect(FS.exists(d.dir.file("inbox/feed/deeper/x.txt")))
        #expect(d.stderr.components(separatedBy: "ignoring folder feed/deeper").count - 1 == 1)
        // The newline stays inside its JSON string: every line of the log is one record.
        let lines = (d.dir.read("log/events.jsonl") ?? []).split(separator: 0x0A)
        #expect(lines.allSatisfy { JSONAny.decode(String(decoding: $0, as: UTF8.self)) != nil })
        #expect(FS.exists(d.dir.file("failed/huge.txt.error.json")))
        close(sock)
        d.stop()
    }

    /// A feed folder swapped for a link to a folder outside the inbox after its file's event was
    /// queued: the daemon must not read through the link (`O_NOFOLLOW` guards only the last
    /// component; the opener walks below the inbox without following any link).
    @Test func feedFolderSwappedForALinkIsNeverReadThrough() throws {
        let d = DaemonUnderTest()
        d.dir.write("outside/passwd", "root:x:0:0:the secret of the machine, never to be logged")
        d.start(extra: ["--settle-ms", "400"])
        #expect(mkdir(d.dir.file("inbox/feed"), 0o755) == 0)
        usleep(100_000)
        d.dir.write("inbox/feed/passwd", "Shelling hit Kherson. Two died.")  // close-write, settling
        #expect(rename(d.dir.file("inbox/feed"), d.dir.file("moved-away")) == 0)
        #expect(symlink(d.dir.file("outside"), d.dir.file("inbox/feed")) == 0)
        #expect(waitUntil(10) { d.records(kind: "rejected").count >= 1 })
        usleep(800_000)
        let log = String(decoding: d.dir.read("log/events.jsonl") ?? [], as: UTF8.self)
        #expect(!log.contains("feed/passwd"), "nothing recorded for the file behind the link")
        #expect(d.dir.read("outside/passwd") == Array("root:x:0:0:the secret of the machine, never to be logged".utf8))
        #expect(d.records(kind: "rejected").first?["file"]?.string == "feed")
        #expect(d.records(kind: "rejected").first?["reason"]?.string == "not_regular")
        d.stop()
    }

    /// Gone, or replaced, between the event and the read (SPEC §3): nothing recorded for the
    /// old file; the new one is taken once.
    @Test func vanishedOrReplacedBetweenEventAndRead() throws {
        let d = DaemonUnderTest()
        d.start(extra: ["--settle-ms", "300"])
        d.dir.write("inbox/gone.txt", "Shelling hit Kherson. Two died.")
        d.dir.write("inbox/swap.txt", "Old text: drones hit Kyiv. One was hurt.")
        usleep(50_000)
        #expect(unlink(d.dir.file("inbox/gone.txt")) == 0)
        d.dir.drop("inbox/swap.txt", Array("New text: missiles hit Odesa on Monday. Three were hurt.".utf8))
        #expect(waitUntil(10) { d.records(kind: "article").count == 1 && inboxIsEmpty(d) })
        usleep(500_000)
        let files = d.records.compactMap { $0["file"]?.string }
        #expect(files == ["swap.txt"])
        #expect(d.records(kind: "article").first?["lead"]?.string?.hasPrefix("New text") == true)
        d.stop()
    }
}
