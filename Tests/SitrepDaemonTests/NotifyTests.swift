import Glibc
import SitrepCore
import Testing

/// A datagram socket standing in for systemd's notify socket: the daemon's real `sd_notify`
/// messages, read as they arrive.
final class NotifySocket {
    let path: String
    let fd: Int32
    private(set) var messages: [String] = []

    init(dir: TempDir) {
        path = dir.file("notify.sock")
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() where i < raw.count - 1 { raw[i] = b }
        }
        _ = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
    }

    deinit { close(fd) }

    /// Reads everything queued; returns all messages so far.
    @discardableResult
    func drain() -> [String] {
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buf.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            messages.append(String(decoding: buf[0..<n], as: UTF8.self))
        }
        return messages
    }

    func waitFor(_ seconds: Double, _ predicate: @escaping (String) -> Bool) -> Bool {
        waitUntil(seconds) { self.drain().contains(where: predicate) }
    }
}

@Suite struct NotifyTests {
    @Test func lifecycleMessagesInOrder() throws {
        let d = DaemonUnderTest()
        let sock = NotifySocket(dir: d.dir)
        d.start(env: ["NOTIFY_SOCKET": sock.path, "WATCHDOG_USEC": "1000000"])
        #expect(sock.waitFor(5) { $0.hasPrefix("READY=1\nSTATUS=running") })
        #expect(sock.waitFor(3) { $0 == "WATCHDOG=1" }, "watchdog pings at half the interval")
        d.dir.drop("inbox/a.txt", Array("Shelling hit Kherson. Two died.".utf8))
        #expect(sock.waitFor(5) { $0.contains("STATUS=running: 1 articles") && $0.contains("last a.txt") })
        kill(d.pid, SIGHUP)
        #expect(sock.waitFor(5) { $0.hasPrefix("RELOADING=1\nMONOTONIC_USEC=") })
        #expect(
            sock.waitFor(5) { _ in
                let m = sock.messages
                guard let r = m.lastIndex(where: { $0.hasPrefix("RELOADING=1") }) else { return false }
                return m[r...].contains { $0.hasPrefix("READY=1") }
            })
        #expect(d.stop() == 0)
        sock.drain()
        #expect(sock.messages.contains { $0.hasPrefix("STOPPING=1") })
        let statuses = sock.messages.filter { $0.hasPrefix("STATUS=") }
        #expect(statuses.count <= 6, "STATUS is rate-limited: \(statuses)")
    }

    /// A long replay before readiness keeps the watchdog fed and extends the start timeout.
    @Test func longRecoveryExtendsTheStartTimeout() throws {
        let d = DaemonUnderTest()
        var log: [UInt8] = []
        log.reserveCapacity(70_000 * 160)
        for seq in 1...70_000 {
            let id = String(seq, radix: 16).leftPadded(16)
            log +=
                Array(
                    #"{"v":1,"seq":\#(seq),"kind":"article","ts":"2024-11-07T00:00:00.000Z","article":"a-\#(id)","file":"f\#(seq)","events":0}"#
                        .utf8) + [0x0A]
        }
        d.dir.write("log/events.jsonl", log)
        let sock = NotifySocket(dir: d.dir)
        d.start(env: ["NOTIFY_SOCKET": sock.path, "WATCHDOG_USEC": "30000000"])
        #expect(sock.waitFor(20) { $0.hasPrefix("READY=1") })
        let m = sock.messages
        let extend = try #require(m.firstIndex { $0.hasPrefix("EXTEND_TIMEOUT_USEC=") })
        let ready = try #require(m.firstIndex { $0.hasPrefix("READY=1") })
        #expect(extend < ready)
        #expect(m.contains { $0.hasPrefix("STATUS=recovering") })
        // The rebuilt index knows the logged articles: seq continues after them.
        d.dir.drop("inbox/new.txt", Array("Drones hit Kyiv. One was hurt.".utf8))
        #expect(waitUntil(10) { d.records(kind: "article").last?["seq"]?.number == 70_001 })
        d.stop()
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
