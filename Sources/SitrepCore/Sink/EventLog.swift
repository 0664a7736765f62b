import Glibc

/// Why an append did not land. The log is back at the group's start in every case.
public enum AppendError: Error, Sendable {
    /// `ENOSPC`/`EDQUOT`, or a short write: pause, keep the input, retry later (SPEC §4).
    case noSpace(SystemError)
    /// Any other write error.
    case failed(SystemError)
}

/// The durable, append-only JSON Lines event log (SPEC §4): each file's group goes in with one
/// `write(2)` on an `O_APPEND` descriptor; ``sync()`` makes every appended group durable.
public final class EventLog {
    public let path: String
    private var fd: Int32 = -1
    /// Bytes in the current log file.
    public private(set) var size: Int64 = 0
    /// The `(st_dev, st_ino)` of the open file, to match a checkpoint against.
    public private(set) var identity: FileIdentity = FileIdentity(device: 0, inode: 0)
    /// Appended but not yet synced.
    public private(set) var dirty = false

    public init(path: String) throws(SystemError) {
        self.path = path
        try open()
    }

    deinit { if fd >= 0 { Glibc.close(fd) } }

    private func open() throws(SystemError) {
        try FS.makeDirectories(Path.parent(path))
        fd = try FS.open(path, O_WRONLY | O_APPEND | O_CREAT, mode: 0o640)
        let st = try FS.fstat(fd, subject: path)
        size = Int64(st.st_size)
        identity = FileIdentity(st)
    }

    /// Appends one group with a single `write(2)`. A short or failed write is cut back off.
    public func append(_ bytes: [UInt8]) throws(AppendError) {
        guard !bytes.isEmpty else { return }
        let start = size
        let written = bytes.withUnsafeBytes { buf in
            var n: Int
            repeat { n = Glibc.write(fd, buf.baseAddress, buf.count) } while n < 0 && errno == EINTR
            return n
        }
        if written == bytes.count {
            size += Int64(written)
            dirty = true
            return
        }
        let error =
            written < 0
            ? SystemError(call: "write", subject: path, errno: errno)
            : SystemError(call: "write", subject: "\(path) (short: \(written) of \(bytes.count) bytes)", errno: ENOSPC)
        // Leave no half group behind: cut the log back to where this group started.
        _ = Glibc.ftruncate(fd, off_t(start))
        if error.isNoSpace || written >= 0 { throw .noSpace(error) }
        throw .failed(error)
    }

    /// `fdatasync` of everything appended. An error here is fatal to the caller: after a failed
    /// fsync the kernel may have dropped the pages, and nothing proves the data is on disk.
    public func sync() throws(SystemError) {
        guard dirty else { return }
        try FS.fdatasync(fd, subject: path)
        dirty = false
    }

    /// Closes and opens `path` again (after an external logrotate renamed it; SPEC §4 `SIGHUP`).
    public func reopen() throws(SystemError) {
        try sync()
        Glibc.close(fd)
        fd = -1
        try open()
    }

    /// Renames the log to `events-YYYYmmddTHHMMSSZ-SEQ.jsonl` and starts a new one.
    /// - Parameter afterRename: called between the rename and the new file's creation (the
    ///   crash tests' `mid-rotation` point).
    /// - Returns: the rotated file's path.
    public func rotate(firstSeq: Int64, now: Int64, afterRename: () -> Void = {}) throws(SystemError) -> String {
        try sync()
        let dir = Path.parent(path)
        let stem = Path.splitExtension(Path.basename(path)).stem
        var target = Path.join(dir, "\(stem)-\(Clock.compactStamp(millis: now))-\(firstSeq).jsonl")
        var n = 1
        while FS.exists(target) {
            target = Path.join(dir, "\(stem)-\(Clock.compactStamp(millis: now))-\(firstSeq).\(n).jsonl")
            n += 1
        }
        try FS.renameNoReplace(path, target)
        afterRename()
        Glibc.close(fd)
        fd = -1
        try open()
        try FS.fsyncDirectory(dir)
        return target
    }
}

/// A file's `(st_dev, st_ino)`.
public struct FileIdentity: Sendable, Equatable, Hashable {
    public var device: UInt64
    public var inode: UInt64
    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }
    public init(_ st: stat) {
        self.init(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }
}
