import Glibc

/// Reads a file line by line from an offset, in 1 MiB chunks, reporting each line's offset and
/// whether it ended with `\n` (an unterminated last line is a torn write).
struct LineReader {
    let fd: Int32
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    private var fileOffset: Int64
    private var eof = false

    init(fd: Int32, offset: Int64) {
        self.fd = fd
        self.fileOffset = offset
        lseek(fd, off_t(offset), SEEK_SET)
    }

    /// The next line without its `\n`, its start offset, and whether it was terminated.
    mutating func next() throws(SystemError) -> (line: ArraySlice<UInt8>, offset: Int64, terminated: Bool)? {
        while true {
            if let nl = buffer[bufferStart...].firstIndex(of: 0x0A) {
                let line = buffer[bufferStart..<nl]
                let offset = fileOffset
                fileOffset += Int64(nl - bufferStart + 1)
                bufferStart = nl + 1
                return (line, offset, true)
            }
            if eof {
                guard bufferStart < buffer.count else { return nil }
                let line = buffer[bufferStart...]
                let offset = fileOffset
                fileOffset += Int64(line.count)
                bufferStart = buffer.count
                return (line, offset, false)
            }
            if bufferStart > 0 {
                buffer.removeSubrange(0..<bufferStart)
                bufferStart = 0
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            let n = try syscall("read") { chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) } }
            if n == 0 { eof = true } else { buffer.append(contentsOf: chunk[0..<n]) }
        }
    }
}
