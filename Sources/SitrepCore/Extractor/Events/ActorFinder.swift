/// An actor named in a sentence: a state or its forces, an organisation, or a person.
struct ActorMention: Sendable {
    enum Kind: Sendable { case state, force, person, commentator, organisation }
    var tokens: Range<Int>
    var name: String
    var kind: Kind
    /// The state it belongs to ("Russia" for "Sergei Shoigu, Russia's Security Council Secretary").
    var country: String?
}

/// Finds actors: states by name, demonym or metonym ("Russia", "Russian forces", "the Kremlin",
/// "Pyongyang" when it acts), their forces and bodies ("Ukraine's military intelligence", "air
/// defenses"), and people by their titles ("Kyiv Mayor Vitali Klitschko", "Sergei Shoigu,
/// Russia's Security Council Secretary,"), remembering people so a later surname or "he" finds them.
struct ActorFinder: Sendable {
    let states: PhraseTable<String>
    let forces: PhraseTable<Bool>
    let titles: WordSet
    let nameStop: WordSet
    let groups = ActorFinder.knownGroups
    let groupNouns = ActorFinder.groupNounSet
    // Statics the scans read at every capitalised word, held by the instance: each read of a
    // `static let` is a runtime call (`swift_once`).
    let k = ActorFinder.k
    let organisations = ActorFinder.knownOrganisations
    let numberWordMap = CountFinder.numberWords
    let hyphen = Keys.hyphen

    init() {
        // Plural demonyms ("Albanians", "Iraqis") name the state's people as the singular does.
        states = PhraseTable(
            ActorFinder.stateNames.flatMap { country, names in
                names.flatMap { name -> [(String, String)] in
                    let plural = !name.contains(" ") && (name.hasSuffix("an") || name.hasSuffix("i"))
                    return plural && !names.contains(name + "s")
                        ? [(name, country), (name + "s", country)] : [(name, country)]
                }
            })
        forces = PhraseTable(ActorFinder.forceWords.map { ($0, true) })
        titles = WordSet(ActorFinder.titleWords)
        nameStop = WordSet(ActorFinder.notNames)
    }

    static let k = (
        possessive: Tokenizer.possessiveKey, comma: Keys.comma, the: Tokenizer.key("the"),
        he: Tokenizer.key("he"), she: Tokenizer.key("she"), by: Tokenizer.key("by"),
        openParen: Tokenizer.key("("), closeParen: Tokenizer.key(")"), apostrophe: Tokenizer.key("'"),
        al: Tokenizer.key("al")
    )

    /// People met so far in the article, by the key of their last name.
    struct Memory: Sendable {
        var people: [UInt64: (name: String, country: String?, commentator: Bool)] = [:]
        var lastPerson: (name: String, country: String?, commentator: Bool)?
    }

