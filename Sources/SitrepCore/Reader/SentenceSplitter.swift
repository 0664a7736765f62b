/// Splits a paragraph into sentences the way news English punctuates them.
///
/// Hand-written: no Swift library does sentence boundaries without ICU (whose rules also split
/// after "Nov." and "Gen."). A boundary is `.`, `!` or `?` (plus closing quotes and brackets)
/// followed by space and then something that can start a sentence, unless the word before the
/// period is an abbreviation, an initial, or part of a number.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov",
        "sen", "rep", "pres", "st", "mt", "ft", "jr", "sr", "rev", "hon", "no", "nos", "vol", "vs", "etc", "inc",
        "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
        "e.g", "i.e", "approx", "est", "dept", "univ", "ave", "blvd", "rd", "fig", "al", "op", "cf",
    ]

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
            guard end < n, scalars[end].properties.isWhitespace else {
                i = end
                continue
            }
            var next = end
            while next < n, scalars[next].properties.isWhitespace { next += 1 }
            guard next < n else { break }
            if c == "." && !isBoundaryAfterPeriod(scalars, period: i, next: scalars[next]) {
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
        while last > start, scalars[last - 1].properties.isWhitespace { last -= 1 }
        if last > start { spans.append(TextSpan(start: start, end: last)) }
        return spans
    }

    static func canStartSentence(_ s: Unicode.Scalar) -> Bool {
        s.properties.isUppercase || ("0"..."9").contains(s) || "\"'“‘(«[—–-".unicodeScalars.contains(s)
            || (s.properties.isAlphabetic && !s.properties.isLowercase)
    }

    static func isBoundaryAfterPeriod(_ scalars: [Unicode.Scalar], period: Int, next: Unicode.Scalar) -> Bool {
        var w = period
        while w > 0, !scalars[w - 1].properties.isWhitespace, scalars[w - 1] != "(", scalars[w - 1] != "\"" {
            w -= 1
        }
        let word = String(String.UnicodeScalarView(scalars[w..<period])).lowercased()
        if word.isEmpty { return true }
        let bare = word.trimmingPrefix { $0 == "“" || $0 == "‘" }
        if abbreviations.contains(String(bare)) {
            // "Nov. 6", "Gen. Syrskyi": an abbreviation ends a sentence only before a clear new one.
            return false
        }
        let letters = bare.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count == 1 && bare.count <= 2 && scalars[w].properties.isUppercase {
            return false  // an initial: "Joe R. Biden"
        }
        if bare.contains(".") && letters.count <= 4 && letters.count == bare.unicodeScalars.count - bare.filter({ $0 == "." }).count {
            return false  // dotted acronyms: "U.S.", "D.C."
        }
        _ = next
        return true
    }
}
