/// Splits a paragraph into sentences the way news English punctuates them.
///
/// Hand-written: no Swift library does sentence boundaries without ICU (whose rules also split
/// after "Nov." and "Gen."). A boundary is `.`, `!` or `?` (plus closing quotes and brackets)
/// followed by space and then something that can start a sentence, unless the word before the
/// period is an abbreviation, an initial, or part of a number.
public enum SentenceSplitter {
    static let abbreviationList = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
        "adm", "cmdr", "gov", "sen", "rep", "pres", "st", "mt", "ft", "jr", "sr", "rev",
        "hon", "no", "nos", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
        "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "u.s", "u.k", "u.n", "e.u", "a.m",
        "p.m", "e.g", "i.e", "approx", "est", "dept", "univ", "ave", "blvd", "rd", "fig", "al",
        "op", "cf",
    ]

    /// Abbreviations packed as up to 8 lower-case ASCII bytes in a `UInt64`: checking the word
    /// before a period costs no allocation.
    /// (A `KeyMap`, not a `Set`: hashing every word before a period with SipHash showed in the
    /// profile of reading plain text.)
    static let abbreviations = KeyMap(
        pairs: abbreviationList.compactMap { pack(Array($0.utf8)).map { ($0, true) } }, combine: { a, _ in a })

    static func pack(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for b in bytes { key = key << 8 | UInt64(b) }
        return key
    }

    /// Sentence spans within `paragraph`, in scalar offsets relative to its start.
    public static func split(_ paragraph: String) -> [TextSpan] {
        var spans: [TextSpan] = []
        var s = paragraph
        s.withUTF8 { b in split(b, ascii: b.allSatisfy { $0 < 0x80 }) { spans.append($0) } }
        return spans
    }

    /// Calls `emit` with each sentence span of the UTF-8 paragraph `b`, in scalar offsets (equal
    /// to byte offsets when `ascii`). Works on bytes: the scalars of a paragraph are never
    /// materialised.
    static func split(_ b: UnsafeBufferPointer<UInt8>, ascii: Bool, _ emit: (TextSpan) -> Void) {
        let n = b.count
        // Byte offset → scalar offset, counted forward from the last conversion.
        var countedByte = 0
        var countedScalar = 0
        func scalarOffset(_ byte: Int) -> Int {
            if ascii { return byte }
            countedScalar += FastText.scalarCount(b, countedByte..<byte)
            countedByte = byte
            return countedScalar
        }
        guard let base = b.baseAddress else { return }
        // The next `.`, `!`, `?` or last byte of `…` (0xA6) at or after a position, sixteen
        // bytes at a time. (Four `memchr` streams, one per byte, cost a call per stop and per
        // paragraph each; 0xE2, the ellipsis's first byte, also starts every curly quote.)
        @inline(__always) func nextStop(from: Int) -> Int {
            var p = from
            while p + 16 <= n {
                let v = ByteScan.vector(base, p)
                let stops =
                    (v .== ByteScan.splat(0x2E)) .| (v .== ByteScan.splat(0x21)) .| (v .== ByteScan.splat(0x3F))
                    .| (v .== ByteScan.splat(0xA6))
                let k = ByteScan.firstLane(stops)
                if k < 16 { return p + k }
                p += 16
            }
            while p < n {
                let c = b[p]
                if c == 0x2E || c == 0x21 || c == 0x3F || c == 0xA6 { return p }
                p += 1
            }
            return n
        }
        var start = 0
        var i = 0
        while true {
            i = nextStop(from: i)
            guard i < n else { break }
            let c = b[i]
            // After an ellipsis's last byte as after a period.
            if c == 0xA6, i < 2 || b[i - 2] != 0xE2 || b[i - 1] != 0x80 {
                i += 1
                continue
            }
            var end = i + 1
            while end < n, let len = closingLength(b, end) { end += len }
            guard end < n, let spaceLength = whitespaceLength(b, end) else {
                i = end
                continue
            }
            var next = end + spaceLength
            while next < n, let len = whitespaceLength(b, next) { next += len }
            guard next < n else { break }
            if c == 0x2E && !isBoundaryAfterPeriod(b, period: i) {
                i = end
                continue
            }
            if !canStartSentence(FastText.scalar(b, next).value) {
                i = end
                continue
            }
            emit(TextSpan(start: scalarOffset(start), end: scalarOffset(end)))
            start = next
            i = next
        }
        var last = n
        while last > start {
            let (v, from) = FastText.scalar(endingAt: last, in: b)
            guard FastText.isWhitespace(v) else { break }
            last = from
        }
        if last > start { emit(TextSpan(start: scalarOffset(start), end: scalarOffset(last))) }
    }

    /// The byte length of a closing quote or bracket (or another period) at `i`: `"'”’)]».`.
    @inline(__always)
    static func closingLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        switch b[i] {
        case 0x22, 0x27, 0x29, 0x5D, 0x2E: return 1
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x9D || b[i + 2] == 0x99): return 3
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xBB: return 2
        default: return nil
        }
    }

    /// The byte length of the whitespace scalar at `i`, or nil.
    @inline(__always)
    static func whitespaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : nil }
        let (v, len) = FastText.scalar(b, i)
        return FastText.isWhitespace(v) ? len : nil
    }

    static func canStartSentence(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x22 || v == 0x27 || v == 0x28
                || v == 0x5B || v == 0x2D
        }
        // “ ‘ « — –
        if v == 0x201C || v == 0x2018 || v == 0xAB || v == 0x2014 || v == 0x2013 { return true }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isUppercase || (s.properties.isAlphabetic && !s.properties.isLowercase)
    }

    /// False when the period at byte `period` ends an abbreviation, an initial or a dotted
    /// acronym rather than a sentence.
    static func isBoundaryAfterPeriod(_ b: UnsafeBufferPointer<UInt8>, period: Int) -> Bool {
        // The word before the period: back to whitespace, "(" or a straight double quote.
        var w = period
        while w > 0 {
            let c = b[w - 1]
            if c < 0x80 {
                // ASCII without decoding: the common case, byte by byte.
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == 0x28 || c == 0x22 { break }
                w -= 1
                continue
            }
            let (v, from) = FastText.scalar(endingAt: w, in: b)
            if FastText.isWhitespace(v) { break }
            w = from
        }
        // Opening curly quotes are not part of the word.
        while w + 2 < period, b[w] == 0xE2, b[w + 1] == 0x80, b[w + 2] == 0x9C || b[w + 2] == 0x98 { w += 3 }
        if w == period { return true }
        // No abbreviation, initial or dotted acronym below is longer than 8 bytes.
        if period - w > 8 { return true }
        // Lower-case ASCII form of the word; any other scalar means it is no abbreviation.
        var key: UInt64 = 0
        var letters = 0
        var dots = 0
        for k in w..<period {
            var c = b[k]
            guard c < 0x80 else { return true }
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if c >= 0x61 && c <= 0x7A { letters += 1 } else if c == 0x2E { dots += 1 }
            key = key << 8 | UInt64(c)
        }
        let length = period - w
        // "Nov. 6", "Gen. Syrskyi": no boundary after an abbreviation.
        if abbreviations[key] != nil { return false }
        // An initial: "Joe R. Biden".
        if length == 1 && b[w] >= 0x41 && b[w] <= 0x5A { return false }
        // Dotted acronyms: "U.S.", "D.C.".
        if dots > 0 && letters <= 4 && letters + dots == length { return false }
        return true
    }
}