    func find(_ doc: Document, _ range: Range<Int>, memory: inout Memory) -> [ActorMention] {
        let tokens = doc.tokens
        var out: [ActorMention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            // He / She at the start of a clause: the last person named.
            if (t.key == k.he || t.key == k.she), let p = memory.lastPerson {
                out.append(
                    ActorMention(
                        tokens: i..<(i + 1), name: p.name, kind: p.commentator ? .commentator : .person,
                        country: p.country))
                i += 1
                continue
            }
            if t.isCapitalized || t.key == k.the,
                let (len, country) = states.match(tokens, at: i, limit: range.upperBound)
            {
                var end = i + len
                if ActorFinder.capitals.contains(t) {
                    // A capital is its government only when it acts ("Pyongyang dispatched",
                    // "Moscow's troops"); "Kyiv's mayor" or "in Kyiv" is the city.
                    var verb = end
                    while verb < range.upperBound, Self.adverbs.contains(tokens[verb]) { verb += 1 }
                    var acts = verb < range.upperBound && Cues.governmentVerbs.contains(tokens[verb])
                    // "pro-Kiev troops", "Kiev forces": the capital's forces.
                    if end < range.upperBound, !tokens[end].isCapitalized,
                        let (flen, _) = forces.match(tokens, at: end, limit: range.upperBound),
                        Self.bareForceTable.match(tokens, at: end, limit: end + flen)?.length == flen
                    {
                        let r = i..<(end + flen)
                        out.append(
                            ActorMention(tokens: r, name: normalized(doc.text(r)), kind: .force, country: country))
                        i = end + flen
                        continue
                    }
                    // "assistance for Kyiv", "arms to Kyiv": the state receives.
                    if i > range.lowerBound, Self.receiving.contains(tokens[i - 1]),
                        end >= range.upperBound || tokens[end].key != k.possessive
                    {
                        acts = true
                    }
                    if end + 1 < range.upperBound, tokens[end].key == k.possessive,
                        !Cues.citysOwn(tokens, possessive: end, limit: range.upperBound)
                    {
                        acts = true
                        end += 1
                        if let (flen, _) = forces.match(tokens, at: end, limit: range.upperBound) { end += flen }
                    }
                    if acts {
                        out.append(ActorMention(tokens: i..<end, name: country, kind: .state, country: country))
                    }
                    i = end
                    continue
                }
                // A demonym before a title starts a person's title ("German Chancellor Olaf Scholz",
                // "Palestinian leader Yasser Arafat").
                if let person = person(doc, from: i, range, memory: &memory) {
                    out.append(person)
                    i = person.tokens.upperBound
                    continue
                }
                // "Russian forces", "Ukraine's military intelligence", "Russia's Air Force"
                var j = end
                if j < range.upperBound && tokens[j].key == k.possessive { j += 1 }
                if j < range.upperBound, let (flen, _) = forces.match(tokens, at: j, limit: range.upperBound) {
                    end = j + flen
                    out.append(
                        ActorMention(
                            tokens: i..<end, name: normalized(doc.text(i..<end)), kind: .force, country: country))
                    i = end
                    continue
                }
                // A demonym as an adjective ("German media", "a Russian naval base") is no actor,
                // unless it names whose weapon it was ("a Ukrainian drone", "Russian missiles").
                if len == 1, end < range.upperBound, !tokens[end].isCapitalized, tokens[end].isWord,
                    !Cues.weaponHeads.contains(tokens[end]), !Cues.violentNouns.contains(tokens[end]),
                    // "Russian guided bombs", "a Russian cruise missile": the kind before the weapon.
                    !(Cues.weaponKinds.contains(tokens[end]) && end + 1 < range.upperBound
                        && (Cues.weaponHeads.contains(tokens[end + 1]) || Cues.violentNouns.contains(tokens[end + 1]))),
                    Self.isDemonym(doc, i, country: country)
                {
                    i = end
                    continue
                }
                out.append(ActorMention(tokens: i..<end, name: country, kind: .state, country: country))
                i = end
                continue
            }
            // "M23 rebels", "Boko Haram fighters", "Hamas": an armed group by its name.
            if t.isCapitalized || t.key == k.al, let group = armedGroup(doc, from: i, range) {
                out.append(group)
                i = group.tokens.upperBound
                continue
            }
            // "Armed Forces of Ukraine", "the Defense Forces", "Border guards stopped …": a force
            // named by its own capitalised words, its state after "of" or none.
            if t.isCapitalized, let force = namedForce(doc, from: i, range) {
                out.append(force)
                i = force.tokens.upperBound
                continue
            }
            if t.isCapitalized, let person = person(doc, from: i, range, memory: &memory) {
                out.append(person)
                i = person.tokens.upperBound
                continue
            }
            // "The Asia-Pacific Economic Cooperation (APEC) forum", "Amnesty International".
            if t.isCapitalized, let org = organisation(doc, from: i, range) {
                out.append(org)
                i = org.tokens.upperBound
                continue
            }
            if t.isCapitalized, let known = memory.people[t.key],
                i + 1 >= range.upperBound || !tokens[i + 1].isCapitalized
            {
                memory.lastPerson = known
                out.append(
                    ActorMention(
                        tokens: i..<(i + 1), name: known.name, kind: known.commentator ? .commentator : .person,
                        country: known.country))
                i += 1
                continue
            }
            if !t.isCapitalized, let (flen, _) = forces.match(tokens, at: i, limit: range.upperBound),
                i == range.lowerBound || tokens[i - 1].key == k.the || tokens[i - 1].isCapitalized == false
            {
                // "air defenses", "prosecutors", "authorities" with no state named.
                let r = i..<(i + flen)
                if ActorFinder.bareForceTable.match(tokens, at: i, limit: r.upperBound)?.length == flen {
                    out.append(ActorMention(tokens: r, name: normalized(doc.text(r)), kind: .force, country: nil))
                }
                i += flen
                continue
            }
            i += 1
        }
        return out
    }

    /// An armed group at `i`: a group the lexicon knows ("Hamas", "Boko Haram", "Wagner"), or up
    /// to three capitalised words or acronyms right before a word for armed people ("M23
    /// rebels", "Al-Shabaab militants", "ELN guerrillas"). Not a state's forces: those come first.
    func armedGroup(_ doc: Document, from i: Int, _ range: Range<Int>) -> ActorMention? {
        let tokens = doc.tokens
        var j = i
        if let (len, _) = groups.match(tokens, at: i, limit: range.upperBound) {
            j = i + len
        } else {
            // "Two militiamen killed": a count, not a name; "Russian Aerospace Forces": a state's.
            if i > range.lowerBound, states.single(tokens[i - 1].key) != nil { return nil }
            var words = 0
            while j < range.upperBound, words < 3 {
                let w = tokens[j]
                if w.isCapitalized && (w.isWord || w.flags.contains(.hasDigit)) && !titles.contains(w)
                    && numberWordMap[w.key] == nil && w.key != k.the && states.single(w.key) == nil
                {
                    words += 1
                    j += 1
                } else if w.key == hyphen, !w.flags.contains(.spaceBefore), j > i, j + 1 < range.upperBound,
                    !tokens[j + 1].flags.contains(.spaceBefore), tokens[j + 1].isCapitalized
                {
                    j += 1
                } else {
                    break
                }
            }
            guard words > 0, j < range.upperBound, groupNouns.contains(tokens[j]) else { return nil }
        }
        if j < range.upperBound, !tokens[j].isCapitalized, groupNouns.contains(tokens[j]) { j += 1 }
        let r = i..<j
        return ActorMention(tokens: r, name: normalized(doc.text(r)), kind: .force, country: nil)
    }

