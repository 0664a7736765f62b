/// A read-only map from token keys to values: open addressing on the key itself.
///
/// Token keys are already hashes, so hashing them again with `Hasher` (SipHash), as `Set` and
/// `Dictionary` do, was a fifth of the extractor's time; this probes by the key's low bits.
public struct KeyMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int

    public init(_ dict: [UInt64: Value]) {
        var size = 8
        while size < dict.count * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        for (k, v) in dict {
            var slot = Self.start(k) & mask
            while values[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = k
            values[slot] = v
        }
    }

    @inline(__always)
    static func start(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) }

    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        var slot = Self.start(key) & mask
        while true {
            guard let v = values[slot] else { return nil }
            if keys[slot] == key { return v }
            slot = (slot + 1) & mask
        }
    }
}
