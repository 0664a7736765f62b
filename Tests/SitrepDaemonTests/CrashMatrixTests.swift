import Glibc
import SitrepCore
import Testing

/// Random crashes while a backlog streams in (issue 5): each round starts the daemon either
/// with a fault armed at a random step of the transaction (`SITREP_TEST_CRASH_AT`, a random
/// countdown) or unarmed and `kill -9`ed after a random delay, drops a few files of every kind
/// while it runs, and crashes it. At the end a clean run drains the inbox and the invariant
/// (`invariantViolations`) must hold. `SITREP_CRASHES` sets the rounds (40 here; the long
/// mode, `scripts/reliability.sh`, runs hundreds), `SITREP_CRASH_SEED` the seed.
@Suite(.serialized) struct CrashMatrixTests {
    static let rounds = Int(ProcessInfoLite.environment["SITREP_CRASHES"] ?? "") ?? 40
    static let seed = UInt64(ProcessInfoLite.environment["SITREP_CRASH_SEED"] ?? "") ?? 0x5173_5EED

    @Test func randomCrashesWhileABacklogStreamsIn() throws {
        var rng = SplitMix(seed: Self.seed)
        let d = DaemonUnderTest()
        var ledger = Ledger()
        var injected: [FaultInjection.Point: Int] = [:]
        var fired = 0, externalKills = 0
        var n = 0
        func dropOne() {
            n += 1
            let name = "f\(n)." + ["txt", "txt", "txt", "md", "jsonl", "bin"][rng.below(6)]
            var bytes: [UInt8]
            switch Path.splitExtension(name).ext {
            case "jsonl":
                bytes = Array(
                    """
                    {"title":"Report \(n)","text":"Report \(n): shelling hit Sumy on Monday. \(n) people were hurt."}
                    {"text":""}
                    {"text":"Report \(n), part three: drones hit Kharkiv overnight."}

                    """.utf8)
                ledger.parts[name] = 3
            case "bin": bytes = [0x7F, 0x45, 0x4C, 0x46, 0, UInt8(n & 0xFF), UInt8(n >> 8)]
            case "md": bytes = Array("# Report \(n)\n\nMissiles struck **Odesa** on Tuesday; \(n) were injured.\n".utf8)
            default:
                // Now and then the same text as an earlier file: a duplicate record.
                let text = n > 3 && rng.below(5) == 0 ? n - 3 : n
                bytes = Array("Report \(text): drones hit Kyiv on Wednesday and \(text) people were injured.".utf8)
            }
            ledger.sent[name] = bytes
            d.dir.drop("inbox/\(name)", bytes)
        }
        let points = FaultInjection.Point.allCases
        for _ in 0..<Self.rounds {
            let external = rng.below(3) == 0
            var env: [String: String] = [:]
            var point: FaultInjection.Point?
            if !external {
                let p = points[rng.below(points.count)]
                point = p
                env["SITREP_TEST_CRASH_AT"] = "\(p.rawValue):\(1 + rng.below(4))"
            }
            d.start(extra: ["--rotate-bytes", "6000"], env: env)
            for _ in 0..<(2 + rng.below(8)) {
                dropOne()
                usleep(UInt32(rng.below(6_000)))
            }
            if external {
                usleep(UInt32(rng.below(40_000)))
                d.stop(SIGKILL)
                externalKills += 1
            } else if let point {
                let code = d.waitExit(1.5)
                if code == 128 + SIGKILL || (point == .failSync && code == 2) {
                    fired += 1
                    injected[point, default: 0] += 1
                } else {
                    d.stop(SIGKILL)  // the countdown was not reached: a plain kill
                    externalKills += 1
                }
            }
        }
        d.start()
        let settled = waitUntil(60) { inboxIsEmpty(d) }
        usleep(200_000)
        d.stop()
        #expect(settled, "the inbox drained after the last restart")
        let problems = invariantViolations(d.dir, ledger)
        #expect(problems.isEmpty, "seed \(Self.seed): \(problems.prefix(10))")
        let summary = injected.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
        print(
            "crash matrix: \(Self.rounds) crashes (\(fired) injected: \(summary.joined(separator: ", ")); \(externalKills) kill -9), \(ledger.sent.count) files, \(problems.count) violations"
        )
        #expect(fired > 0 && externalKills > 0)
    }
}
