import BenchKit
// End-to-end figures of `sitrep run` (issue 2): drop-to-durable latency on an idle daemon,
// backlog throughput, peak RSS against backlog size, and idle wake-ups. Drives the real
// release binary on a real filesystem; waits on inotify, never by polling the daemon.
//
//   swift run -c release --package-path Benchmarks DaemonBench [path/to/sitrep] [--quick]
import Glibc
import SitrepCore

let args = CommandLine.arguments.dropFirst()
let quick = args.contains("--quick")
let binary = args.first { !$0.hasPrefix("--") } ?? Path.absolute("../.build/release/sitrep")
guard FS.exists(binary) else {
    say("no sitrep binary at \(binary): swift build -c release first")
    exit(2)
}

/// Unbuffered output: figures appear as each part finishes.
func say(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

func tempDir() -> String {
    var template = Array("/var/tmp/sitrep-bench-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
}

func writeFile(_ path: String, _ bytes: [UInt8]) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
}

/// A unique small article (~1.5 KB) built from the seed's sentences.
// From the package root, wherever the benchmark is run from (it used to need Benchmarks/ as cwd).
let seedText = String(decoding: BenchPaths().seeds().first ?? [], as: UTF8.self)
let seedSentences: [String] = seedText.split(whereSeparator: { $0 == "." }).map { String($0.drop { $0 == " " }) }
    .filter { $0.count > 30 }
func article(_ i: Int) -> [UInt8] {
    var s = "Report \(i) from the front line.\n\n"
    for k in 0..<8 { s += seedSentences[(i &* 7 &+ k) % seedSentences.count] + ". " }
    return Array(s.utf8)
}

final class Daemon {
    let dir: String
    var pid: pid_t = 0
    init(dir: String) { self.dir = dir }
    func start(env: [String] = [], settle: Bool = true) {
        let argv = [
            binary, "run", "--inbox", "\(dir)/inbox", "--processed", "\(dir)/processed", "--failed",
            "\(dir)/failed", "--state", "\(dir)/state", "--log", "\(dir)/events.jsonl", "--settle-ms", "20",
        ]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 2, "\(dir)/daemon.err", O_WRONLY | O_CREAT | O_APPEND, 0o644)
        let c = argv.map { strdup($0) } + [nil]
        var envp = env.map { strdup($0) }
        var e = environ
        while let entry = e.pointee {
            let s = String(cString: entry)
            if !s.hasPrefix("NOTIFY_SOCKET=") && !s.hasPrefix("JOURNAL_STREAM=") { envp.append(strdup(s)) }
            e += 1
        }
        envp.append(nil)
        posix_spawn(&pid, binary, &actions, nil, c, envp)
        while !FS.exists("\(dir)/state/checkpoint") { usleep(1000) }
        if settle { usleep(200_000) }
    }
    func stop() {
        kill(pid, SIGTERM)
        var s: Int32 = 0
        waitpid(pid, &s, 0)
    }
    func status(_ key: String) -> Int {
        let text = String(decoding: (try? FS.readFile("/proc/\(pid)/status")) ?? [], as: UTF8.self)
        let line = text.split(separator: "\n").first { $0.hasPrefix(key + ":") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "") ?? -1
    }
    /// Context switches of every thread of the daemon: each is a wake-up.
    func contextSwitches() -> Int {
        var total = 0
        for task in (try? FS.listDirectory("/proc/\(pid)/task")) ?? [] {
            let text = String(decoding: (try? FS.readFile("/proc/\(pid)/task/\(task)/status")) ?? [], as: UTF8.self)
            for line in text.split(separator: "\n") where line.contains("ctxt_switches") {
                total += Int(line.split(separator: "\t").last ?? "") ?? 0
            }
        }
        return total
    }
}

/// True when a folder has no entry; stops at the first one (listing 50,000 names every few
/// milliseconds would steal a core from the daemon being measured).
func isEmptyFolder(_ path: String) -> Bool {
    guard let dir = opendir(path) else { return true }
    defer { closedir(dir) }
    while let entry = readdir(dir) {
        let first = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(3)) }
        if first[0] == 0x2E && (first[1] == 0 || (first[1] == 0x2E && first[2] == 0)) { continue }
        return false
    }
    return true
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

// 1. Latency: one file at a time into an idle daemon; durable = moved into processed/, which
// happens only after the records' fdatasync.
do {
    let dir = tempDir()
    let d = Daemon(dir: dir)
    d.start()
    let day = Clock.utcDay(millis: Clock.nowMillis())
    writeFile("\(dir)/inbox/warmup.txt", article(1_000_000))
    while !FS.exists("\(dir)/processed/\(day)/warmup.txt") { usleep(1000) }
    let watcher = try InboxWatcher(inbox: "\(dir)/processed/\(day)")
    var samples: [Double] = []
    let n = quick ? 50 : 500
    for i in 0..<n {
        writeFile("\(dir)/.drop", article(i))
        let t0 = Clock.monotonicNanos()
        rename("\(dir)/.drop", "\(dir)/inbox/f\(i).txt")
        var fds = [pollfd(fd: watcher.fd, events: Int16(POLLIN), revents: 0)]
        var seen = false
        while !seen {
            _ = poll(&fds, 1, 1000)
            seen = try watcher.drain().contains(.movedIn("f\(i).txt"))
        }
        samples.append(Double(Clock.monotonicNanos() - t0) / 1e6)
        usleep(20_000)
    }
    samples.sort()
    say(
        "latency drop→durable+moved (\(n) files, idle daemon): p50 \(percentile(samples, 0.5)) ms, p99 \(percentile(samples, 0.99)) ms, max \(samples.last ?? 0) ms"
    )
    d.stop()
    _ = system("rm -rf '\(dir)'")
}

// 2. Backlog throughput and peak RSS, for growing backlogs.
for count in quick ? [2_000] : [10_000, 50_000] {
    let dir = tempDir()
    try FS.makeDirectories("\(dir)/inbox")
    for i in 0..<count { writeFile("\(dir)/inbox/b\(i).txt", article(i)) }
    _ = system("sync")
    sleep(1)  // older than settle_ms: a backlog, not files being written
    let d = Daemon(dir: dir)
    let t0 = Clock.monotonicNanos()
    d.start(settle: false)
    while !isEmptyFolder("\(dir)/inbox") { usleep(5_000) }
    let seconds = Double(Clock.monotonicNanos() - t0) / 1e9
    let hwm = d.status("VmHWM")
    d.stop()
    let records = ((try? FS.readFile("\(dir)/events.jsonl")) ?? []).count { $0 == 0x0A }
    say(
        "backlog \(count) small files: \(Int(Double(count) / seconds)) files/s (\(String(format2(seconds))) s incl. start-up), \(records) records, peak RSS \(hwm / 1024) MB"
    )
    _ = system("rm -rf '\(dir)'")
}

func format2(_ x: Double) -> String { String(Double(Int(x * 100)) / 100) }

// 3. Idle wake-ups over a minute, with a 10 s watchdog (WATCHDOG=1 due every 5 s).
do {
    let dir = tempDir()
    let d = Daemon(dir: dir)
    d.start(env: ["WATCHDOG_USEC=10000000"])
    let seconds = quick ? 10 : 60
    let before = d.contextSwitches()
    sleep(UInt32(seconds))
    let after = d.contextSwitches()
    say(
        "idle: \(after - before) context switches in \(seconds) s with WATCHDOG_USEC=10s (expected \(seconds / 5): one per WATCHDOG=1), RSS \(d.status("VmRSS") / 1024) MB"
    )
    d.stop()
    _ = system("rm -rf '\(dir)'")
}
