/// A number the text gives, with the key it counts.
struct CountMention: Sendable {
    var key: String
    var value: Double
    var qualifier: String?
    var currency: String?
    var tokens: Range<Int>
}

/// Finds counts ("two", "12,000", "at least one", "approximately 30", "dozens", "7.6 billion
/// euros") and attaches each to a key (`killed`, `injured`, `drones_downed`, `troops`, …) by the
/// words around it. A number with no such word is not a count: never a guess.
struct CountFinder: Sendable {
    static let numberWords: KeyMap<Double> = TimeLexicon.keyed([
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15),
        ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
        ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
        ("hundred", 100), ("dozen", 12), ("dozens", 12), ("tens", 10), ("hundreds", 100), ("thousands", 1000),
        ("a", 1), ("an", 1), ("his", 1), ("her", 1),
    ])
    static let multipliers: KeyMap<Double> = TimeLexicon.keyed([
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("mln", 1e6), ("bn", 1e9), ("m", 1e6), ("k", 1e3),
    ])
    static let currencies: KeyMap<String> = TimeLexicon.keyed([
        ("$", "USD"), ("dollars", "USD"), ("€", "EUR"), ("euros", "EUR"), ("euro", "EUR"), ("£", "GBP"),
        ("pounds", "GBP"), ("hryvnias", "UAH"), ("hryvnia", "UAH"), ("uah", "UAH"), ("rubles", "RUB"),
        ("roubles", "RUB"), ("₽", "RUB"), ("₴", "UAH"), ("usd", "USD"), ("eur", "EUR"),
    ])
    static let qualifiers: [(String, String)] = [
        ("at least", "at_least"), ("more than", "at_least"), ("over", "at_least"), ("no fewer than", "at_least"),
        ("approximately", "about"), ("about", "about"), ("around", "about"), ("roughly", "about"), ("some", "about"),
        ("nearly", "about"), ("almost", "about"), ("an estimated", "about"), ("estimated", "about"),
        ("up to", "up_to"), ("as many as", "up_to"),
    ]
    let qualifierTable = PhraseTable(CountFinder.qualifiers)
    /// Words after a number (or before, as verbs) that name what it counts.
    static let keyWords: [(String, String)] = [
        ("killed", "killed"), ("dead", "killed"), ("died", "killed"), ("deaths", "killed"), ("killing", "killed"),
        ("executed", "killed"), ("execution", "killed"), ("lives", "killed"), ("bodies", "killed"),
        ("fatalities", "killed"), ("death toll", "killed"), ("killing of", "killed"), ("kills", "killed"),
        ("kill", "killed"), ("die", "killed"), ("dies", "killed"), ("injures", "injured"), ("wounds", "injured"),
        ("injure", "injured"), ("eliminated", "killed"), ("liquidated", "killed"), ("shot dead", "killed"),
        ("gunned down", "killed"),
        ("injured", "injured"), ("wounded", "injured"), ("hurt", "injured"), ("injuring", "injured"),
        ("wounding", "injured"), ("injuries", "injured"), ("casualties", "casualties"), ("victims", "casualties"),
        ("missing", "missing"), ("captured", "captured"), ("taken prisoner", "captured"), ("detained", "captured"),
        ("abducted", "captured"), ("arrested", "captured"), ("kidnapped", "captured"), ("kia", "killed"),
        ("kias", "killed"), ("wia", "injured"), ("wias", "injured"),
    ]
    let keyTable = PhraseTable(CountFinder.keyWords)
    /// Keys `number(_:_:_:)` compares every token with, held by the instance: a static read
    /// there costs a `swift_once` check per token.
    let definites = (the: Keys.the, their: CountFinder.their, and: Keys.and, harm: CountFinder.harmVerbs)
    /// ``numberWords`` and ``multipliers``, held by the instance for the same reason.
    let numberWordMap = CountFinder.numberWords
    let multiplierMap = CountFinder.multipliers
    /// A word for people ("soldiers", "driver"), not the "of" that ``people`` holds for
    /// "dozens of".
    static func isPerson(_ t: Token) -> Bool { people.contains(t) && t.key != Keys.of }

    static let people = WordSet([
        "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "servicemen", "troops",
        "children", "child", "residents", "men", "women", "man", "woman", "policemen", "officers", "fighters",
        "militants", "rebels", "pows", "prisoners", "others", "individuals", "workers", "passengers", "journalists",
        "volunteers", "members", "guards", "sailors", "pilots", "crew", "separatists", "servicemembers",
        "teenagers", "boys", "girls", "pensioners", "medics", "doctors", "policeman", "invaders", "occupiers",
        "militiamen", "servicemember", "serviceman", "military", "officer", "commander", "official", "priest",
        "teacher", "farmer", "driver", "resident", "volunteer", "journalist", "boy", "girl", "mother", "father",
        "son", "daughter", "infant", "baby", "student", "students", "miner", "miners", "of", "militiaman",
        "mayor", "singer", "mercenary", "mercenaries", "defenders", "nationalists", "paratroopers", "saboteurs",
        "personnel", "commandant", "fighter", "militant", "rebel", "separatist", "marine", "marines", "paramedic",
        "nurse", "guard", "servicewoman", "policewoman", "elder", "veteran", "veterans", "sapper", "sappers",
        "wife", "husband", "brother", "sister", "grandmother", "grandfather", "relatives", "chief", "politician",
        "activist", "activists", "businessman", "trader", "traders", "herder", "herders", "villager", "villagers",
        "lawyer", "judge", "candidate", "councillor", "councilor", "imam", "pastor", "headman", "guerrillas",
        "guerrilla", "farmers", "fishermen", "fisherman", "worshippers", "pilgrims", "protesters", "demonstrators",
        "neighbours", "neighbors", "neighbour", "neighbor", "colleague", "colleagues", "friend", "friends",
        "relative", "cousin", "nephew", "niece", "grandson", "granddaughter", "toddler", "teenager", "employee",
        "employees", "rescuer", "rescuers", "firefighter", "firefighters", "engineer", "engineers", "electrician",
        "electricians", "pow", "prisoner", "captive", "hostage", "hostages", "pilot", "sailor", "worker",
        "passenger", "medic", "doctor", "captain", "pensioner", "deminer", "deminers", "nurses", "paramedics",
    ])
    /// Words that may follow the person "a" counts ("a man was killed", "a woman in Kherson").
    static let afterPerson = WordSet([
        "was", "were", "is", "are", "has", "had", "and", "or", "in", "on", "at", "near", "who", "from", "of", "with",
        "by", "during", "after", "when", "while", "as", "to", "died", "dies", "killed", "injured", "wounded", "hurt",
        "whose", "that", "aged", "living", "inside", "outside", "but",
    ])
    static let clauseJoins = WordSet(["and", "while", "but", "whereas"])
    static let vaguePlurals = WordSet(["dozens", "tens", "hundreds", "thousands"])
    static let including = Tokenizer.key("including")
    /// Number words that are determiners: "twenty a day" is not 21.
    static let determiners = WordSet(["a", "an", "his", "her"])
    static let their = Tokenizer.key("their")
    static let pronouns = WordSet(["them", "these", "those", "which"])
    /// Verbs of harm after which "the" and a person is one person counted.
    static let harmVerbs = WordSet(["killing", "killed", "injuring", "injured", "wounding", "wounded"])
    /// Person words that name many though they do not end in "s".
    static let collective = WordSet(["people", "men", "women", "children", "military", "personnel", "crew", "of"])
    /// Nouns of a toll and what they count: "the death toll rose to 15", "losses amounted to 40".
    static let tolls: KeyMap<String> = TimeLexicon.keyed([("toll", "killed"), ("losses", "casualties")])
    /// What "the number of …" counts when it rises to a number.
    static let numberOf: KeyMap<String> = TimeLexicon.keyed([
        ("injured", "injured"), ("wounded", "injured"), ("dead", "killed"), ("killed", "killed"),
        ("victims", "casualties"), ("casualties", "casualties"), ("fatalities", "killed"),
    ])
    static let toOrAt = WordSet(["to", "at"])
    static let tollQualifiers = WordSet(["more", "than", "over", "about", "almost", "nearly", "around"])
    static let tollVerbs = WordSet([
        "rose", "risen", "climbed", "reached", "increased", "jumped", "stands", "stood", "grew", "rises", "climbs",
        "amounted", "amount", "totaled", "totalled",
    ])
    /// Words between "a" and the person it counts ("a 65-year-old man", "an elderly woman").
    static let personModifiers = WordSet([
        "-", "year", "years", "old", "month", "elderly", "young", "local", "civilian", "teenage", "retired",
    ])
    static let drones = WordSet(["drones", "drone", "uavs", "uav", "shaheds", "shahed", "aircraft"])
    static let missiles = WordSet(["missiles", "missile", "rockets", "rocket"])
    static let downed = WordSet([
        "shot", "downed", "intercepted", "destroyed", "neutralized", "neutralised", "jammed", "suppressed", "down",
    ])
    static let launched = WordSet(["launched", "fired", "attacked", "used", "sent", "released", "including"])
    static let troops = WordSet(["troops", "soldiers", "servicemen", "personnel", "fighters", "marines"])
    static let noCount = WordSet([
        "%", "percent", "mm", "km", "kilometers", "kilometres", "miles", "meters", "metres", "a.m", "p.m", "am",
        "pm", "years", "year", "days", "day", "hours", "hour", "minutes", "weeks", "months", "times", "kg", "tons",
        "tonnes", "st", "nd", "rd", "th", "degrees", "floor", "floors", "storey", "story",
    ])

    /// Counts in `range`.
    /// Counts in `range`; numbers inside `excluding` (dates, times) are none.
    func find(_ doc: Document, _ range: Range<Int>, excluding: [Range<Int>] = []) -> [CountMention] {
        let tokens = doc.tokens
        var out: [CountMention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            // Most tokens start no count: the call and the exclusions cost more than this test.
            guard mayStartNumber(tokens[i]) else {
                i += 1
                continue
            }
            if let skip = excluding.first(where: { $0.contains(i) }) {
                i = skip.upperBound
                continue
            }
            guard let (value, end) = number(tokens, i, range) else {
                i += 1
                continue
            }
            var resume = end
            defer { i = resume }
            // "21 of 25 drones": the first number counts what the second one's noun names.
            var numberEnd = end
            if end + 1 < range.upperBound, tokens[end].key == Keys.of, number(tokens, end + 1, range) != nil,
                let (_, secondEnd) = number(tokens, end + 1, range)
            {
                numberEnd = secondEnd
                resume = secondEnd
            }
            // Not a count: a year, a time, a measure, an identifier ("Project 21631", "A-22").
            if end < range.upperBound, Self.noCount.contains(tokens[end]) { continue }
            // "two-story", "155-mm": a hyphen joined to the number makes it a measure.
            if end < range.upperBound, tokens[end].key == Keys.hyphen, !tokens[end].flags.contains(.spaceBefore) {
                continue
            }
            if i > range.lowerBound {
                let prev = tokens[i - 1]
                // A wire tag joined to a spelled-out number ("RPT-One civilian killed",
                // "UPDATE 2-Five dead") still counts; "Su-25" and "A-22" do not.
                if prev.key == Keys.hyphen && !prev.flags.contains(.spaceBefore)
                    && !(tokens[i].isWord && i >= range.lowerBound + 2
                        && (tokens[i - 2].flags.contains(.allCaps) || tokens[i - 2].isNumber))
                {
                    continue
                }
                if prev.isCapitalized && tokens[i].isNumber && !prev.flags.contains(.sentenceStart)
                    && Self.currencies[prev.key] == nil
                {
                    continue
                }
            }
            if tokens[i].isNumber, tokens[i].byteLength == 4, (1900...2099).contains(Int(value)) { continue }
            // Qualifier before: "at least", "approximately".
            var qualifier: String?
            var start = i
            for back in 1...3 where i - back >= range.lowerBound {
                if let (len, q) = qualifierTable.match(tokens, at: i - back, limit: i), len == back {
                    qualifier = q
                    start = i - back
                    break
                }
            }
            // "dozens injured": more than the word's one dozen, never exactly it.
            if qualifier == nil, Self.vaguePlurals.contains(tokens[i]) { qualifier = "at_least" }
            // "a man", "his wife": one person when a person word follows.
            let definite = tokens[i].key == definites.the || tokens[i].key == definites.their
            if definite || Self.determiners.contains(tokens[i]) {
                // "a person" counts; "a drone attack" does not.
                // "a man", "a Russian officer", "a 65-year-old man".
                var n = end
                // "a civilian" stops at "civilian", which is also a modifier ("a civilian man").
                // "a Russian-appointed official": a hyphenated modifier, read through.
                while n < min(range.upperBound, end + 6), !Self.people.contains(tokens[n]),
                    tokens[n].isCapitalized || tokens[n].isNumber || Self.personModifiers.contains(tokens[n])
                        || tokens[n].key == Keys.hyphen
                        || (n > end && tokens[n - 1].key == Keys.hyphen && !tokens[n].flags.contains(.spaceBefore))
                {
                    n += 1
                }
                // "a tractor driver", "a taxi driver": one plain noun naming the person's work.
                if n + 1 < range.upperBound, !Self.people.contains(tokens[n]), Self.isPerson(tokens[n + 1]),
                    Self.isPlainNoun(tokens[n])
                {
                    n += 1
                }
                guard n < range.upperBound, Self.people.contains(tokens[n]) else { continue }
                // "killing the driver" is one; "killing the soldiers" is no number.
                if definite,
                    doc.bytes[Int(tokens[n].end) - 1] == UInt8(ascii: "s") || Self.collective.contains(tokens[n])
                {
                    continue
                }
                // "a civilian man": the last of the person words counts.
                while n + 1 < range.upperBound, Self.isPerson(tokens[n + 1]) {
                    n += 1
                }
                // "a military convoy": a person word before a noun describes the noun.
                if n + 1 < range.upperBound {
                    let next = tokens[n + 1]
                    // "a farmer working in his field": a participle after the person, not a noun
                    // the person word describes ("a military building" stays a building).
                    let participle =
                        next.byteLength >= 5 && !Self.collective.contains(tokens[n])
                        && doc.bytes[Int(next.end) - 3..<Int(next.end)].elementsEqual("ing".utf8)
                    if next.isWord, !next.isCapitalized, !next.flags.contains(.edForm),
                        !Self.afterPerson.contains(next), !participle
                    {
                        continue
                    }
                }
            }
            // "12 people, including three children": the part is not a count of its own.
            if start > range.lowerBound, tokens[start - 1].key == Self.including { continue }
            // Money: "$8.2 billion", "7.6 billion euros".
            var currency: String?
            if i > range.lowerBound, let c = Self.currencies[tokens[i - 1].key] { currency = c }
            if currency == nil, end < range.upperBound, let c = Self.currencies[tokens[end].key] { currency = c }
            if let currency {
                out.append(
                    CountMention(
                        key: "amount", value: value, qualifier: qualifier, currency: currency, tokens: start..<end))
                continue
            }
            let key = gappedKey(tokens, start, end, range, after: out.last) ?? countKey(tokens, i, numberEnd, range)
            // "shot down 37 of 90 drones": the second number is read too, as what was launched.
            if numberEnd != end, key == "drones_downed" || key == "missiles_downed" { resume = end + 1 }
            // "killing a man and his wife", "injuring a driver and three passengers": one toll.
            if let last = out.last, key == nil || key == last.key,
                Self.joinsPeople(tokens, last.tokens.upperBound, start),
                end < range.upperBound, Self.people.contains(tokens[end]) || Self.determiners.contains(tokens[i])
            {
                out[out.count - 1].value += value
                out[out.count - 1].qualifier = last.qualifier ?? qualifier
                out[out.count - 1].tokens = last.tokens.lowerBound..<end
            } else if let key {
                out.append(
                    CountMention(key: key, value: value, qualifier: qualifier, currency: nil, tokens: start..<end))
            }
        }
        return out
    }

    /// The key of a count whose verb is left out because the count before it has it: "killed
    /// three civilians in Kostiantynivka and one in Siversk", "3 in Pokrovsk, 2 in Kurakhove".
    /// Both counts name where (their people words, then "in" or "near" and a capitalised name)
    /// and "and" or a comma joins them; nil otherwise.
    func gappedKey(_ tokens: [Token], _ start: Int, _ end: Int, _ range: Range<Int>, after last: CountMention?)
        -> String?
    {
        guard let last, Self.harmKeys.contains(last.key), start > last.tokens.upperBound,
            tokens[start - 1].key == Keys.and || tokens[start - 1].key == Keys.comma,
            let here = Self.placeAfterCount(tokens, end, range, harmBetween: false), here > start,
            let before = Self.placeAfterCount(tokens, last.tokens.upperBound, range, harmBetween: true),
            before < start
        else { return nil }
        return last.key
    }
    static let harmKeys: Set<String> = ["killed", "injured", "casualties", "missing", "captured"]
    static let placePrepositions = WordSet(["in", "near", "at", "outside"])

    /// Where the capitalised name of the place a count names starts: after the count's people
    /// words, and their harm when `harmBetween` ("three civilians were killed in", "one in"),
    /// then "in", "near", "at" or "outside". Nil when anything else comes first.
    static func placeAfterCount(_ tokens: [Token], _ end: Int, _ range: Range<Int>, harmBetween: Bool) -> Int? {
        var j = end
        var steps = 0
        while j + 1 < range.upperBound && steps < 5 {
            let t = tokens[j]
            if placePrepositions.contains(t) {
                let name = tokens[j + 1].key == Keys.the && j + 2 < range.upperBound ? j + 2 : j + 1
                return tokens[name].isCapitalized && tokens[name].isWord ? name : nil
            }
            guard isPerson(t) || personModifiers.contains(t) || (harmBetween && Self.wereHarmed.contains(t)) else {
                return nil
            }
            j += 1
            steps += 1
        }
        return nil
    }
    /// Words between a count's people and its place: "were killed in", "injured in".
    static let wereHarmed = WordSet([
        "was", "were", "killed", "injured", "wounded", "dead", "hurt", "died", "have", "been", "had",
    ])

    /// A lower-case word that can be a noun before a person word: no verb form, no number, none
    /// of ``functionWords``.
    static func isPlainNoun(_ t: Token) -> Bool {
        guard t.isWord, !t.isCapitalized, !t.flags.contains(.edForm) else { return false }
        guard !determiners.contains(t), !functionWords.contains(t) else { return false }
        return numberWords[t.key] == nil
    }

    /// Words before a person word that name no work: function words, amounts, and states of
    /// harm ("there is a dead man" is no count of the wounded the sentence goes on to give).
    static let functionWords = WordSet([
        "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "than", "more", "further",
        "other", "another", "few", "number", "group", "total", "dozen", "dozens", "lot", "couple", "pair", "single",
        "dead", "missing", "fallen", "hurt",
    ])

    /// Whether tokens `from..<to` join two counts of people into one: the first count's person
    /// words, then "and" ("a man and", "two soldiers and").
    static func joinsPeople(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        // Up to "a 45-year-old man and".
        guard to - from >= 2, to - from <= 8, tokens[to - 1].key == Keys.and else { return false }
        var sawPerson = false
        for k in from..<(to - 1) {
            let t = tokens[k]
            if isPerson(t) {
                sawPerson = true
            } else if !(personModifiers.contains(t) || t.isNumber || t.isCapitalized) {
                return false
            }
        }
        return sawPerson
    }

    /// "The driver was killed", "the 60-year-old woman was injured": "the" at `i`, a person
    /// word within seven tokens, then "was" and a word of harm.
    func isHarmedSubject(_ tokens: [Token], _ i: Int, _ range: Range<Int>) -> Bool {
        guard let person = (i + 1..<min(range.upperBound, i + 8)).first(where: { Self.isPerson(tokens[$0]) }),
            person + 2 < range.upperBound, tokens[person + 1].key == Self.was
        else { return false }
        return definites.harm.contains(tokens[person + 2])
    }
    static let was = Tokenizer.key("was")

    /// Whether a count can start at `t` (`number` returns nil at every other token): a number,
    /// "the" or "their" (one person), or a number word.
    @inline(__always)
    func mayStartNumber(_ t: Token) -> Bool {
        t.isNumber || t.key == definites.the || t.key == definites.their || numberWordMap[t.key] != nil
    }

    /// A number at `i`: digits with an optional multiplier, or number words ("twenty five").
    func number(_ tokens: [Token], _ i: Int, _ range: Range<Int>) -> (Double, Int)? {
        let t = tokens[i]
        guard mayStartNumber(t) else { return nil }
        var value: Double
        var end = i + 1
        if t.isNumber {
            value = (t.number * 1e6).rounded() / 1e6
        } else if t.key == definites.their, i > range.lowerBound + 1, tokens[i - 1].key == definites.and {
            // "2 children and their mother": one more, when a singular person word follows.
            value = 1
        } else if t.key == definites.the,
            i > range.lowerBound && definites.harm.contains(tokens[i - 1]) || isHarmedSubject(tokens, i, range)
        {
            // "killing the driver", "The driver was killed": one person, when a singular person
            // word follows (checked with the determiners in `find`).
            value = 1
        } else if let w = numberWordMap[t.key] {
            value = w
            // "twenty five", "two hundred"
            if end < range.upperBound, let w2 = numberWordMap[tokens[end].key], w2 < 10, value >= 20, value < 100,
                !Self.determiners.contains(tokens[end])
            {
                value += w2
                end += 1
            }
            if end < range.upperBound, tokens[end].key == Keys.hundred, value < 100 {
                value *= 100
                end += 1
            }
        } else {
            return nil
        }
        if end < range.upperBound, let m = multiplierMap[tokens[end].key] {
            value *= m
            end += 1
        }
        return (value, end)
    }

    /// The key of the number at `i..<end`: from the verb before ("killing six"), else from the
    /// words after it ("30 drones were shot down", "two killed", "12,000 troops").
    func countKey(_ tokens: [Token], _ i: Int, _ end: Int, _ range: Range<Int>) -> String? {
        // "the death toll … rose to 15"
        // "losses … amounted to more than 170 people", "AMOUNTED OVER 115".
        var v = i - 1
        while v >= range.lowerBound && v >= i - 2 && Self.tollQualifiers.contains(tokens[v]) { v -= 1 }
        if v >= range.lowerBound && Self.toOrAt.contains(tokens[v]) { v -= 1 }
        if v >= range.lowerBound, Self.tollVerbs.contains(tokens[v]),
            let toll = (range.lowerBound..<v).lazy.compactMap({ k in
                // "the number of injured … increased to six"
                Self.tolls[tokens[k].key]
                    ?? (k > range.lowerBound && tokens[k - 1].key == Keys.of ? Self.numberOf[tokens[k].key] : nil)
            }).first
        {
            return toll
        }
        // A word of harm right after the number names it ("and 5 injured"), before any verb
        // further back ("2 civilians were killed and 5 injured").
        if end < range.upperBound, let (len, key) = keyTable.match(tokens, at: end, limit: range.upperBound) {
            // Unless it describes what follows: "six captured Ukrainian soldiers".
            let next = end + len < range.upperBound ? tokens[end + len] : nil
            let describes = next.map {
                ($0.isCapitalized && $0.isWord) || Self.isPerson($0)
            }
            if describes != true { return key }
        }
        // Verb before: "killing at least six", "killed 3", "injuring one person".
        var b = i - 1
        var steps = 0
        while b >= range.lowerBound && steps < 4 {
            if let (len, k) = keyTable.match(tokens, at: b, limit: i), b + len <= i, k != "missing" {
                // Only a verb form counts before the number ("killing", "killed", "wounding").
                let w = tokens[b]
                if w.key != Keys.dead && w.key != Keys.deaths { return k }
            }
            // "A man was killed and two women were injured": "killed" is the man's.
            if tokens[b].key == Keys.comma || tokens[b].key == Keys.dot || Self.clauseJoins.contains(tokens[b]) {
                break
            }
            b -= 1
            steps += 1
        }
        // The noun after it, then a key word within a few tokens.
        var j = end
        var head: Token?
        var n = 0
        while j < range.upperBound && n < 6 {
            let t = tokens[j]
            if Self.people.contains(t) || Self.drones.contains(t) || Self.missiles.contains(t)
                || Self.troops.contains(t)
            {
                head = t
                j += 1
                break
            }
            // The nearest word of harm after the number names it ("Dozens were injured"), unless it
            // describes the people ("six captured soldiers").
            if let (len, key) = keyTable.match(tokens, at: j, limit: range.upperBound) {
                let next = j + len < range.upperBound ? tokens[j + len] : nil
                let adjective = next.map(Self.isPerson) ?? false
                if !adjective { return key }
            }
            // A model name joined by hyphens ("2 Russian Kh-59 missiles", "S-300") is read over.
            let joinedName = t.key == Keys.hyphen && !t.flags.contains(.spaceBefore)
            let model = t.isNumber && j > end && tokens[j - 1].key == Keys.hyphen && !t.flags.contains(.spaceBefore)
            // "2 tanks and 3 soldiers": the soldiers are the second number's.
            if !joinedName && !model && (t.kind == .punct || t.isNumber || t.key == Keys.and) { break }
            j += 1
            n += 1
        }
        if let h = head, Self.people.contains(h) && h.key == Keys.of {
            head = j < range.upperBound ? tokens[j] : nil
            // "54 of the drones were shot down": the noun after the article is what is counted.
            if head?.key == Keys.the, j + 1 < range.upperBound,
                Self.drones.contains(tokens[j + 1]) || Self.missiles.contains(tokens[j + 1])
            {
                head = tokens[j + 1]
                j += 2
            }
            // "shot down 40 of them": the drones or missiles the sentence named before.
            if let them = head, Self.pronouns.contains(them),
                (max(range.lowerBound, i - 3)..<i).contains(where: { Self.downed.contains(tokens[$0]) })
            {
                let before = range.lowerBound..<i
                if before.contains(where: { Self.drones.contains(tokens[$0]) }) { return "drones_downed" }
                if before.contains(where: { Self.missiles.contains(tokens[$0]) }) { return "missiles_downed" }
            }
        }
        // "intercepted two drones launched from Yemen": the verb before names what happened.
        if let h = head, Self.drones.contains(h) || Self.missiles.contains(h) {
            let isDrone = Self.drones.contains(h)
            // "shot down 37 of 90 drones": the whole the downed were part of is what was launched.
            if i - 2 >= range.lowerBound, tokens[i - 1].key == Keys.of, tokens[i - 2].isNumber {
                return isDrone ? "drones_launched" : "missiles_launched"
            }
            for back in max(range.lowerBound, i - 3)..<i where Self.downed.contains(tokens[back]) {
                return isDrone ? "drones_downed" : "missiles_downed"
            }
            // "shot down 54 of 76 drones and 2 of 3 missiles launched by Russia": a part of a
            // whole, joined to a count before it, is downed by the verb before that count, not
            // launched by the words after the whole.
            if i + 1 < end, tokens[i + 1].key == Keys.of, i > range.lowerBound, tokens[i - 1].key == Keys.and {
                var back = i - 2
                while back >= max(range.lowerBound, i - 12) {
                    let t = tokens[back]
                    if t.key == Keys.comma || t.key == Keys.dot || t.key == Keys.semicolon { break }
                    if Self.downed.contains(t) { return isDrone ? "drones_downed" : "missiles_downed" }
                    back -= 1
                }
            }
        }
        let scanFrom = head == nil ? end : j
        var k = scanFrom
        var steps2 = 0
        while k < range.upperBound && steps2 < 8 {
            // "five people, including two children, were killed": the aside is skipped.
            // Without the closing comma ("Five civilians including two children die"), the
            // aside ends at the word of harm, which is the whole count's.
            if tokens[k].key == Self.including {
                var close = k
                while close < range.upperBound && tokens[close].key != Keys.comma && tokens[close].key != Keys.dot {
                    close += 1
                }
                if close >= range.upperBound || tokens[close].key != Keys.comma {
                    // No closing comma: the first word of harm is past the aside.
                    while k < close {
                        if let (_, key) = keyTable.match(tokens, at: k, limit: range.upperBound) { return key }
                        k += 1
                    }
                }
                k = close + 1
                continue
            }
            // "completed 350 fire missions, killing 80": past a comma, a number of things is done.
            // "hit Kupiansk with 3 missiles, injuring 12": things, not people, are not the toll.
            if tokens[k].key == Keys.comma,
                head.map({ !Self.people.contains($0) && !Self.troops.contains($0) }) ?? true
            {
                break
            }
            if let (len, key) = keyTable.match(tokens, at: k, limit: range.upperBound) {
                // "50 relatives of missing soldiers": the word describes other people.
                if k + len < range.upperBound, Self.isPerson(tokens[k + len]) {
                    k += len
                    steps2 += 1
                    continue
                }
                return key
            }
            // "More than 135 servicemen lost", "120 military units … destroyed".
            if let h = head, Self.people.contains(h) || Self.troops.contains(h) {
                if tokens[k].key == Keys.lost { return "casualties" }
                if tokens[k].key == Keys.destroyed { return "killed" }
            }
            // "52 enemy attacks, 1 KIA": the next number has its own words.
            if k > scanFrom, tokens[k].isNumber { break }
            if let h = head, Self.drones.contains(h) || Self.missiles.contains(h) {
                let isDrone = Self.drones.contains(h)
                if Self.downed.contains(tokens[k]) { return isDrone ? "drones_downed" : "missiles_downed" }
                if Self.launched.contains(tokens[k]) { return isDrone ? "drones_launched" : "missiles_launched" }
            }
            if tokens[k].key == Keys.dot || tokens[k].key == Keys.semicolon { break }
            k += 1
            steps2 += 1
        }
        if let h = head {
            // "launched 50 drones", "dispatched 12,000 troops"
            var back = i - 1
            var s = 0
            // "downed 1 of 4 Iskander-M missiles and 37 of 90 Shahed drones": past an "and", the
            // verb before the first object governs the second too, within the clause.
            let coordinated = i > range.lowerBound && tokens[i - 1].key == Keys.and
            while back >= range.lowerBound && s < (coordinated ? 10 : 4) {
                if coordinated,
                    tokens[back].key == Keys.comma || tokens[back].key == Keys.dot
                        || tokens[back].key == Keys.semicolon
                {
                    break
                }
                if Self.drones.contains(h) || Self.missiles.contains(h) {
                    let isDrone = Self.drones.contains(h)
                    if Self.launched.contains(tokens[back]) { return isDrone ? "drones_launched" : "missiles_launched" }
                    if Self.downed.contains(tokens[back]) { return isDrone ? "drones_downed" : "missiles_downed" }
                }
                back -= 1
                s += 1
            }
            // "destroyed 11 invaders": people destroyed are people killed; "lost 100 soldiers":
            // killed and wounded.
            if CountFinder.people.contains(h) || Self.troops.contains(h) {
                var back2 = i - 1
                while back2 >= max(range.lowerBound, i - 3) {
                    if tokens[back2].key == Keys.destroyed { return "killed" }
                    if tokens[back2].key == Keys.lost { return "casualties" }
                    back2 -= 1
                }
            }
            if Self.troops.contains(h) && !Cues.civilians.contains(h) { return "troops" }
        }
        return nil
    }
}
