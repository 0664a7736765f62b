import Glibc
import SitrepCore
import Testing

/// Records validated against `schema/records.schema.json` (SPEC §5) by `scripts/validate-records.py`.
@Suite struct SchemaTests {
    static let validator = Path.join(packageRoot, "scripts/validate-records.py")

    func validate(_ lines: String) -> (Int32, String) {
        let (code, out, err) = runProcess(
            ["/usr/bin/env", "python3", SchemaTests.validator, "-"], stdin: Array(lines.utf8))
        return (code, out + err)
    }

    @Test func parseOutputOfEveryFormatIsValid() {
        let dir = TempDir()
        dir.write(
            "multi.json",
            #"[{"title":"A","text":"Shelling hit Kherson. Two died.","url":"https://e.x/a","source":"Wire","published":"2024-11-06"},{"title":"B"},5]"#
        )
        dir.write("lines.jsonl", "{\"text\":\"Drones hit Kyiv. One hurt.\"}\nnot json\n")
        dir.write(
            "page.html",
            "<html><head><title>T</title></head><body><article><h1>Strike on Sumy</h1><p>Drones hit Sumy. Three hurt.</p></article></body></html>"
        )
        dir.write("notes.md", "# Kharkiv\n\nArtillery hit **Kharkiv** on Monday. Five were hurt.\n")
        dir.write("bin.dat", [0x00, 0x01])
        dir.write("empty.txt", [])
        let seeds = seedNames.map { Path.join(packageRoot, "seeds/\($0)") }
        let files =
            seeds + [seeds[0]]
            + ["multi.json", "lines.jsonl", "page.html", "notes.md", "bin.dat", "empty.txt"].map(dir.file)
        let (_, out, _) = runProcess([sitrepBinary, "parse", "--text"] + files)
        let lines = out.split(separator: "\n")
        // 2 seeds, 1 duplicate, 3 parts, 2 lines, 4 single files; and the seeds' events.
        #expect(lines.filter { !$0.contains(#""kind":"event""#) }.count == 12)
        #expect(lines.contains { $0.contains(#""kind":"event""#) && $0.contains(#""incident":"i-"#) })
        let (code, report) = validate(out)
        #expect(code == 0, "\(report)")
    }

    @Test func daemonRecordsAreValid() {
        let d = DaemonUnderTest()
        d.start()
        #expect(mkdir(d.dir.file("inbox/wire"), 0o755) == 0)
        usleep(50_000)
        d.dir.drop("inbox/wire/a.txt", seedBytes(seedNames[0]))
        d.dir.drop("inbox/b.bin", [0, 0, 0])
        #expect(symlink("/etc/passwd", d.dir.file("inbox/link.txt")) == 0)
        #expect(waitUntil(10) { inboxIsEmpty(d) && d.records.filter { $0["kind"]?.string != "event" }.count == 3 })
        #expect(!d.records(kind: "event").isEmpty)
        d.stop()
        let log = String(decoding: d.dir.read("log/events.jsonl") ?? [], as: UTF8.self)
        let (code, report) = validate(log)
        #expect(code == 0, "\(report)")
    }

    /// The schema accepts a full event as SPEC §5 describes it, and refuses what is not a record:
    /// proof that the validation can fail.
    @Test func eventShapeAcceptedAndMistakesRefused() {
        let event =
            #"{"v":1,"seq":2,"kind":"event","ts":"2024-11-07T00:00:00.000Z","article":"a-0123456789abcdef","event":"e-0123456789abcdef-0","incident":"i-0123456789abcdef-0","type":"interception","acled":{"event_type":"Strategic developments","sub_event_type":"Disrupted weapons use"},"date":"2024-11-06","date_precision":"day","location":{"name":"Kyiv","country":"UA","lat":50.45,"lon":30.52,"geonameid":703448,"precision":"city"},"counts":{"drones_downed":30},"count_qualifiers":{"drones_downed":"about"},"evidence":{"sentence":"About 30 drones were shot down.","start":0,"end":31},"confidence":0.9}"#
        #expect(validate(event).0 == 0, "\(validate(event).1)")
        let mistakes = [
            #"{"v":1,"seq":1,"kind":"duplicate","ts":"2024-11-07T00:00:00.000Z","article":"a-0123456789abcdef","file":"x","title":null}"#,
            #"{"v":1,"seq":1,"kind":"rejected","ts":"2024-11-07T00:00:00.000Z","file":"x","reason":"sad","detail":"d"}"#,
            #"{"v":1,"seq":1,"kind":"summary","ts":"2024-11-07T00:00:00.000Z"}"#,
            event.replacingOccurrences(of: #""Disrupted weapons use""#, with: #""Air/drone strike""#),
            event.replacingOccurrences(of: #""drones_downed":30}"#, with: #""drones_shot":30}"#),
        ]
        for bad in mistakes {
            #expect(validate(bad).0 == 1, "accepted: \(bad)")
        }
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
