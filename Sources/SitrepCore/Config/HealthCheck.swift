import CSitrepLinux
import Glibc

/// `sitrep check` (SPEC §1): every problem with the configuration and the folders, one line each.
public enum HealthCheck {
    /// Problems found; empty means healthy.
    public static func problems(_ config: Configuration) -> [String] {
        var out: [String] = []
        let c = config.absolutized()
        let folders = [
            ("inbox", c.inbox), ("processed", c.processed), ("failed", c.failed), ("state", c.state),
            ("log folder", Path.parent(c.log)),
        ]
        var devices: [String: UInt64] = [:]
        for (name, path) in folders {
            guard let st = try? FS.lstat(path) else {
                let parent = existingAncestor(path)
                if access(parent, W_OK) != 0 {
                    out.append(
                        "\(name) \(path) does not exist and \(parent) is not writable: sitrep run cannot create it")
                } else {
                    out.append("\(name) \(path) does not exist (sitrep run creates it)")
                }
                if let pst = try? FS.lstat(parent) { devices[name] = UInt64(pst.st_dev) }
                continue
            }
            guard st.st_mode & S_IFMT == S_IFDIR else {
                out.append("\(name) \(path) is not a directory")
                continue
            }
            devices[name] = UInt64(st.st_dev)
            if access(path, R_OK | W_OK | X_OK) != 0 {
                out.append("\(name) \(path) is not readable and writable by uid \(getuid())")
            }
        }
        if let inbox = devices["inbox"] {
            for (other, path) in [("processed", c.processed), ("failed", c.failed)]
            where devices[other] != nil && devices[other] != inbox {
                out.append("\(other) \(path) is on another filesystem than the inbox \(c.inbox): moves must be renames")
            }
        }
        for (name, path) in [("processed", c.processed), ("failed", c.failed), ("state", c.state)]
        where path == c.inbox || path.hasPrefix(c.inbox + "/") {
            out.append("\(name) \(path) is inside the inbox \(c.inbox): it would be read as a feed")
        }
        if c.log.hasPrefix(c.inbox + "/") { out.append("log \(c.log) is inside the inbox \(c.inbox)") }
        if FS.exists(c.log), access(c.log, W_OK) != 0 { out.append("log \(c.log) is not writable by uid \(getuid())") }
        if let remote = networkFilesystem(c.inbox) {
            out.append("inbox \(c.inbox) is on \(remote): inotify does not see writes from other machines")
        }
        if let watches = readProcInt("/proc/sys/fs/inotify/max_user_watches"), watches < 1024 {
            out.append("fs.inotify.max_user_watches is \(watches): raise it to at least 1024")
        }
        if let instances = readProcInt("/proc/sys/fs/inotify/max_user_instances"), instances < 8 {
            out.append("fs.inotify.max_user_instances is \(instances): raise it to at least 8")
        }
        if let queued = readProcInt("/proc/sys/fs/inotify/max_queued_events"), queued < 1024 {
            out.append(
                "fs.inotify.max_queued_events is \(queued): bursts will overflow into rescans; raise it to 16384")
        }
        if readProcInt("/proc/sys/fs/protected_hardlinks") == 0 {
            out.append(
                "fs.protected_hardlinks is 0: anyone who may drop files could hard-link a file they cannot read into the inbox for the daemon to read; set it to 1"
            )
        }
        if config.maxBytes < 1024 { out.append("max_bytes \(config.maxBytes) is too small for any article") }
        do { _ = try config.makeExtractor() } catch { out.append(error.description) }
        return out
    }

    static func existingAncestor(_ path: String) -> String {
        var p = Path.parent(path)
        while !FS.exists(p) && p != "/" && p != "." { p = Path.parent(p) }
        return p
    }

    static func readProcInt(_ path: String) -> Int? {
        guard let bytes = try? FS.readFile(path, limit: 64) else { return nil }
        return Int(String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace })
    }

    /// The name of a network filesystem under `path` (or its nearest existing ancestor).
    static func networkFilesystem(_ path: String) -> String? {
        let target = FS.exists(path) ? path : existingAncestor(path)
        let type = sitrep_fs_type(target)
        guard type >= 0 else { return nil }
        switch UInt64(UInt32(truncatingIfNeeded: type)) {
        case 0x6969: return "NFS"
        case 0xFF53_4D42: return "CIFS"
        case 0xFE53_4D42: return "SMB2"
        case 0x517B: return "SMB"
        case 0x0102_1997: return "9p"
        case 0x00C3_6400: return "CephFS"
        case 0x6573_5546: return "a FUSE filesystem"
        case 0x5346_414F: return "AFS"
        default: return nil
        }
    }
}
