/// Byte-level text primitives for the hot path. `Unicode.Scalar.Properties` looks each scalar up
/// in the stdlib's property tables (measured: 42% of reading time); White_Space is a fixed set
/// of 25 code points, so an exact check is a few comparisons.
public enum FastText {
    /// Unicode White_Space (exactly the property's code points).
    @inline(__always)
    public static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool { isWhitespace(s.value) }

    /// Scalars removed like whitespace when folding: zero-width space and BOM.
    @inline(__always)
    static func isInvisible(_ v: UInt32) -> Bool { v == 0x200B || v == 0xFEFF }

    /// Decodes the scalar starting at `i` in valid UTF-8 (as `String.utf8` always is).
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return (
            (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F),
            4
        )
    }

    /// The scalar that ends just before byte `end` (which must be a scalar boundary), and
    /// where it starts.
    @inline(__always)
    static func scalar(endingAt end: Int, in b: UnsafeBufferPointer<UInt8>) -> (value: UInt32, start: Int) {
        var start = end - 1
        while start > 0, b[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(b, start).value, start)
    }

    /// True when `b[range]` holds only Unicode whitespace (or nothing).
    static func isBlank(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let c = b[i]
            if c < 0x80 {
                guard c == 0x20 || (c >= 0x09 && c <= 0x0D) else { return false }
                i += 1
            } else {
                let (v, len) = scalar(b, i)
                guard isWhitespace(v) else { return false }
                i += len
            }
        }
        return true
    }

    /// `range` without leading and trailing spaces and tabs.
    @inline(__always)
    static func trimSpaces(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
        return lo..<hi
    }

    /// The length of the valid UTF-8 sequence starting at `i` (Unicode §3.9, table 3-7: no
    /// overlong forms, no surrogates, nothing above U+10FFFF), or nil when the bytes there are
    /// not one.
    ///
    /// Hand-written: the standard library's validator (`UTF8Span(validating:)`, `String(validating:)`)
    /// is byte-at-a-time with no ASCII fast path and cost 5% of reading plain text, even when
    /// called only on the stretches between ASCII runs. ``TextDecoder/survey(_:)`` passes plain
    /// ASCII eight bytes at a time and checks the curly quotes and dashes of news text here. A
    /// test compares it with the standard library's answer on edge cases and random bytes.
    @inline(__always)
    static func validSequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = b.count
        @inline(__always) func continues(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
        let c = b[i]
        if c < 0x80 { return 1 }
        // C0, C1: overlong two-byte forms; 80–BF: a lone continuation byte.
        if c < 0xC2 { return nil }
        if c < 0xE0 { return continues(i + 1) ? 2 : nil }
        guard c < 0xF5, i + 1 < n else { return nil }
        let second = b[i + 1]
        if c < 0xF0 {
            // E0 needs A0–BF (no overlong form), ED needs 80–9F (no surrogate).
            let low: UInt8 = c == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = c == 0xED ? 0x9F : 0xBF
            return second >= low && second <= high && continues(i + 2) ? 3 : nil
        }
        // F0 needs 90–BF (no overlong form), F4 needs 80–8F (nothing past U+10FFFF).
        let low: UInt8 = c == 0xF0 ? 0x90 : 0x80
        let high: UInt8 = c == 0xF4 ? 0x8F : 0xBF
        return second >= low && second <= high && continues(i + 2) && continues(i + 3) ? 4 : nil
    }

    /// True when `b` is valid UTF-8 throughout; plain ASCII passes eight bytes at a time.
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        var i = 0
        while i < b.count {
            if i + 8 <= b.count && ByteScan.load(base, i) & ByteScan.highs == 0 {
                i += 8
                continue
            }
            guard let length = validSequenceLength(b, i) else { return false }
            i += length
        }
        return true
    }

    /// Unicode scalars in `b[range]`: every byte that does not continue a scalar starts one.
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = b.baseAddress else { return 0 }
        var continuation = 0
        var i = range.lowerBound
        // 32 plain ASCII bytes pass with one test: text is mostly ASCII between curly quotes.
        while i + 32 <= range.upperBound {
            let (a, b2, c, d) = (
                ByteScan.load(base, i), ByteScan.load(base, i + 8), ByteScan.load(base, i + 16),
                ByteScan.load(base, i + 24)
            )
            if (a | b2 | c | d) & ByteScan.highs != 0 {
                continuation +=
                    ByteScan.continuationBytes(a) + ByteScan.continuationBytes(b2) + ByteScan.continuationBytes(c)
                    + ByteScan.continuationBytes(d)
            }
            i += 32
        }
        while i + 8 <= range.upperBound {
            continuation += ByteScan.continuationBytes(ByteScan.load(base, i))
            i += 8
        }
        let rest = range.upperBound - i
        if rest > 0 && range.count >= 8 {
            // The last eight bytes of the range, shifted so only the uncounted ones remain:
            // the sentence splitter counts many short ranges, and their tails went byte by byte.
            let w = ByteScan.load(base, range.upperBound - 8) >> UInt64(8 * (8 - rest))
            continuation += ByteScan.continuationBytes(w)
        } else {
            while i < range.upperBound {
                if b[i] & 0xC0 == 0x80 { continuation += 1 }
                i += 1
            }
        }
        return range.count - continuation
    }

    /// True when `b[range]` holds fewer than `limit` scalars; stops counting at the limit, so a
    /// long line costs no more than its first `limit` scalars.
    static func hasFewerScalars(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, than limit: Int) -> Bool {
        guard range.count >= limit else { return true }
        guard let base = b.baseAddress else { return true }
        var continuation = 0
        var i = range.lowerBound
        while i + 8 <= range.upperBound {
            continuation += ByteScan.continuationBytes(ByteScan.load(base, i))
            i += 8
            if i - range.lowerBound - continuation >= limit { return false }
        }
        while i < range.upperBound {
            if b[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return range.count - continuation < limit
    }

    /// The ASCII letter or digit test that `wordCount` applies, plus any alphabetic or numeric
    /// non-ASCII scalar.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) }
        guard let u = Unicode.Scalar(v) else { return false }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    /// True when the text holds at least one word (`wordCount > 0`), stopping at the first.
    static func hasWord(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let (v, len) = scalar(b, i)
            if isWordScalar(v) { return true }
            i += len
        }
        return false
    }

    /// True when a scalar cannot change under NFC and cannot combine with what precedes it
    /// (NFC_Quick_Check = Yes and canonical combining class 0), for the ranges news text uses:
    /// Latin to U+02FF, Greek, Cyrillic, Hebrew and Arabic letters, punctuation, currency,
    /// arrows, maths, shapes, CJK, kana, Hangul syllables, full-width forms and emoji. Text made
    /// of such scalars only is NFC already, which spares the standard library's normaliser
    /// (a hundred times slower per byte: a Chinese quote in an English story cost 3% of reading
    /// plain text). Left out: combining marks, the singletons NFC replaces (U+0374, U+037E,
    /// U+0387), and the few class-0 scalars that compose with what precedes them (Hangul jamo,
    /// Indic vowel signs, kana voicing marks); a test checks every scalar listed here.
    @inline(__always)
    static func isStableUnderNFC(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        switch v {
        case 0x370...0x373, 0x375...0x37D, 0x37F...0x386, 0x388...0x3FF, 0x400...0x482, 0x48A...0x52F,
            0x5D0...0x5EA, 0x620...0x64A, 0x660...0x669, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0,
            0x2190...0x22FF, 0x2460...0x27BF, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A1...0x30FA,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFFEF, 0x1F300...0x1FAFF:
            return true
        default:
            return false
        }
    }

    /// Trims and folds every whitespace run to one space; drops zero-width spaces and BOMs.
    public static func foldWhitespace(_ s: some StringProtocol) -> String {
        var string = String(s)
        return string.withUTF8 { b in
            String(unsafeUninitializedCapacity: b.count) { fold(b, CollectionOfOne(0..<b.count), into: $0).bytes }
        }
    }

    /// Folds whitespace runs (within and between the pieces) to one space, trims, drops
    /// zero-width spaces and BOMs, writing into `out` (at least the pieces' bytes plus one per
    /// piece); returns the bytes and scalars written and whether every scalar is stable under
    /// NFC.
    static func fold(
        _ source: UnsafeBufferPointer<UInt8>, _ pieces: some Collection<Range<Int>>,
        into out: UnsafeMutableBufferPointer<UInt8>
    ) -> (bytes: Int, scalars: Int, stable: Bool) {
        guard let src = source.baseAddress, let dst = out.baseAddress else { return (0, 0, true) }
        var n = 0
        // Bytes that continue a scalar: scalars = n - extra.
        var extra = 0
        var stable = true
        // A whitespace run becomes one space unless the output is empty or ends in one; a
        // trailing space is cut at the end.
        @inline(__always) func space() {
            if n > 0 && dst[n - 1] != 0x20 {
                dst[n] = 0x20
                n += 1
            }
        }
        for piece in pieces {
            space()
            var i = piece.lowerBound
            let end = piece.upperBound
            while i < end {
                // Eight printable ASCII bytes or single spaces: copied as they are.
                if i + 8 <= end {
                    let w = ByteScan.load(src, i)
                    let odd = ByteScan.hasLess(w, 0x20) | (w & ByteScan.highs)
                    let spaces = ByteScan.mask(w, 0x20)
                    if odd == 0 {
                        let leadingSpace = spaces & 0x80 != 0 && (n == 0 || dst[n - 1] == 0x20)
                        if spaces & (spaces << 8) == 0 && !leadingSpace {
                            UnsafeMutableRawPointer(dst + n).storeBytes(of: w, as: UInt64.self)
                            n += 8
                            i += 8
                            continue
                        }
                    }
                    // The printable ASCII before the first space, control or non-ASCII byte is
                    // copied at once: a curly quote or a dash otherwise sent the up to seven
                    // bytes before it through the byte loop. (`hasLess` may flag bytes above a
                    // real match, never below it: the lowest flag is exact.)
                    let k = (odd | spaces).trailingZeroBitCount >> 3
                    if k > 0 {
                        UnsafeMutableRawPointer(dst + n).storeBytes(of: w, as: UInt64.self)
                        n += k
                        i += k
                        continue
                    }
                }
                let b = src[i]
                if b < 0x80 {
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                        space()
                    } else {
                        dst[n] = b
                        n += 1
                    }
                    i += 1
                    continue
                }
                // Latin letters with diacritics (U+00C0–U+02FF) and basic Cyrillic (U+0400–U+047F):
                // never whitespace or invisible, always stable under NFC; copied without decoding.
                if (b &- 0xC3 <= 0xCB - 0xC3 || b == 0xD0 || b == 0xD1) && i + 1 < end {
                    dst[n] = b
                    dst[n + 1] = src[i + 1]
                    n += 2
                    extra += 1
                    i += 2
                    continue
                }
                let (v, len) = scalar(source, i)
                if isInvisible(v) {
                    // dropped, as if absent
                } else if isWhitespace(v) {
                    space()
                } else {
                    stable = stable && isStableUnderNFC(v)
                    for k in 0..<len { dst[n + k] = src[i + k] }
                    n += len
                    extra += len - 1
                }
                i += len
            }
        }
        if n > 0 && dst[n - 1] == 0x20 { n -= 1 }
        return (n, n - extra, stable)
    }

    /// Whitespace-separated tokens with at least one letter or digit.
    public static func wordCount(_ s: String) -> Int {
        var string = s
        return string.withUTF8 { wordCount($0, 0..<$0.count) }
    }

    /// Whitespace-separated tokens with at least one letter or digit in `b[range]`.
    static func wordCount(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var tokenHasWord = false
        var inToken = false
        var i = range.lowerBound
        while i < range.upperBound {
            let (v, len) = scalar(b, i)
            if isWhitespace(v) {
                if inToken && tokenHasWord { count += 1 }
                inToken = false
                tokenHasWord = false
            } else {
                inToken = true
                if !tokenHasWord { tokenHasWord = isWordScalar(v) }
            }
            i += len
        }
        if inToken && tokenHasWord { count += 1 }
        return count
    }
}
