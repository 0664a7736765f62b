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
    static let abbreviations: Set<UInt64> = Set(abbreviationList.compactMap { pack(Array($0.utf8)) })

    static func pack(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for b in bytes { key = key << 8 | UInt64(b) }
        return key
    }

    /// Sentence spans within `paragraph`, in scalar offsets relative to its start.
    public static func split(_ paragraph: String) -> [TextSpan] {
        let scalars = Array(paragraph.unicodeScalars)
        var spans: [TextSpan] = []
        var start = 0
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            guard c == "." || c == "!" || c == "?" || c == "…" else {
                i += 1
                continue
            }
            var end = i + 1
            while end < n, "\"'”’)]»".unicodeScalars.contains(scalars[end]) || scalars[end] == "." {
                end += 1
            }
            guard end < n, scalars[end].isFastWhitespace else {
                i = end
                continue
            }
            var next = end
            while next < n, scalars[next].isFastWhitespace { next += 1 }
            guard next < n else { break }
            if c == "." && !isBoundaryAfterPeriod(scalars, period: i) {
                i = end
                continue
            }
            if !canStartSentence(scalars[next]) {
                i = end
                continue
            }
            spans.append(TextSpan(start: start, end: end))
            start = next
            i = next
        }
        var last = n
        while last > start, scalars[last - 1].isFastWhitespace { last -= 1 }
        if last > start { spans.append(TextSpan(start: start, end: last)) }
        return spans
    }

    static func canStartSentence(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x22 || v == 0x27 || v == 0x28
                || v == 0x5B || v == 0x2D
        }
        return "“‘«—–".unicodeScalars.contains(s) || s.properties.isUppercase
            || (s.properties.isAlphabetic && !s.properties.isLowercase)
    }

    static func isBoundaryAfterPeriod(_ scalars: [Unicode.Scalar], period: Int) -> Bool {
        var w = period
        while w > 0, !scalars[w - 1].isFastWhitespace, scalars[w - 1] != "(", scalars[w - 1] != "\"" {
            w -= 1
        }
        while w < period, scalars[w] == "“" || scalars[w] == "‘" { w += 1 }
        let word = scalars[w..<period]
        if word.isEmpty { return true }
        // Lower-case ASCII form of the word; any other scalar means it is no abbreviation.
        var ascii: [UInt8] = []
        var letters = 0
        var dots = 0
        var allASCII = true
        for s in word {
            guard s.isASCII else {
                allASCII = false
                break
            }
            var b = UInt8(s.value)
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b >= 0x61 && b <= 0x7A { letters += 1 } else if b == 0x2E { dots += 1 }
            ascii.append(b)
        }
        if allASCII {
            if let key = pack(ascii), abbreviations.contains(key) {
                // "Nov. 6", "Gen. Syrskyi": no boundary after an abbreviation.
                return false
            }
            if letters == 1 && word.count == 1 && (0x41...0x5A).contains(word[word.startIndex].value) {
                return false  // an initial: "Joe R. Biden"
            }
            if dots > 0 && letters <= 4 && letters + dots == word.count {
                return false  // dotted acronyms: "U.S.", "D.C."
            }
        }
        return true
    }
}

extension Unicode.Scalar {
    var isFastWhitespace: Bool { FastText.isWhitespace(self) }
}
