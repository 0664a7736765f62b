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
    public static func open(_ path: String, maxBytes: Int) -> OpenedInput {
        let st: stat
        do {
            st = try FS.lstat(path)
        } catch {
            return error.errno == ENOENT ? .vanished : .rejected(Rejection(.unreadable, error.description))
        }
        let type = st.st_mode & S_IFMT
        if type != S_IFREG {
            return .rejected(Rejection(.notRegular, "not a regular file: \(typeName(type)); never opened or followed"))
        }
        let fd: Int32
        do {
            fd = try FS.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        } catch {
            switch error.errno {
            case ENOENT: return .vanished
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
