/// Where inputs go when they are done (SPEC §2–3): `processed/YYYY-MM-DD/REL` or `failed/REL`,
/// with a numeric suffix on a clash — nothing is ever overwritten.
public struct Placement {
    public let processed: String
    public let failed: String
    /// Names handed out in the current batch but not yet moved into place.
    private var reserved = Set<String>()
    /// Names a record already gave to a file that never got there (it was replaced in the inbox
    /// after it was read): kept from later files, so that no two records name one path.
    private var claimed = Set<String>()

    public init(processed: String, failed: String) {
        self.processed = processed
        self.failed = failed
    }

    /// A free destination for `rel` under `processed/DAY/` or `failed/`.
    public mutating func destination(for rel: String, failed isFailed: Bool, day: String) -> String {
        let base = isFailed ? Path.join(failed, rel) : Path.join(Path.join(processed, day), rel)
        var candidate = base
        var n = 1
        while reserved.contains(candidate) || claimed.contains(candidate) || FS.exists(candidate)
            || (isFailed && FS.exists(candidate + ".error.json"))
        {
            candidate = Placement.suffixed(base, n)
            n += 1
        }
        reserved.insert(candidate)
        return candidate
    }

    /// Keeps `destination` from later files: a record names it, but its file never landed.
    /// Bounded: this only happens when a file is replaced mid-ingest, and a restart forgets.
    public mutating func claim(_ destination: String) {
        if claimed.count >= 4096 { claimed.removeAll() }
        claimed.insert(destination)
    }

    /// Forgets the batch's reservations once its moves are done.
    public mutating func endBatch() { reserved.removeAll(keepingCapacity: true) }

    /// `dir/name.txt` → `dir/name-1.txt` (the extension kept, so the format is still known).
    static func suffixed(_ path: String, _ n: Int) -> String {
        let dir = Path.parent(path)
        let (stem, ext) = Path.splitExtension(Path.basename(path))
        let name = ext.isEmpty ? "\(stem)-\(n)" : "\(stem)-\(n).\(ext)"
        return Path.join(dir, name)
    }
}
