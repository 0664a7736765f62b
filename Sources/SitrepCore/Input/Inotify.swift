import CSitrepLinux
import Glibc

/// What the inbox watcher reports.
public enum InboxEvent: Sendable, Equatable {
    /// A file was renamed into the inbox: ready now (`IN_MOVED_TO` is authoritative).
    case movedIn(String)
    /// A file was closed after writing: ready once it has settled.
    case closedWrite(String)
    /// An entry was created: a symlink, FIFO, socket or device node is never written and
    /// closed, so it is taken now; a hard link settles; a new regular file waits for its
    /// close-write.
    case created(String)
    /// A first-level subfolder appeared: watch and scan it.
    case folderAdded(String)
    /// A folder below the first level appeared: ignored (one warning).
    case deepFolder(String)
    /// The kernel queue overflowed: events were lost, rescan.
    case overflow
}

/// inotify on the inbox and its first-level subfolders. Paths are relative to the inbox.
public final class InboxWatcher {
    public let inbox: String
    public let fd: Int32
    private var folders: [Int32: String] = [:]  // wd → "" for the inbox, else the subfolder name
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    public init(inbox: String) throws(SystemError) {
        self.inbox = inbox
        fd = try syscall("inotify_init1") { inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC)) }
        try watch(folder: "")
    }

    deinit { Glibc.close(fd) }

    /// Adds a watch on the inbox (`""`) or one of its first-level subfolders.
    public func watch(folder: String) throws(SystemError) {
        let path = folder.isEmpty ? inbox : Path.join(inbox, folder)
        let mask =
            UInt32(IN_MOVED_TO) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_CREATE) | UInt32(IN_DONT_FOLLOW)
            | UInt32(IN_EXCL_UNLINK)
        let wd = try syscall("inotify_add_watch", path) { inotify_add_watch(fd, path, mask) }
        folders[wd] = folder
    }

    /// Reads every queued event without blocking.
    public func drain() throws(SystemError) -> [InboxEvent] {
        var events: [InboxEvent] = []
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { return events }
                throw SystemError(call: "read", subject: "inotify", errno: errno)
            }
            if n == 0 { return events }
            parse(buffer[0..<n], into: &events)
        }
    }

    /// Parses raw `inotify_event` records; a record whose name would run past the bytes read ends the parse.
    func parse(_ bytes: ArraySlice<UInt8>, into events: inout [InboxEvent]) {
        let header = MemoryLayout<inotify_event>.size
        var at = bytes.startIndex
        while at + header <= bytes.endIndex {
            let (wd, mask, len) = bytes.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let base = raw.baseAddress! + (at - bytes.startIndex)
                let event = base.loadUnaligned(as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameStart = at + header
            guard nameStart + len <= bytes.endIndex else { return }
            let nameBytes = bytes[nameStart..<(nameStart + len)].prefix { $0 != 0 }
            at = nameStart + len
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                events.append(.overflow)
                continue
            }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders.removeValue(forKey: wd)
                continue
            }
            guard let folder = folders[wd], !nameBytes.isEmpty else { continue }
            guard let name = String(validating: nameBytes, as: UTF8.self) else {
                let dir = folder.isEmpty ? inbox : Path.join(inbox, folder)
                // The rename's own IN_MOVED_TO brings the file back under its new name.
                _ = InboxPolicy.renameToDisplayName(folder: dir, raw: Array(nameBytes))
                continue
            }
            let rel = folder.isEmpty ? name : Path.join(folder, name)
            if mask & UInt32(IN_ISDIR) != 0 {
                if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
                    events.append(folder.isEmpty ? .folderAdded(name) : .deepFolder(rel))
                }
                continue
            }
            if InboxPolicy.isIgnored(name) { continue }
            if mask & UInt32(IN_MOVED_TO) != 0 {
                events.append(.movedIn(rel))
            } else if mask & UInt32(IN_CLOSE_WRITE) != 0 {
                events.append(.closedWrite(rel))
            } else if mask & UInt32(IN_CREATE) != 0 {
                events.append(.created(rel))
            }
        }
    }
}
