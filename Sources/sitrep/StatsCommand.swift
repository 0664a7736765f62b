import ArgumentParser
import Glibc
import SitrepCore

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Counts by kind, type, place and day, and the daemon's health.")

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let (config, _) = try options.resolve()
        let c = config.absolutized()
        var kinds: [String: Int] = [:]
        var types: [String: Int] = [:]
        var places: [String: Int] = [:]
        var days: [String: Int] = [:]
        var reasons: [String: Int] = [:]
        var lastIngest: String?
        let files = (try? LogReplay.logFiles(of: c.log)) ?? []
        for file in files {
            try? LogReading.forEachLine(path: file) { line in
                guard let r = RecordView.decode(line) else { return }
                kinds[r.kind, default: 0] += 1
                if let t = r.type { types[t, default: 0] += 1 }
                if let p = r.location?.name { places[p, default: 0] += 1 }
                if let ts = r.ts {
                    days[String(ts.prefix(10)), default: 0] += 1
                    if r.kind != "event" { lastIngest = max(lastIngest ?? ts, ts) }
                }
                if let reason = r.reason { reasons[reason, default: 0] += 1 }
            }
        }
        func section(_ title: String, _ counts: [String: Int], byKey: Bool = false) {
            Console.out(title)
            let rows =
                byKey ? counts.sorted { $0.key < $1.key } : counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            for (k, v) in rows.prefix(20) { Console.out("  \(k)\t\(v)") }
        }
        section("records by kind:", kinds)
        section("events by type:", types)
        section("events by place:", places)
        section("records by day (UTC):", days, byKey: true)
        section("rejected by reason:", reasons)
        let queue = (try? InboxScanner(inbox: c.inbox).scan().files.count) ?? 0
        let failed = (try? FS.listDirectory(c.failed).filter { !$0.hasSuffix(".error.json") }.count) ?? 0
        Console.out("health:")
        Console.out("  daemon\t\(daemonRunning(c.state) ? "running" : "not running")")
        Console.out("  last ingest\t\(lastIngest ?? "never")")
        Console.out("  inbox queue\t\(queue)")
        Console.out("  failed/\t\(failed)")
        Console.out("  log files\t\(files.count)")
    }

    /// True when some process holds the state lock.
    func daemonRunning(_ state: String) -> Bool {
        guard let fd = try? FS.open(Path.join(state, "lock"), O_RDONLY) else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return true
    }
}
