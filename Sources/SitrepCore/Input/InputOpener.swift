import Glibc

/// What opening an inbox entry found (SPEC §3's table, the part decided before parsing).
public enum OpenedInput {
    /// A regular file's bytes, with the identity it was read through.
    case bytes([UInt8], FileIdentity)
    /// Rejected before parsing; `identity` is what to move (never followed).
    case rejected(Rejection)
    /// Gone (or replaced by a non-file) between the event and the read: record nothing.
    case vanished
}

/// Opens inbox entries the safe way: `lstat` first (devices and FIFOs are never opened), then
/// `O_NOFOLLOW | O_NONBLOCK`, size checked with `fstat` before a byte is read.
public enum InputOpener {
    /// Opens `path` as given (`sitrep parse`: the user names the file).
    public static func open(_ path: String, maxBytes: Int) -> OpenedInput {
        open(name: path, in: AT_FDCWD, shown: path, maxBytes: maxBytes)
    }

    /// Opens the inbox entry `rel` (`NAME` or `FEED/NAME`) without following a symbolic link
    /// at any step below `inbox`: `O_NOFOLLOW` alone guards only the last component, so a feed
    /// folder swapped for a link to `/etc` after its events were queued would otherwise make
    /// `FEED/passwd` read `/etc/passwd` into the log. An entry under a folder that is not a
    /// real folder any more is `vanished` (the link itself is an inbox entry of its own).
    public static func open(inbox: String, rel: String, maxBytes: Int) -> OpenedInput {
        let path = Path.join(inbox, rel)
        var dir = Glibc.open(inbox, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else {
            return .rejected(
                Rejection(.unreadable, SystemError(call: "open", subject: inbox, errno: errno).description))
        }
        defer { Glibc.close(dir) }
        let components = rel.split(separator: "/", omittingEmptySubsequences: true)
        guard let name = components.last else { return .vanished }
        for folder in components.dropLast() {
            let next = openat(dir, String(folder), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else { return .vanished }
            Glibc.close(dir)
            dir = next
        }
        return open(name: String(name), in: dir, shown: path, maxBytes: maxBytes)
    }

    /// `lstat` first (devices and FIFOs are never opened), then `O_NOFOLLOW | O_NONBLOCK`, the
    /// size checked with `fstat` before a byte is read.
    static func open(name: String, in dir: Int32, shown path: String, maxBytes: Int) -> OpenedInput {
        var st = stat()
        if fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) != 0 {
            let error = SystemError(call: "lstat", subject: path, errno: errno)
            return error.errno == ENOENT || error.errno == ENOTDIR
                ? .vanished : .rejected(Rejection(.unreadable, error.description))
        }
        let type = st.st_mode & S_IFMT
        if type != S_IFREG {
            return .rejected(Rejection(.notRegular, "not a regular file: \(typeName(type)); never opened or followed"))
        }
        let fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        if fd < 0 {
            let error = SystemError(call: "open", subject: path, errno: errno)
            switch error.errno {
            case ENOENT, ENOTDIR: return .vanished
            case ELOOP: return .rejected(Rejection(.notRegular, "a symbolic link; never followed"))
            case EACCES, EPERM: return .rejected(Rejection(.unreadable, "cannot open: \(error.reason)"))
            default: return .rejected(Rejection(.unreadable, error.description))
            }
        }
        defer { Glibc.close(fd) }
        guard let fst = try? FS.fstat(fd), fst.st_mode & S_IFMT == S_IFREG else {
            return .rejected(Rejection(.notRegular, "replaced by a non-regular file while opening"))
        }
        let size = Int(fst.st_size)
        if size > maxBytes {
            return .rejected(Rejection(.tooLarge, "\(size) bytes, more than max_bytes = \(maxBytes)"))
        }
        do {
            // One byte past the cap tells a file that grew while being read; saturating, because
            // recovery reads with no cap at all.
            let (limit, overflow) = maxBytes.addingReportingOverflow(1)
            let bytes = try FS.readAll(fd, limit: overflow ? maxBytes : limit, sizeHint: size, subject: path)
            if bytes.count > maxBytes {
                return .rejected(Rejection(.tooLarge, "grew past max_bytes = \(maxBytes) while being read"))
            }
            return .bytes(bytes, FileIdentity(fst))
        } catch {
            return .rejected(Rejection(.unreadable, error.description))
        }
    }

    static func typeName(_ type: mode_t) -> String {
        switch type {
        case S_IFLNK: "symbolic link"
        case S_IFIFO: "FIFO"
        case S_IFSOCK: "socket"
        case S_IFCHR: "character device"
        case S_IFBLK: "block device"
        case S_IFDIR: "directory"
        default: "special file"
        }
    }
}
