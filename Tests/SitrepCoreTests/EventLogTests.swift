import Glibc
import SitrepTestSupport
import Testing

@testable import SitrepCore

/// Builds groups the way the daemon does, for log tests.
func groupBytes(_ text: String, file: String, seq: Int64, index: inout ArticleIndex, movedTo: String? = nil) -> (
    FileGroup, [UInt8]
) {
    let g = Ingestor().ingest(InputFile(file: file, bytes: Array(text.utf8)), index: &index)
    return (g, g.render(firstSeq: seq, ts: "2024-11-07T00:00:00.000Z", movedTo: movedTo))
}

/// An article record claiming `events` events, followed by `written` event lines.
func articleWithEvents(seq: Int64, file: String, events: Int, written: Int, id: String = "a-00000000000000aa")
    -> [UInt8]
{
    var s =
        #"{"v":1,"seq":\#(seq),"kind":"article","ts":"T","article":"\#(id)","file":"\#(file)","sha256":"ab","events":\#(events)}"#
        + "\n"
    for i in 0..<written {
        s += #"{"v":1,"seq":\#(seq + Int64(i) + 1),"kind":"event","ts":"T","article":"\#(id)"}"# + "\n"
    }
    return Array(s.utf8)
}

@Suite struct EventLogTests {
    @Test func appendSyncAndReplaySeq() throws {
        let dir = TempDir()
        let path = dir.file("events.jsonl")
        let log = try EventLog(path: path)
        var index = ArticleIndex()
        let (_, a) = groupBytes("Shelling hit Kherson. Two died.", file: "a.txt", seq: 1, index: &index)
        let (_, b) = groupBytes("Drones hit Kyiv. One hurt.", file: "b.txt", seq: 2, index: &index)
        try log.append(a)
        try log.append(b)
        #expect(log.dirty)
        try log.sync()
        #expect(!log.dirty)
        #expect(log.size == Int64(a.count + b.count))

        var rebuilt = ArticleIndex()
        let r = try LogReplay.replay(path: path, from: 0, nextSeq: 1, index: &rebuilt)
        #expect(r.nextSeq == 3)
        #expect(r.firstSeq == 1)
        #expect(r.tornFrom == nil)
        #expect(rebuilt.keys == index.keys)
        #expect(r.recentGroups.map(\.file) == ["a.txt", "b.txt"])
    }

