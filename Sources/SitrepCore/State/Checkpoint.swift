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
    /// The incident index (SPEC §7), in log order.
    public var incidents: [IncidentIndex.Entry] = []

    public init(
        log: FileIdentity, offset: Int64, nextSeq: Int64, logFirstSeq: Int64, articleKeys: [UInt64],
        incidents: [IncidentIndex.Entry] = []
    ) {
        self.incidents = incidents
        self.log = log
        self.offset = offset
        self.nextSeq = nextSeq
        self.logFirstSeq = logFirstSeq
        self.articleKeys = articleKeys
    }

    static let magic: [UInt8] = Array("SITREPCK".utf8)
    static let version: UInt64 = 2

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
        Checkpoint.put(UInt64(incidents.count), &out)
        for e in incidents {
            Checkpoint.put(UInt64(e.family) << 56 | UInt64(UInt32(bitPattern: e.day)), &out)
            Checkpoint.put(UInt64(e.lat.bitPattern) << 32 | UInt64(e.lon.bitPattern), &out)
            Checkpoint.put(e.articleHex, &out)
            Checkpoint.put(UInt64(e.geonameid) << 32 | UInt64(e.eventIndex), &out)
        }
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
        guard let incidentCount = next(), incidentCount <= UInt64(bytes.count / 32) else { return nil }
        var incidents: [IncidentIndex.Entry] = []
        incidents.reserveCapacity(Int(incidentCount))
        for _ in 0..<incidentCount {
            guard let w1 = next(), let w2 = next(), let w3 = next(), let w4 = next() else { return nil }
            incidents.append(
                IncidentIndex.Entry(
                    family: UInt8(truncatingIfNeeded: w1 >> 56), day: Int32(bitPattern: UInt32(truncatingIfNeeded: w1)),
                    lat: Float(bitPattern: UInt32(truncatingIfNeeded: w2 >> 32)),
                    lon: Float(bitPattern: UInt32(truncatingIfNeeded: w2)),
                    geonameid: UInt32(truncatingIfNeeded: w4 >> 32),
                    articleHex: w3, eventIndex: UInt32(truncatingIfNeeded: w4)))
        }
        guard let length = next(), length == UInt64(bytes.count - 8), at == bytes.count else { return nil }
        self.init(
            log: FileIdentity(device: dev, inode: ino), offset: Int64(bitPattern: off), nextSeq: Int64(bitPattern: seq),
            logFirstSeq: Int64(bitPattern: first), articleKeys: keys)
        self.incidents = incidents
    }

    static func put(_ v: UInt64, _ out: inout [UInt8]) {
        for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
    }
}
