/// A read-only map from token keys to values: open addressing on the key itself.
///
/// Token keys are already hashes, so hashing them again with `Hasher` (SipHash), as `Set` and
/// `Dictionary` do, was a fifth of the extractor's time; this probes by the key's low bits.
public struct KeyMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    /// One bit per (key hash mod its size), set for every key: most tokens are in no lexicon,
    /// and this rejects them from a few KiB that stay in L1, before the table is touched.
    private var filter: [UInt64]
    private var filterShift: UInt64

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
        // About 16 bits per key: 1 in 16 absent keys passes. A map of more than 16,384 keys
        // (the gazetteer's) would need a filter too large to stay in cache: it gets one word
        // with every bit set, which passes every key.
        let filtered = pairs.count <= 16_384
        var bits = 64
        while filtered && bits < pairs.count * 16 { bits <<= 1 }
        filterShift = UInt64(64 - bits.trailingZeroBitCount)
        var filter = [UInt64](repeating: filtered ? 0 : ~0, count: bits / 64)
        if filtered {
            for (k, _) in pairs {
                let bit = Self.filterBit(k, filterShift)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        self.filter = filter
    }

    /// The filter bit of a key: its top bits after a multiply, independent of the low bits that
    /// pick its slot.
    @inline(__always)
    static func filterBit(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    static func start(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) }

    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        let bit = Self.filterBit(key, filterShift)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var slot = Self.start(key) & mask
        while true {
            guard let v = values[slot] else { return nil }
            if keys[slot] == key { return v }
            slot = (slot + 1) & mask
        }
    }
}
