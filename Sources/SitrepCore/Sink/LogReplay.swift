import FoundationEssentials
import Glibc

/// The fields recovery needs from a record; everything else is skipped.
struct RecordSummary: Decodable {
    var seq: Int64
    var kind: String
    var article: String?
    var file: String?
    var sha256: String?
    var part: Int?
    var parts: Int?
    var events: Int?
    var moved_to: String?
    var reason: String?
    var detail: String?
    // Event fields the incident index is rebuilt from.
    var event: String?
    var type: String?
    var date: String?
    var date_precision: String?
    var location: Location?
    struct Location: Decodable {
        var lat: Double?
        var lon: Double?
        var geonameid: Int?
    }

    /// The incident key of an event record with a day and a place.
    var incidentKey: IncidentKey? {
        guard kind == "event", date_precision == "day", let date, let d = CalendarDate(iso: date),
            let type = type.flatMap(EventType.init(rawValue:)), let lat = location?.lat, let lon = location?.lon
        else { return nil }
        return IncidentKey(family: type.family, day: d.dayNumber, lat: lat, lon: lon, geonameid: location?.geonameid)
    }
}

/// A complete file group found in the log.
public struct LoggedGroup: Sendable, Equatable {
    public var file: String
    public var sha256: String
    public var movedTo: String?
    public var firstSeq: Int64
    /// The rejection, for groups that sent their file to `failed/`.
    public var rejection: Rejection?
}

/// What replaying a log file found.
public struct ReplayResult: Sendable {
    /// One past the highest `seq` seen (or the starting value).
    public var nextSeq: Int64
    /// The first `seq` in the file, if any.
    public var firstSeq: Int64?
    /// Offset where an incomplete last group starts, if there is one.
    public var tornFrom: Int64?
    /// Lines that did not parse before the tail (left in place, reported).
    public var corruptLines: Int = 0
    /// The last complete groups, most recent last (bounded).
    public var recentGroups: [LoggedGroup] = []
}

/// Replays a log file: finds the highest `seq`, adds every `article` id to the index, and
/// tells where an incomplete last group starts (SPEC §4 recovery).
public enum LogReplay {
    /// How many recent groups to keep: more than one group commit can leave unmoved.
    public static let recentLimit = 4096

    /// - Parameter progress: called every 65,536 lines with the lines read so far in this file
    ///   (the daemon keeps systemd informed). It must not touch `index`, which is borrowed here.
    public static func replay(
        path: String, from offset: Int64, nextSeq: Int64, index: inout ArticleIndex,
        progress: (Int) -> Void = { _ in }
    ) throws(SystemError) -> ReplayResult {
        let fd = try FS.open(path, O_RDONLY)
        defer { Glibc.close(fd) }
        var reader = LineReader(fd: fd, offset: offset)
        var result = ReplayResult(nextSeq: nextSeq)
        let decoder = JSONDecoder()

        // Where the last complete group ends: an incomplete tail is cut back to here, taking any
        // incomplete group or stray line before it along, so that a repaired log replays clean
        // (found by LogRecoveryFuzz: cutting only the last group left an earlier incomplete one
        // as the new tail, and the next start cut again).
        var lastCompleteEnd = offset
        var groupHead: RecordSummary?
        var pendingEvents = 0
        var lastPart: Int?
        var groupIDs: [UInt64] = []
        var groupEvents: [(IncidentKey, String)] = []

        func groupComplete() -> Bool {
            guard let head = groupHead else { return true }
            if pendingEvents > 0 { return false }
            if let parts = head.parts { return (lastPart ?? -1) >= parts - 1 }
            return true
        }
        func closeGroup() {
            guard let head = groupHead else { return }
            let rejection =
                head.kind == "rejected"
                ? Rejection(RejectReason(rawValue: head.reason ?? "") ?? .malformed, head.detail ?? "") : nil
            result.recentGroups.append(
                LoggedGroup(
                    file: head.file ?? "", sha256: head.sha256 ?? "", movedTo: head.moved_to, firstSeq: head.seq,
                    rejection: rejection))
            if result.recentGroups.count > recentLimit * 2 {
                result.recentGroups.removeFirst(result.recentGroups.count - recentLimit)
            }
            for id in groupIDs { index.insert(id) }
            for (key, id) in groupEvents { index.incidents.record(key, eventID: id) }
            groupIDs = []
            groupEvents = []
            groupHead = nil
        }

        var lines = 0
        while let (line, lineOffset, terminated) = try reader.next() {
            lines += 1
            if lines & 0xFFFF == 0 { progress(lines) }
            let record: RecordSummary? = terminated ? (try? decoder.decode(RecordSummary.self, from: Data(line))) : nil
            let lineEnd = lineOffset + Int64(line.count) + 1
            guard let record else {
                if !terminated {
                    result.tornFrom = lastCompleteEnd
                    return result
                }
                result.corruptLines += 1
                continue
            }
            result.firstSeq = result.firstSeq ?? record.seq
            result.nextSeq = max(result.nextSeq, record.seq + 1)
            if record.kind == "event" {
                if groupHead != nil && pendingEvents > 0 {
                    pendingEvents -= 1
                    if let key = record.incidentKey, let id = record.event { groupEvents.append((key, id)) }
                    if groupComplete() {
                        closeGroup()
                        lastCompleteEnd = lineEnd
                    }
                } else {
                    result.corruptLines += 1  // an event outside any group
                }
                continue
            }
            // A per-file record: continues a multi-part group, or starts a new one.
            let continues =
                groupHead != nil && pendingEvents == 0 && record.file == groupHead?.file
                && record.sha256 == groupHead?.sha256 && record.part != nil && record.part == (lastPart ?? -1) + 1
            if !continues {
                if groupHead != nil { result.corruptLines += 1 }  // an incomplete group mid-log
                groupHead = record
                groupIDs = []
                groupEvents = []
            }
            lastPart = record.part
            pendingEvents = record.kind == "article" ? max(0, record.events ?? 0) : 0
            if record.kind == "article", let id = record.article, let key = Digests.articleKey(id) {
                groupIDs.append(key)
            }
            if groupComplete() {
                closeGroup()
                lastCompleteEnd = lineEnd
            }
        }
        if groupHead != nil { result.tornFrom = lastCompleteEnd }
        return result
    }

