import Glibc

/// Reading a log for people (`tail`, `stats`) in bounded memory, however large the log.
public enum LogReading {
    /// Calls `body` with every complete (`\n`-terminated) line of `path`, in order.
    public static func forEachLine(path: String, _ body: (ArraySlice<UInt8>) -> Void) throws(SystemError) {
        let fd = try FS.open(path, O_RDONLY)
        defer { close(fd) }
        var reader = LineReader(fd: fd, offset: 0)
        while let next = try reader.next() {
            if next.terminated { body(next.line) }
        }
    }

    /// The last `count` non-empty complete lines that `matches` accepts, oldest first, read
    /// backwards from the end in `chunkSize` pieces; and the offset just after the last
    /// complete line (where following starts). A partial last line is never returned.
    public static func lastLines(
        _ count: Int, fd: Int32, size: Int64, chunkSize: Int = 1 << 20,
        where matches: (ArraySlice<UInt8>) -> Bool
    ) throws(SystemError) -> (lines: [[UInt8]], end: Int64) {
        var pos = size
        var end: Int64?
        var found: [[UInt8]] = []
        // Bytes from `pos` up to and including the newline of the last unprocessed line.
        var pending: [UInt8] = []
        while pos > 0 && (end == nil || found.count < count) {
            let start = max(0, pos - Int64(chunkSize))
            var chunk = [UInt8](repeating: 0, count: Int(pos - start))
            let n = try syscall("pread") {
                chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
            }
            if n < chunk.count { chunk.removeSubrange(n...) }
            pending = chunk + pending
            pos = start
            if end == nil {
                guard let nl = pending.lastIndex(of: 0x0A) else { continue }
                end = pos + Int64(nl) + 1
                pending.removeSubrange((nl + 1)...)
            }
            var hi = pending.count - 1  // the newline ending the last unprocessed line
            while hi >= 0 && found.count < count {
                let lo: Int
                if let nl = pending[..<hi].lastIndex(of: 0x0A) {
                    lo = nl + 1
                } else if pos == 0 {
                    lo = 0
                } else {
                    break  // that line starts in an earlier chunk
                }
                let line = pending[lo..<hi]
                if !line.isEmpty && matches(line) { found.append(Array(line)) }
                hi = lo - 1
            }
            pending = hi >= 0 ? Array(pending[...hi]) : []
        }
        return (found.reversed(), end ?? 0)
    }
}
