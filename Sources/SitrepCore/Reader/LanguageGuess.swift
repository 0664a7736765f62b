/// A cheap language profile (SPEC §5 `lang`): stop-word hits among the first words, and the
/// letters that tell Ukrainian from Russian. English is the target; others are recorded.
public enum LanguageGuess {
    static let stopWords: [(String, Set<String>)] = [
        (
            "en",
            [
                "the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "said", "by", "from", "it",
                "as", "a", "at", "are", "were", "has", "have", "after", "says",
            ]
        ),
        (
            "de",
            [
                "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auch", "ein", "eine", "dem",
                "zu", "im", "für", "auf", "wird", "sie", "nach", "bei", "zum", "zur", "als", "wie", "werden",
            ]
        ),
        ("fr", ["le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "que", "pas", "sur", "du", "au"]),
        ("es", ["el", "los", "las", "y", "del", "que", "una", "por", "con", "para", "es", "se", "su", "como"]),
        ("it", ["il", "di", "che", "della", "per", "una", "sono", "con", "non", "gli", "nel", "alla", "anche"]),
        ("pt", ["os", "as", "um", "uma", "para", "com", "não", "que", "do", "da", "dos", "em", "foi", "mais"]),
        ("nl", ["de", "het", "een", "en", "van", "is", "niet", "op", "dat", "zijn", "met", "voor", "ook"]),
        ("pl", ["i", "w", "na", "się", "nie", "z", "jest", "do", "że", "to", "jak", "po", "od", "przez"]),
        ("ru", ["и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "он", "но", "для", "от"]),
        ("uk", ["і", "в", "не", "на", "що", "з", "та", "це", "як", "до", "він", "але", "для", "від"]),
    ]

    /// Each stop word's key, mapped to the languages (bits, in `stopWords` order) that list it.
    static let profiles: KeyMap<UInt16> = {
        var pairs: [(UInt64, UInt16)] = []
        for (n, (_, words)) in stopWords.enumerated() {
            for w in words {
                var letters = Letters()
                let word = Array(w.utf8).withUnsafeBufferPointer { b in
                    var i = 0
                    return nextWord(b, &i, &letters)
                }
                if let word, word.length <= 8 { pairs.append((mix(word.packed), 1 << n)) }
            }
        }
        return KeyMap(pairs: pairs, combine: |)
    }()

    /// An ISO 639-1 code, or nil when the text is too short or no profile stands out.
    public static func guess(_ text: String) -> String? {
        var s = text
        return s.withUTF8 { guess($0) }
    }

    /// Words read at most: a few hundred words settle a stop-word profile, and a longer
    /// sample only made undecided texts (German, a page full of names) cost more.
    static let sampleWords = 600

    /// Reads the first ``sampleWords`` words of the UTF-8 text `b`: one pass over bytes, one
    /// table lookup per short word. Stops early once one profile leads by far (checked every
    /// 8 words from 24 on): that is the common case, and reading the whole sample cost as much
    /// as the rest of reading a plain-text article. Close calls (a page opening with boilerplate,
    /// Russian against Ukrainian) read the whole sample.
    static func guess(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        // The hit counts live on the stack: an array here was a metadata lookup and an
        // allocation per article, a tenth of reading a short one.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: stopWords.count) { hits in
            hits.initialize(repeating: 0)
            return guess(b, hits: hits)
        }
    }

    /// ``guess(_:)`` with `hits` (one zero per profile) to count in.
    static func guess(_ b: UnsafeBufferPointer<UInt8>, hits: UnsafeMutableBufferPointer<Int>) -> String? {
        let table = profiles
        var words = 0
        var letters = Letters()
        var i = 0
        while words < sampleWords, let word = nextWord(b, &i, &letters) {
            words += 1
            // Stop words are short: longer words need no lookup.
            if word.length <= 8, var langs = table[mix(word.packed)] {
                while langs != 0 {
                    hits[langs.trailingZeroBitCount] += 1
                    langs &= langs - 1
                }
            }
            if words >= 24 && words % 8 == 0 && isDecided(hits, words: words) { break }
        }
        // Two hits at least, and clear of the runner-up: a headline's lone "as" is no Portuguese.
        guard words >= 8, let best = hits.indices.max(by: { hits[$0] < hits[$1] }), hits[best] * 10 >= words,
            hits[best] >= 2, hits.enumerated().allSatisfy({ $0.offset == best || $0.element < hits[best] })
        else {
            return nil
        }
        let code = stopWords[best].0
        if code == "ru" || code == "uk" { return letters.ukrainian > letters.russian ? "uk" : "ru" }
        return code
    }

    /// Positions of Russian and Ukrainian in ``stopWords`` (compared as integers, not codes).
    static let russian = stopWords.firstIndex { $0.0 == "ru" } ?? -1
    static let ukrainian = stopWords.firstIndex { $0.0 == "uk" } ?? -1

    /// The leading profile has at least twice the hits of the runner-up plus 8, makes a sixth
    /// of the words (well above the tenth acceptance needs), and is not Russian or Ukrainian (their stop
    /// words overlap; the letters decide, so read on).
    static func isDecided(_ hits: UnsafeMutableBufferPointer<Int>, words: Int) -> Bool {
        var best = 0
        var second = 0
        var bestIndex = 0
        for (k, h) in hits.enumerated() {
            if h > best {
                (second, best, bestIndex) = (best, h, k)
            } else if h > second {
                second = h
            }
        }
        return bestIndex != russian && bestIndex != ukrainian && best >= 2 * second + 8 && best * 6 >= words
    }

    /// Letters that tell Ukrainian from Russian: і ї є ґ against ы э ъ ё.
    struct Letters {
        var ukrainian = 0
        var russian = 0
    }

    /// A table key from a packed word (its bits spread so the low ones differ).
    @inline(__always)
    static func mix(_ packed: UInt64) -> UInt64 {
        let h = packed &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 29)
    }

    /// The next word at or after `i` (a run of letters: ASCII, or what the tokenizer reads as
    /// a letter), with its length in bytes and its last 8 lower-cased bytes (ASCII and the basic
    /// Cyrillic capitals) packed in an integer, which identifies words of up to 8 bytes; `i`
    /// moves past it.
    @inline(__always)
    static func nextWord(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ letters: inout Letters) -> (
        packed: UInt64, length: Int
    )? {
        let n = b.count
        // Skip to the next letter; digits, marks and spaces separate words.
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if (c | 0x20) &- 0x61 < 26 { break }
                i += 1
            } else if c >= 0xC0, Tokenizer.classify(FastText.scalar(b, i).value).0 == .letter {
                break
            } else {
                i += 1
            }
        }
        guard i < n else { return nil }
        let start = i
        var h: UInt64 = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                guard (c | 0x20) &- 0x61 < 26 else { break }
                h = h << 8 | UInt64(c | 0x20)
                i += 1
                continue
            }
            let (v, len) = FastText.scalar(b, i)
            guard Tokenizer.classify(v).0 == .letter else { break }
            var (x, y) = (c, len > 1 ? b[i + 1] : 0)
            if x == 0xD0 && y &- 0x90 < 0x20 {
                // А–П → а–п (D0 B0–BF), Р–Я → р–я (D1 80–8F)
                (x, y) = y < 0xA0 ? (0xD0, y + 0x20) : (0xD1, y - 0x20)
            }
            if x == 0xD1 && (y == 0x96 || y == 0x97 || y == 0x94) || x == 0xD2 && y == 0x91 { letters.ukrainian += 1 }
            if x == 0xD1 && (y == 0x8B || y == 0x8D || y == 0x8A || y == 0x91) { letters.russian += 1 }
            if len == 2 {
                h = h << 16 | UInt64(x) << 8 | UInt64(y)
            } else {
                for k in i..<(i + len) { h = h << 8 | UInt64(b[k]) }
            }
            i += len
        }
        return (h, i - start)
    }
}
