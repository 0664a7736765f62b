/// Trigger phrases that their object splits: "set the police station on fire", "beat two men to
/// death", "fired thousands of rockets", "set up their headquarters". A verb, a few words of
/// object, then the word that closes the phrase; the lexicon's phrases are contiguous and cannot
/// hold them.
struct SplitPhrase: Sendable {
    var verbs: [String]
    /// What may close the phrase, each one or more words.
    var closers: [String]
    /// The most words the object may have.
    var gap: Int
    /// The fewest: 0 when the closer is the object itself ("beat protesters").
    var minGap = 1
    var trigger: Trigger
}

enum SplitPhrases {
    /// The verbs of the property-destruction phrase below; the extractor also reads them to
    /// ask who did the wrecking.
    static let wreckingVerbs = ["destroyed", "destroying", "wrecked", "demolishing", "burned", "burnt"]
    static let list: [SplitPhrase] = [
        SplitPhrase(
            // Not "setting": ", setting buildings on fire" tells what a strike did.
            verbs: ["set", "sets"], closers: ["ablaze", "alight", "on fire"], gap: 6,
            trigger: Trigger(type: .lootingDestruction, form: .verb)),
        // "hacked a farmer to death", "burned him alive": killing spelled around its victim.
        SplitPhrase(
            verbs: [
                "beat", "beaten", "hacked", "stabbed", "stoned", "clubbed", "burned", "burnt", "kicked", "tortured",
                "shot", "lynched",
            ], closers: ["to death"], gap: 5, trigger: Trigger(type: .attackOnCivilians, form: .verb)),
        SplitPhrase(
            verbs: ["burned", "burnt", "buried"], closers: ["alive"], gap: 4,
            trigger: Trigger(type: .attackOnCivilians, form: .verb)),
        // "fired thousands of rockets", "fired a barrage of missiles".
        SplitPhrase(
            verbs: ["fired", "launched", "lobbed"],
            closers: [
                "rockets", "rocket", "missiles", "missile", "shells", "mortars", "mortar rounds", "mortar shells",
                "artillery rounds", "projectiles",
            ], gap: 5, trigger: Trigger(type: .shellingMissileAttack, form: .verb)),
        // "dropped barrel bombs", "dropped two guided bombs": bombs from the air.
        SplitPhrase(
            verbs: ["dropped", "dropping"], closers: ["bombs", "bomb", "munitions", "explosives"], gap: 3,
            trigger: Trigger(type: .airDroneStrike, form: .verb)),
        // "took a lawyer away", "dragged him away": people taken.
        SplitPhrase(
            verbs: ["took", "taken", "dragged", "whisked", "bundled", "led"], closers: ["away"], gap: 5,
            trigger: Trigger(type: .abduction, form: .verb)),
        // "beat a journalist", "police assaulted two students": the victim closes it.
        SplitPhrase(
            verbs: ["beat", "assaulted", "whipped", "flogged", "tortured"],
            closers: [
                "journalist", "journalists", "reporter", "reporters", "activist", "activists", "protesters",
                "demonstrators", "students", "student", "civilians", "civilian", "man", "men", "woman", "women",
                "villagers", "residents", "detainees", "prisoners", "children", "boy", "girl", "farmer", "farmers",
            ], gap: 3, minGap: 0, trigger: Trigger(type: .attackOnCivilians, form: .verb)),
        // "Armed men destroyed a telecommunications mast", "militants destroyed houses and
        // crops": property wrecked by armed people, with no weapon that would type it otherwise
        // (a strike or shelling that destroyed homes outranks this).
        SplitPhrase(
            verbs: wreckingVerbs,
            closers: [
                "mast", "masts", "telecommunications tower", "telecom tower", "phone tower", "cell tower",
                "communications tower", "houses", "homes", "huts", "shops", "stalls", "crops", "granaries",
                "property", "properties", "pylons", "pylon",
            ], gap: 4, minGap: 0, trigger: Trigger(type: .lootingDestruction, form: .verb, needsForce: true)),
        // "pushed the rebels out of the town": ground taken, with the ground after it.
        SplitPhrase(
            verbs: ["pushed", "forced", "chased", "expelled", "ousted", "flushed"], closers: ["out of"], gap: 4,
            trigger: Trigger(type: .territoryChange, form: .verb, needsForce: true)),
        // "established a forward operating base", "set up their headquarters in the captured town".
        // Armed people named: "set up a camp for the displaced" is relief.
        SplitPhrase(
            verbs: ["established", "establishing", "set", "setting", "erected", "opened", "opening", "built"],
            closers: ["base", "bases", "camp", "camps", "headquarters", "outpost", "outposts", "garrison"], gap: 4,
            trigger: Trigger(type: .baseEstablished, form: .verb, needsForce: true)),
        // "handed its positions in Bakhmut over to the army": ground handed over (the extractor
        // asks the object: weapons handed over are aid, anything else is neither).
        SplitPhrase(
            verbs: ["handed", "handing", "hands", "turned", "turning"], closers: ["over to"], gap: 5,
            trigger: Trigger(type: .militaryAid, form: .verb)),
    ]

    static let closers: [PhraseTable<Bool>] = list.map { PhraseTable($0.closers.map { ($0, true) }) }
    static let verbSets: [WordSet] = list.map { WordSet($0.verbs) }
    /// Words that end an object and start another clause: a closer after one belongs elsewhere
    /// ("set to resume fire", "fired them and set up a camp").
    static let clauseWords = WordSet([
        "said", "says", "is", "are", "was", "were", "will", "would", "and", "but", "to", "for", "that", "which",
        "who", "off", "out", "aside", "by", "when", "after", "before", "while", "as",
        // "opened fire on the base" is shooting, not a base opened.
        "fire",
    ])
    /// The end of a split phrase starting at `i` and the trigger it gives, or nil. Callers test
    /// first that the token is one of the list's verbs (the extractor's `triggerCues`).
    static func match(_ tokens: [Token], at i: Int, limit: Int) -> (end: Int, trigger: Trigger)? {
        for (n, phrase) in list.enumerated() where verbSets[n].contains(tokens[i]) {
            var k = i + 1
            while k < min(limit, i + 2 + phrase.gap) {
                if let (len, _) = closers[n].match(tokens, at: k, limit: limit) {
                    // The object stands between: "set on fire" is the lexicon's own phrase.
                    if k - i - 1 >= phrase.minGap { return (k + len, phrase.trigger) }
                    break
                }
                guard tokens[k].isWord || tokens[k].isNumber, !clauseWords.contains(tokens[k]) else { break }
                k += 1
            }
        }
        return nil
    }
}