    /// Cuts the log at `offset`, saving the cut bytes to `PATH.torn` first (SPEC §4).
    public static func cutTornTail(path: String, at offset: Int64) throws(SystemError) -> Int64 {
        let fd = try FS.open(path, O_RDWR)
        defer { Glibc.close(fd) }
        let size = Int64(try FS.fstat(fd, subject: path).st_size)
        guard offset < size else { return 0 }
        lseek(fd, off_t(offset), SEEK_SET)
        let tail = try FS.readAll(fd, limit: Int(size - offset), subject: path)
        let tornPath = path + ".torn"
        let tfd = try FS.open(tornPath, O_WRONLY | O_APPEND | O_CREAT, mode: 0o640)
        defer { Glibc.close(tfd) }
        var saved = tail
        if saved.last != 0x0A { saved.append(0x0A) }
        try FS.writeAll(tfd, saved, subject: tornPath)
        try FS.fsync(tfd, subject: tornPath)
        try syscall("ftruncate", path) { Glibc.ftruncate(fd, off_t(offset)) }
        try FS.fsync(fd, subject: path)
        return size - offset
    }

    /// Every log file of the log at `path` (rotated ones and the live one), oldest first by the
    /// first `seq` they hold. `.torn` files and compressed rotations are not logs.
    public static func logFiles(of path: String) throws(SystemError) -> [String] {
        let dir = Path.parent(path)
        let stem = Path.splitExtension(Path.basename(path)).stem
        var found: [(Int64, String)] = []
        for name in try FS.listDirectory(dir) {
            guard name.hasPrefix(stem), name.contains(".jsonl"), !name.hasSuffix(".torn"), !name.hasSuffix(".gz"),
                !name.hasSuffix(".tmp"), !name.hasSuffix(".zst"), !name.hasSuffix(".xz")
            else { continue }
            let full = Path.join(dir, name)
            if full == path { continue }
            found.append((firstSeq(of: full) ?? Int64.max, full))
        }
        found.sort { $0.0 < $1.0 }
        return found.map(\.1) + (FS.exists(path) ? [path] : [])
    }

    static func firstSeq(of path: String) -> Int64? {
        guard let fd = try? FS.open(path, O_RDONLY) else { return nil }
        defer { Glibc.close(fd) }
        var reader = LineReader(fd: fd, offset: 0)
        guard let first = try? reader.next(), first.terminated else { return nil }
        return (try? JSONDecoder().decode(RecordSummary.self, from: Data(first.line)))?.seq
    }
}
