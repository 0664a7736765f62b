import FoundationEssentials
import Glibc

/// The daemon's `state/` folder: the single-instance lock, the checkpoint, and the crash
/// bookkeeping (SPEC §2–4).
public final class StateStore {
    public let directory: String
    private var lockFD: Int32 = -1
    private var markerFD: Int32 = -1

    public var checkpointPath: String { Path.join(directory, "checkpoint") }
    var markerPath: String { Path.join(directory, "inprogress") }
    var suspectsPath: String { Path.join(directory, "suspects.json") }

    public init(directory: String) {
        self.directory = directory
    }

    deinit {
        if markerFD >= 0 { Glibc.close(markerFD) }
        if lockFD >= 0 { Glibc.close(lockFD) }
    }

    /// Takes `state/lock` with `flock`. Another daemon on the same state → an error naming it.
    public func lock() throws(StateError) {
        do {
            try FS.makeDirectories(directory)
            lockFD = try FS.open(Path.join(directory, "lock"), O_RDWR | O_CREAT, mode: 0o640)
        } catch {
            throw .io(error)
        }
        if flock(lockFD, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EWOULDBLOCK {
                throw .locked(
                    "another sitrep daemon holds \(Path.join(directory, "lock")): one daemon per state folder")
            }
            throw .io(SystemError(call: "flock", subject: Path.join(directory, "lock"), errno: code))
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = Glibc.ftruncate(lockFD, 0)
        _ = pid.withUnsafeBytes { pwrite(lockFD, $0.baseAddress, $0.count, 0) }
    }

    public func loadCheckpoint() -> Checkpoint? {
        guard let bytes = try? FS.readFile(checkpointPath) else { return nil }
        return Checkpoint(decoding: bytes)
    }

    public func saveCheckpoint(_ checkpoint: Checkpoint) throws(SystemError) {
        try FS.atomicReplace(checkpointPath, with: checkpoint.encoded())
    }

    // MARK: crash bookkeeping

    /// Marks `file` as being read and extracted (nil: nothing is). Not fsynced: it must survive
    /// a process crash, not a power cut, and the page cache outlives the process. The name is
    /// written NUL-terminated with one `pwrite` (no truncate: two calls per file matter here).
    public func markInProgress(_ file: String?) {
        if markerFD < 0 {
            markerFD = (try? FS.open(markerPath, O_RDWR | O_CREAT, mode: 0o640)) ?? -1
            if markerFD < 0 { return }
        }
        let bytes = Array((file ?? "").utf8) + [0]
        _ = bytes.withUnsafeBytes { pwrite(markerFD, $0.baseAddress, $0.count, 0) }
    }

    /// At startup: the file a previous run died on, if it died abnormally while reading one.
    /// Its crash count goes up; the counts of the files it names are returned.
    public func recordCrashes() -> [String: Int] {
        var suspects = loadSuspects()
        if let bytes = try? FS.readFile(markerPath), let first = bytes.first, first != 0 {
            let file = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            suspects[file, default: 0] += 1
            saveSuspects(suspects)
        }
        markInProgress(nil)
        return suspects
    }

    /// Forgets a file's crashes once it went through whole.
    public func clearSuspect(_ file: String, in suspects: inout [String: Int]) {
        guard suspects.removeValue(forKey: file) != nil else { return }
        saveSuspects(suspects)
    }

    func loadSuspects() -> [String: Int] {
        guard let bytes = try? FS.readFile(suspectsPath) else { return [:] }
        return (try? JSONDecoder().decode([String: Int].self, from: Data(bytes))) ?? [:]
    }

    func saveSuspects(_ suspects: [String: Int]) {
        guard let data = try? JSONEncoder().encode(suspects) else { return }
        try? FS.atomicReplace(suspectsPath, with: Array(data))
    }
}

/// Errors of the state folder.
public enum StateError: Error, CustomStringConvertible {
    case locked(String)
    case io(SystemError)
    public var description: String {
        switch self {
        case .locked(let m): m
        case .io(let e): e.description
        }
    }
}