    /// Words for armed people that a group's name can stand before.
    static let groupNounSet = WordSet([
        "rebels", "fighters", "militants", "militia", "militias", "militiamen", "guerrillas", "insurgents",
        "gunmen", "separatists", "mercenaries", "jihadists", "extremists", "paramilitaries", "forces", "troops",
    ])
    /// Armed groups news names without a word for armed people.
    static let knownGroups = PhraseTable(
        [
            "Hamas", "Hezbollah", "Houthis", "Houthi", "Taliban", "Islamic State", "ISIS", "ISIL", "Al-Shabaab",
            "al-Shabab", "Boko Haram", "ISWAP", "JNIM", "Wagner", "Wagner Group", "RSF", "Rapid Support Forces",
            "M23", "ELN", "FARC", "PKK", "ADF", "al-Qaeda", "al-Qaida", "Hayat Tahrir al-Sham", "HTS", "SDF",
            "Janjaweed", "Fano", "TPLF", "Kadyrovites", "Islamic Jihad", "Lashkar-e-Taiba",
        ].map { ($0, true) })

    /// A force named by capitalised words at `i`: with its state after "of" ("Armed Forces of
    /// Ukraine", "Security Service of the Russian Federation"), or alone when it opens the
    /// sentence or follows "the" ("Border guards stopped", "the Defense Forces inflicted").
    func namedForce(_ doc: Document, from i: Int, _ range: Range<Int>) -> ActorMention? {
        let tokens = doc.tokens
        guard let (flen, _) = forces.match(tokens, at: i, limit: range.upperBound) else { return nil }
        let end = i + flen
        if end + 1 < range.upperBound, tokens[end].key == Keys.of {
            var s = end + 1
            if tokens[s].key == Self.k.the, s + 1 < range.upperBound { s += 1 }
            if let (slen, country) = states.match(tokens, at: s, limit: range.upperBound) {
                let r = i..<(s + slen)
                return ActorMention(tokens: r, name: normalized(doc.text(r)), kind: .force, country: country)
            }
        }
        let opens =
            tokens[i].flags.contains(.sentenceStart) || (i > range.lowerBound && tokens[i - 1].key == Self.k.the)
        guard opens, Self.bareForceTable.match(tokens, at: i, limit: end)?.length == flen else { return nil }
        // "Defense Forces Day", "Police Academy": a name that goes on is an organisation's or an event's.
        if end < range.upperBound, tokens[end].isCapitalized, tokens[end].isWord { return nil }
        let r = i..<end
        return ActorMention(tokens: r, name: normalized(doc.text(r)), kind: .force, country: nil)
    }

    /// An organisation named at `i`: one news knows by name ("Amnesty International", "IAEA"),
    /// or capitalised words (with "of", "for", "and" between them) that end in a word for a body
    /// ("Kurdistan Workers' Party", "Ceasefire Violations Committee"), or such words, an acronym
    /// in brackets and a body in lower case ("… Cooperation (APEC) forum").
    func organisation(_ doc: Document, from i: Int, _ range: Range<Int>) -> ActorMention? {
        let tokens = doc.tokens
        if let (len, _) = organisations.match(tokens, at: i, limit: range.upperBound) {
            let r = i..<(i + len)
            return ActorMention(tokens: r, name: normalized(doc.text(r)), kind: .organisation, country: nil)
        }
        var j = i
        var words = 0
        var lastWord = i
        while j < range.upperBound, j - i < 10 {
            let w = tokens[j]
            if w.isCapitalized && w.isWord && w.key != k.the {
                words += 1
                lastWord = j
                j += 1
            } else if words > 0, j + 1 < range.upperBound, tokens[j + 1].isCapitalized,
                Self.nameJoiners.contains(w) || (w.key == hyphen && !w.flags.contains(.spaceBefore))
                    || w.key == k.possessive || (w.key == k.apostrophe && !w.flags.contains(.spaceBefore))
            {
                j += 1
            } else {
                break
            }
        }
        guard words >= 2 else { return nil }
        if Self.bodyNouns.contains(tokens[lastWord]) {
            let r = i..<(lastWord + 1)
            return ActorMention(tokens: r, name: normalized(doc.text(r)), kind: .organisation, country: nil)
        }
        // "(APEC) forum": an acronym in brackets, then the body in lower case.
        var body = lastWord + 1
        if body + 2 < range.upperBound, tokens[body].key == k.openParen, tokens[body + 2].key == k.closeParen {
            body += 3
        }
        guard body < range.upperBound, !tokens[body].isCapitalized, Self.bodyNouns.contains(tokens[body]) else {
            return nil
        }
        let r = i..<(body + 1)
        return ActorMention(tokens: r, name: normalized(doc.text(r)), kind: .organisation, country: nil)
    }

