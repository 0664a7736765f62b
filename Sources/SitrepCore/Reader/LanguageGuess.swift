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
            ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auch", "ein", "eine", "dem"]
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

    /// The stop words as token-key sets, one per language.
    static let profiles: [(String, WordSet)] = stopWords.map { ($0.0, WordSet(Array($0.1))) }

    /// An ISO 639-1 code, or nil when the text is too short or no profile stands out.
    ///
    /// Works on the first 1,500 byte tokens (the extractor's tokenizer): lower-casing and
    /// filtering `Character`s here cost more than reading the article.
    public static func guess(_ text: String) -> String? {
        var hits = [Int](repeating: 0, count: profiles.count)
        var words = 0
        var ukLetters = 0
        var ruLetters = 0
        var utf8 = Array(text.utf8.prefix(24_000))
        // Never cut a scalar in two.
        while let last = utf8.last, last & 0xC0 == 0x80 || last >= 0xC0 { utf8.removeLast() }
        let toks = Tokenizer.tokenize(utf8)
        for t in toks.prefix(1500) where t.kind == .word {
            words += 1
            for (i, (_, set)) in profiles.enumerated() where set.contains(t) { hits[i] += 1 }
            // і ї є ґ (Ukrainian) against ы э ъ ё (Russian), by their UTF-8 bytes.
            var b = Int(t.start)
            while b + 1 < Int(t.end) {
                let (x, y) = (utf8[b], utf8[b + 1])
                if x == 0xD1 && (y == 0x96 || y == 0x97 || y == 0x94) || x == 0xD2 && y == 0x91 { ukLetters += 1 }
                if x == 0xD1 && (y == 0x8B || y == 0x8D || y == 0x8A || y == 0x91) { ruLetters += 1 }
                b += 1
            }
        }
        // Two hits at least, and clear of the runner-up: a headline's lone "as" is no Portuguese.
        guard words >= 8, let best = hits.indices.max(by: { hits[$0] < hits[$1] }), hits[best] * 10 >= words,
            hits[best] >= 2, hits.enumerated().allSatisfy({ $0.offset == best || $0.element < hits[best] })
        else {
            return nil
        }
        let code = profiles[best].0
        if code == "ru" || code == "uk" { return ukLetters > ruLetters ? "uk" : "ru" }
        return code
    }
}
