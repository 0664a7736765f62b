/// Splits text into ``Token``s in one pass over its UTF-8 bytes.
///
/// Hand-written because every later stage (lexicons, dates, places, counts) keys on these
/// tokens, and a general tokenizer would work on `Character`s and allocate per word. Rules that
/// matter for news: "12,000" and "7.6" stay one number; a hyphen is its own token ("third",
/// "-", "quarter"), so lexicon phrases match hyphenated and spaced forms alike; a possessive
/// `'s`/`’s` is its own token ("Kyiv", "'s"); other apostrophes stay inside the word.
public enum Tokenizer {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3
    /// Odd, with bits spread over the word: eight bytes at a time need a multiplier that mixes
    /// high bytes too (FNV's prime moves little into the top of the word).
    static let chunkPrime: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The lexicon key of a single lower-cased word or mark.
    public static func key(_ word: String) -> UInt64 {
        let toks = tokenize(Array(word.utf8))
        return toks.count == 1 ? toks[0].key : hashPhrase(toks.map(\.key))
    }

    /// The keys of a phrase's tokens.
    public static func keys(_ phrase: String) -> [UInt64] {
        tokenize(Array(phrase.utf8)).map(\.key)
    }

    /// One key for a run of token keys (used by the gazetteer's name index).
    @inline(__always)
    public static func hashPhrase<C: Collection>(_ keys: C) -> UInt64 where C.Element == UInt64 {
        var h = fnvOffset
        for k in keys { h = mixPhrase(h, k) }
        return h
    }

    /// One step of ``hashPhrase(_:)``: the hash so far with the next token's key.
    @inline(__always)
    static func mixPhrase(_ h: UInt64, _ key: UInt64) -> UInt64 {
        let m = (h ^ key) &* fnvPrime
        return m ^ (m >> 29)
    }

    /// The key of one token, built from its lower-cased bytes eight at a time: bytes are packed
    /// into a word and only a full word is multiplied in. A multiply per byte (FNV-1a, as
    /// before) chained one multiply's latency per byte and was most of tokenizing's time.
    struct KeyBuilder {
        var h: UInt64 = fnvOffset
        /// Bytes not yet mixed in, byte `k` at bits `8k`.
        var chunk: UInt64 = 0
        /// Bits of `chunk` filled (0...56).
        var filled: UInt64 = 0
        var length: UInt64 = 0

        @inline(__always)
        mutating func add(_ b: UInt8) {
            chunk |= UInt64(b) << filled
            length += 1
            if filled == 56 {
                h = (h ^ chunk) &* chunkPrime
                chunk = 0
                filled = 0
            } else {
                filled += 8
            }
        }

        /// Adds the low `count` bytes of `w` (its other bytes are zero), `count` in 1...8.
        @inline(__always)
        mutating func add(word w: UInt64, count: Int) {
            let bits = UInt64(count) << 3
            length += UInt64(count)
            chunk |= w << filled
            let total = filled + bits
            if total < 64 {
                filled = total
                return
            }
            h = (h ^ chunk) &* chunkPrime
            // The bytes that did not fit (a shift by 64 gives 0: nothing left over).
            chunk = filled == 0 ? 0 : w >> (64 - filled)
            filled = total - 64
        }

        /// The key: the rest and the length mixed in, then every bit spread over the word
        /// (lexicon tables probe by the low bits, their filters by the high ones).
        @inline(__always)
        func finish() -> UInt64 {
            var x = ((h ^ chunk) &* chunkPrime) ^ length
            x ^= x >> 32
            x &*= 0xff51_afd7_ed55_8ccd
            return x ^ (x >> 29)
        }
    }

    /// The key of a one-byte token.
    @inline(__always)
    static func byteKey(_ b: UInt8) -> UInt64 {
        var k = KeyBuilder()
        k.add(b)
        return k.finish()
    }

    /// The high bit of every byte of `w` that is a lower-case ASCII letter.
    @inline(__always)
    static func lowerLetters(_ w: UInt64) -> UInt64 {
        ByteScan.lessMask(w, 0x7B) & ~ByteScan.lessMask(w, 0x61)
    }