    static let nameJoiners = WordSet(["of", "for", "and", "on"])
    /// Words that end the name of a body.
    static let bodyNouns = WordSet([
        "forum", "council", "committee", "commission", "organization", "organisation", "union", "front", "movement",
        "party", "alliance", "league", "congress", "assembly", "parliament", "senate", "agency", "fund",
        "court", "tribunal", "association", "federation", "coalition", "conference", "programme", "program",
        "institute", "foundation", "community", "bloc", "office", "administration",
    ])
    /// Bodies news names without a word for a body.
    static let knownOrganisations = PhraseTable(
        [
            "Amnesty International", "Human Rights Watch", "Red Cross", "Red Crescent", "IAEA", "OSCE", "UNHCR",
            "UNICEF", "WFP", "ICRC", "IMF", "World Bank", "Arab League", "ASEAN", "OPEC", "ECOWAS", "Interpol",
            "Medecins Sans Frontieres", "Doctors Without Borders", "MSF", "ICC", "APEC", "G7", "G20",
        ].map { ($0, true) })

    /// A titled or described person starting at `i`: "[Kyiv] Mayor Vitali Klitschko",
    /// "Sergei Shoigu, Russia's Security Council Secretary,", "Yoon Suk Yeol said".
    func person(_ doc: Document, from i: Int, _ range: Range<Int>, memory: inout Memory) -> ActorMention? {
        let tokens = doc.tokens
        var j = i
        var country: String?
        var sawTitle = false
        // Title words, with states and places among them ("South Korean President").
        while j < range.upperBound {
            // "Palestinian leader Yasser Arafat", "Iran's religious leader Ayatollah Khomeini": a
            // title in lower case after a state, with a modifier or two before it.
            if !tokens[j].isCapitalized {
                guard country != nil, !sawTitle else { break }
                var k = j
                while k < min(range.upperBound, j + 2), Self.titleModifiers.contains(tokens[k]) { k += 1 }
                guard k + 1 < range.upperBound, titles.contains(tokens[k]), !Self.titleModifiers.contains(tokens[k]),
                    tokens[k + 1].isCapitalized || titles.contains(tokens[k + 1])
                else { break }
                sawTitle = true
                j = k + 1
                continue
            }
            if let (len, c) = states.match(tokens, at: j, limit: range.upperBound) {
                country = country ?? c
                j += len
                if j < range.upperBound && tokens[j].key == Self.k.possessive { j += 1 }
                continue
            }
            if titles.contains(tokens[j]) {
                sawTitle = true
                j += 1
                continue
            }
            if sawTitle { break }
            // A place before a title ("Kyiv Mayor").
            if j + 1 < range.upperBound, titles.contains(tokens[j + 1]), tokens[j].isWord {
                j += 1
                continue
            }
            break
        }
        if j < range.upperBound && tokens[j].key == Keys.dot && sawTitle { j += 1 }
        let nameStart = j
        while j < range.upperBound && j - nameStart < 4 && isNameToken(tokens[j]) { j += 1 }
        // "Yoon Suk Yeol", "Zelenskyy": one name token after a title, two or more without.
        let nameLen = j - nameStart
        var commentator = false
        if nameLen == 0 { return nil }
        if !sawTitle {
            guard nameLen >= 2, nameStart == i else { return nil }
            // An apposition or a verb of saying must vouch for it being a person.
            var vouched = false
            if j + 1 < range.upperBound && tokens[j].key == Self.k.comma {
                var k = j + 1
                while k < min(range.upperBound, j + 12) && tokens[k].key != Self.k.comma {
                    if titles.contains(tokens[k]) { vouched = true }
                    if Cues.commentators.contains(tokens[k]) && tokens[k].key != Keys.many
                        && tokens[k].key != Keys.some
                    {
                        vouched = true
                        commentator = true
                    }
                    if country == nil, let (_, c) = states.match(tokens, at: k, limit: range.upperBound) { country = c }
                    k += 1
                }
            }
            if j < range.upperBound, ActorFinder.sayingWords.contains(tokens[j]) { vouched = true }
            if !vouched { return nil }
        }
        let lastKey = tokens[j - 1].key
        var name = normalized(doc.text(nameStart..<j))
        if nameLen == 1, let known = memory.people[lastKey] { name = known.name }
        if let known = memory.people[lastKey], country == nil { country = known.country }
        let entry = (
            name: name, country: country, commentator: commentator || memory.people[lastKey]?.commentator == true
        )
        if nameLen >= 2 || memory.people[lastKey] == nil { memory.people[lastKey] = entry }
        memory.lastPerson = entry
        return ActorMention(
            tokens: i..<j, name: name, kind: entry.commentator ? .commentator : .person, country: country)
    }

    func isNameToken(_ t: Token) -> Bool {
        t.isCapitalized && t.isWord && !t.flags.contains(.hasDigit) && !titles.contains(t) && !nameStop.contains(t)
            && states.single(t.key) == nil
    }

