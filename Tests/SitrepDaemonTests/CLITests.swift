import Glibc
import SitrepCore
import Testing

@Suite struct CLITests {
    @Test func parseSeedsPrintsArticlesAndDuplicate() throws {
        let seeds = seedNames.map { Path.join(packageRoot, "seeds/\($0)") }
        let (code, out, _) = runProcess([sitrepBinary, "parse", seeds[0], seeds[1], seeds[0]])
        #expect(code == 0)
        let lines = out.split(separator: "\n")
        let perFile = lines.filter { !$0.contains(#""kind":"event""#) }
        #expect(perFile.count == 3)
        #expect(lines[0].hasPrefix(#"{"v":1,"seq":1,"kind":"article""#))
        #expect(perFile[2].contains(#""kind":"duplicate""#))
        // The article's `events` count is the number of event records in its group.
        let first = try #require(JSONAny.decode(lines[0]))
        let events = Int(first["events"]?.number ?? -1)
        #expect(events > 0 && lines[1...events].allSatisfy { $0.contains(#""kind":"event""#) })
        #expect(lines.last?.contains(#""seq":\#(lines.count),"kind":"duplicate""#) == true)
        #expect(!out.contains("moved_to"))
    }

    @Test func parseRejectedExitsOneAndStillPrints() {
        let (code, out, _) = runProcess([sitrepBinary, "parse", "-"], stdin: [0, 1, 2, 3])
        #expect(code == 1)
        #expect(
            out.contains(#""kind":"rejected""#) && out.contains(#""reason":"binary""#) && out.contains(#""file":"-""#))
    }

    @Test func parseGivenDateAndText() {
        let (code, out, _) = runProcess(
            [sitrepBinary, "parse", "--published", "2024-02-03", "--text", "-"],
            stdin: Array("Shelling hit Kherson. Two died.".utf8))
        #expect(code == 0)
        #expect(out.contains(#""published":"2024-02-03","published_from":"given""#))
        #expect(out.contains(#""text":"Shelling hit Kherson. Two died.""#))
    }

    @Test func usageErrorsExit64() {
        #expect(runProcess([sitrepBinary, "parse", "--published", "yesterday", "-"], stdin: []).0 == 64)
        #expect(runProcess([sitrepBinary, "frobnicate"]).0 == 64)
        #expect(runProcess([sitrepBinary, "--version"]).1.contains(SitrepVersion.current))
    }

    @Test func badConfigurationExits2WithTheReason() {
        let dir = TempDir()
        dir.write("bad.toml", "inbox = \"/x\"\nmax_bytez = 5\n")
        let (code, _, err) = runProcess([sitrepBinary, "check", "--config", dir.file("bad.toml")])
        #expect(code == 2)
        #expect(err.contains("unknown key max_bytez"))
        dir.write("typo.toml", "max_bytes = \"big\"\n")
        #expect(
            runProcess([sitrepBinary, "parse", "--config", dir.file("typo.toml"), "-"], stdin: []).2.contains(
                "max_bytes must be an integer"))
    }

    @Test func checkReportsProblemsOnePerLine() {
        let dir = TempDir()
        let base = [
            sitrepBinary, "check", "--inbox", dir.file("in"), "--processed", dir.file("in/processed"),
            "--failed", dir.file("failed"), "--state", dir.file("state"), "--log", dir.file("events.jsonl"),
        ]
        let (code, out, _) = runProcess(base)
        #expect(code == 2)
        #expect(out.contains("processed \(dir.file("in/processed")) is inside the inbox"))
        #expect(out.split(separator: "\n").allSatisfy { $0.hasPrefix("problem: ") })
        for sub in ["in", "processed", "failed", "state"] { _ = try? FS.makeDirectories(dir.file(sub)) }
        let ok = runProcess([
            sitrepBinary, "check", "--inbox", dir.file("in"), "--processed", dir.file("processed"),
            "--failed", dir.file("failed"), "--state", dir.file("state"), "--log", dir.file("events.jsonl"),
        ])
        #expect(ok.0 == 0, "\(ok.1)")
    }

    @Test func tailShowsLastRecordsAndFilters() throws {
        let dir = TempDir()
        let (_, out, _) = runProcess(
            [sitrepBinary, "parse", Path.join(packageRoot, "seeds/\(seedNames[0])"), "-"], stdin: [0])
        dir.write("events.jsonl", out)
        let (code, text, _) = runProcess([sitrepBinary, "tail", "--log", dir.file("events.jsonl"), "-n", "1"])
        #expect(code == 0)
        #expect(text.split(separator: "\n").count == 1 && text.contains("rejected") && text.contains("binary"))
        let (_, json, _) = runProcess([
            sitrepBinary, "tail", "--log", dir.file("events.jsonl"), "--json", "--kind", "article",
        ])
        #expect(json.split(separator: "\n").count == 1 && json.hasPrefix(#"{"v":1"#))
    }

    /// Two runs (two processes, so two hash seeds) print the same records: nothing in the
    /// extractor depends on the order of a hashed collection.
    @Test func extractionIsDeterministicAcrossProcesses() throws {
        let dir = TempDir()
        // Sixty news stories when the shared development data is beside the checkout, else the seeds.
        let dev = ((try? FS.readFile(Path.join(packageRoot, "../shared/data/dates-dev.jsonl"))) ?? nil) ?? []
        var files: [String] = []
        if !dev.isEmpty {
            dir.write("docs.jsonl", Array(dev.split(separator: 0x0A).prefix(60).joined(separator: [0x0A])))
            files = [dir.file("docs.jsonl")]
        } else {
            files = seedNames.map { Path.join(packageRoot, "seeds/\($0)") }
        }
        func run() -> String {
            let (_, out, _) = runProcess([sitrepBinary, "parse", "--published", "2024-11-07"] + files)
            return out.split(separator: "\n").map { $0.replacing(#/"ts":"[^"]*"/#, with: "") }.joined(separator: "\n")
        }
        let first = run()
        #expect(first.contains(#""kind":"event""#))
        for _ in 0..<3 { #expect(run() == first) }
    }

    /// Every record gets its line, events with money among their counts included.
    @Test func tailShowsEveryEventOfTheSeeds() throws {
        let dir = TempDir()
        let seeds = seedNames.map { Path.join(packageRoot, "seeds/\($0)") }
        let (_, out, _) = runProcess([sitrepBinary, "parse"] + seeds)
        dir.write("events.jsonl", out)
        let (code, text, _) = runProcess([sitrepBinary, "tail", "--log", dir.file("events.jsonl"), "-n", "1000"])
        #expect(code == 0)
        #expect(text.split(separator: "\n").count == out.split(separator: "\n").count)
        #expect(text.contains("military_aid") && text.contains("amount=7600000000 EUR"))
        let (_, events, _) = runProcess([
            sitrepBinary, "tail", "--log", dir.file("events.jsonl"), "-n", "1000", "--kind", "event", "--country", "UA",
        ])
        #expect(events.contains("Pokrovsk,UA") && !events.contains("Kaspiysk"))
    }
}

@Suite struct FollowTests {
    /// `tail -f` prints lines appended later, follows a rename-and-recreate rotation, and never
    /// prints a partial line.
    @Test func followsAcrossRotationWithoutPartialLines() throws {
        let dir = TempDir()
        let log = dir.file("events.jsonl")
        func line(_ seq: Int) -> String {
            #"{"v":1,"seq":\#(seq),"kind":"rejected","ts":"2024-11-07T00:00:0\#(seq).000Z","file":"f\#(seq)","reason":"empty"}"#
        }
        dir.write("events.jsonl", line(1) + "\n")
        let pid = spawn(
            [sitrepBinary, "tail", "-f", "--json", "--log", log], stdout: dir.file("out"), stderr: dir.file("err"))
        defer { kill(pid, SIGKILL); var s: Int32 = 0; waitpid(pid, &s, 0) }
        func output() -> String { String(decoding: dir.read("out") ?? [], as: UTF8.self) }
        #expect(waitUntil(5) { output().contains(#""seq":1"#) })
        // Half a line: not printed until its newline arrives.
        let fd = open(log, O_WRONLY | O_APPEND)
        let half = Array(line(2).utf8)
        _ = half.withUnsafeBytes { write(fd, $0.baseAddress, 20) }
        usleep(600_000)
        #expect(!output().contains(#""seq":2"#))
        _ = half.withUnsafeBytes { write(fd, $0.baseAddress! + 20, $0.count - 20) }
        _ = write(fd, "\n", 1)
        close(fd)
        #expect(waitUntil(5) { output().contains(line(2)) })
        // Rotation: rename, then a new file at the path.
        #expect(rename(log, dir.file("events.jsonl.1")) == 0)
        dir.write("events.jsonl", line(3) + "\n")
        #expect(waitUntil(5) { output().contains(line(3)) })
        #expect(output().split(separator: "\n").count == 3)
    }

    @Test func statsCountsByKindAndReason() {
        let dir = TempDir()
        let (_, out, _) = runProcess(
            [sitrepBinary, "parse", Path.join(packageRoot, "seeds/\(seedNames[0])"), "-"], stdin: [])
        dir.write("events.jsonl", out)
        let (code, text, _) = runProcess([
            sitrepBinary, "stats", "--log", dir.file("events.jsonl"), "--inbox", dir.file("in"),
            "--state", dir.file("state"), "--failed", dir.file("failed"),
        ])
        #expect(code == 0)
        #expect(text.contains("article\t1") && text.contains("rejected\t1") && text.contains("empty\t1"))
        #expect(text.contains("daemon\tnot running"))
    }
}