    @Test func tornLineIsCutIntoTornFile() throws {
        let dir = TempDir()
        let path = dir.file("events.jsonl")
        var index = ArticleIndex()
        let (_, a) = groupBytes("Shelling hit Kherson. Two died.", file: "a.txt", seq: 1, index: &index)
        let torn = Array(#"{"v":1,"seq":2,"kind":"arti"#.utf8)
        dir.write("events.jsonl", a + torn)
        var rebuilt = ArticleIndex()
        let r = try LogReplay.replay(path: path, from: 0, nextSeq: 1, index: &rebuilt)
        #expect(r.tornFrom == Int64(a.count))
        let cut = try LogReplay.cutTornTail(path: path, at: try #require(r.tornFrom))
        #expect(cut == Int64(torn.count))
        #expect(dir.read("events.jsonl") == a)
        #expect(dir.read("events.jsonl.torn") == torn + [0x0A])
    }

    @Test func articleWithMissingEventsIsTorn() throws {
        let dir = TempDir()
        let first = articleWithEvents(seq: 1, file: "a.txt", events: 1, written: 1, id: "a-0000000000000001")
        let second = articleWithEvents(seq: 3, file: "b.txt", events: 3, written: 1, id: "a-0000000000000002")
        dir.write("events.jsonl", first + second)
        var index = ArticleIndex()
        let r = try LogReplay.replay(path: dir.file("events.jsonl"), from: 0, nextSeq: 1, index: &index)
        #expect(r.tornFrom == Int64(first.count))
        // Only the complete group's article counts as known.
        #expect(index.keys == [1])
    }

    @Test func multiPartGroupMissingPartsIsTorn() throws {
        let dir = TempDir()
        let part0 =
            #"{"v":1,"seq":1,"kind":"article","ts":"T","article":"a-0000000000000001","file":"f.json","sha256":"ab","part":0,"parts":2,"events":0}"#
            + "\n"
        dir.write("events.jsonl", part0)
        var index = ArticleIndex()
        let r = try LogReplay.replay(path: dir.file("events.jsonl"), from: 0, nextSeq: 1, index: &index)
        #expect(r.tornFrom == 0)
        let part1 =
            #"{"v":1,"seq":2,"kind":"rejected","ts":"T","file":"f.json","sha256":"ab","part":1,"parts":2,"reason":"malformed","detail":"x"}"#
            + "\n"
        dir.write("events.jsonl", part0 + part1)
        let whole = try LogReplay.replay(path: dir.file("events.jsonl"), from: 0, nextSeq: 1, index: &index)
        #expect(whole.tornFrom == nil)
        #expect(whole.recentGroups.count == 1)
    }

    /// LogRecoveryFuzz's first find: an incomplete group, then another incomplete group at the
    /// tail. Cutting only the last one left the first as a new torn tail, cut at the next start.
    /// The cut now goes back to the end of the last complete group, and a repaired log replays clean.
    @Test func repairIsIdempotentWhenAnIncompleteGroupPrecedesTheTornTail() throws {
        let dir = TempDir()
        let complete = articleWithEvents(seq: 1, file: "a.txt", events: 1, written: 1, id: "a-0000000000000001")
        let part0 =
            #"{"v":1,"seq":3,"kind":"article","ts":"T","article":"a-0000000000000002","file":"x.jsonl","sha256":"ab","part":0,"parts":2,"events":0}"#
            + "\n"
        let again = part0.replacing(#""seq":3"#, with: #""seq":4"#)
        let garbage = #"{"v":1,"seq":5,"kind":"rejected","reas"ts":"T"}"# + "\n"
        let tail = Array((part0 + again + garbage).utf8)
        dir.write("events.jsonl", complete + tail)
        var index = ArticleIndex()
        let path = dir.file("events.jsonl")
        let first = try LogReplay.replay(path: path, from: 0, nextSeq: 1, index: &index)
        #expect(first.tornFrom == Int64(complete.count))
        _ = try LogReplay.cutTornTail(path: path, at: try #require(first.tornFrom))
        #expect(dir.read("events.jsonl") == complete)
        #expect(dir.read("events.jsonl.torn") == tail, "nothing cut is lost: it is kept in .torn")
        var fresh = ArticleIndex()
        let second = try LogReplay.replay(path: path, from: 0, nextSeq: 1, index: &fresh)
        #expect(second.tornFrom == nil)
        #expect(index.keys == [1], "only the complete group's article is known")
    }

    @Test func replayFromOffsetContinuesSeq() throws {
        let dir = TempDir()
        let a = articleWithEvents(seq: 10, file: "a.txt", events: 0, written: 0, id: "a-0000000000000001")
        let b = articleWithEvents(seq: 11, file: "b.txt", events: 2, written: 2, id: "a-0000000000000002")
        dir.write("events.jsonl", a + b)
        var index = ArticleIndex()
        let r = try LogReplay.replay(path: dir.file("events.jsonl"), from: Int64(a.count), nextSeq: 11, index: &index)
        #expect(r.nextSeq == 14)
        #expect(index.keys == [2])
        #expect(r.recentGroups.map(\.file) == ["b.txt"])
    }

    @Test func rotationNamesByFirstSeqAndStartsFresh() throws {
        let dir = TempDir()
        let log = try EventLog(path: dir.file("events.jsonl"))
        try log.append(articleWithEvents(seq: 1, file: "a", events: 0, written: 0))
        let old = log.identity
        let rotated = try log.rotate(firstSeq: 1, now: 1_730_937_600_000)
        #expect(Path.basename(rotated) == "events-20241107T000000Z-1.jsonl")
        #expect(log.size == 0)
        #expect(log.identity != old)
        try log.append(articleWithEvents(seq: 2, file: "b", events: 0, written: 0))
        try log.sync()
        #expect(
            try LogReplay.logFiles(of: dir.file("events.jsonl")).map(Path.basename) == [
                "events-20241107T000000Z-1.jsonl", "events.jsonl",
            ])
    }

    @Test func reopenFollowsTheRename() throws {
        let dir = TempDir()
        let log = try EventLog(path: dir.file("events.jsonl"))
        try log.append(Array("one\n".utf8))
        #expect(rename(dir.file("events.jsonl"), dir.file("events.jsonl.1")) == 0)
        try log.reopen()
        try log.append(Array("two\n".utf8))
        try log.sync()
        #expect(dir.read("events.jsonl.1") == Array("one\n".utf8))
        #expect(dir.read("events.jsonl") == Array("two\n".utf8))
    }
}

@Suite struct CheckpointTests {
    @Test func roundTrip() {
        let cp = Checkpoint(
            log: FileIdentity(device: 5, inode: 77), offset: 1234, nextSeq: 99, logFirstSeq: 3,
            articleKeys: [1, 2, .max])
        #expect(Checkpoint(decoding: cp.encoded()) == cp)
    }

    @Test func truncatedOrForeignBytesAreRejected() {
        let bytes = Checkpoint(
            log: FileIdentity(device: 1, inode: 2), offset: 3, nextSeq: 4, logFirstSeq: 1, articleKeys: [9, 8]
        ).encoded()
        for cut in [0, 8, 20, bytes.count - 1] { #expect(Checkpoint(decoding: Array(bytes.prefix(cut))) == nil) }
        #expect(Checkpoint(decoding: Array("not a checkpoint at all, really not".utf8)) == nil)
    }

    @Test func stateLockIsExclusive() throws {
        let dir = TempDir()
        let a = StateStore(directory: dir.file("state"))
        try a.lock()
        let b = StateStore(directory: dir.file("state"))
        #expect(throws: StateError.self) { try b.lock() }
    }

    @Test func crashMarkerCountsAbnormalExits() {
        let dir = TempDir()
        let s = StateStore(directory: dir.path)
        s.markInProgress("x.txt")
        #expect(StateStore(directory: dir.path).recordCrashes() == ["x.txt": 1])
        let again = StateStore(directory: dir.path)
        again.markInProgress("x.txt")
        var suspects = StateStore(directory: dir.path).recordCrashes()
        #expect(suspects == ["x.txt": 2])
        StateStore(directory: dir.path).clearSuspect("x.txt", in: &suspects)
        #expect(StateStore(directory: dir.path).recordCrashes().isEmpty)
    }
}

@Suite struct LogReadingTests {
    func last(_ text: String, _ n: Int, chunk: Int, where matches: (String) -> Bool = { _ in true }) throws -> (
        [String], Int64
    ) {
        let dir = TempDir()
        dir.write("log", text)
        let fd = open(dir.file("log"), O_RDONLY)
        defer { close(fd) }
        let (lines, end) = try LogReading.lastLines(
            n, fd: fd, size: Int64(text.utf8.count), chunkSize: chunk,
            where: { matches(String(decoding: $0, as: UTF8.self)) })
        return (lines.map { String(decoding: $0, as: UTF8.self) }, end)
    }

    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func lastLinesAcrossChunkBoundaries(chunk: Int) throws {
        let text = "one\ntwo\n\nthree-long-line\nfour\npart"
        // "four\n" ends at byte 29: following starts at 30, before the partial "part".
        #expect(try last(text, 2, chunk: chunk) == (["three-long-line", "four"], 30))
        #expect(try last(text, 10, chunk: chunk) == (["one", "two", "three-long-line", "four"], 30))
        #expect(try last(text, 1, chunk: chunk, where: { $0.hasPrefix("t") }) == (["three-long-line"], 30))
        #expect(try last(text, 0, chunk: chunk) == ([], 30))
        #expect(try last("no newline", 3, chunk: chunk) == ([], 0))
    }

    @Test func forEachLineSkipsThePartialLast() throws {
        let dir = TempDir()
        dir.write("log", "a\nb\npartial")
        var seen: [String] = []
        try LogReading.forEachLine(path: dir.file("log")) { seen.append(String(decoding: $0, as: UTF8.self)) }
        #expect(seen == ["a", "b"])
    }
}