    func normalized(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\u{2019}", "\u{2018}": out.unicodeScalars.append("'")
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// "German", "Ukrainian", "British", "Chinese", "Israeli", "French": by the word's last bytes.
    static func isDemonym(_ doc: Document, _ i: Int, country: String) -> Bool {
        let t = doc.tokens[i]
        guard t.byteLength >= 4 else { return false }
        let end = Int(t.end)
        let b = doc.bytes
        func ends(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard n <= t.byteLength else { return false }
            return (0..<n).allSatisfy { b[end - n + $0] == s.utf8Start[$0] }
        }
        guard ends("an") || ends("ish") || ends("ese") || ends("i") || ends("ch") else { return false }
        return doc.word(i) != country
    }

    static let receiving = WordSet(["for", "to"])
    /// Words between a capital and its verb ("Beirut again rejected", "Moscow on Monday denied").
    static let adverbs = WordSet([
        "again", "also", "today", "yesterday", "formally", "officially", "firmly", "flatly", "strongly", "swiftly",
        "quickly", "later", "then", "now", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "tonight", "reportedly", "repeatedly", "publicly", "angrily", "sharply",
    ])
    static let capitals = WordSet([
        "moscow", "kyiv", "kiev", "pyongyang", "seoul", "washington", "berlin", "paris", "london", "warsaw", "minsk",
        "tehran", "beijing", "budapest", "ankara", "damascus", "chisinau", "tbilisi", "vilnius", "riga", "tallinn",
        "helsinki", "stockholm", "oslo", "copenhagen", "rome", "madrid", "ottawa", "tokyo", "bucharest", "bratislava",
        "prague", "sofia", "astana", "yerevan", "baku", "islamabad", "kabul", "baghdad", "riyadh", "doha", "cairo",
        "beirut", "brussels", "khartoum", "caracas", "brasilia", "abuja", "mogadishu", "sanaa", "naypyidaw",
        "vienna", "bern", "lisbon", "athens", "dublin", "reykjavik", "zagreb", "belgrade", "sarajevo", "ljubljana",
        "podgorica", "skopje", "tirana", "pristina", "nicosia", "valletta", "tashkent", "ashgabat", "bishkek",
        "dushanbe", "ulaanbaatar", "amman", "abu", "manama", "muscat", "tripoli", "tunis", "algiers", "rabat",
        "dhaka", "colombo", "kathmandu", "bangkok", "hanoi", "phnom", "vientiane", "kuala", "jakarta", "manila",
        "taipei", "canberra", "pretoria", "nairobi", "kampala", "dodoma", "kigali", "bujumbura", "kinshasa",
        "brazzaville", "asmara", "n'djamena", "niamey", "bamako", "ouagadougou", "dakar", "banjul", "conakry",
        "freetown", "monrovia", "abidjan", "accra", "lome", "yaounde", "bangui", "libreville", "luanda", "lusaka",
        "harare", "maputo", "lilongwe", "windhoek", "gaborone", "antananarivo", "nouakchott", "buenos", "santiago",
        "lima", "bogota", "quito", "asuncion", "montevideo", "havana", "port-au-prince", "santo", "managua",
        "tegucigalpa", "san", "kingston", "la", "port",
    ])
    /// Lower-case words that may stand before a title ("religious leader", "top diplomat").
    static let titleModifiers = WordSet([
        "religious", "spiritual", "supreme", "top", "senior", "opposition", "rebel", "military", "army",
        "foreign", "defense", "defence", "interior", "prime", "former", "deputy", "chief", "new", "interim",
    ])
    static let sayingWords = WordSet([
        "said", "says", "told", "stated", "wrote", "added", "noted", "warned", "announced",
    ])

    static let titleWords = [
        "president", "prime", "minister", "chancellor", "mayor", "governor", "secretary", "spokesperson", "spokesman",
        "spokeswoman", "commander", "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "head", "chief",
        "ambassador", "king", "queen", "pope", "leader", "deputy", "senator", "sen", "lawmaker", "mp", "speaker",
        "prosecutor", "envoy", "adviser", "advisor", "director", "chairman", "chairwoman", "ombudsman", "premier",
        "foreign", "defense", "defence", "interior", "finance", "council", "security", "national", "former", "acting",
        "vice", "presidential", "secretary-general", "commander-in-chief", "admiral", "sergeant", "captain",
        "representative", "official", "chief", "mr", "mrs", "ms", "dr", "patriarch", "metropolitan", "first",
        "foreign", "economy", "justice", "health", "energy", "emergency", "situations", "affairs", "state", "staff",
        "armed", "forces", "joint", "sen", "rep", "gov", "ayatollah", "sheikh", "emir", "diplomat", "negotiator",
        "mediator", "dictator", "strongman", "archbishop", "bishop", "cardinal", "rabbi", "imam", "judge",
    ]
    static let notNames = [
        "the", "a", "an", "in", "on", "january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "but", "and", "as", "after", "according", "some", "most", "many", "this", "that",
        "these", "those", "it", "he", "she", "they", "we", "our", "his", "her", "their", "its", "nato", "eu", "un",
        "telegram", "facebook", "twitter", "x", "office", "ministry", "party", "union", "council", "committee",
        "court", "parliament", "government", "administration", "agency", "service", "news", "media", "press",
        "marines", "navy", "flotilla", "troops", "army", "force", "guard", "command", "staff", "city", "oblast",
        "region", "district", "republic", "air", "defense", "defence", "military", "intelligence", "independent",
        "russian", "ukrainian", "american", "german", "european", "western", "soviet", "kremlin", "west", "east",
        "speaking", "based", "during", "despite", "while", "when", "former", "additional", "multiple", "around",
        "wreckage", "reports", "experts", "current", "political", "living", "shift", "growing", "intense", "in",
        "physical", "address",
    ]
    static let forceWords = [
        "forces", "armed forces", "troops", "army", "military", "military intelligence", "navy", "air force",
        "air defense", "air defenses", "air defence", "air defences", "authorities", "government", "officials",
        "soldiers", "servicemen", "border guards", "border guard", "defense ministry", "defence ministry",
        "ministry of defense", "prosecutors", "special forces", "marines", "national guard", "security service",
        "intelligence", "general staff", "police", "occupiers", "invaders", "separatists", "militants", "fighters",
        "drone operators", "artillery", "units", "unit", "brigade", "battalion", "regiment", "division",
        "foreign ministry", "embassy", "parliament", "cabinet", "coalition", "leadership", "regime", "proxies",
        "defense forces", "defence forces", "rebels", "insurgents", "gunmen", "militiamen", "artillerymen",
        "paratroopers", "saboteurs",
        // A state's people in office without a name ("a French minister threatened", "Palestinian
        // leaders said") speak for it.
        "leader", "leaders", "minister", "ministers", "spokesman", "spokeswoman", "spokesperson", "diplomats",
        "negotiators", "delegation",
    ]
    static let bareForceTable = PhraseTable(
        [
            "air defense", "air defenses", "air defence", "air defences", "prosecutors", "separatists", "militants",
            "occupiers", "invaders", "police", "rebels", "insurgents", "gunmen", "militiamen", "artillerymen",
            "paratroopers", "saboteurs", "border guards", "border guard", "defense forces", "defence forces",
            "armed forces", "troops", "soldiers", "servicemen", "special forces", "marines",
        ].map { ($0, true) })

    /// States and bodies by name, demonym and metonym, with the name records use.
    static let stateNames: [(String, [String])] = [
        ("Russia", ["Russia", "Russian", "Russians", "Russian Federation", "Kremlin", "the Kremlin", "Moscow", "RF"]),
        // The army's Ukrainian and Russian acronyms (ZSU, VSU; AFU in English) stand for the state in
        // army reports, as "Russian" does.
        ("Ukraine", ["Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "AFU", "APU", "ZSU", "VSU"]),
        ("North Korea", ["North Korea", "North Korean", "North Koreans", "Pyongyang", "DPRK"]),
        ("South Korea", ["South Korea", "South Korean", "South Koreans", "Seoul"]),
        (
            "United States",
            [
                "United States", "U.S.", "US", "USA", "American", "Americans", "Washington", "Pentagon", "the Pentagon",
                "White House", "the White House",
            ]
        ),
        ("Germany", ["Germany", "German", "Germans", "Berlin"]),
        ("France", ["France", "French", "Paris"]),
        ("United Kingdom", ["United Kingdom", "Britain", "British", "UK", "U.K.", "London"]),
        ("Poland", ["Poland", "Polish", "Warsaw"]),
        ("Belarus", ["Belarus", "Belarusian", "Minsk"]),
        ("Iran", ["Iran", "Iranian", "Tehran"]),
        ("China", ["China", "Chinese", "Beijing", "PRC", "People's Republic of China"]),
        ("Hungary", ["Hungary", "Hungarian", "Budapest"]),
        ("Turkey", ["Turkey", "Turkish", "Ankara", "Türkiye"]),
        ("Israel", ["Israel", "Israeli", "Israelis", "IDF"]),
        ("Syria", ["Syria", "Syrian", "Damascus"]),
        ("Moldova", ["Moldova", "Moldovan", "Chisinau"]),
        ("Georgia", ["Georgian", "Tbilisi"]),
        ("Lithuania", ["Lithuania", "Lithuanian", "Vilnius"]),
        ("Latvia", ["Latvia", "Latvian", "Riga"]),
        ("Estonia", ["Estonia", "Estonian", "Tallinn"]),
        ("Finland", ["Finland", "Finnish", "Helsinki"]),
        ("Sweden", ["Sweden", "Swedish", "Stockholm"]),
        ("Norway", ["Norway", "Norwegian", "Oslo"]),
        ("Denmark", ["Denmark", "Danish", "Copenhagen"]),
        ("Netherlands", ["Netherlands", "Dutch", "The Hague"]),
        ("Italy", ["Italy", "Italian", "Rome"]),
        ("Spain", ["Spain", "Spanish", "Madrid"]),
        ("Canada", ["Canada", "Canadian", "Ottawa"]),
        ("Japan", ["Japan", "Japanese", "Tokyo"]),
        ("India", ["India", "Indian", "New Delhi"]),
        ("Romania", ["Romania", "Romanian", "Bucharest"]),
        ("Slovakia", ["Slovakia", "Slovak", "Bratislava"]),
        ("Czech Republic", ["Czech Republic", "Czechia", "Czech", "Prague"]),
        ("Bulgaria", ["Bulgaria", "Bulgarian", "Sofia"]),
        ("Kazakhstan", ["Kazakhstan", "Kazakh", "Astana"]),
        ("Armenia", ["Armenia", "Armenian", "Yerevan"]),
        ("Azerbaijan", ["Azerbaijan", "Azerbaijani", "Baku"]),
        ("Pakistan", ["Pakistan", "Pakistani", "Islamabad"]),
        ("Afghanistan", ["Afghanistan", "Afghan", "Kabul", "Taliban"]),
        ("Iraq", ["Iraq", "Iraqi", "Baghdad"]),
        ("Saudi Arabia", ["Saudi Arabia", "Saudi", "Riyadh"]),
        ("Qatar", ["Qatar", "Qatari", "Doha"]),
        ("Egypt", ["Egypt", "Egyptian", "Cairo"]),
        ("Lebanon", ["Lebanon", "Lebanese", "Beirut"]),
        ("Palestine", ["Palestine", "Palestinian", "Palestinians", "PLO", "Palestinian Authority"]),
        ("Hamas", ["Hamas"]),
        ("Hezbollah", ["Hezbollah"]),
        ("Houthis", ["Houthis", "Houthi"]),
        ("Wagner Group", ["Wagner", "Wagner Group"]),
        ("NATO", ["NATO", "North Atlantic Alliance"]),
        ("European Union", ["European Union", "EU", "European Commission", "Brussels"]),
        ("United Nations", ["United Nations", "UN", "U.N.", "UN Security Council"]),
        ("Sudan", ["Sudan", "Sudanese", "Khartoum"]),
        ("Venezuela", ["Venezuela", "Venezuelan", "Caracas"]),
        ("Mexico", ["Mexico", "Mexican"]),
        ("Brazil", ["Brazil", "Brazilian", "Brasilia"]),
        ("Nigeria", ["Nigeria", "Nigerian", "Abuja"]),
        ("Ethiopia", ["Ethiopia", "Ethiopian", "Addis Ababa"]),
        ("Somalia", ["Somalia", "Somali", "Mogadishu", "al-Shabaab", "Al-Shabaab"]),
        ("Yemen", ["Yemen", "Yemeni", "Sanaa"]),
        ("Myanmar", ["Myanmar", "Burma", "Burmese", "Naypyidaw"]),
        // The rest of the world's states, for general news: name, demonym, capital. Names as the
        // gazetteer spells them, so a record's country resolves there too.
        ("Austria", ["Austria", "Austrian", "Vienna"]),
        ("Switzerland", ["Switzerland", "Swiss", "Bern"]),
        ("Belgium", ["Belgium", "Belgian"]),
        ("Portugal", ["Portugal", "Portuguese", "Lisbon"]),
        ("Greece", ["Greece", "Greek", "Athens"]),
        ("Ireland", ["Ireland", "Irish", "Dublin"]),
        ("Iceland", ["Iceland", "Icelandic", "Reykjavik"]),
        ("Croatia", ["Croatia", "Croatian", "Croat", "Croats", "Zagreb"]),
        ("Serbia", ["Serbia", "Serbian", "Serb", "Serbs", "Belgrade"]),
        ("Bosnia and Herzegovina", ["Bosnia and Herzegovina", "Bosnia", "Bosnian", "Sarajevo"]),
        ("Slovenia", ["Slovenia", "Slovenian", "Ljubljana"]),
        ("Montenegro", ["Montenegro", "Montenegrin", "Podgorica"]),
        ("North Macedonia", ["North Macedonia", "Macedonia", "Macedonian", "Skopje"]),
        ("Albania", ["Albania", "Albanian", "Tirana"]),
        ("Kosovo", ["Kosovo", "Kosovar", "Pristina"]),
        ("Cyprus", ["Cyprus", "Cypriot", "Nicosia"]),
        ("Malta", ["Malta", "Maltese", "Valletta"]),
        ("Uzbekistan", ["Uzbekistan", "Uzbek", "Tashkent"]),
        ("Turkmenistan", ["Turkmenistan", "Turkmen", "Ashgabat"]),
        ("Kyrgyzstan", ["Kyrgyzstan", "Kyrgyz", "Bishkek"]),
        ("Tajikistan", ["Tajikistan", "Tajik", "Dushanbe"]),
        ("Mongolia", ["Mongolia", "Mongolian", "Ulaanbaatar"]),
        ("Jordan", ["Jordan", "Jordanian", "Amman"]),
        ("Kuwait", ["Kuwait", "Kuwaiti"]),
        ("United Arab Emirates", ["United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"]),
        ("Bahrain", ["Bahrain", "Bahraini", "Manama"]),
        ("Oman", ["Oman", "Omani", "Muscat"]),
        ("Libya", ["Libya", "Libyan", "Tripoli"]),
        ("Tunisia", ["Tunisia", "Tunisian", "Tunis"]),
        ("Algeria", ["Algeria", "Algerian", "Algiers"]),
        ("Morocco", ["Morocco", "Moroccan", "Rabat"]),
        ("Bangladesh", ["Bangladesh", "Bangladeshi", "Dhaka"]),
        ("Sri Lanka", ["Sri Lanka", "Sri Lankan", "Colombo"]),
        ("Nepal", ["Nepal", "Nepalese", "Nepali", "Kathmandu"]),
        ("Thailand", ["Thailand", "Thai", "Bangkok"]),
        ("Vietnam", ["Vietnam", "Vietnamese", "Hanoi"]),
        ("Cambodia", ["Cambodia", "Cambodian", "Kampuchea", "Kampuchean", "Phnom Penh"]),
        ("Laos", ["Laos", "Laotian", "Vientiane"]),
        ("Malaysia", ["Malaysia", "Malaysian", "Kuala Lumpur"]),
        ("Singapore", ["Singapore", "Singaporean"]),
        ("Indonesia", ["Indonesia", "Indonesian", "Jakarta"]),
        ("Philippines", ["Philippines", "Philippine", "Filipino", "Manila"]),
        ("Taiwan", ["Taiwan", "Taiwanese", "Taipei"]),
        ("Australia", ["Australia", "Australian", "Canberra"]),
        ("New Zealand", ["New Zealand"]),
        ("Fiji", ["Fiji", "Fijian"]),
        ("South Africa", ["South Africa", "South African", "Pretoria"]),
        ("Kenya", ["Kenya", "Kenyan", "Nairobi"]),
        ("Uganda", ["Uganda", "Ugandan", "Kampala"]),
        ("Tanzania", ["Tanzania", "Tanzanian", "Dodoma"]),
        ("Rwanda", ["Rwanda", "Rwandan", "Kigali"]),
        ("Burundi", ["Burundi", "Burundian", "Bujumbura"]),
        (
            "Democratic Republic of the Congo",
            ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congolese", "Kinshasa", "Zaire"]
        ),
        ("Republic of the Congo", ["Republic of the Congo", "Congo", "Brazzaville"]),
        ("South Sudan", ["South Sudan", "South Sudanese"]),
        ("Eritrea", ["Eritrea", "Eritrean", "Asmara"]),
        ("Djibouti", ["Djibouti"]),
        ("Chad", ["Chad", "Chadian", "N'Djamena"]),
        ("Niger", ["Niger", "Nigerien", "Niamey"]),
        ("Mali", ["Mali", "Malian", "Bamako"]),
        ("Burkina Faso", ["Burkina Faso", "Burkinabe", "Ouagadougou"]),
        ("Senegal", ["Senegal", "Senegalese", "Dakar"]),
        ("Gambia", ["Gambia", "Gambian", "Banjul"]),
        ("Guinea", ["Guinea", "Guinean", "Conakry"]),
        ("Sierra Leone", ["Sierra Leone", "Sierra Leonean", "Freetown"]),
        ("Liberia", ["Liberia", "Liberian", "Monrovia"]),
        ("Ivory Coast", ["Ivory Coast", "Ivorian", "Abidjan"]),
        ("Ghana", ["Ghana", "Ghanaian", "Accra"]),
        ("Togo", ["Togo", "Togolese", "Lome"]),
        ("Benin", ["Benin", "Beninese"]),
        ("Cameroon", ["Cameroon", "Cameroonian", "Yaounde"]),
        ("Central African Republic", ["Central African Republic", "Bangui"]),
        ("Gabon", ["Gabon", "Gabonese", "Libreville"]),
        ("Angola", ["Angola", "Angolan", "Luanda"]),
        ("Zambia", ["Zambia", "Zambian", "Lusaka"]),
        ("Zimbabwe", ["Zimbabwe", "Zimbabwean", "Harare"]),
        ("Mozambique", ["Mozambique", "Mozambican", "Maputo"]),
        ("Malawi", ["Malawi", "Malawian", "Lilongwe"]),
        ("Namibia", ["Namibia", "Namibian", "Windhoek"]),
        ("Botswana", ["Botswana", "Gaborone"]),
        ("Madagascar", ["Madagascar", "Malagasy", "Antananarivo"]),
        ("Mauritania", ["Mauritania", "Mauritanian", "Nouakchott"]),
        ("Argentina", ["Argentina", "Argentine", "Argentinian", "Buenos Aires"]),
        ("Chile", ["Chile", "Chilean", "Santiago"]),
        ("Peru", ["Peru", "Peruvian", "Lima"]),
        ("Colombia", ["Colombia", "Colombian", "Bogota"]),
        ("Ecuador", ["Ecuador", "Ecuadorian", "Quito"]),
        ("Bolivia", ["Bolivia", "Bolivian", "La Paz"]),
        ("Paraguay", ["Paraguay", "Paraguayan", "Asuncion"]),
        ("Uruguay", ["Uruguay", "Uruguayan", "Montevideo"]),
        ("Cuba", ["Cuba", "Cuban", "Havana"]),
        ("Haiti", ["Haiti", "Haitian", "Port-au-Prince"]),
        ("Dominican Republic", ["Dominican Republic", "Santo Domingo"]),
        ("Nicaragua", ["Nicaragua", "Nicaraguan", "Managua"]),
        ("Honduras", ["Honduras", "Honduran", "Tegucigalpa"]),
        ("Guatemala", ["Guatemala", "Guatemalan"]),
        ("El Salvador", ["El Salvador", "Salvadoran", "San Salvador"]),
        ("Costa Rica", ["Costa Rica", "Costa Rican"]),
        ("Panama", ["Panama", "Panamanian"]),
        ("Jamaica", ["Jamaica", "Jamaican", "Kingston"]),
        ("Soviet Union", ["Soviet Union", "USSR", "Soviet"]),
        ("Yugoslavia", ["Yugoslavia", "Yugoslav"]),
    ]
}