    @inline(__always)
    static func isASCIIAlnum(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || ((b | 0x20) >= 97 && (b | 0x20) <= 122)
    }

    /// Decodes the scalar at `i` (valid UTF-8 is guaranteed: the bytes come from a `String`).
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < bytes.count { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < bytes.count {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        if i + 3 < bytes.count {
            return (
                ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
                    | (UInt32(bytes[i + 3]) & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }

    enum ScalarClass { case space, punct, letter }

    /// Non-ASCII scalars: spaces, punctuation (with its ASCII fold), or letters.
    @inline(__always)
    static func classify(_ v: UInt32) -> (ScalarClass, UInt8) {
        switch v {
        case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return (.space, 0)
        case 0x2018, 0x2019, 0x201B, 0x2032: return (.punct, UInt8(ascii: "'"))
        case 0x201C, 0x201D, 0x201E, 0x2033, 0xAB, 0xBB: return (.punct, UInt8(ascii: "\""))
        case 0x2010...0x2015, 0x2212: return (.punct, UInt8(ascii: "-"))
        case 0x2026: return (.punct, UInt8(ascii: "."))
        case 0xA1...0xBF, 0xD7, 0xF7, 0x2016...0x2017, 0x2020...0x2025, 0x2027...0x206F, 0x20A0...0x20CF,
            0x2100...0x2BFF, 0x3001...0x303F:
            return (.punct, 0)
        default: return (.letter, 0)
        }
    }

    /// Tokens of `bytes` (UTF-8 text), in order.
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(bytes.count / 5 + 4)
        tokenize(bytes, into: &out)
        return out
    }

    /// Tokenizes into `out` (emptied first), reusing its storage.
    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [Token]) {
        out.removeAll(keepingCapacity: true)
        var cursor = Cursor()
        // Tokens are written to a small buffer and appended a block at a time: an `append` per
        // token checked the array's uniqueness through a runtime call each time. The block is
        // small enough for the stack: a larger one is a heap allocation per call, which the
        // gazetteer's 220,000 calls at load would pay.
        withUnsafeTemporaryAllocation(of: Token.self, capacity: 24) { block in
            guard let base = block.baseAddress else { return }
            while cursor.i < bytes.count {
                let count = fill(bytes, &cursor, base, capacity: block.count)
                out.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
            }
        }
    }

    /// The phrase key of `bytes` (``hashPhrase(_:)`` of its tokens' keys), the key of its first
    /// token and how many tokens it has; nil when it has none. The same tokens as ``tokenize(_:)``,
    /// folded as they come: the gazetteer keys 220,000 spellings at load and needs no more.
    public static func phraseKey(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: UInt64, first: UInt64, count: Int)? {
        var cursor = Cursor()
        var h = fnvOffset
        var first: UInt64 = 0
        var count = 0
        withUnsafeTemporaryAllocation(of: Token.self, capacity: 24) { block in
            guard let base = block.baseAddress else { return }
            while cursor.i < bytes.count {
                let n = fill(bytes, &cursor, base, capacity: block.count)
                if count == 0 && n > 0 { first = base[0].key }
                for t in 0..<n { h = mixPhrase(h, base[t].key) }
                count += n
            }
        }
        return count == 0 ? nil : (h, first, count)
    }

    /// Where tokenizing stands between blocks.
    struct Cursor {
        var i = 0
        var scalarIndex: Int32 = 0
        var spaceBefore = true
        /// End of the last token if it was a word or a number (a possessive may follow), else -1.
        var wordEnd: Int32 = -1
    }

    /// Writes up to `capacity` tokens from `cursor` on to `dst`; returns how many.
    @inline(__always)
    static func fill(
        _ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Cursor, _ dst: UnsafeMutablePointer<Token>,
        capacity: Int
    ) -> Int {
        let n = bytes.count
        let base = bytes.baseAddress
        var i = cursor.i
        var scalarIndex = cursor.scalarIndex
        var spaceBefore = cursor.spaceBefore
        var wordEnd = cursor.wordEnd
        var count = 0
        defer {
            cursor = Cursor(i: i, scalarIndex: scalarIndex, spaceBefore: spaceBefore, wordEnd: wordEnd)
        }
        @inline(__always) func emit(_ t: Token) {
            dst[count] = t
            count += 1
            wordEnd = t.kind == .punct ? -1 : t.end
        }
        while i < n && count < capacity {
            let b = bytes[i]
            if b == 32 || b == 10 || b == 9 || b == 13 || b == 12 || b == 11 {
                spaceBefore = true
                i += 1
                scalarIndex += 1
                continue
            }
            var flags: Token.Flags = spaceBefore ? .spaceBefore : []
            spaceBefore = false
            if b < 0x80 && !isASCIIAlnum(b) {
                // "'s" possessive after a word
                if (b == 39) && i + 1 < n && (bytes[i + 1] | 0x20) == 115 && (i + 2 >= n || !isWordByte(bytes, i + 2)),
                    wordEnd == Int32(i)
                {
                    emit(possessive(i, 2, scalarIndex, flags))
                    i += 2
                    scalarIndex += 2
                    continue
                }
                emit(
                    Token(
                        start: Int32(i), end: Int32(i + 1), scalarStart: scalarIndex, scalarEnd: scalarIndex + 1,
                        key: byteKey(b), kind: .punct, flags: flags, number: .nan))
                i += 1
                scalarIndex += 1
                continue
            }
            if b >= 0x80 {
                let (v, len) = scalar(bytes, i)
                let (cls, fold) = classify(v)
                if cls == .space {
                    spaceBefore = true
                    i += len
                    scalarIndex += 1
                    continue
                }
                if cls == .punct {
                    if fold == 39 && i + len < n && (bytes[i + len] | 0x20) == 115
                        && (i + len + 1 >= n || !isWordByte(bytes, i + len + 1)),
                        wordEnd == Int32(i)
                    {
                        emit(possessive(i, len + 1, scalarIndex, flags))
                        i += len + 1
                        scalarIndex += 2
                        continue
                    }
                    var h = KeyBuilder()
                    if fold != 0 {
                        h.add(fold)
                    } else {
                        for k in i..<(i + len) { h.add(bytes[k]) }
                    }
                    emit(
                        Token(
                            start: Int32(i), end: Int32(i + len), scalarStart: scalarIndex,
                            scalarEnd: scalarIndex + 1, key: h.finish(), kind: .punct, flags: flags, number: .nan))
                    i += len
                    scalarIndex += 1
                    continue
                }
                if v < 0x100 {
                    // Latin-1 capitals, without the Unicode property tables.
                    if v >= 0xC0 && v <= 0xDE && v != 0xD7 { flags.insert(.capitalized) }
                } else if v < 0x250, let s = Unicode.Scalar(v), s.properties.isUppercase {
                    flags.insert(.capitalized)
                }
            } else if b >= 65 && b <= 90 {
                flags.insert(.capitalized)
            }
            // A word or a number.
            let start = i
            let scalarStart = scalarIndex
            var h = KeyBuilder()
            var upper = 0
            var letters = 0
            var digitsOnly = true
            var value: Double = 0
            var fraction: Double = 0
            var inFraction = false
            while i < n {
                // Most bytes of English words: lower-case ASCII letters, in a tight run.
                let run = i
                while i + 8 <= n, let base {
                    let w = ByteScan.load(base, i)
                    let lower = lowerLetters(w)
                    let r = (~lower & ByteScan.highs).trailingZeroBitCount >> 3
                    if r == 0 { break }
                    h.add(word: r == 8 ? w : w & ((1 << UInt64(r << 3)) &- 1), count: r)
                    i += r
                    if r < 8 { break }
                }
                while i < n, bytes[i] &- 97 < 26 {
                    h.add(bytes[i])
                    i += 1
                }
                if i > run {
                    letters += i - run
                    digitsOnly = false
                    scalarIndex += Int32(i - run)
                    if i >= n { break }
                }
                let c = bytes[i]
                if c < 0x80 {
                    if isASCIIAlnum(c) {
                        if c <= 57 {
                            flags.insert(.hasDigit)
                            let d = Double(c - 48)
                            if inFraction {
                                value += d * fraction
                                fraction /= 10
                            } else {
                                value = value * 10 + d
                            }
                        } else {
                            digitsOnly = false
                            letters += 1
                            if c <= 90 { upper += 1 }
                        }
                        h.add(c | (c >= 65 && c <= 90 ? 0x20 : 0))
                        i += 1
                        scalarIndex += 1
                        continue
                    }
                    // "12,000", "7.6": a separator between digits.
                    if (c == 44 || c == 46) && digitsOnly && i > start && i + 1 < n && bytes[i + 1] >= 48
                        && bytes[i + 1] <= 57 && bytes[i - 1] >= 48 && bytes[i - 1] <= 57
                    {
                        if c == 46 {
                            if inFraction { break }
                            inFraction = true
                            fraction = 0.1
                        } else if inFraction {
                            break
                        }
                        h.add(c)
                        i += 1
                        scalarIndex += 1
                        continue
                    }
                    // An apostrophe inside a word ("don't", "O'Brien"), but not a possessive.
                    if c == 39 && i + 1 < n && isWordByte(bytes, i + 1)
                        && !((bytes[i + 1] | 0x20) == 115 && (i + 2 >= n || !isWordByte(bytes, i + 2)))
                    {
                        h.add(39)
                        i += 1
                        scalarIndex += 1
                        continue
                    }
                    break
                }
                // Two-byte letters (accented Latin, Greek, Cyrillic) without decoding: every scalar
                // from U+00C0 to U+07FF is a letter to `classify` but × and ÷.
                if c >= 0xC3 && c <= 0xDF && i + 1 < n, c != 0xC3 || (bytes[i + 1] != 0x97 && bytes[i + 1] != 0xB7) {
                    digitsOnly = false
                    letters += 1
                    h.add(c)
                    h.add(bytes[i + 1])
                    i += 2
                    scalarIndex += 1
                    continue
                }
                let (v, len) = scalar(bytes, i)
                let (cls, fold) = classify(v)
                if cls == .letter {
                    digitsOnly = false
                    letters += 1
                    for k in i..<(i + len) { h.add(bytes[k]) }
                    i += len
                    scalarIndex += 1
                    continue
                }
                if fold == 39 && i + len < n && isWordByte(bytes, i + len)
                    && !((bytes[i + len] | 0x20) == 115 && (i + len + 1 >= n || !isWordByte(bytes, i + len + 1)))
                {
                    h.add(39)
                    i += len
                    scalarIndex += 1
                    continue
                }
                break
            }
            if letters >= 2 && upper == letters { flags.insert(.allCaps) }
            // "attended", "bought"-less: a regular past form, for the tense of a bare weekday.
            if i - start >= 4, upper == 0, bytes[i - 2] == 0x65, bytes[i - 1] == 0x64 { flags.insert(.edForm) }
            let isNumber = digitsOnly && flags.contains(.hasDigit)
            emit(
                Token(
                    start: Int32(start), end: Int32(i), scalarStart: scalarStart, scalarEnd: scalarIndex,
                    key: h.finish(), kind: isNumber ? .number : .word, flags: flags, number: isNumber ? value : .nan))
        }
        return count
    }

    static let possessiveKey: UInt64 = {
        var h = KeyBuilder()
        h.add(39)
        h.add(115)
        return h.finish()
    }()

    private static func possessive(_ i: Int, _ len: Int, _ scalarIndex: Int32, _ flags: Token.Flags) -> Token {
        Token(
            start: Int32(i), end: Int32(i + len), scalarStart: scalarIndex, scalarEnd: scalarIndex + 2,
            key: possessiveKey, kind: .word, flags: flags, number: .nan)
    }

    @inline(__always)
    static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = bytes[i]
        if c < 0x80 { return isASCIIAlnum(c) }
        return classify(scalar(bytes, i).value).0 == .letter
    }
}
