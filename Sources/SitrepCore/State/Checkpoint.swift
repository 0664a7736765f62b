/// A snapshot of what the log has built up to a point: the next `seq`, the article index, and
/// where in which log file it stops. Everything in it can be rebuilt from the log; it exists so
/// that startup replays only the tail written since (SPEC §4 `state/`).
///
/// Binary and hand-written: a million article ids are 8 MB here against ~20 MB of JSON, and
/// the format is small enough to check completely (magic, version, length).
public struct Checkpoint: Sendable, Equatable {
    public var log: FileIdentity
    /// Byte offset in the live log up to which everything is covered and every input moved.
    public var offset: Int64
    public var nextSeq: Int64
    /// The first `seq` of the live log file, for its rotated name.
    public var logFirstSeq: Int64
    public var articleKeys: [UInt64]

    public init(log: FileIdentity, offset: Int64, nextSeq: Int64, logFirstSeq: Int64, articleKeys: [UInt64]) {
        self.log = log
        self.offset = offset
        self.nextSeq = nextSeq
        self.logFirstSeq = logFirstSeq
        self.articleKeys = articleKeys
    }

    static let magic: [UInt8] = Array("SITREPCK".utf8)
    static let version: UInt64 = 1

    public func encoded() -> [UInt8] {
        var out = Checkpoint.magic
        out.reserveCapacity(64 + articleKeys.count * 8)
        for v in [
            Checkpoint.version, log.device, log.inode, UInt64(bitPattern: offset), UInt64(bitPattern: nextSeq),
            UInt64(bitPattern: logFirstSeq), UInt64(articleKeys.count),
        ] {
            Checkpoint.put(v, &out)
        }
        for key in articleKeys { Checkpoint.put(key, &out) }
        Checkpoint.put(UInt64(out.count), &out)
        return out
    }

    /// Decodes, or returns nil for anything not written whole by ``encoded()``.
    public init?(decoding bytes: [UInt8]) {
        guard bytes.count >= 8 + 8 * 8, bytes.starts(with: Checkpoint.magic) else { return nil }
        var at = 8
        func next() -> UInt64? {
            guard at + 8 <= bytes.count else { return nil }
            var v: UInt64 = 0
            for i in (0..<8).reversed() { v = v << 8 | UInt64(bytes[at + i]) }
            at += 8
            return v
        }
        guard next() == Checkpoint.version, let dev = next(), let ino = next(), let off = next(), let seq = next(),
            let first = next(), let count = next(), count <= UInt64(bytes.count / 8)
        else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let k = next() else { return nil }
            keys.append(k)
        }
        guard let length = next(), length == UInt64(bytes.count - 8), at == bytes.count else { return nil }
        self.init(
            log: FileIdentity(device: dev, inode: ino), offset: Int64(bitPattern: off), nextSeq: Int64(bitPattern: seq),
            logFirstSeq: Int64(bitPattern: first), articleKeys: keys)
    }

    static func put(_ v: UInt64, _ out: inout [UInt8]) {
        for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
    }
}
