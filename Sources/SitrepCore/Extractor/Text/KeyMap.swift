/// A read-only map from token keys to values: open addressing on the key itself.
///
/// Token keys are already hashes, so hashing them again with `Hasher` (SipHash), as `Set` and
/// `Dictionary` do, was a fifth of the extractor's time; this probes by the key's low bits.
public struct KeyMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int

    public init(_ dict: [UInt64: Value]) {
        // Keys of a dictionary are distinct: nothing to fold.
        self.init(pairs: Array(dict), combine: { first, _ in first })
    }

    /// Builds from pairs, folding the values of repeated keys with `combine` (no `Dictionary`
    /// on the way: the gazetteer builds one from 150,000 pairs at start-up).
    public init(pairs: [(UInt64, Value)], combine: (Value, Value) -> Value) {
        var size = 8
        while size < pairs.count * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        for (k, v) in pairs {
            var slot = Self.start(k) & mask
            while let old = values[slot] {
                if keys[slot] == k {
                    values[slot] = combine(old, v)
                    break
                }
                slot = (slot + 1) & mask
            }
            if values[slot] == nil {
                keys[slot] = k
                values[slot] = v
            }
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
