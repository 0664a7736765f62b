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

    /// An ISO 639-1 code, or nil when the text is too short or no profile stands out.
    public static func guess(_ text: String) -> String? {
        var hits = [Int](repeating: 0, count: stopWords.count)
        var words = 0
        var ukLetters = 0
        var ruLetters = 0
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(1500) {
            let word = raw.lowercased().filter { $0.isLetter }
            guard !word.isEmpty else { continue }
            words += 1
            for (i, (_, set)) in stopWords.enumerated() where set.contains(word) { hits[i] += 1 }
            for s in word.unicodeScalars {
                switch s {
                case "і", "ї", "є", "ґ": ukLetters += 1
                case "ы", "э", "ъ", "ё": ruLetters += 1
                default: break
                }
            }
        }
        // Two hits at least, and clear of the runner-up: a headline's lone "as" is no Portuguese.
        guard words >= 8, let best = hits.indices.max(by: { hits[$0] < hits[$1] }), hits[best] * 10 >= words,
            hits[best] >= 2, hits.enumerated().allSatisfy({ $0.offset == best || $0.element < hits[best] })
        else {
            return nil
        }
        let code = stopWords[best].0
        if code == "ru" || code == "uk" { return ukLetters > ruLetters ? "uk" : "ru" }
        return code
    }
}
