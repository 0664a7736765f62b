import ArgumentParser
import Glibc
import SitrepCore

struct Tail: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the last records of the event log.")

    @OptionGroup var options: ConfigOptions
    @Flag(name: .shortAndLong, help: "Follow the log across rotation, like tail -F.") var follow = false
    @Option(name: .shortAndLong, help: "How many records to show first.") var n = 10
    @Flag(help: "Print the raw JSON lines.") var json = false
    @Option(help: "Only records of this kind (article, event, duplicate, rejected).") var kind: String?
    @Option(help: "Only events of this type.") var type: String?
    @Option(help: "Only events whose place name contains this.") var place: String?
    @Option(help: "Only events in this country (ISO alpha-2).") var country: String?
    @Option(help: "Only records ingested at or after this time (YYYY-MM-DD or RFC 3339).") var since: String?

    func validate() throws {
        if n < 0 { throw ValidationError("-n takes a count of 0 or more") }
    }

    func run() throws {
        let (config, _) = try options.resolve()
        let path = Path.absolute(config.log)
        var last: [[UInt8]] = []
        var offset: Int64 = 0
        var identity: FileIdentity?
        if let fd = try? FS.open(path, O_RDONLY) {
            defer { close(fd) }
            let st = try? FS.fstat(fd)
            identity = st.map(FileIdentity.init)
            // Backwards from the end: the last N records of a log of any size, in little memory.
            if let (lines, end) = try? LogReading.lastLines(n, fd: fd, size: Int64(st?.st_size ?? 0), where: matches) {
                last = lines
                offset = end
            }
        } else if !follow {
            Console.error("sitrep: no event log at \(path)")
            throw ExitCode(2)
        }
        for line in last { emit(line) }
        guard follow else { return }
        var pending: [UInt8] = []
        while true {
            // Rotation: the path names another file now, or the file shrank (truncated).
            let st = try? FS.lstat(path)
            if let st, FileIdentity(st) != identity || Int64(st.st_size) < offset {
                if let old = identity { drain(path: nil, identity: old, from: &offset, pending: &pending) }
                identity = FileIdentity(st)
                offset = 0
                pending = []
            }
            if identity != nil { drain(path: path, identity: identity, from: &offset, pending: &pending) }
            var ts = timespec(tv_sec: 0, tv_nsec: 200_000_000)
            nanosleep(&ts, nil)
        }
    }

    /// Prints the complete lines appended since `offset`; a partial last line waits in `pending`.
    func drain(path: String?, identity: FileIdentity?, from offset: inout Int64, pending: inout [UInt8]) {
        guard let path, let fd = try? FS.open(path, O_RDONLY) else { return }
        defer { close(fd) }
        guard let st = try? FS.fstat(fd), FileIdentity(st) == identity, Int64(st.st_size) > offset else { return }
        lseek(fd, off_t(offset), SEEK_SET)
        guard let bytes = try? FS.readAll(fd, limit: Int(Int64(st.st_size) - offset)) else { return }
        offset += Int64(bytes.count)
        pending.append(contentsOf: bytes)
        guard let end = pending.lastIndex(of: 0x0A) else { return }
        for line in pending[...end].split(separator: 0x0A) where matches(line) { emit(Array(line)) }
        pending.removeSubrange(...end)
    }

    func matches(_ line: some Collection<UInt8>) -> Bool {
        if kind == nil && type == nil && place == nil && country == nil && since == nil { return true }
        guard let r = RecordView.decode(line) else { return false }
        if let kind, r.kind != kind { return false }
        if let type, r.type != type { return false }
        if let place, !(r.location?.name?.lowercased().contains(place.lowercased()) ?? false) { return false }
        if let country, r.location?.country?.uppercased() != country.uppercased() { return false }
        if let since, (r.ts ?? "") < since { return false }
        return true
    }

    func emit(_ line: [UInt8]) {
        if json {
            Console.out(line + [0x0A])
        } else if let r = RecordView.decode(line) {
            Console.out(r.summary)
        }
    }
}
