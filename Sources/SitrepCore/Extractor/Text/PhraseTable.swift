/// Multi-word lexicon entries matched on token keys, longest first.
///
/// Entries are written as plain text ("shot down", "third-quarter") and tokenized with the same
/// ``Tokenizer`` as articles, so spelling, case and hyphenation are handled in one place. A `#`
/// after the first word stands for one number ("exchanged # prisoners" matches "exchanged 95
/// prisoners").
public struct PhraseTable<Value: Sendable>: Sendable {
    /// The key of the `#` slot, kept per table: a generic type has no stored statics.
    private let numberSlot = Tokenizer.key("#")
    struct Entry: Sendable {
        var rest: [UInt64]
        var value: Value
    }
    private var building: [UInt64: [Entry]] = [:]
    /// Frozen form: entries of one first key sit together, longest first; their remaining keys
    /// are in one flat array. A lookup touches no reference-counted storage until it matches.
    private var byFirst = KeyMap<UInt64>([:])
    private var restStart: [Int32] = []
    private var restCount: [Int32] = []
    private var restKeys: [UInt64] = []
    private var values: [Value] = []
    private var firstKeyList: [UInt64] = []
    public private(set) var maxLength = 0

    public init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries { add(phrase, value) }
        freeze()
    }

    private mutating func add(_ phrase: String, _ value: Value) {
        let keys = Tokenizer.keys(phrase)
        guard let first = keys.first else { return }
        maxLength = max(maxLength, keys.count)
        let rest = Array(keys.dropFirst())
        var list = building[first, default: []]
        list.removeAll { $0.rest == rest }
        list.append(Entry(rest: rest, value: value))
        list.sort { $0.rest.count > $1.rest.count }
        building[first] = list
    }

    private mutating func freeze() {
        restStart = []
        restCount = []
        restKeys = []
        values = []
        var index: [UInt64: UInt64] = [:]
        for (first, list) in building {
            let from = values.count
            for e in list {
                restStart.append(Int32(restKeys.count))
                restCount.append(Int32(e.rest.count))
                restKeys.append(contentsOf: e.rest)
                values.append(e.value)
            }
            index[first] = UInt64(from) << 32 | UInt64(list.count)
        }
        firstKeyList = Array(index.keys)
        byFirst = KeyMap(index)
    }

    /// The longest entry starting at token `i` and ending before `limit`.
    ///
    /// Inlined as far as the first word's lookup: most tokens start no entry, and callers try
    /// every token of a sentence, so the rejection costs no call.
    @inline(__always)
    public func match(_ tokens: [Token], at i: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        guard let packed = byFirst[tokens[i].key] else { return nil }
        return match(tokens, at: i, limit: limit, entries: packed)
    }

    /// The longest of the entries `packed` (from `byFirst`) that matches at `i`.
    @inline(never)
    private func match(_ tokens: [Token], at i: Int, limit: Int?, entries packed: UInt64) -> (
        length: Int, value: Value
    )? {
        let end = limit ?? tokens.count
        let from = Int(packed >> 32)
        let slot = numberSlot
        for e in from..<(from + Int(packed & 0xFFFF_FFFF)) {
            let count = Int(restCount[e])
            if i + 1 + count > end { continue }
            let base = Int(restStart[e])
            var ok = true
            for k in 0..<count {
                let t = tokens[i + 1 + k]
                if t.key == restKeys[base + k] || (restKeys[base + k] == slot && t.isNumber) { continue }
                ok = false
                break
            }
            if ok { return (count + 1, values[e]) }
        }
        return nil
    }

    /// The key of every entry's first token: what a caller's own per-token map can mark.
    public var firstKeys: [UInt64] { firstKeyList }

    /// The value of a one-token entry.
    @inline(__always)
    public func single(_ key: UInt64) -> Value? {
        guard let packed = byFirst[key] else { return nil }
        let from = Int(packed >> 32)
        let last = from + Int(packed & 0xFFFF_FFFF) - 1
        return restCount[last] == 0 ? values[last] : nil
    }
}

/// A set of single words keyed like tokens.
public struct WordSet: Sendable {
    private let keys: KeyMap<Bool>
    public init(_ words: [String]) {
        var d: [UInt64: Bool] = [:]
        for w in words { d[Tokenizer.key(w)] = true }
        keys = KeyMap(d)
    }
    @inline(__always) public func contains(_ token: Token) -> Bool { keys[token.key] != nil }
    @inline(__always) public func contains(key: UInt64) -> Bool { keys[key] != nil }
}
