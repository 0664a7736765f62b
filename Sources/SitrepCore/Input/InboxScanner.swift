import Glibc
import HeapModule

/// A file found in the inbox by a scan.
public struct ScannedFile: Sendable, Comparable {
    public var path: String
    public var mtimeNanos: Int64
    /// mtime, then the name's bytes (files dropped in a burst share coarse mtimes, and byte
    /// order is cheaper than `String`'s Unicode-aware ordering).
    public static func < (a: ScannedFile, b: ScannedFile) -> Bool {
        if a.mtimeNanos != b.mtimeNanos { return a.mtimeNanos < b.mtimeNanos }
        return a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
    }
}

/// Lists the inbox and its first-level subfolders, oldest first (mtime, then name), keeping at
/// most `limit` entries so memory does not grow with the backlog: when more are waiting, the
/// scan says so and the daemon scans again once it has drained these.
public struct InboxScanner {
    public let inbox: String
    public var limit: Int

    public init(inbox: String, limit: Int = 8_192) {
        self.inbox = inbox
        self.limit = limit
    }

    public struct Result: Sendable {
        public var files: [ScannedFile]
        public var truncated: Bool
        public var folders: [String]
        public var deepFolders: [String]
    }

    public func scan() throws(SystemError) -> Result {
        var heap = Heap<ScannedFile>()
        var truncated = false
        var folders: [String] = []
        var deep: [String] = []
        func consider(_ rel: String, _ st: stat) {
            let mtime = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
            let entry = ScannedFile(path: rel, mtimeNanos: mtime)
            if heap.count < limit {
                heap.insert(entry)
            } else if let newest = heap.max, entry < newest {
                _ = heap.removeMax()
                heap.insert(entry)
                truncated = true
            } else {
                truncated = true
            }
        }
        var renamed: [String] = []
        let rename: (String) -> ([UInt8]) -> Void = { folder in
            { raw in
                if let name = InboxPolicy.renameToDisplayName(folder: folder, raw: raw) { renamed.append(name) }
            }
        }
        for name in try FS.listDirectory(inbox, rawNames: rename(inbox)) + renamed
        where !InboxPolicy.isIgnored(name) {
            guard let st = try? FS.lstat(Path.join(inbox, name)) else { continue }
            if st.st_mode & S_IFMT == S_IFDIR {
                folders.append(name)
                renamed = []
                guard
                    let inner = try? FS.listDirectory(Path.join(inbox, name), rawNames: rename(Path.join(inbox, name)))
                else { continue }
                for child in inner + renamed where !InboxPolicy.isIgnored(child) {
                    let rel = Path.join(name, child)
                    guard let cst = try? FS.lstat(Path.join(inbox, rel)) else { continue }
                    if cst.st_mode & S_IFMT == S_IFDIR {
                        deep.append(rel)
                    } else {
                        consider(rel, cst)
                    }
                }
            } else {
                consider(name, st)
            }
        }
        var files: [ScannedFile] = []
        files.reserveCapacity(heap.count)
        while let f = heap.popMin() { files.append(f) }
        return Result(files: files, truncated: truncated, folders: folders, deepFolders: deep)
    }
}
