import FoundationEssentials
import Glibc
import SitrepCore

/// What was dropped into a daemon's inbox, to check the log and the folders against.
struct Ledger {
    /// Inbox-relative name → the bytes dropped under it (names are never reused).
    var sent: [String: [UInt8]] = [:]
    /// Multi-article files → their number of articles.
    var parts: [String: Int] = [:]
}

/// Issue 5's invariant after any crash and restart, as a list of violations (empty: holds):
/// every log file parses line by line and ends with a newline; `seq` strictly increases
/// across the rotated and live files; every `article` is followed by exactly its `events`;
/// every dropped file has exactly one per-file record (one per part), with its `sha256`;
/// every dropped file sits in `processed/` or `failed/` exactly once with its bytes; nothing
/// is left in the inbox.
func invariantViolations(_ dir: TempDir, _ ledger: Ledger) -> [String] {
    var problems: [String] = []
    var records: [[String: JSONAny]] = []
    for file in (try? LogReplay.logFiles(of: dir.file("log/events.jsonl"))) ?? [] {
        let bytes = (try? FS.readFile(file)) ?? []
        if let last = bytes.last, last != 0x0A { problems.append("\(file) does not end with a newline") }
        for line in bytes.split(separator: 0x0A) {
            guard let r = JSONAny.decode(String(decoding: line, as: UTF8.self)) else {
                problems.append("\(file): a line does not parse: \(String(decoding: line.prefix(80), as: UTF8.self))")
                continue
            }
            records.append(r)
        }
    }
    let seqs = records.compactMap { $0["seq"]?.number }
    if seqs.count != records.count { problems.append("records without seq") }
    if let bad = zip(seqs, seqs.dropFirst()).first(where: { $0 >= $1 }) {
        problems.append("seq does not increase: \(bad.0) then \(bad.1)")
    }
    var pendingEvents = 0
    var seen: [String: Int] = [:]
    for r in records {
        let kind = r["kind"]?.string ?? ""
        if kind == "event" {
            if pendingEvents == 0 {
                problems.append("an event outside its article's group (seq \(r["seq"]?.number ?? -1))")
            }
            pendingEvents -= 1
            continue
        }
        if pendingEvents > 0 {
            problems.append("an article short of \(pendingEvents) event(s) before seq \(r["seq"]?.number ?? -1)")
        }
        pendingEvents = kind == "article" ? Int(r["events"]?.number ?? 0) : 0
        guard ["article", "duplicate", "rejected"].contains(kind), let file = r["file"]?.string else { continue }
        let part = r["part"]?.number.map { Int($0) }
        seen["\(file)#\(part ?? -1)", default: 0] += 1
        if let sent = ledger.sent[file] {
            if let sha = r["sha256"]?.string, sha != Digests.sha256Hex(sent) {
                problems.append("\(file): sha256 \(sha) is not the dropped bytes'")
            }
        } else {
            problems.append("a record for \(file), which was never dropped")
        }
    }
    if pendingEvents > 0 { problems.append("the last article is short of \(pendingEvents) event(s)") }
    for name in ledger.sent.keys.sorted() {
        var keys = ["\(name)#-1"]
        // A multi-article file has one record per part, or, when it was refused whole before
        // it could be read (`crashed`, `timeout`), one record without a part.
        if let n = ledger.parts[name], seen["\(name)#-1"] == nil { keys = (0..<n).map { "\(name)#\($0)" } }
        for key in keys where seen[key] != 1 {
            problems.append("\(key): \(seen[key] ?? 0) per-file records, expected exactly 1")
        }
        if ledger.parts[name] != nil, seen["\(name)#-1"] != nil, seen["\(name)#0"] != nil {
            problems.append("\(name): both a whole-file record and per-part records")
        }
    }
    var placed: [String: [[UInt8]]] = [:]
    for folder in ["processed", "failed"] {
        for rel in dir.files(under: folder) where !rel.hasSuffix(".error.json") {
            placed[Path.basename(rel), default: []].append(dir.read(rel) ?? [])
        }
    }
    for (name, bytes) in ledger.sent {
        let copies = placed[Path.basename(name)] ?? []
        if copies.count != 1 || copies.first != bytes {
            problems.append("\(name): \(copies.count) cop(ies) in processed/ and failed/, expected its bytes once")
        }
    }
    let left = dir.files(under: "inbox")
    if !left.isEmpty { problems.append("left in the inbox: \(left.prefix(5))") }
    return problems
}
