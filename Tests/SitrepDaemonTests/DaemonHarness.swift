import FoundationEssentials
import Glibc
import SitrepCore
@_exported import SitrepTestSupport

/// The `sitrep` binary built next to this test bundle.
let sitrepBinary: String = {
    var buf = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buf, buf.count - 1)
    let exe = n > 0 ? String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
    return Path.join(Path.parent(exe), "sitrep")
}()

/// Runs a program, returns (status, stdout, stderr).
@discardableResult
func runProcess(_ args: [String], env: [String: String] = [:], stdin: [UInt8]? = nil) -> (Int32, String, String) {
    let dir = TempDir()
    let out = dir.file("out"), err = dir.file("err"), input = dir.file("in")
    if let stdin { dir.write("in", stdin) }
    let pid = spawn(args, env: env, stdout: out, stderr: err, stdin: stdin == nil ? "/dev/null" : input)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let code = exitCode(status)
    return (
        code, String(decoding: dir.read("out") ?? [], as: UTF8.self),
        String(decoding: dir.read("err") ?? [], as: UTF8.self)
    )
}

/// A `waitpid` status as a shell reports it: the exit code, or 128 + the signal.
func exitCode(_ status: Int32) -> Int32 {
    (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
}

/// posix_spawn with stdout/stderr sent to files.
func spawn(_ args: [String], env: [String: String] = [:], stdout: String, stderr: String, stdin: String = "/dev/null")
    -> pid_t
{
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    var environment = ProcessInfoLite.environment
    // Never inherit the test runner's own systemd connection; a test may set its own.
    environment.removeValue(forKey: "NOTIFY_SOCKET")
    environment.removeValue(forKey: "JOURNAL_STREAM")
    for (k, v) in env { environment[k] = v }
    let argv = args.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, args[0], &actions, nil, argv, envp)
    precondition(rc == 0, "posix_spawn \(args[0]) failed: \(rc)")
    return pid
}

enum ProcessInfoLite {
    static var environment: [String: String] {
        var out: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { out[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return out
    }
}

/// A `sitrep run` process on a temporary data folder.
final class DaemonUnderTest {
    let dir: TempDir
    var pid: pid_t = 0
    var extraEnv: [String: String] = [:]
    var inbox: String { dir.file("inbox") }
    var args: [String] {
        [
            sitrepBinary, "run", "--inbox", dir.file("inbox"), "--processed", dir.file("processed"), "--failed",
            dir.file("failed"), "--state", dir.file("state"), "--log", dir.file("log/events.jsonl"), "--settle-ms",
            "30",
        ]
    }

    init(dir: TempDir = TempDir()) {
        self.dir = dir
    }

    deinit { if pid > 0 { kill(pid, SIGKILL); var s: Int32 = 0; waitpid(pid, &s, 0) } }

    func start(extra: [String] = [], env: [String: String] = [:]) {
        if pid > 0 { stop(SIGKILL) }  // never leak a daemon a failed expectation left running
        pid = spawn(
            args + extra, env: env.merging(extraEnv) { a, _ in a }, stdout: dir.file("daemon.out"),
            stderr: dir.file("daemon.err"))
        _ = waitUntil(5) { FS.exists(self.dir.file("state/checkpoint")) && self.stderr.contains("started") }
    }

    var stderr: String { String(decoding: dir.read("daemon.err") ?? [], as: UTF8.self) }

    /// Sends `signal` and waits for the exit; returns the exit code (128+N for a signal).
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) -> Int32 {
        guard pid > 0 else { return -1 }
        kill(pid, signal)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        pid = 0
        return exitCode(status)
    }

    /// Waits for the process to exit by itself (a fault injection), up to `seconds`.
    func waitExit(_ seconds: Double) -> Int32? {
        let deadline = Clock.monotonicNanos() + UInt64(seconds * 1e9)
        while Clock.monotonicNanos() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                pid = 0
                return exitCode(status)
            }
            usleep(5000)
        }
        return nil
    }

    /// The log's records, as decoded objects, across every log file.
    var records: [[String: JSONAny]] {
        var out: [[String: JSONAny]] = []
        for file in (try? LogReplay.logFiles(of: dir.file("log/events.jsonl"))) ?? [] {
            for line in (try? FS.readFile(file))?.split(separator: 0x0A) ?? [] {
                if let r = try? JSONDecoder().decode([String: JSONAny].self, from: Data(line)) { out.append(r) }
            }
        }
        return out
    }

    func records(kind: String) -> [[String: JSONAny]] { records.filter { $0["kind"]?.string == kind } }
}

/// Polls `condition` every 10 ms for up to `seconds`.
func waitUntil(_ seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Clock.monotonicNanos() + UInt64(seconds * 1e9)
    while Clock.monotonicNanos() < deadline {
        if condition() { return true }
        usleep(10_000)
    }
    return condition()
}

/// Installs the built `sitrep` and the gazetteer under `prefix` in the installed layout
/// (`bin/sitrep`, `share/sitrep/gazetteer.tsv`, found beside the binary), readable by every
/// user, for a daemon run by systemd or as another user. Returns the binary's path.
func installSitrep(under prefix: String) throws -> String {
    let binary = Path.join(prefix, "bin/sitrep")
    try FS.makeDirectories(Path.join(prefix, "bin"))
    try FS.makeDirectories(Path.join(prefix, "share/sitrep"))
    guard system("cp '\(sitrepBinary)' '\(binary)'") == 0,
        system("cp '\(packageRoot)/gazetteer/gazetteer.tsv' '\(prefix)/share/sitrep/gazetteer.tsv'") == 0,
        system("chmod -R a+rX '\(prefix)/bin' '\(prefix)/share'") == 0
    else { throw HarnessError("cannot install sitrep under \(prefix)") }
    return binary
}
