import DequeModule
import Glibc

/// Inbox paths waiting to be processed, oldest first, each at most once; plus the files that
/// were closed after writing and must keep still for `settle_ms` before they are taken.
public struct WorkQueue {
    private var order = Deque<String>()
    private var members = Set<String>()
    private var settling: [String: Settle] = [:]
    /// The most paths held before new ones are left for the next scan (memory stays flat).
    public var limit: Int

    struct Settle {
        var size: Int64
        var mtime: Int64
        var due: UInt64
    }

    public init(limit: Int = 8_192) { self.limit = limit }

    public var count: Int { order.count }
    public var isEmpty: Bool { order.isEmpty }
    public var settlingCount: Int { settling.count }

    /// Queues `path`; false when the queue is full (a rescan will find it).
    @discardableResult
    public mutating func enqueue(_ path: String) -> Bool {
        settling.removeValue(forKey: path)
        if members.contains(path) { return true }
        guard order.count < limit else { return false }
        order.append(path)
        members.insert(path)
        return true
    }

    /// Puts a path back in front (its append did not land).
    public mutating func requeueFront(_ path: String) {
        if members.insert(path).inserted { order.prepend(path) }
    }

    public mutating func next() -> String? {
        guard let path = order.popFirst() else { return nil }
        members.remove(path)
        return path
    }

    public func contains(_ path: String) -> Bool { members.contains(path) || settling[path] != nil }

    /// Starts (or restarts) the settle check of a file closed after writing.
    public mutating func settle(_ path: String, absolute: String, settleNanos: UInt64, now: UInt64) {
        guard !members.contains(path), let st = try? FS.lstat(absolute) else { return }
        settling[path] = Settle(size: Int64(st.st_size), mtime: WorkQueue.mtime(st), due: now + settleNanos)
    }

    /// Queues every settling file whose size and mtime held still; re-arms the others.
    public mutating func promoteSettled(inbox: String, settleNanos: UInt64, now: UInt64) {
        for (path, s) in settling where s.due <= now {
            guard let st = try? FS.lstat(Path.join(inbox, path)) else {
                settling.removeValue(forKey: path)  // gone: nothing to record
                continue
            }
            if Int64(st.st_size) == s.size && WorkQueue.mtime(st) == s.mtime {
                enqueue(path)
            } else {
                settling[path] = Settle(size: Int64(st.st_size), mtime: WorkQueue.mtime(st), due: now + settleNanos)
            }
        }
    }

    /// The earliest settle deadline, if any file is settling.
    public var nextSettleDue: UInt64? { settling.values.map(\.due).min() }

    static func mtime(_ st: stat) -> Int64 { Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec) }
}
