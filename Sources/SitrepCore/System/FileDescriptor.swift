import CSitrepLinux
import Glibc

/// Thin, typed wrappers over the file calls the pipeline needs.
public enum FS {
    public static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o640, at dir: Int32 = AT_FDCWD)
        throws(SystemError) -> Int32
    {
        try syscall("open", path) { openat(dir, path, flags | O_CLOEXEC, mode) }
    }

    public static func fstat(_ fd: Int32, subject: String? = nil) throws(SystemError) -> stat {
        var st = stat()
        try syscall("fstat", subject) { Glibc.fstat(fd, &st) }
        return st
    }

    /// `lstat`: never follows a symlink.
    public static func lstat(_ path: String, at dir: Int32 = AT_FDCWD) throws(SystemError) -> stat {
        var st = stat()
        try syscall("lstat", path) { fstatat(dir, path, &st, AT_SYMLINK_NOFOLLOW) }
        return st
    }

    /// True when something (of any type) exists at `path`, without following a symlink.
    public static func exists(_ path: String, at dir: Int32 = AT_FDCWD) -> Bool {
        var st = stat()
        return fstatat(dir, path, &st, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// Writes all of `bytes`, retrying partial writes. Throws on the first error.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8], subject: String? = nil) throws(SystemError) {
        var offset = 0
        while offset < bytes.count {
            let n = try syscall("write", subject) {
                bytes.withUnsafeBytes { buf in Glibc.write(fd, buf.baseAddress.map { $0 + offset }, buf.count - offset)
                }
            }
            if n == 0 { throw SystemError(call: "write", subject: subject, errno: EIO) }
            offset += n
        }
    }

    /// Reads up to `limit` bytes from the current position (until EOF or the limit).
    public static func readAll(_ fd: Int32, limit: Int, sizeHint: Int = 0, subject: String? = nil)
        throws(SystemError) -> [UInt8]
    {
        var out = [UInt8]()
        out.reserveCapacity(min(max(sizeHint, 0), limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while out.count < limit {
            let want = min(chunk.count, limit - out.count)
            let n = try syscall("read", subject) {
                chunk.withUnsafeMutableBytes { buf in Glibc.read(fd, buf.baseAddress, want) }
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Reads a whole small file (state, configuration); `nil` when it does not exist.
    public static func readFile(_ path: String, limit: Int = 1 << 30) throws(SystemError) -> [UInt8]? {
        let fd: Int32
        do {
            fd = try open(path, O_RDONLY)
        } catch  where error.errno == ENOENT {
            return nil
        }
        defer { Glibc.close(fd) }
        return try readAll(fd, limit: limit, subject: path)
    }

    public static func fsync(_ fd: Int32, subject: String? = nil) throws(SystemError) {
        try syscall("fsync", subject) { Glibc.fsync(fd) }
    }

    public static func fdatasync(_ fd: Int32, subject: String? = nil) throws(SystemError) {
        try syscall("fdatasync", subject) { Glibc.fdatasync(fd) }
    }

    /// Opens a directory and fsyncs it, so that renames and creations inside it are durable.
    public static func fsyncDirectory(_ path: String) throws(SystemError) {
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { Glibc.close(fd) }
        try fsync(fd, subject: path)
    }

    /// `mkdir -p`, with `mode` for the folders it creates.
    public static func makeDirectories(_ path: String, mode: mode_t = 0o750) throws(SystemError) {
        if path.isEmpty || exists(path) { return }
        let parent = Path.parent(path)
        if parent != path { try makeDirectories(parent, mode: mode) }
        do {
            try syscall("mkdir", path) { Glibc.mkdir(path, mode) }
        } catch  where error.errno == EEXIST {
            return
        }
    }

    /// Replaces `path` atomically with `bytes`: temp file, fsync, rename, fsync of the folder.
    public static func atomicReplace(_ path: String, with bytes: [UInt8], mode: mode_t = 0o640, durable: Bool = true)
        throws(SystemError)
    {
        let tmp = path + ".tmp"
        let fd = try open(tmp, O_WRONLY | O_CREAT | O_TRUNC, mode: mode)
        do {
            try writeAll(fd, bytes, subject: tmp)
            if durable { try fsync(fd, subject: tmp) }
        } catch {
            Glibc.close(fd)
            throw error
        }
        Glibc.close(fd)
        try syscall("rename", path) { Glibc.rename(tmp, path) }
        if durable { try fsyncDirectory(Path.parent(path)) }
    }

    /// Renames without ever replacing an existing target (`renameat2(RENAME_NOREPLACE)`).
    public static func renameNoReplace(_ from: String, _ to: String) throws(SystemError) {
        try syscall("rename", "\(from) -> \(to)") { sitrep_rename_noreplace(AT_FDCWD, from, AT_FDCWD, to) }
    }

    public static func unlink(_ path: String) throws(SystemError) {
        try syscall("unlink", path) { Glibc.unlink(path) }
    }

    /// Names in a folder (not `.`/`..`), in directory order; a name that is not UTF-8 comes
    /// back through `rawNames` instead (as bytes, which a `String` cannot hold).
    public static func listDirectory(_ path: String, rawNames: ((([UInt8]) -> Void))? = nil) throws(SystemError)
        -> [String]
    {
        guard let dir = opendir(path) else {
            throw SystemError(call: "opendir", subject: path, errno: Glibc.errno)
        }
        defer { closedir(dir) }
        var names: [String] = []
        // d_name is read in place up to its NUL: glibc packs entries by their real length, so
        // loading the whole `dirent` (256 bytes of name) read past the last entry of the buffer
        // (AddressSanitizer, with the 100,000-file inbox of the flood test).
        let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name) ?? 19
        while let entry = readdir(dir) {
            let name = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
            let bytes = Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
            guard let name = String(validating: bytes, as: UTF8.self) else {
                rawNames?(bytes)
                continue
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return names
    }
}
