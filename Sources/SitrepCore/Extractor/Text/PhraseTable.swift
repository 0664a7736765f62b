/// Multi-word lexicon entries matched on token keys, longest first.
///
/// Entries are written as plain text ("shot down", "third-quarter") and tokenized with the same
/// ``Tokenizer`` as articles, so spelling, case and hyphenation are handled in one place.
public struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var rest: [UInt64]
        var value: Value
    }
    private var building: [UInt64: [Entry]] = [:]
    private var byFirst = KeyMap<[Entry]>([:])
    public private(set) var maxLength = 0

    public init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries { add(phrase, value) }
        byFirst = KeyMap(building)
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

    public mutating func insert(_ phrase: String, _ value: Value) {
        let keys = Tokenizer.keys(phrase)
        guard let first = keys.first else { return }
        maxLength = max(maxLength, keys.count)
        var list = building[first, default: []]
        let rest = Array(keys.dropFirst())
        list.removeAll { $0.rest == rest }
        list.append(Entry(rest: rest, value: value))
        list.sort { $0.rest.count > $1.rest.count }
        building[first] = list
        byFirst = KeyMap(building)
    }

    /// Whether a phrase of this first key exists at all (a cheap pre-check).
    @inline(__always)
    public func starts(with key: UInt64) -> Bool { byFirst[key] != nil }

    /// The longest entry starting at token `i` and ending before `limit`.
    public func match(_ tokens: [Token], at i: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        guard let list = byFirst[tokens[i].key] else { return nil }
        let end = limit ?? tokens.count
        for entry in list {
            let len = entry.rest.count + 1
            if i + len > end { continue }
            var ok = true
            for (k, key) in entry.rest.enumerated() where tokens[i + 1 + k].key != key {
                ok = false
                break
            }
            if ok { return (len, entry.value) }
        }
        return nil
    }

    /// The value of a one-token entry.
    @inline(__always)
    public func single(_ key: UInt64) -> Value? {
        byFirst[key]?.last { $0.rest.isEmpty }?.value
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
