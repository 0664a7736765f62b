import Glibc
import SitrepCore
import Testing

/// `deploy/`'s users and folders, applied with the real `systemd-sysusers` and
/// `systemd-tmpfiles` under a scratch root, then tried by real processes of other users
/// (`setpriv`): members of `sitrep` drop into the inbox and read the log; nobody else reads or
/// writes; members cannot write the log; a member cannot make the daemon read outside the inbox.
@Suite(.serialized) struct DeployPermissionsTests {
    static var available: Bool {
        getuid() == 0
            && ["/usr/bin/systemd-sysusers", "/usr/bin/systemd-tmpfiles", "/usr/bin/setpriv"].allSatisfy {
                FS.exists($0)
            }
    }

    @Test(.enabled(if: DeployPermissionsTests.available, "needs root, systemd-sysusers, systemd-tmpfiles, setpriv"))
    func groupMembersDropAndReadNobodyElseWrites() throws {
        let root = TempDir()
        #expect(chmod(root.path, 0o755) == 0)
        try FS.makeDirectories(root.file("etc"))
        let deploy = Path.join(packageRoot, "deploy")
        #expect(
            runProcess(["/usr/bin/systemd-sysusers", "--root=\(root.path)", "\(deploy)/sitrep.sysusers.conf"]).0 == 0)
        let made = runProcess([
            "/usr/bin/systemd-tmpfiles", "--root=\(root.path)", "--create", "\(deploy)/sitrep.tmpfiles.conf",
        ])
        #expect(made.0 == 0, "\(made.2)")
        let passwd = String(decoding: root.read("etc/passwd") ?? [], as: UTF8.self)
        let entry = try #require(passwd.split(separator: "\n").first { $0.hasPrefix("sitrep:") })
        let fields = entry.split(separator: ":", omittingEmptySubsequences: false)
        let uid = try #require(Int(fields[2])), gid = try #require(Int(fields[3]))

        // The daemon as `sitrep`, with the unit's UMask, its binary and gazetteer where it can read them.
        let binary = try installSitrep(under: root.file("opt"))
        #expect(chmod(root.file("opt"), 0o755) == 0)
        let lib = root.file("var/lib/sitrep"), log = root.file("var/log/sitrep/events.jsonl")
        let daemon = spawn(
            [
                "/usr/bin/setpriv", "--reuid=\(uid)", "--regid=\(gid)", "--clear-groups", "--", "/bin/sh", "-c",
                "umask 0027; exec '\(binary)' run --inbox \(lib)/inbox --processed \(lib)/processed --failed \(lib)/failed --state \(lib)/state --log \(log) --settle-ms 20",
            ], stdout: root.file("daemon.out"), stderr: root.file("daemon.err"))
        defer {
            kill(daemon, SIGTERM)
            var status: Int32 = 0
            waitpid(daemon, &status, 0)
        }
        let member = ["/usr/bin/setpriv", "--reuid=4242", "--regid=4242", "--groups=\(gid)", "--", "/bin/sh", "-c"]
        let stranger = ["/usr/bin/setpriv", "--reuid=4343", "--regid=4343", "--clear-groups", "--", "/bin/sh", "-c"]
        func may(_ who: [String], _ command: String) -> Bool { runProcess(who + [command]).0 == 0 }

        #expect(
            may(
                member,
                "printf 'Shelling hit Kherson on Monday. Two died.' > \(lib)/inbox/.a.txt.part && mv \(lib)/inbox/.a.txt.part \(lib)/inbox/a.txt"
            ),
            "a member drops into the inbox")
        #expect(
            waitUntil(10) { FS.exists(log) && !root.files(under: "var/lib/sitrep/processed").isEmpty },
            "\(String(decoding: root.read("daemon.err") ?? [], as: UTF8.self))")
        #expect(may(member, "grep -q a.txt \(log)"), "a member reads the log")
        #expect(!may(member, "echo x >> \(log)"), "a member cannot write the log")
        #expect(!may(member, "touch \(lib)/processed/x"), "a member cannot write processed/")
        #expect(!may(stranger, "echo x > \(lib)/inbox/b.txt"), "nobody else drops")
        #expect(!may(stranger, "cat \(log)"), "nobody else reads the log")
        #expect(!may(stranger, "ls \(lib)/inbox"), "nobody else lists the inbox")
        #expect(!may(stranger, "echo x >> \(log)"))
        #expect((try FS.lstat(root.file("var/lib/sitrep/inbox"))).st_mode & 0o7777 == 0o2770)
        #expect((try FS.lstat(log)).st_mode & 0o777 == 0o640)

        // Reading outside the inbox through the daemon: a link is quarantined unread; a hard
        // link to a file the member may not read is refused by the kernel (fs.protected_hardlinks,
        // which `sitrep check` asks for).
        root.write("secret", "not for members")
        #expect(chmod(root.file("secret"), 0o600) == 0)
        #expect(may(member, "ln -s \(root.file("secret")) \(lib)/inbox/s.txt"))
        if HealthCheckTestHooks.protectedHardlinks {
            #expect(!may(member, "ln \(root.file("secret")) \(lib)/inbox/h.txt"))
        }
        #expect(waitUntil(10) { (try? FS.lstat("\(lib)/failed/s.txt")) != nil })
        let logText = String(decoding: (try? FS.readFile(log)) ?? [], as: UTF8.self)
        #expect(!logText.contains("not for members"))
        #expect(logText.contains(#""reason":"not_regular""#))
    }
}

enum HealthCheckTestHooks {
    static var protectedHardlinks: Bool {
        (try? FS.readFile("/proc/sys/fs/protected_hardlinks"))?.first == UInt8(ascii: "1")
    }
}
