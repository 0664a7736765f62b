/// The event extractor: rules and lexicons over tokens, deterministic and explainable, with
/// every field traceable to the sentence it came from (SPEC §5–6).
///
/// Per sentence: find the words that report a happening (``EventLexicon``), drop what is not an
/// accomplished happening (negation, modality, commentary, categories such as "cases of"), type
/// it, then read its date (sentence → paragraph → publication date for the lead), place, actors,
/// weapons, targets and counts. Mentions of one happening in one article then merge.
public struct RuleEventExtractor: EventExtractor {
    public let gazetteer: Gazetteer
    let placeFinder: PlaceFinder
    let triggers: PhraseTable<Trigger>
    let actorFinder = ActorFinder()
    let countFinder = CountFinder()
    let targets: PhraseTable<String>
    /// Per token key, what `mayReport` and `bestTrigger` look for: one lookup per token instead
    /// of three (a trigger's first word, a split verb, an irrealis word).
    let triggerCues: KeyMap<TriggerCue>
    let militaryWords = WordSet([
        "military", "weapons", "arms", "ammunition", "shells", "missiles", "tanks", "howitzers", "drones",
        "air defense", "defense", "artillery", "equipment", "jets", "aid", "assistance", "systems", "rounds",
        "intelligence", "vehicles", "armoured", "armored", "launchers", "munitions", "warplanes", "helicopters",
    ])

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        placeFinder = PlaceFinder(gazetteer: gazetteer)
        triggers = EventLexicon.build()
        targets = PhraseTable(Cues.targetHeads.map { ($0, $0) })
        var cues: [(UInt64, TriggerCue)] = triggers.firstKeys.map { ($0, .trigger) }
        cues += SplitPhrases.list.flatMap(\.verbs).map { (Tokenizer.key($0), .splitVerb) }
        cues += Cues.irrealisList.map { (Tokenizer.key($0), .irrealis) }
        triggerCues = KeyMap(pairs: cues) { $0.union($1) }
    }

    struct TriggerCue: OptionSet, Sendable {
        let rawValue: UInt8
        static let trigger = TriggerCue(rawValue: 1)
        static let splitVerb = TriggerCue(rawValue: 2)
        static let irrealis = TriggerCue(rawValue: 4)
        /// A trigger or a split verb: where a phrase can match. Constants, because an array
        /// literal at the call allocated at every token.
        static let matchable: TriggerCue = [.trigger, .splitVerb]
        static let any: TriggerCue = [.trigger, .splitVerb, .irrealis]
    }

    /// The first token in `from..<to` with a cue among `wanted`, and its cues. A loop with no
    /// call in it: most tokens carry none, and the scans that call this are long functions
    /// whose own loops spilled their values to the stack at every token.
    @inline(__always)
    static func nextCue(
        _ cues: KeyMap<TriggerCue>, _ tokens: [Token], from: Int, to end: Int, among wanted: TriggerCue
    ) -> (Int, TriggerCue)? {
        var i = from
        while i < end {
            if let cue = cues[tokens[i].key], !cue.isDisjoint(with: wanted) { return (i, cue) }
            i += 1
        }
        return nil
    }

    public var gazetteerVersion: String? { gazetteer.version }

    static let k = (
        on: Tokenizer.key("on"), by: Tokenizer.key("by"), to: Tokenizer.key("to"), for: Tokenizer.key("for"),
        join: Tokenizer.key("join"), of: Tokenizer.key("of"), comma: Tokenizer.key(","), the: Tokenizer.key("the"),
        explosion: Tokenizer.key("explosion"), explosions: Tokenizer.key("explosions"), blast: Tokenizer.key("blast"),
        blasts: Tokenizer.key("blasts"), quote: Tokenizer.key("\""), capital: Tokenizer.key("capital"),
        must: Tokenizer.key("must"), fire: Tokenizer.key("fire"), since: Tokenizer.key("since"),
        positions: Tokenizer.key("positions"), day: Tokenizer.key("day"),
        overnight: Tokenizer.key("overnight"), into: Tokenizer.key("into"), that: Tokenizer.key("that"),
        whose: Tokenizer.key("whose"), between: Tokenizer.key("between"), from: Tokenizer.key("from"),
        after: Tokenizer.key("after"), without: Tokenizer.key("without"), shot: Tokenizer.key("shot"),
        launched: Tokenizer.key("launched"), armed: Tokenizer.key("armed"), under: Tokenizer.key("under"),
        times: Tokenizer.key("times"), openParen: Tokenizer.key("("),
        closeParen: Tokenizer.key(")"), missing: Tokenizer.key("missing")
    )
    /// Words before "missing" that say someone vanished ("went missing", "has been missing").
    static let vanishing = WordSet(["went", "gone", "been", "go", "goes", "reported", "remain", "remains", "still"])
    static let modals = WordSet(["may", "might", "could", "would", "will", "should", "can", "must"])
    static let dismissals = WordSet([
        "dismissed", "sacked", "fired", "ousted", "removed", "impeached", "dismissing", "firing",
    ])
    static let yearPrepositions = WordSet(["in", "since", "during", "throughout", "of", "until", "by"])
    static let reportingVerbs = WordSet([
        "said", "reported", "told", "announced", "stated", "confirmed", "claimed", "wrote", "posted", "added",
        "published", "say", "says", "report", "reports",
    ])

    public func events(in article: Article, articleID: String) -> [ExtractedEvent] {
        if let lang = article.lang, lang != "en" { return [] }
        let doc = Document(article)
        let mentions = merge(self.mentions(doc))
        let hex = articleID.dropFirst(2)
        var out: [ExtractedEvent] = []
        for m in mentions where keep(m) {
            out.append(
                EventRecordBuilder.build(m, index: out.count, articleHex: String(hex), doc: doc, gazetteer: gazetteer))
        }
        return out
    }

    /// The priority of a trigger form and type when a sentence holds several.
    func rank(_ t: Trigger) -> Int {
        switch t.form {
        case .speech: return t.plover == nil ? -1 : 0
        case .casualty: return 1
        case .generic: return 2
        case .noun, .verb:
            // Shells or grenades filled with gas: the gas is what ACLED codes.
            if t.subType == EventType.chemicalWeapon { return 21 }
            switch t.type {
            case .attackOnCivilians: return 20
            case .interception: return 19
            case .airDroneStrike: return 18
            case .shellingMissileAttack: return 17
            case .remoteExplosive: return 16
            case .abduction: return 15
            case .arrest: return 14
            case .territoryChange: return 13
            case .armedClash: return 12
            case .riot: return 11
            case .protest: return 10
            case .politicalCrisis: return 9
            case .troopDeployment: return 8
            case .militaryAid: return 7
            case .agreement: return 6
            case .lootingDestruction: return 5
            case .baseEstablished, .groupChange: return 4
            case .diplomacy: return 3
            case .statement: return 0
            }
        }
    }

    struct ParagraphState {
        var paragraph = -1
        var date: (TimeValue, String, Int)?
        var place: (Int, Int)?
        var lastViolent: EventType?
    }

    func mentions(_ doc: Document) -> [Mention] {
        var out: [Mention] = []
        var scanner = TimeScanner(tokens: doc.tokens, anchor: doc.article.published)
        var memory = ActorFinder.Memory()
        var state = ParagraphState()
        var countryVotes: [String: Int] = [:]
        var regionVotes: [String: Int] = [:]
        // The leading country and region of the votes, found again only after a vote: most
        // sentences name no place.
        var leaders: (context: String?, region: String?) = (nil, nil)
        var votesChanged = false
        var articleViolent: EventType?
        var lastInitiator: [EventType: (String, Int)] = [:]
        let leadParagraph = doc.paragraphOfSentence.first ?? 0
        // Stored properties that closures below read, as locals: a closure that reads a property
        // (or calls a method) captures `self` and copies the whole extractor, a retain per field,
        // each time it is formed.
        let gazetteer = self.gazetteer
        let triggerTable = triggers
        let background = Cues.background
        // Dates and places of a sentence, and what the paragraph carries on from it.
        func observe(_ s: Int) -> (scanned: [TimeMention], times: [TimeMention], places: [PlaceMention]) {
            let range = doc.sentenceTokens[s]
            let scanned = scanner.scan(range)
            let times = scanned.filter { m in
                guard m.value.recordDate != nil else { return false }
                if let pub = doc.article.published, let r = m.value.dayRange, r.lowerBound > pub.dayNumber {
                    return false
                }
                return true
            }
            if votesChanged {
                leaders.context = countryVotes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
                leaders.region = regionVotes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
                votesChanged = false
            }
            let (context, region) = leaders
            var places = placeFinder.places(doc, range, context: context, region: region)
            places.append(contentsOf: capitalPhrases(doc, range, context: context))
            for p in places {
                let place = gazetteer.places[p.place]
                countryVotes[place.country, default: 0] += 1
                votesChanged = true
                if place.country == "UA" || place.country == "RU", let a = place.admin1 {
                    regionVotes[a, default: 0] += 1
                }
            }
            return (scanned, times, places)
        }
        func carry(_ s: Int, _ times: [TimeMention], _ places: [PlaceMention]) {
            if let t = times.last(where: { $0.value.rank <= 2 }) ?? times.last {
                state.date = (t.value, doc.text(t.tokens), s)
            }
            if let p = places.last(where: { $0.afterPreposition && gazetteer.places[$0.place].kind != .country }) {
                state.place = (p.place, s)
            }
        }
        // Sentences that report nothing are read only if a later sentence of their paragraph
        // needs the date or place they carry: most of a long article costs one trigger lookup
        // per token.
        var pending: [Int] = []
        for (s, range) in doc.sentenceTokens.enumerated() where !range.isEmpty {
            let paragraph = doc.paragraphOfSentence[s]
            if paragraph != state.paragraph {
                state = ParagraphState(paragraph: paragraph, lastViolent: state.lastViolent)
                pending.removeAll(keepingCapacity: true)
            }
            guard mayReport(doc, range) else {
                pending.append(s)
                continue
            }
            for p in pending {
                let seen = observe(p)
                carry(p, seen.times, seen.places)
            }
            pending.removeAll(keepingCapacity: true)
            let (scanned, times, places) = observe(s)
            var actors = actorFinder.find(doc, range, memory: &memory)
            actors.removeAll { Self.isDateline(doc.tokens, $0.tokens, in: range) }
            // Countries named as the subject of what happens are actors too ("Greece demanded").
            for p in places where !p.afterPreposition && !Self.isDateline(doc.tokens, p.tokens, in: range) {
                let place = gazetteer.places[p.place]
                guard place.kind == .country, !actors.contains(where: { $0.tokens.overlaps(p.tokens) }) else {
                    continue
                }
                actors.append(ActorMention(tokens: p.tokens, name: place.name, kind: .state, country: place.name))
            }
            actors.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            defer { carry(s, times, places) }
            // Commentary: analysts, observers and "many" speak; nothing happens.
            if actors.contains(where: { $0.kind == .commentator }) { continue }
            if range.count > 2,
                isCommentaryOpening(doc, range, at: range.lowerBound)
                    || isCommentaryOpening(doc, range, at: range.lowerBound + 1)
            {
                continue
            }
            // "previously", but not "a previously unannounced visit" (a word about a word). A
            // loop: `contains(where:)` called its closure out of line at every token.
            var isBackground = false
            for i in range where background.contains(doc.tokens[i]) {
                if !(i + 1 < range.upperBound && doc.word(i + 1).lowercased().hasPrefix("un")) {
                    isBackground = true
                    break
                }
            }
            if isBackground { continue }
            guard let best = bestTrigger(doc, range, places: places) else { continue }
            var ploverOverride: String?
            var counts = countFinder.find(doc, range, excluding: scanned.map(\.tokens))
            // "… set the police station on fire after a man died in custody": the toll of the
            // cause (up to its comma) is not the happening's.
            if let after = causeClauseStart(doc.tokens, following: best, in: range) {
                let end = (after..<range.upperBound).first { doc.tokens[$0].key == Keys.comma } ?? range.upperBound
                counts.removeAll { (after..<end).contains($0.tokens.lowerBound) }
            }
            /// The type a trigger gives in this sentence and whether it is negated or hypothetical;
            /// nil when the trigger reports nothing here.
            func resolve(_ trigger: Trigger, _ triggerRange: Range<Int>) -> (type: EventType, irrealis: Bool)? {
                var type = trigger.type
                // Armed people: a force or state the actor finder names, or one named by its kind
                // ("the army", "the rebel group", "two jihadist factions").
                if trigger.needsForce, !actors.contains(where: { $0.kind == .force || $0.kind == .state }),
                    !range.contains(where: {
                        Cues.securityForces.contains(doc.tokens[$0]) || Cues.armedGroups.contains(doc.tokens[$0])
                    })
                {
                    return nil
                }
                // "Armed men destroyed a mast": the armed people are the subject, before the verb
                // ("the storm destroyed homes in Mozambique" names a state, not a destroyer).
                if trigger.type == .lootingDestruction, Self.wrecking.contains(doc.tokens[triggerRange.lowerBound]),
                    !(range.lowerBound..<triggerRange.lowerBound).contains(where: {
                        let t = doc.tokens[$0]
                        // A crowd too: its sub-type (mob, riot) comes from the crowd words later.
                        return Cues.securityForces.contains(t) || Cues.armedGroups.contains(t)
                            || Cues.irregularAttackers.contains(t) || Cues.crowdOfLocals.contains(t)
                            || Cues.crowd.contains(t) || Cues.mob.contains(t)
                    }),
                    !actors.contains(where: { $0.kind == .force && $0.tokens.upperBound <= triggerRange.lowerBound })
                {
                    return nil
                }
                let irrealis = trigger.form == .speech ? false : isIrrealis(doc, range, triggerRange)
                // "the battle against the water crisis", "the fight against corruption": a campaign.
                if Self.contests.contains(doc.tokens[triggerRange.lowerBound]),
                    isMetaphoricalContest(doc, range, after: triggerRange.upperBound)
                {
                    return nil
                }
                switch trigger.form {
                case .generic:
                    // "their boat sank": a ship sinks by itself too; sunk is an attack only by a
                    // weapon named or by a force as the subject ("the Armed Forces sank a barge").
                    if Self.sinkings.contains(doc.tokens[triggerRange.lowerBound]),
                        isNonViolentCause(doc, range)
                            || !range.contains(where: { Cues.namesWeapon(doc.tokens[$0]) })
                                && !actors.contains(where: {
                                    $0.kind == .force && $0.tokens.upperBound <= triggerRange.lowerBound
                                })
                    {
                        return nil
                    }
                    // "pressuring workers to cancel the strike": a walkout, not a missile strike.
                    if Self.strikes.contains(doc.tokens[triggerRange.lowerBound]),
                        range.contains(where: { Cues.labour.contains(doc.tokens[$0]) }),
                        !range.contains(where: {
                            let t = doc.tokens[$0]
                            return Cues.namesWeapon(t) || Cues.securityForces.contains(t)
                                || Self.harmed.contains(t)
                        })
                    {
                        type = .protest
                        break
                    }
                    // "Israeli forces killed two Palestinians during a raid": a raid names its own
                    // kind (on the ground, unless a weapon says otherwise), whatever the article's
                    // strikes before it were.
                    let ownKind = Self.groundRaids.contains(doc.tokens[triggerRange.lowerBound])
                    if let t = typeOfGeneric(doc, range, triggerRange, context: ownKind ? nil : state.lastViolent)
                        ?? (ownKind ? nil : articleViolent)
                    {
                        type = t
                    } else if Self.firedAt.contains(doc.tokens[triggerRange.lowerBound]), triggerRange.count > 1,
                        places.contains(where: { $0.tokens.lowerBound == triggerRange.upperBound })
                    {
                        // "fired at Ochakiv": fire on a town, with no weapon named, is shelling.
                        type = .shellingMissileAttack
                    } else if counts.contains(where: { $0.key == "killed" || $0.key == "injured" }) {
                        // "A ferry sank in a storm, killing three": deaths, but no violence.
                        if isNonViolentCause(doc, range) { return nil }
                        // "Dozens killed in attack on convoy": no weapon named, people died.
                        // "A Russian strike on a hospital killed a doctor": hit from afar, which
                        // ACLED counts as shelling whoever it killed.
                        if Self.remoteHits.contains(doc.tokens[triggerRange.lowerBound]) {
                            type = .shellingMissileAttack
                        } else {
                            type =
                                range.contains(where: { Cues.civilians.contains(doc.tokens[$0]) })
                                ? .attackOnCivilians : .armedClash
                        }
                    } else if !places.isEmpty
                        || (triggerRange.upperBound..<range.upperBound).contains(where: {
                            doc.tokens[$0].key == Self.k.positions || Cues.militaryTargets.contains(doc.tokens[$0])
                        }),
                        actors.contains(where: {
                            guard $0.tokens.upperBound <= triggerRange.lowerBound else { return false }
                            // A state only as the verb's subject ("Russia struck Odesa"), not as
                            // whoever else the sentence names ("Peru urged Ecuador to halt attacks").
                            return $0.kind == .force
                                || ($0.kind == .state && triggerRange.lowerBound - $0.tokens.upperBound <= 1)
                        })
                    {
                        // "Russian forces attacked Ukrainian positions near Avdiivka": forces fighting.
                        // "Ukrainian forces struck a depot near Toropets": hitting from afar, which
                        // with no weapon named is ACLED's shelling.
                        type =
                            Self.remoteHits.contains(doc.tokens[triggerRange.lowerBound])
                            ? .shellingMissileAttack : .armedClash
                    } else if (range.lowerBound..<triggerRange.lowerBound).contains(where: {
                        Cues.crowdOfLocals.contains(doc.tokens[$0]) || Cues.mob.contains(doc.tokens[$0])
                    }) {
                        // "Residents armed with sticks attacked a group of migrants": locals
                        // turning on people (the crowd's sub-type comes after).
                        type = .attackOnCivilians
                    } else {
                        return nil
                    }
                case .casualty:
                    // Army reports' words of loss count only with people counted ("destroyed 40
                    // soldiers") or materiel named ("destroyed a howitzer"), not "lost the vote".
                    let loss = Cues.lossVerbs.contains(doc.tokens[triggerRange.lowerBound])
                    // "Air defence destroyed 20 of 23 Russian drones": what is destroyed in the
                    // air is intercepted, not lost.
                    if loss, destroysAerialWeapons(doc.tokens, after: triggerRange.upperBound, in: range) {
                        type = .interception
                        break
                    }
                    if loss {
                        guard
                            counts.contains(where: { $0.key == "killed" || $0.key == "casualties" })
                                || range.contains(where: { Cues.materiel.contains(doc.tokens[$0]) })
                        else { return nil }
                    }
                    // "The storm killed 12 people", "killed in a traffic accident", "a fire at a
                    // plant killed two": deaths, but no political violence.
                    if !loss, isNonViolentCause(doc, range) { return nil }
                    // Deaths with no count need someone who caused them or someone who died
                    // ("there are dead", "the dead" name them too).
                    let theDead =
                        doc.tokens[triggerRange.lowerBound].key == Keys.dead
                        && triggerRange.lowerBound > range.lowerBound
                        && Self.deadNouns.contains(doc.tokens[triggerRange.lowerBound - 1])
                    guard
                        loss || theDead
                            || counts.contains(where: { ["killed", "injured", "casualties"].contains($0.key) })
                            || range.contains(where: {
                                CountFinder.isPerson(doc.tokens[$0])
                            })
                            // "dragged a suspect from a police car and killed him".
                            || (triggerRange.upperBound < range.upperBound
                                && Self.victimPronouns.contains(doc.tokens[triggerRange.upperBound]))
                    else { return nil }
                    // "2 civilians were killed and 5 injured." after a report of shelling: its toll.
                    // "Debris injured 3 people in Solomianskyi district": what fell from the attack
                    // just reported is that attack's toll, wherever it fell.
                    if let previous = state.lastViolent,
                        places.isEmpty || range.contains(where: { Self.debris.contains(doc.tokens[$0]) })
                    {
                        type = previous
                    } else if let weapon = typeOfGeneric(doc, range, triggerRange, context: nil),
                        weapon != .remoteExplosive
                            || range.contains(where: { Cues.explosiveWords.contains(doc.tokens[$0]) })
                    {
                        // "bombs dropped on Orikhiv, killing 2 civilians": the weapon types the deaths.
                        type = weapon
                    } else {
                        type =
                            range.contains(where: { Cues.civilians.contains(doc.tokens[$0]) })
                            ? .attackOnCivilians : .armedClash
                    }
                default: break
                }
                return (type, irrealis)
            }
            var (trigger, triggerRange) = best
            var resolved = resolve(trigger, triggerRange)
            // "Soldier killed in attack near Donetsk airport", "killed in attempt to attack": when
            // the attack word types nothing or is hypothetical, the deaths beside it still happened.
            // "Dozens killed in Ukraine ahead of peace summit": deaths counted outweigh the talks.
            let weak: Bool
            if trigger.form == .generic {
                weak = resolved?.irrealis != false
            } else if let r = resolved, [.diplomacy, .agreement, .politicalCrisis].contains(r.type) {
                // "Soldier killed after failed peace talks": a death outweighs the talks.
                weak = true
            } else {
                // "Two militias killed in … offensive", when the offensive names no one armed;
                // "rebels vow new offensive as rockets kill 30": the vow is not, the deaths are.
                weak = (resolved == nil && trigger.needsForce) || resolved?.irrealis == true
            }
            if weak,
                let casualty = firstTrigger(doc, range, form: .casualty),
                let r = resolve(casualty.0, casualty.1), !r.irrealis
            {
                (trigger, triggerRange, resolved) = (casualty.0, casualty.1, r)
            }
            guard let resolved else { continue }
            var type = resolved.type
            let irrealis = resolved.irrealis
            // "Ukrainian forces repelled the attack" on their positions is a fight; only against
            // something that flies is it an interception.
            if type == .interception, Self.repelled.contains(doc.tokens[triggerRange.lowerBound]),
                !range.contains(where: { Self.airborne.contains(doc.tokens[$0]) })
            {
                type = .armedClash
            }
            // "Armed men stormed a church, killing 40 worshippers": a raid needs armed people on
            // the other side to be a fight; when civilians are the only others named, it is an
            // attack on them. ("Civilians killed in fighting" stays a clash: the fight is named.)
            // Forces named before the verb are the raiders ("Russian forces opened fire on a
            // civilian car"); only after it are they the other side ("… stormed a police post").
            // A passive verb's agent is the raider too ("a civilian was shot by Russian soldiers").
            let otherSide =
                triggerRange.upperBound < range.upperBound && doc.tokens[triggerRange.upperBound].key == Self.k.by
                ? min(range.upperBound, triggerRange.upperBound + 4) : triggerRange.upperBound
            if type == .armedClash, Self.raids.contains(doc.tokens[triggerRange.lowerBound]),
                range.contains(where: { Cues.civilians.contains(doc.tokens[$0]) }),
                !(otherSide..<range.upperBound).contains(where: {
                    Cues.securityForces.contains(doc.tokens[$0])
                }),
                actors.filter({ $0.kind == .force || $0.kind == .state }).count <= 1
            {
                type = .attackOnCivilians
            }
            // "Gunmen on motorcycles killed 7 people in a village", "gunmen opened fire on a bus":
            // irregular attackers and unarmed victims, no fight named, no forces on the other side.
            if type == .armedClash, !Self.fights.contains(doc.tokens[triggerRange.lowerBound]),
                range.contains(where: { Cues.irregularAttackers.contains(doc.tokens[$0]) }),
                range.contains(where: {
                    Cues.civilians.contains(doc.tokens[$0]) || Cues.civilianTargets.contains(doc.tokens[$0])
                }),
                !range.contains(where: { Cues.securityForces.contains(doc.tokens[$0]) })
            {
                type = .attackOnCivilians
            }
            // "a combined missile and drone attack", "attacked Kyiv with missiles and drones": one
            // attack by both, which the missiles type (as the war notes code it).
            if type == .airDroneStrike, hasMissilesBesideDrones(doc.tokens, range) {
                type = .shellingMissileAttack
            }
            // "Ukrainian drones set a fuel depot on fire", "missiles destroyed homes": a weapon
            // that flies as the subject makes it a strike, whatever it wrecked.
            if type == .lootingDestruction {
                let before = range.lowerBound..<triggerRange.lowerBound
                if before.contains(where: { Cues.droneWords.contains(doc.tokens[$0]) }) {
                    type = .airDroneStrike
                } else if before.contains(where: { Cues.missileWords.contains(doc.tokens[$0]) }) {
                    type = .shellingMissileAttack
                }
            }
            // "went missing after being detained by unidentified men", "gunmen detained 5
            // villagers": held by people no state answers for, or not seen again, is an abduction
            // (ACLED: Abduction/forced disappearance).
            if type == .arrest,
                range.contains(where: {
                    Cues.unnamedCaptors.contains(doc.tokens[$0])
                        || ($0 > range.lowerBound && doc.tokens[$0].key == Self.k.missing
                            && Self.vanishing.contains(doc.tokens[$0 - 1]))
                })
            {
                type = .abduction
            }
            // Speakers: a person or state before the verb, or right after it ("…, Yoon said").
            // Not a possessive ("Lindner's proposed paper called for…" is no statement by Lindner).
            // The subject before the verb, or the one beside a verb of saying ("…, Yoon said").
            let speakers = actors.filter { a in
                guard
                    a.tokens.upperBound >= range.upperBound
                        || doc.tokens[a.tokens.upperBound].key != ActorFinder.k.possessive
                else { return false }
                if a.tokens.upperBound <= triggerRange.lowerBound { return true }
                let after =
                    a.tokens.upperBound < range.upperBound
                    && ActorFinder.sayingWords.contains(doc.tokens[a.tokens.upperBound])
                let before =
                    a.tokens.lowerBound > range.lowerBound
                    && ActorFinder.sayingWords.contains(doc.tokens[a.tokens.lowerBound - 1])
                return after || before
            }
            // The subject right before the verb, auxiliaries and adverbs apart, speaks for it
            // ("Scholz … had asked Lindner to relax spending rules, but Lindner refused"); else a
            // person named in the sentence, else the last actor before the verb.
            let direct = speakers.last { a in
                a.kind != .commentator && a.tokens.upperBound <= triggerRange.lowerBound
                    && triggerRange.lowerBound - a.tokens.upperBound <= 2
                    && (a.tokens.upperBound..<triggerRange.lowerBound).allSatisfy {
                        Self.auxiliaries.contains(doc.tokens[$0]) || ActorFinder.adverbs.contains(doc.tokens[$0])
                    }
            }
            var speaker =
                direct ?? speakers.first { $0.kind == .person }
                ?? speakers.last { $0.tokens.upperBound <= triggerRange.lowerBound && $0.kind != .commentator }
            // "Ibo traditional elders have demanded …": a demand, refusal or threat is made by its
            // subject, named or not.
            if speaker == nil, trigger.form == .speech, trigger.plover != nil {
                speaker = subject(doc, range, before: triggerRange.lowerBound)
            }
            if trigger.form == .speech,
                (max(range.lowerBound, triggerRange.lowerBound - 3)..<triggerRange.lowerBound).contains(where: {
                    Cues.relativePronouns.contains(doc.tokens[$0])
                }) || isInWhoseClause(doc, range, verb: triggerRange.lowerBound)
            {
                continue
            }
            // "The Air Force warned that Russian attack drones were in the vicinity": a warning
            // of what others do is an alert, not a threat; a threat says what the speaker will do
            // ("warned that it would retaliate", "warned of consequences").
            if trigger.form == .speech, trigger.plover == "THREATEN",
                Self.warnings.contains(doc.tokens[triggerRange.lowerBound]),
                triggerRange.upperBound < range.upperBound,
                doc.tokens[triggerRange.upperBound].key == Self.k.that
                    || Self.timeWords.contains(doc.tokens[triggerRange.upperBound]),
                !(triggerRange.upperBound..<range.upperBound).contains(where: {
                    Self.modals.contains(doc.tokens[$0]) || Self.comingAction.contains(doc.tokens[$0])
                        || Cues.threats.contains(doc.tokens[$0])
                })
            {
                continue
            }
            if irrealis || trigger.form == .speech {
                // Negated or hypothetical: a statement when someone says it, else nothing.
                guard let sp = speaker, sp.kind != .commentator else { continue }
                if trigger.form != .speech,
                    !range.contains(where: { ActorFinder.sayingWords.contains(doc.tokens[$0]) }),
                    triggerTable.match(doc.tokens, at: range.lowerBound) == nil,
                    !range.contains(where: { triggerTable.match(doc.tokens, at: $0)?.value.form == .speech })
                {
                    continue
                }
                let plainSay = trigger.form == .speech && trigger.plover == nil
                let hasNegation = range.contains { Cues.negation.contains(doc.tokens[$0]) }
                if plainSay && !hasNegation && !irrealis
                    && !range.contains(where: { Cues.irrealis.contains(doc.tokens[$0]) })
                {
                    continue
                }
                type = .statement
                // "Britain said Libya must hand over …": a demand in plain words.
                if trigger.plover == nil, range.contains(where: { doc.tokens[$0].key == Self.k.must }) {
                    ploverOverride = "DEMAND"
                }
                // "Finland will give Tanzania a grant", "France is ready to contribute troops": help
                // offered is a promise; "will not provide" a refusal.
                if trigger.form != .speech, irrealis, ploverOverride == nil,
                    [.militaryAid, .troopDeployment, .agreement].contains(resolved.type)
                {
                    ploverOverride = range.contains { Cues.negation.contains(doc.tokens[$0]) } ? "REJECT" : "AGREE"
                }
                // "Ethnic Albanians have sworn to fight": a blow promised is a threat.
                if trigger.form != .speech, irrealis, resolved.type.isViolent,
                    range.contains(where: { Cues.threats.contains(doc.tokens[$0]) })
                {
                    ploverOverride = "THREATEN"
                }
            }
            var subType = trigger.subType
            // "attacked Vovchansk 30 times": the regional authorities' count of shellings.
            if type == .armedClash, Self.attackWords.contains(doc.tokens[triggerRange.lowerBound]),
                let t = range.first(where: { doc.tokens[$0].key == Self.k.times }), t > range.lowerBound,
                doc.tokens[t - 1].isNumber || CountFinder.numberWords[doc.tokens[t - 1].key] != nil
            {
                type = .shellingMissileAttack
                subType = nil
            }
            if type != .statement {
                (type, subType) = refineCrowdEvent(type, subType, doc, range, trigger: triggerRange)
            }
            if type == .territoryChange, isUncontested(doc, range) {
                subType = EventType.nonViolentTransfer
            }
            var m = Mention(
                type: type, subType: subType,
                plover: type == .statement
                    ? trigger.plover ?? ploverOverride : type == trigger.type ? trigger.plover : nil,
                sentence: s,
                trigger: triggerRange, confidence: trigger.form == .verb || trigger.form == .noun ? 0.7 : 0.55)
            if [.airDroneStrike, .shellingMissileAttack, .remoteExplosive, .armedClash].contains(type) {
                state.lastViolent = type
                articleViolent = type
            }
            // Date.
            var eventTimes = times.filter { t in
                guard case .year = t.value else { return true }
                let b = t.tokens.lowerBound - 1
                return b >= range.lowerBound && Self.yearPrepositions.contains(doc.tokens[b])
            }
            // "Around 10 September 2022 (between 9 and 11 September)": the bracket spells out the
            // date before it; it is not another date.
            if eventTimes.count > 1 {
                eventTimes = eventTimes.indices.filter { n in
                    n == 0 || !isBracketedAfter(doc, eventTimes[n - 1].tokens, eventTimes[n].tokens)
                }.map { eventTimes[$0] }
            }
            if let span = trailingSpan(doc, range), let pub = doc.article.published,
                closest(eventTimes, to: triggerRange).map({ span.overlaps($0.tokens) }) ?? true
            {
                // "four killed over the past week": somewhere in the days up to the report, not
                // the calendar week before it (UCDP's ranges end the day before publication).
                m.date = .day(pub)
                m.dateText = doc.text(span)
                m.dateOrigin = .sentence
                m.dateBound = true
            } else if let t = closest(
                // "On 6 November (reported on 7 November)": the day it happened over the day it
                // was reported, which only bounds it when it is all the sentence gives.
                type == .statement || eventTimes.count < 2
                    ? eventTimes : eventTimes.filter { !isReportDate(doc, $0.tokens, range) }, to: triggerRange)
                ?? closest(eventTimes, to: triggerRange)
            {
                // "The film depicts the bombing of Dresden in 1945": a happening dated over a year
                // before the report is history the article recalls, not news it reports.
                // Only a date beside the trigger dates it so ("offered … suspected of blowing up
                // a plane in 1988" is an offer now), and "since 1961" is a bound, not a date.
                let near =
                    t.tokens.lowerBound <= triggerRange.upperBound + 6
                    && t.tokens.upperBound + 6 >= triggerRange.lowerBound
                let since =
                    t.tokens.lowerBound > range.lowerBound && doc.tokens[t.tokens.lowerBound - 1].key == Self.k.since
                if type != .statement, near, !since, let pub = doc.article.published, let r = t.value.dayRange,
                    r.upperBound < pub.dayNumber - Self.historyDays
                {
                    continue
                }
                m.date = t.value
                m.dateText = doc.text(t.tokens)
                m.dateOrigin = .sentence
                m.dateBound = type != .statement && isReportDate(doc, t.tokens, range)
                // "Between 3 and 5 November", "On 5-6 November": the last day bounds the
                // happening; it is not its date.
                if let start = dayRangeStart(doc, t.tokens, range) {
                    m.dateText = doc.text(start..<t.tokens.upperBound)
                    m.dateBound = true
                }
                m.confidence += 0.1
            } else if let (value, text, from) = state.date {
                m.date = value
                m.dateText = text
                m.dateOrigin = .paragraph(from)
                // "The next day, they shelled Marhanets": a day counted from the paragraph's.
                if case .day(let d) = value,
                    let (at, (len, shift)) = range.lazy.compactMap({ i in
                        Self.dayShifts.match(doc.tokens, at: i, limit: range.upperBound).map { (i, $0) }
                    }).first, let shifted = d.adding(days: shift),
                    doc.article.published.map({ shifted.dayNumber <= $0.dayNumber }) ?? true
                {
                    m.date = .day(shifted)
                    m.dateText = doc.text(at..<(at + len))
                }
            } else if paragraph == leadParagraph, let pub = doc.article.published {
                // The lead reports what happened by the time it was published, often the day
                // before (as UCDP dates most undated headlines): the publication day bounds the
                // date rather than states it.
                m.date = .day(pub)
                m.dateOrigin = .publication
                m.dateBound = true
            }
            // Actors; a violent event with no initiator named takes the one of the last event of its
            // type ("executed by Russian forces" … "the killing of six captured soldiers").
            addActors(
                &m, doc,
                // Deaths alone: who is named before them died ("Two soldiers killed"), unless
                // the verb has an object ("Russian soldiers killed 5 civilians").
                trigger.form == .casualty
                    ? actors.filter {
                        $0.tokens.lowerBound > triggerRange.lowerBound || Self.isAgent(doc, $0, triggerRange)
                    }
                    : actors,
                triggerRange, speaker: speaker, sentence: s)
            if m.type.isViolent {
                if let a = m.actors.first(where: { $0.role == "initiator" }) {
                    lastInitiator[m.type] = (a.name, s)
                } else if let (name, from) = lastInitiator[m.type] {
                    m.actors.append((name, "initiator", from))
                }
            }
            // Weapons, targets.
            m.weapons = weapons(doc, range)
            m.targets = targetsIn(doc, range)
            // Places: one event per listed place.
            let chosen = choosePlaces(type, places, doc: doc, trigger: triggerRange)
            var located: [Mention] = []
            if chosen.isEmpty {
                if type.isViolent, let (p, from) = state.place {
                    m.place = p
                    m.placeFrom = from
                }
                located = [m]
            } else {
                for p in chosen {
                    var c = m
                    c.place = p
                    c.confidence += 0.1
                    located.append(c)
                }
            }
            var countKeys: Set<String> =
                switch type {
                case .militaryAid: ["amount"]
                case .troopDeployment: ["troops"]
                case .interception: ["drones_downed", "missiles_downed", "drones_launched", "missiles_launched"]
                case .airDroneStrike, .shellingMissileAttack:
                    ["killed", "injured", "casualties", "missing", "drones_launched", "missiles_launched"]
                case .statement, .diplomacy, .agreement, .politicalCrisis: []
                case .arrest, .abduction: ["captured", "missing"]
                default: CountFinder.harmKeys
                }
            if type == .territoryChange, subType != EventType.nonViolentTransfer,
                let who = m.actors.first(where: { $0.role == "initiator" && $0.from == s }),
                let force = actors.first(where: { $0.name == who.name }),
                // An armed group filed under its country ("Al-Shabaab") is not that state.
                ActorFinder.knownGroups.match(doc.tokens, at: force.tokens.lowerBound, limit: force.tokens.upperBound)
                    == nil,
                let state = force.country,
                let iso = gazetteer.countryCode(named: state)
            {
                // Ground taken by the state it lies in is regained ("Russian forces retook
                // Sudzha"); by another state's forces, overtaken, as ACLED codes an invasion.
                // A force that withdraws leaves the ground to the other side.
                let withdrawal = Self.withdrawals.contains(doc.tokens[triggerRange.lowerBound])
                // With no place the gazetteer knows, a state's forces taking ground from rebels
                // or militants take back their own country's ground ("the Congolese army pushed
                // M23 rebels out of the town of Kitshanga").
                let fromGroups = range.contains { Self.nonStateSides.contains(doc.tokens[$0]) }
                for k in located.indices {
                    guard let p = located[k].place else {
                        if fromGroups {
                            located[k].subType =
                                withdrawal ? "Non-state actor overtakes territory" : "Government regains territory"
                        }
                        continue
                    }
                    located[k].subType =
                        (gazetteer.places[p].country == iso) != withdrawal
                        ? "Government regains territory" : "Non-state actor overtakes territory"
                }
            }
            // "Four people were injured when debris from a downed drone fell": the interception's
            // own toll, as ACLED counts it.
            if type == .interception, range.contains(where: { Self.debris.contains(doc.tokens[$0]) }) {
                countKeys.formUnion(["killed", "injured"])
            }
            var kept: [CountMention] = []
            for c in counts where countKeys.contains(c.key) && !kept.contains(where: { $0.key == c.key }) {
                kept.append(c)
            }
            // Tolls that each name their place make one event per place, each with its own.
            if type.isViolent, type != .territoryChange,
                let tolls = tollsByPlace(
                    places, counts.filter { countKeys.contains($0.key) }, doc: doc, range: range)
            {
                located = tolls.map { toll in
                    var c = m
                    c.place = toll.place
                    c.counts = toll.counts
                    c.confidence += 0.15
                    return c
                }
            } else if located.count == 1 {
                // One number across several places is not split among them.
                located[0].counts = kept
                if !kept.isEmpty { located[0].confidence += 0.05 }
            }
            out.append(contentsOf: located)
        }
        return out
    }

    /// A name in the dateline that opens a wire report ("KYIV, Ukraine (AP) —", "GAZA CITY,
    /// Palestinian Territories (AFP) -", "CAIRO, April 14 (Reuters) -"): the sentence opens with
    /// capitalised words, numbers and commas (one comma at least, before the name) up to a
    /// bracket or a dash. It says where and when the report was filed, not who acted.
    /// (Static: a closure that calls a method copies the whole extractor, a tenth of its time.)
    static func isDateline(_ tokens: [Token], _ name: Range<Int>, in range: Range<Int>) -> Bool {
        guard name.lowerBound > range.lowerBound, name.upperBound < range.upperBound else { return false }
        var comma = false
        var i = range.lowerBound
        let (openParen, hyphen, commaKey, dot) = (Self.k.openParen, Keys.hyphen, Keys.comma, Keys.dot)
        while i < min(range.upperBound, range.lowerBound + 12) {
            let t = tokens[i]
            if t.key == openParen || t.key == hyphen { return comma && i >= name.upperBound }
            if t.key == commaKey {
                if i >= name.lowerBound { return false }
                comma = true
            } else if !(t.isCapitalized && t.isWord) && !t.isNumber && t.key != dot {
                return false
            }
            i += 1
        }
        return false
    }

    /// Missiles and drones joined by "and" ("missile and drone", "drones and missiles"): one
    /// attack by both.
    func hasMissilesBesideDrones(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        for i in range where Self.missiles.contains(tokens[i]) {
            for (and, other) in [(i + 1, i + 2), (i - 1, i - 2)]
            where other >= range.lowerBound && other < range.upperBound && tokens[and].key == Keys.and
                && Self.drones.contains(tokens[other])
            {
                return true
            }
        }
        return false
    }
    static let missiles = WordSet(["missile", "missiles", "ballistic", "cruise"])
    static let drones = WordSet(["drone", "drones", "shahed", "shaheds", "uav", "uavs"])

    /// A disaster, an accident or a disease named as the cause, and no word of violence: "a fire"
    /// counts, "opened fire" or "artillery fire" does not.
    func isNonViolentCause(_ doc: Document, _ range: Range<Int>) -> Bool {
        var cause = false
        for i in range {
            let t = doc.tokens[i]
            if Cues.violenceWords.contains(t) { return false }
            if Cues.nonViolentCauses.contains(t) {
                cause = true
            } else if t.key == Self.k.fire, i > range.lowerBound, Self.articles.contains(doc.tokens[i - 1]) {
                cause = true
            }
        }
        return cause
    }

    static let articles = WordSet(["a", "the"])

    /// A word for security forces that names them, not a thing of theirs ("a police car", "the
    /// army base" only say whose the car or base is).
    func isForce(_ tokens: [Token], _ i: Int, in range: Range<Int>) -> Bool {
        Cues.securityForces.contains(tokens[i])
            && !(i + 1 < range.upperBound && Self.forceBelongings.contains(tokens[i + 1]))
    }
    static let forceBelongings = WordSet([
        "car", "cars", "vehicle", "vehicles", "van", "truck", "trucks", "station", "stations", "custody", "cell",
        "cells", "headquarters", "base", "bases", "post", "posts", "barracks",
    ])
    static let victimPronouns = WordSet(["him", "her", "them"])

    /// ACLED's crowd sub-types from the words around a protest, a riot or violence against a
    /// crowd: police using tear gas make a protest with intervention, protesters setting fire a
    /// violent demonstration, troops killing demonstrators excessive force, a mob mob violence.
    func refineCrowdEvent(
        _ type: EventType, _ subType: String?, _ doc: Document, _ range: Range<Int>, trigger: Range<Int>
    ) -> (EventType, String?) {
        let tokens = doc.tokens
        func has(_ words: WordSet) -> Bool { range.contains { words.contains(tokens[$0]) } }
        switch type {
        case .protest:
            if has(Cues.crowdViolence) { return (.riot, "Violent demonstration") }
            if has(Cues.lethal) && has(Cues.securityForces) { return (.protest, "Excessive force against protesters") }
            if has(Cues.intervention) { return (.protest, "Protest with intervention") }
        case .attackOnCivilians, .armedClash, .lootingDestruction:
            if has(Cues.mob) { return (.riot, "Mob violence") }
            // "Villagers beat to death two men", "angry residents set the station on fire": locals
            // as the subject, no one armed among them.
            let before = range.lowerBound..<trigger.lowerBound
            if before.contains(where: { Cues.crowdOfLocals.contains(doc.tokens[$0]) }),
                !before.contains(where: { isForce(doc.tokens, $0, in: range) }),
                // "Fulani militants killed 40 villagers in raids": the locals are the victims.
                !before.contains(where: {
                    Cues.armedGroups.contains(doc.tokens[$0]) && doc.tokens[$0].key != Self.k.armed
                }),
                !has(Cues.irregularAttackers), !has(Self.fights)
            {
                // "Angry residents set the police station on fire": locals turning on the state's
                // own (its police, its buildings) is a demonstration turned violent.
                // ("…, police said" only tells who reports it.)
                if (trigger.lowerBound..<range.upperBound).contains(where: {
                    (Cues.securityForces.contains(doc.tokens[$0]) || Self.stateBuildings.contains(doc.tokens[$0]))
                        && !($0 + 1 < range.upperBound && Self.reportingVerbs.contains(doc.tokens[$0 + 1]))
                }) {
                    return (.riot, "Violent demonstration")
                }
                return (.riot, "Mob violence")
            }
            // "Police opened fire on a crowd of protesters, killing 2": shooting into a crowd.
            // "Police killed two people when they fired on opposition supporters": a gathering
            // named only as a crowd or as someone's supporters counts when forces fire on it.
            // ("Soldiers shot dead three supporters of the militia in a firefight" is a fight.)
            if has(Self.firing), has(Cues.lethal), has(Cues.securityForces),
                has(Cues.crowd) || (has(Self.crowdsFiredOn) && !has(Self.fights) && !has(Cues.armedGroups))
            {
                return (.protest, "Excessive force against protesters")
            }
            // "Students clashed with police after a rally": a demonstration turned violent.
            if type == .armedClash, has(Cues.protestWords), has(Cues.police) { return (.riot, "Violent demonstration") }
            // "Protesters stormed the parliament": the crowd did it, with no one armed against it.
            if (range.lowerBound..<trigger.lowerBound).contains(where: { Cues.crowd.contains(doc.tokens[$0]) }),
                !has(Cues.securityForces)
            {
                return (.riot, "Violent demonstration")
            }
            if has(Cues.crowd) && has(Cues.securityForces) { return (.protest, "Excessive force against protesters") }
        case .riot:
            if has(Cues.mob) { return (.riot, "Mob violence") }
        // "Police arrested 28 students when they cleared a protest camp": the protest's end.
        case .arrest:
            // Not the month ("On 9 March, police arrested a man for a post"), nor the charge
            // ("arrested for protesting abortion").
            let protest = range.contains {
                let t = doc.tokens[$0]
                if $0 > range.lowerBound, Self.reasonWords.contains(doc.tokens[$0 - 1]) { return false }
                // A protest of several words too ("broke up a sit-in … and arrested its organisers").
                return (Cues.protestWords.contains(t) && !t.isCapitalized) || Cues.crowd.contains(t)
                    || Self.gatherings.contains(t)
                    || triggers.match(doc.tokens, at: $0, limit: range.upperBound).map {
                        $0.length > 1 && $0.value.type == .protest
                    } == true
                    // "wives of soldiers who gathered near the Kremlin": people assembled
                    // somewhere (not "gathered intelligence").
                    || (Self.assemblies.contains(t) && $0 + 1 < range.upperBound
                        && Self.assemblyPlaces.contains(doc.tokens[$0 + 1]))
            }
            if protest, !has(Self.chargeWords), !has(Cues.irrealis) {
                return (.protest, "Protest with intervention")
            }
        default: break
        }
        return (type, subType)
    }

    /// A commentator at `i`, opening the sentence: "Analysts say", "Many believe". "Some" and
    /// "many" before a number or people only count them ("Some 200 people were killed", "Many
    /// residents fled"), unless an opinion follows ("Many people believe …").
    func isCommentaryOpening(_ doc: Document, _ range: Range<Int>, at i: Int) -> Bool {
        let t = doc.tokens[i]
        guard Cues.commentators.contains(t) else { return false }
        guard Self.quantifiers.contains(t), i + 1 < range.upperBound else { return true }
        let next = doc.tokens[i + 1]
        if next.isNumber { return false }
        guard CountFinder.isPerson(next) else { return true }
        return (i + 2..<min(range.upperBound, i + 5)).contains { Self.opinions.contains(doc.tokens[$0]) }
    }
    static let quantifiers = WordSet(["some", "many"])
    static let opinions = WordSet([
        "say", "says", "said", "believe", "believes", "think", "thinks", "fear", "fears", "feel", "feels", "felt",
        "argue", "argues", "expect", "expects", "suspect", "suspects", "worry", "worries", "doubt", "hope", "predict",
    ])

    /// Ground that changed hands with no fight, said in so many words (ACLED: Non-violent transfer
    /// of territory): "entered unopposed", "without a fight". One side leaving and the other
    /// moving in is not enough: "militants took over the town after the army withdrew" is
    /// ground overtaken.
    func isUncontested(_ doc: Document, _ range: Range<Int>) -> Bool {
        let tokens = doc.tokens
        for i in range {
            if Self.uncontested.contains(tokens[i]) { return true }
            // "… after Armenia handed it over", "under the peace deal": ground given, not taken.
            if let (_, t) = triggers.match(tokens, at: i, limit: range.upperBound),
                t.subType == EventType.nonViolentTransfer
            {
                return true
            }
            if tokens[i].key == Self.k.under,
                (i + 1..<min(range.upperBound, i + 4)).contains(where: { Self.deals.contains(tokens[$0]) })
            {
                return true
            }
            if tokens[i].key == Self.k.without,
                (i + 1..<min(range.upperBound, i + 4)).contains(where: { Self.resistance.contains(tokens[$0]) })
            {
                return true
            }
        }
        return false
    }

    /// "the Ukrainian capital", "the capital": the capital city, of the named country or else the
    /// article's main one.
    func capitalPhrases(_ doc: Document, _ range: Range<Int>, context: String?) -> [PlaceMention] {
        var out: [PlaceMention] = []
        let capital = Self.k.capital
        let tokens = doc.tokens
        for i in range where tokens[i].key == capital && i > range.lowerBound {
            var iso = context
            var start = i - 1
            if let country = actorFinder.states.single(tokens[i - 1].key) {
                iso = gazetteer.countryCode(named: country)
                start = i - 2
            }
            guard start >= range.lowerBound, tokens[start].key == Self.k.the, let iso,
                let cap = gazetteer.capitals[iso]
            else { continue }
            let prep = start - 1 >= range.lowerBound && Cues.locationPrepositions.contains(tokens[start - 1])
            out.append(PlaceMention(tokens: start..<(i + 1), place: cap, afterPreposition: prep, possessive: false))
        }
        return out
    }

    /// Whether a sentence holds a trigger worth reading it for: any but a plain verb of saying,
    /// which counts only beside a negation or a modal ("does not rule out").
    func mayReport(_ doc: Document, _ range: Range<Int>) -> Bool {
        var saying = false
        var modal = false
        let tokens = doc.tokens
        let cues = triggerCues
        var next = range.lowerBound
        while let (i, cue) = Self.nextCue(cues, tokens, from: next, to: range.upperBound, among: .any) {
            next = i + 1
            if cue.contains(.irrealis) { modal = true }
            if cue.contains(.splitVerb), SplitPhrases.match(tokens, at: i, limit: range.upperBound) != nil {
                return true
            }
            guard cue.contains(.trigger), let (_, trigger) = triggers.match(tokens, at: i, limit: range.upperBound)
            else { continue }
            if trigger.form != .speech || trigger.plover != nil { return true }
            saying = true
        }
        return saying && modal
    }

    func bestTrigger(_ doc: Document, _ range: Range<Int>, places: [PlaceMention]) -> (Trigger, Range<Int>)? {
        var best: (Trigger, Range<Int>)?
        var speechBefore: Range<Int>?
        var i = range.lowerBound
        let tokens = doc.tokens
        let cues = triggerCues
        while let (at, cue) = Self.nextCue(cues, tokens, from: i, to: range.upperBound, among: .matchable) {
            i = at
            // "set the police station on fire", "fired thousands of rockets": the phrase split by
            // its object, which the lexicon's contiguous phrases cannot hold.
            let split =
                cue.contains(.splitVerb) ? SplitPhrases.match(tokens, at: i, limit: range.upperBound) : nil
            guard
                let (len, matched) = split.map({ ($0.end - i, $0.trigger) })
                    ?? triggers.match(tokens, at: i, limit: range.upperBound)
            else {
                i += 1
                continue
            }
            let r = i..<(i + len)
            i += len
            var t = matched
            // "handed over their last base to the army": ground handed over changes hands;
            // weapons handed over are aid.
            if t.type == .militaryAid, handsOverGround(tokens, after: r.upperBound, in: range) {
                t = Trigger(type: .territoryChange, form: .verb, subType: EventType.nonViolentTransfer)
            } else if t.type == .militaryAid, split != nil {
                // "handed its positions over to …" names what it hands over inside the phrase.
                if r.contains(where: { Self.groundObjects.contains(tokens[$0]) }) {
                    t = Trigger(type: .territoryChange, form: .verb, subType: EventType.nonViolentTransfer)
                } else if !r.contains(where: { militaryWords.contains(tokens[$0]) }) {
                    continue
                }
            }
            // "delivered a first batch of cruise missiles to Ukraine": the weapons handed over,
            // not fired.
            if let b = best, b.0.type == .militaryAid, t.form == .noun,
                t.type == .shellingMissileAttack || t.type == .airDroneStrike || t.type == .remoteExplosive,
                r.lowerBound - b.1.upperBound <= 8,
                !(b.1.upperBound..<r.lowerBound).contains(where: {
                    tokens[$0].key == Keys.comma || Self.reportingVerbs.contains(tokens[$0])
                        || Self.objectEnders.contains(tokens[$0])
                })
            {
                continue
            }
            // "Kenyan police officers arrived in Port-au-Prince": forces arriving are deployed,
            // not visiting.
            if t.type == .diplomacy, Self.arrivals.contains(tokens[r.lowerBound]),
                (range.lowerBound..<r.lowerBound).contains(where: { Cues.securityForces.contains(tokens[$0]) })
            {
                t = Trigger(type: .troopDeployment, form: .verb)
            }
            // "… set the police station on fire after a man died in custody": what an "after"
            // clause reports is the cause of the happening already found, not another one.
            // (A toll found first still yields to its cause: "injured after Russian forces
            // shelled Kherson" is the shelling.)
            if let b = best, t.form != .speech, let after = causeClauseStart(tokens, following: b, in: range),
                after < r.lowerBound
            {
                continue
            }
            // "cases of executions", "allegations of war crimes": a category, not a happening.
            if isGeneralized(tokens, r, range) { continue }
            // "the clearest demonstration of support": a display, not a protest.
            if t.type == .protest, Self.displayNouns.contains(tokens[r.lowerBound]),
                r.upperBound + 1 < range.upperBound,
                tokens[r.upperBound].key == Keys.of,
                !CountFinder.people.contains(tokens[r.upperBound + 1]), !tokens[r.upperBound + 1].isCapitalized
            {
                continue
            }
            // "resigned in protest": the motive of what happened, not a protest of its own.
            if best != nil, t.type == .protest, r.lowerBound > range.lowerBound,
                Self.inWord.contains(tokens[r.lowerBound - 1])
            {
                continue
            }
            // "detained two men suspected of helping plan missile strikes": what the arrested are
            // suspected or accused of is no happening reported here.
            if let b = best, b.0.type == .arrest, t.form != .speech,
                (b.1.upperBound..<r.lowerBound).contains(where: { Self.chargeWords.contains(tokens[$0]) })
            {
                continue
            }
            // "arrested a suspect over the bombing": the reason for what happened, not it.
            if best != nil, t.form == .noun || t.form == .generic, isReason(tokens, r, range) { continue }
            // "will impose", "may halt": the base form threatens only under a modal or a plan;
            // "managed to halt the advance", "cut off the supply route" are done.
            if t.form == .speech, Self.baseFormThreats.contains(tokens[r.lowerBound]),
                !(max(range.lowerBound, r.lowerBound - 3)..<r.lowerBound).contains(where: {
                    Self.announcing.contains(tokens[$0])
                })
            {
                continue
            }
            // "killed while defusing a mine": the blast, not a bomb made safe; "was clearing
            // mines when it was attacked": the attack.
            if t.type == .interception, Cues.defusals.contains(tokens[r.lowerBound]),
                range.contains(where: { Self.harmed.contains(tokens[$0]) || Self.interrupting.contains(tokens[$0]) })
            {
                continue
            }
            // "infantry fighting vehicles": a kind of vehicle; "without a fight": none fought.
            if t.type == .armedClash, len == 1, r.upperBound < range.upperBound,
                Self.fightingKinds.contains(tokens[r.upperBound])
            {
                continue
            }
            if t.type == .armedClash,
                (max(range.lowerBound, r.lowerBound - 2)..<r.lowerBound).contains(where: {
                    tokens[$0].key == Self.k.without
                })
            {
                continue
            }
            // "air raid sirens", "a drone attack warning": a warning, not a raid. Only after a
            // noun: "drones attacked shelters" is the attack.
            if t.type == .airDroneStrike, r.upperBound < range.upperBound, Self.alarms.contains(tokens[r.upperBound]),
                Self.attackNouns.contains(tokens[r.upperBound - 1])
            {
                continue
            }
            // "met with Biden to discuss further military aid": what a meeting discusses is its
            // topic, not a happening.
            if best != nil,
                (max(range.lowerBound, r.lowerBound - 4)..<r.lowerBound).contains(where: {
                    Self.discussing.contains(tokens[$0])
                })
            {
                continue
            }
            // "riot police", "riot gear": the police, not a riot.
            if t.type == .riot, len == 1, r.upperBound < range.upperBound,
                Self.riotUnits.contains(tokens[r.upperBound])
            {
                continue
            }
            // "pledged another $400 million in weapons": aid promised in figures is aid; "pledged
            // to support" stays a promise.
            if t.form == .speech, t.plover == "AGREE", Self.pledges.contains(tokens[r.lowerBound]),
                r.upperBound < range.upperBound, tokens[r.upperBound].key != Self.k.to,
                range.contains(where: { militaryWords.contains(tokens[$0]) })
            {
                t = Trigger(type: .militaryAid, form: .verb)
            }
            if t.type == .territoryChange, t.subType == nil, len == 1, Self.seizures.contains(tokens[r.lowerBound]) {
                // "the captured town": the word describes the ground, no capture is reported here.
                if r.lowerBound > range.lowerBound, Self.determiners.contains(tokens[r.lowerBound - 1]) { continue }
                // "Bandits seized 20 passengers": people taken, not ground.
                if objectHead(
                    tokens, after: r.upperBound, in: range, within: 5,
                    isHead: { Cues.civilians.contains($0) || Self.takenPeople.contains($0) },
                    skipping: { $0.isNumber || Self.groundModifiers.contains($0) || Self.peopleModifiers.contains($0) })
                    != nil || range.contains(where: { Self.ransoms.contains(tokens[$0]) })
                {
                    t = Trigger(type: .abduction, form: .verb)
                } else if r.lowerBound - 2 >= range.lowerBound, Self.beVerbs.contains(tokens[r.lowerBound - 1]),
                    CountFinder.isPerson(tokens[r.lowerBound - 2])
                {
                    // "Two soldiers were captured in the Kursk region": people taken, not ground;
                    // civilians are abducted, fighters taken in a fight.
                    let civilians =
                        Cues.civilians.contains(tokens[r.lowerBound - 2])
                        || Self.takenPeople.contains(tokens[r.lowerBound - 2])
                    t = Trigger(type: civilians ? .abduction : .armedClash, form: .verb)
                }
            }
            if t.form == .speech && t.plover != nil { speechBefore = speechBefore ?? r }
            if t.type == .territoryChange {
                // "six captured Ukrainian soldiers": the word describes people. A handover names
                // whom the ground goes to after it ("leaving it to Malian forces").
                let handover = t.subType == EventType.nonViolentTransfer
                if !handover, r.upperBound < range.upperBound,
                    actorFinder.states.single(tokens[r.upperBound].key) != nil
                        || CountFinder.isPerson(tokens[r.upperBound])
                {
                    continue
                }
                // A handover names its ground anywhere in the sentence ("withdrew from Kidal,
                // handing it over"), by a place or by what it is ("handed control of the border
                // crossing"); a capture names it just after, by a place or a word for one, or
                // in its own words ("took the town of Harib").
                guard
                    handover
                        && (!places.isEmpty || range.contains(where: { Self.groundObjects.contains(tokens[$0]) }))
                        || places.contains(where: {
                            $0.tokens.lowerBound >= r.upperBound && $0.tokens.lowerBound <= r.upperBound + 6
                        })
                        || (r.lowerBound..<min(range.upperBound, r.upperBound + 4)).contains(where: {
                            Keys.settlements.contains(tokens[$0]) || Self.strongholds.contains(tokens[$0])
                        })
                        // The passive names it before: "The town of Bakhmut was captured by …".
                        || (r.lowerBound > range.lowerBound && Self.beVerbs.contains(tokens[r.lowerBound - 1])
                            && places.contains(where: {
                                $0.tokens.upperBound < r.lowerBound && $0.tokens.upperBound + 3 >= r.lowerBound
                            }))
                else { continue }
            }
            // "50 of 84 drones launched by Russia": the launch describes what was downed.
            if len == 1, tokens[r.lowerBound].key == Self.k.launched, r.lowerBound > range.lowerBound,
                Self.aerialWeapons.contains(tokens[r.lowerBound - 1]), r.upperBound < range.upperBound,
                Self.launchedBy.contains(tokens[r.upperBound])
            {
                continue
            }
            // "shot a civilian", "two soldiers were shot by …": shooting at people; "shot a
            // video" or "shot wide" is none.
            if len == 1, t.form == .verb, tokens[r.lowerBound].key == Self.k.shot,
                !(r.upperBound..<min(range.upperBound, r.upperBound + 4)).contains(where: {
                    CountFinder.isPerson(tokens[$0])
                }),
                !(r.upperBound < range.upperBound && tokens[r.upperBound].key == Self.k.by
                    && (max(range.lowerBound, r.lowerBound - 4)..<r.lowerBound).contains(where: {
                        CountFinder.isPerson(tokens[$0])
                    }))
            {
                continue
            }
            // "fired Finance Minister Lindner", not "fired a missile".
            if t.type == .politicalCrisis, len == 1, Self.dismissals.contains(tokens[r.lowerBound]) {
                guard r.upperBound < range.upperBound, tokens[r.upperBound].isCapitalized else { continue }
            }
            if t.type == .militaryAid, t.form == .verb, len == 1,
                !range.contains(where: { militaryWords.contains(tokens[$0]) })
            {
                continue
            }
            // "suspended aid deliveries", "halted economic aid": help stopped is no help given.
            if t.type == .militaryAid,
                (max(range.lowerBound, r.lowerBound - 4)..<r.lowerBound).contains(where: {
                    Self.halts.contains(tokens[$0])
                })
            {
                continue
            }
            // "withdrew from the talks" is no troop movement: troops must be named.
            if t.type == .troopDeployment, t.plover != nil,
                !range.contains(where: {
                    Cues.securityForces.contains(tokens[$0]) || Self.troopWords.contains(tokens[$0])
                })
            {
                continue
            }
            // "withdrew from Kidal, handing it over to the army": the handover says how ground changed hands.
            // At equal rank, a trigger that needs no armed people named beats one that does
            // ("Authorities dispersed a rally": the rally, whoever broke it up).
            if let b = best, rank(b.0) > rank(t) || (rank(b.0) == rank(t) && (!b.0.needsForce || t.needsForce)),
                !(t.type == .territoryChange && t.subType == EventType.nonViolentTransfer
                    && b.0.type == .territoryChange)
            {
                continue
            }
            best = (t, r)
        }
        // "urging them to … initiate peace negotiations": what is urged has not happened.
        if let b = best, b.0.form != .speech, let sp = speechBefore, sp.upperBound <= b.1.lowerBound {
            let plover = triggers.match(tokens, at: sp.lowerBound)?.value.plover
            // "The two sides agreed to a 72-hour truce": agreeing to an agreement is one.
            if b.0.type == .agreement && plover == "AGREE" && !isIrrealis(doc, range, sp) { return best }
            return (
                Trigger(
                    type: .statement, form: .speech, plover: triggers.match(tokens, at: sp.lowerBound)?.value.plover),
                sp
            )
        }
        return best
    }

    /// The first trigger of `form` in the sentence.
    func firstTrigger(_ doc: Document, _ range: Range<Int>, form: Trigger.Form) -> (Trigger, Range<Int>)? {
        var i = range.lowerBound
        while i < range.upperBound {
            guard let (len, t) = triggers.match(doc.tokens, at: i, limit: range.upperBound) else {
                i += 1
                continue
            }
            if t.form == form { return (t, i..<(i + len)) }
            i += len
        }
        return nil
    }

    func isGeneralized(_ tokens: [Token], _ r: Range<Int>, _ range: Range<Int>) -> Bool {
        var j = r.lowerBound - 1
        // Past an article and names that qualify the trigger ("talks on a Gaza ceasefire").
        var skipped = 0
        let articles = Self.articles
        while j >= range.lowerBound, skipped < 3, articles.contains(tokens[j]) || tokens[j].isCapitalized {
            j -= 1
            skipped += 1
        }
        guard j - 1 >= range.lowerBound, Self.relating.contains(tokens[j]) else { return false }
        return Cues.generalizers.contains(tokens[j - 1])
    }

    /// Days counted from the date the paragraph gave ("the next day" after "On 7 November").
    static let dayShifts = PhraseTable([
        ("the next day", 1), ("the following day", 1), ("a day later", 1), ("the day after", 1),
        ("the next morning", 1), ("the following morning", 1), ("two days later", 2), ("three days later", 3),
        ("the previous day", -1), ("the day before", -1), ("later that day", 0), ("the same day", 0),
    ])
    static let firedAt = WordSet(["fired", "fire"])
    static let firing = WordSet(["opened", "fired", "shot"])
    static let raids = WordSet([
        "stormed", "storming", "raided", "raid", "opened", "shooting", "shootings", "shot", "attacked", "assault",
        "assaulted", "ambush", "ambushed",
    ])
    static let remoteHits = WordSet(["hit", "hits", "struck", "strike", "strikes"])
    static let strikes = WordSet(["strike", "strikes"])
    static let debris = WordSet(["debris", "wreckage", "fragments", "shrapnel"])
    static let inWord = WordSet(["in"])
    static let baseFormThreats = WordSet(["impose", "tighten", "halt", "expel", "sever", "retaliate", "cut"])
    static let announcing = WordSet([
        "will", "would", "may", "might", "could", "shall", "plans", "plan", "planned", "planning", "intends",
        "intend", "prepared", "ready", "threatened", "threatens", "threatening", "considering", "consider",
        "warned", "vowed", "'ll",
    ])
    static let planted = WordSet(["planted", "rigged", "hidden", "concealed", "booby-trapped", "strapped"])
    static let explodedWords = WordSet(["exploded", "explodes", "went"])
    static let fights = WordSet([
        "fighting", "clashes", "clash", "clashed", "battle", "battles", "firefight", "gunfight", "skirmish",
        "skirmishes", "exchange", "exchanged", "fought", "combat", "shootout",
    ])

    /// The plain subject that opens the sentence and runs up to the verb (auxiliaries and a day
    /// between them allowed): "The UNITA militarist wing refused". Nil when anything else comes
    /// between (a clause, a pronoun, punctuation) or it is longer than a name.
    func subject(_ doc: Document, _ range: Range<Int>, before verb: Int) -> ActorMention? {
        var start = range.lowerBound
        if start < verb, Self.articles.contains(doc.tokens[start]) { start += 1 }
        var end = start
        while end < verb,
            doc.tokens[end].isWord || doc.tokens[end].key == Keys.hyphen
                || doc.tokens[end].key == ActorFinder.k.possessive
        {
            if Self.subjectEnds.contains(doc.tokens[end]) { break }
            end += 1
        }
        guard end > start, end - start <= 6, !Cues.pronouns.contains(doc.tokens[start]) else { return nil }
        // Only auxiliaries, days and adverbs may stand between the subject and the verb.
        for k in end..<verb
        where !Self.subjectEnds.contains(doc.tokens[k]) && !ActorFinder.adverbs.contains(doc.tokens[k]) {
            return nil
        }
        let r = start..<end
        return ActorMention(tokens: r, name: actorFinder.normalized(doc.text(r)), kind: .organisation, country: nil)
    }
    /// "…, whose leader, Friedrich Merz, has called for …": the verb belongs to a relative
    /// clause opened by "whose" and its noun, with at most a name set off by commas and
    /// auxiliaries before the verb. Background about someone, not a new statement.
    func isInWhoseClause(_ doc: Document, _ range: Range<Int>, verb: Int) -> Bool {
        let from = max(range.lowerBound, verb - 10)
        guard let whose = (from..<verb).last(where: { doc.tokens[$0].key == Self.k.whose }), whose + 2 <= verb,
            doc.tokens[whose + 1].isWord
        else { return false }
        return (whose + 2..<verb).allSatisfy { k in
            let t = doc.tokens[k]
            return t.key == Keys.comma || t.isCapitalized || Self.auxiliaries.contains(t)
                || ActorFinder.adverbs.contains(t)
        }
    }
    static let stateBuildings = WordSet([
        "parliament", "courthouse", "prefecture", "ministry", "barracks", "offices", "headquarters",
    ])
    static let auxiliaries = WordSet(["has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does"])
    static let warnings = WordSet(["warned", "warns", "warning"])
    /// Words that announce the speaker's own coming action after a warning.
    static let comingAction = WordSet(["shall", "'ll", "going", "ready", "prepared"])
    static let timeWords = WordSet(["throughout", "overnight", "during", "earlier", "late", "early"])
    static let subjectEnds = WordSet([
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "again", "today", "yesterday",
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "said", "says",
        "that", "which", "who", "and", "but", "in", "of", "to", "for", "with", "by", "at", "from", "as",
    ])
    static let halts = WordSet([
        "suspended", "suspends", "halted", "halts", "froze", "frozen", "freezes", "cut", "cuts", "stopped",
        "withheld", "ended", "prohibit", "prohibited", "banned", "blocked", "paused",
    ])
    static let troopWords = WordSet(["peacekeepers", "peacekeeping", "contingent", "units", "battalion", "brigade"])
    static let contests = WordSet(["battle", "battles", "fight", "fighting", "war", "struggle", "combat"])

    /// "battle against the global water crisis", "fight against corruption", "war on drugs":
    /// the object of the contest is a problem, not an enemy.
    func isMetaphoricalContest(_ doc: Document, _ range: Range<Int>, after end: Int) -> Bool {
        guard end < range.upperBound, Self.againstOn.contains(doc.tokens[end]) else { return false }
        for k in (end + 1)..<min(range.upperBound, end + 7) {
            let t = doc.tokens[k]
            if Cues.problems.contains(t) { return true }
            if !t.isWord || Cues.securityForces.contains(t) { return false }
        }
        return false
    }
    static let againstOn = WordSet(["against", "on"])
    static let displayNouns = WordSet(["demonstration", "demonstrations"])
    static let deadNouns = WordSet(["are", "were", "the", "is"])
    /// Days before publication past which a dated happening is history, not news.
    static let historyDays = 400
    static let clauseOpenerWords = ["as", "after", "when", "while", "because", "since", "where"]
    static let clauseOpeners = WordSet(clauseOpenerWords)
    /// Where the "after" clause that follows a happening's verb or noun begins ("set the police
    /// station on fire after a man died in custody"): it names the cause. Nil after a toll
    /// alone ("injured after Russian forces shelled Kherson"), which yields to its cause.
    func causeClauseStart(_ tokens: [Token], following trigger: (Trigger, Range<Int>), in range: Range<Int>) -> Int? {
        guard trigger.0.form == .verb || trigger.0.form == .noun else { return nil }
        let after = Self.k.after
        return (trigger.1.upperBound..<range.upperBound).first { tokens[$0].key == after }
    }

    /// A trigger after "over", "for", "into" or "behind" ("the"/"a" between): the reason for
    /// or subject of another happening.
    func isReason(_ tokens: [Token], _ r: Range<Int>, _ range: Range<Int>) -> Bool {
        var j = r.lowerBound - 1
        if j >= range.lowerBound, Self.articles.contains(tokens[j]) { j -= 1 }
        return j >= range.lowerBound && Self.reasonWords.contains(tokens[j])
    }

    static let reasonWords = WordSet(["over", "for", "into", "behind"])
    static let relating = WordSet(["of", "regarding", "about", "into", "over", "concerning", "on"])

    /// Negation or modality in the clause before the trigger ("did not", "may", "plans to").
    func isIrrealis(_ doc: Document, _ range: Range<Int>, _ trigger: Range<Int>) -> Bool {
        // The trigger as the subject of a modal: "A snap election might …".
        let tokens = doc.tokens
        for k in trigger.upperBound..<min(range.upperBound, trigger.upperBound + 2)
        where Self.modals.contains(tokens[k]) {
            return true
        }
        var j = trigger.lowerBound - 1
        var steps = 0
        let (comma, quote, clauseOpeners, irrealis) = (Self.k.comma, Self.k.quote, Self.clauseOpeners, Cues.irrealis)
        while j >= range.lowerBound && steps < 6 {
            let t = tokens[j]
            // "rebels will pay as missiles kill 23 soldiers": a new clause is not under the modal.
            if t.key == comma || t.key == quote || clauseOpeners.contains(t) { break }
            if irrealis.contains(t) { return true }
            j -= 1
            steps += 1
        }
        return false
    }

    func typeOfGeneric(_ doc: Document, _ range: Range<Int>, _ trigger: Range<Int>, context: EventType?) -> EventType? {
        var drone = false
        var missile = false
        var explosive = false
        for i in range {
            let t = doc.tokens[i]
            if Cues.droneWords.contains(t) { drone = true }
            if Cues.missileWords.contains(t) { missile = true }
            if Cues.explosiveWords.contains(t) { explosive = true }
            // "its air force carried out strikes": strikes from the air ("Andrews Air Force Base"
            // is a place).
            if t.key == Self.airKey, i + 1 < range.upperBound, Self.forceWords.contains(doc.tokens[i + 1]),
                i + 2 >= range.upperBound || !Self.airForcePlaces.contains(doc.tokens[i + 2])
            {
                drone = true
            }
        }
        // Inside a paragraph about one attack, "the attack" and "explosions" are that attack.
        if let c = context, [.airDroneStrike, .shellingMissileAttack, .remoteExplosive, .armedClash].contains(c) {
            return c
        }
        // "A bomb planted on a motorcycle": a bomb left in place, not dropped from the air.
        if range.contains(where: { Self.planted.contains(doc.tokens[$0]) }) { return .remoteExplosive }
        if drone { return .airDroneStrike }
        if missile { return .shellingMissileAttack }
        if explosive { return .remoteExplosive }
        let key = doc.tokens[trigger.lowerBound].key
        if key == Self.k.explosion || key == Self.k.explosions || key == Self.k.blast || key == Self.k.blasts
            || Self.explodedWords.contains(doc.tokens[trigger.lowerBound])
        {
            return .remoteExplosive
        }
        return nil
    }

    func closest(_ times: [TimeMention], to trigger: Range<Int>) -> TimeMention? {
        times.filter { $0.value.rank <= 4 }.min { a, b in
            let da = abs(a.tokens.lowerBound - trigger.lowerBound) + a.value.rank * 3
            let db = abs(b.tokens.lowerBound - trigger.lowerBound) + b.value.rank * 3
            return da < db
        }
    }

    static let groundRaids = WordSet(["raid", "raids", "raided", "stormed", "storming"])
    static let airKey = Tokenizer.key("air")
    static let forceWords = WordSet(["force", "forces"])
    static let airForcePlaces = WordSet(["base", "bases", "academy", "museum", "station"])
    static let repelled = WordSet(["repelled", "repulsed"])
    /// Whether the object of a verb of destruction ending at `from` is a drone or a missile
    /// ("destroyed 20 of 23 Russian drones", "destroyed three Shaheds"), not a thing named after
    /// one ("destroyed a drone depot", "destroyed 3 rocket launchers").
    func destroysAerialWeapons(_ tokens: [Token], after from: Int, in range: Range<Int>) -> Bool {
        guard
            let j = objectHead(
                tokens, after: from, in: range, within: 7, isHead: Self.aerialWeapons.contains,
                skipping: { $0.isNumber || $0.isCapitalized || Self.objectModifiers.contains($0) })
        else { return false }
        guard j + 1 < range.upperBound else { return true }
        let next = tokens[j + 1]
        return !(Cues.materiel.contains(next) || Self.weaponCompounds.contains(next))
    }
    /// Whether the object after a verb of giving is ground: a base, a town, control of an area.
    func handsOverGround(_ tokens: [Token], after from: Int, in range: Range<Int>) -> Bool {
        objectHead(
            tokens, after: from, in: range, within: 5, isHead: Self.groundObjects.contains,
            skipping: { Self.groundModifiers.contains($0) || ($0.isWord && $0.isCapitalized) }) != nil
    }
    /// The first token within `within` after `from` that `isHead` accepts, reading over what
    /// `skipping` accepts (counts, articles, names); nil at any other word.
    func objectHead(
        _ tokens: [Token], after from: Int, in range: Range<Int>, within: Int, isHead: (Token) -> Bool,
        skipping: (Token) -> Bool
    ) -> Int? {
        var j = from
        while j < min(range.upperBound, from + within) {
            if isHead(tokens[j]) { return j }
            guard skipping(tokens[j]) else { return nil }
            j += 1
        }
        return nil
    }
    static let groundObjects = WordSet([
        "base", "bases", "town", "city", "village", "villages", "territory", "territories", "control", "airport",
        "airbase", "camp", "camps", "outpost", "outposts", "checkpoint", "checkpoints", "positions", "district",
        "region", "province", "garrison", "barracks", "airfield", "crossing",
    ])
    /// What a capture takes besides a settlement: "captured the headquarters of the Western
    /// Command", "seized the airport".
    static let strongholds = WordSet([
        "headquarters", "barracks", "garrison", "airport", "airfield", "camp", "checkpoint", "checkpoints",
        "crossing", "outpost",
    ])
    /// Words that end a verb's object: another clause (``clauseOpeners``) or a conjunction or
    /// relative word.
    static let objectEnders = WordSet(clauseOpenerWords + ["before", "but", "which", "that", "who"])
    /// A captive held for money: "seized a bus … and are demanding a ransom".
    static let ransoms = WordSet(["ransom", "ransoms"])
    static let groundModifiers = WordSet([
        "the", "a", "an", "its", "their", "his", "her", "last", "remaining", "final", "military", "main", "key",
        "two", "three", "several", "of", "all",
    ])
    static let chargeWords = WordSet([
        "suspected", "suspicion", "accused", "charged", "convicted", "allegedly", "alleged", "sentenced", "guilty",
    ])
    static let launchedBy = WordSet(["by", "from", "at", "against", "overnight", "toward", "towards", "into"])
    static let aerialWeapons = WordSet([
        "drone", "drones", "uav", "uavs", "shahed", "shaheds", "geran", "gerans", "lancet", "lancets", "missile",
        "missiles", "rocket", "rockets",
    ])
    /// Words between a verb and its object's head: counts, articles, origin and kind.
    static let objectModifiers = WordSet([
        "of", "up", "to", "all", "a", "an", "the", "more", "than", "at", "least", "about", "some", "-", "enemy",
        "attack", "kamikaze", "cruise", "ballistic", "guided", "strike", "hostile", "incoming", "russian-made",
        "iranian-made", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "dozen",
    ])
    /// Nouns that make a drone or missile word a modifier ("drone depot", "missile launchers").
    static let weaponCompounds = WordSet([
        "operator", "operators", "depot", "depots", "factory", "factories", "plant", "warehouse", "warehouses",
        "site", "sites", "control", "unit", "units", "base", "bases", "storage", "workshop", "workshops",
        "production", "launch", "station", "stations", "system", "systems", "carrier", "carriers", "complex",
        "team", "teams", "boat", "boats", "ship", "ships", "hangar", "hangars", "assembly", "parts",
    ])
    static let airborne = WordSet([
        "drone", "drones", "uav", "uavs", "shahed", "shaheds", "missile", "missiles", "rocket", "rockets", "air",
        "aircraft", "jet", "jets", "helicopter", "helicopters", "airstrike", "airstrikes", "bomb", "bombs", "aerial",
    ])
    static let spanPrepositions = WordSet(["over", "in", "during", "within", "for"])
    static let spanUnits = WordSet(["hour", "hours", "day", "days", "week", "weeks", "month", "months"])
    /// Spelled-out counts of a stretch; digits ("24 hours") are numbers.
    static let spanCounts = WordSet(["few", "several", "two", "three", "four", "five", "six", "seven"])

    /// "over the past week", "in the last 24 hours", "during the past few days": a stretch that
    /// ends at the report. The tokens from the preposition to the unit, or nil.
    func trailingSpan(_ doc: Document, _ range: Range<Int>) -> Range<Int>? {
        let t = doc.tokens
        var i = range.lowerBound
        let (overnight, spanPrepositions) = (Self.k.overnight, Self.spanPrepositions)
        while i < range.upperBound {
            defer { i += 1 }
            // "Overnight, air defense shot down 35 drones": the night up to the report, unless a
            // date follows ("overnight on Nov. 7", "overnight into Thursday").
            if t[i].key == overnight {
                let next = i + 1 < range.upperBound ? t[i + 1].key : 0
                if next != Self.k.on && next != Self.k.to && next != Self.k.into { return i..<(i + 1) }
                continue
            }
            guard i + 2 < range.upperBound, spanPrepositions.contains(t[i]) else { continue }
            var j = i + 1
            // Army reports' "in a day", "for a day": the day before the report.
            if t[j].key == Keys.a, t[j + 1].key == Self.k.day { return i..<(j + 2) }
            if t[j].key == Keys.the { j += 1 }
            guard j < range.upperBound, t[j].key == TimeLexicon.key.past || t[j].key == TimeLexicon.key.last else {
                continue
            }
            j += 1
            if j < range.upperBound, Self.spanCounts.contains(t[j]) || t[j].isNumber { j += 1 }
            if j < range.upperBound, Self.spanUnits.contains(t[j]) { return i..<(j + 1) }
        }
        return nil
    }

    /// Whether `later` lies in brackets opened right after `earlier` and not yet closed.
    func isBracketedAfter(_ doc: Document, _ earlier: Range<Int>, _ later: Range<Int>) -> Bool {
        guard earlier.upperBound < later.lowerBound, doc.tokens[earlier.upperBound].key == Self.k.openParen else {
            return false
        }
        return !(earlier.upperBound..<later.lowerBound).contains { doc.tokens[$0].key == Self.k.closeParen }
    }

    /// "prosecutors reported on Nov. 5": the date bounds the happening, it does not date it.
    /// The first token of a span of days ending in the date at `t` ("between 3 and", "from 3
    /// to", "3-" or "3–" before "5 November"), or nil when the date stands alone.
    func dayRangeStart(_ doc: Document, _ t: Range<Int>, _ range: Range<Int>) -> Int? {
        let toks = doc.tokens
        let end = t.lowerBound
        guard end - 2 >= range.lowerBound, toks[end].isNumber else { return nil }
        let first = toks[end - 2]
        let link = toks[end - 1]
        guard first.isNumber, first.byteLength <= 2, (1..<toks[end].clampedInt).contains(first.clampedInt) else {
            return nil
        }
        // "5-6 November": the hyphen joins the two days.
        if link.key == Keys.hyphen, !link.flags.contains(.spaceBefore) || !toks[end].flags.contains(.spaceBefore) {
            return end - 2
        }
        let opener = end - 3 >= range.lowerBound ? toks[end - 3].key : 0
        if link.key == Keys.and, opener == Self.k.between { return end - 3 }
        if link.key == Self.k.to, opener == Self.k.from { return end - 3 }
        return nil
    }

    func isReportDate(_ doc: Document, _ t: Range<Int>, _ range: Range<Int>) -> Bool {
        // "CAIRO, April 14 (Reuters) -": the day the report was filed.
        if Self.isDateline(doc.tokens, t, in: range) { return true }
        let on = t.lowerBound - 1
        guard on >= range.lowerBound, doc.tokens[on].key == Self.k.on else { return false }
        var j = on - 1
        var steps = 0
        while j >= range.lowerBound && steps < 5 {
            if Self.reportingVerbs.contains(doc.tokens[j]) { return true }
            if doc.tokens[j].key == Self.k.comma { break }
            j -= 1
            steps += 1
        }
        return false
    }

    /// The actor is who was harmed: a word of harm right after it ("militiamen killed in
    /// shelling", "soldiers were wounded"), not one with an object ("soldiers killed 5 civilians").
    static func isVictim(_ doc: Document, _ a: ActorMention) -> Bool {
        var j = a.tokens.upperBound
        let tokens = doc.tokens
        var passive = false
        if j < tokens.count, Self.beVerbs.contains(tokens[j]) {
            j += 1
            passive = true
        }
        guard j < tokens.count, Self.harmed.contains(tokens[j]) else { return false }
        if passive || j + 1 >= tokens.count { return true }
        let next = tokens[j + 1]
        let object =
            next.isNumber || CountFinder.numberWords[next.key] != nil || CountFinder.determiners.contains(next)
            || next.key == Keys.the || CountFinder.people.contains(next) || (next.isCapitalized && next.isWord)
        return !object
    }

    /// An actor right before a verb of harm that has an object: who did the harm.
    static func isAgent(_ doc: Document, _ a: ActorMention, _ trigger: Range<Int>) -> Bool {
        a.tokens.upperBound == trigger.lowerBound && !Self.isVictim(doc, a)
            && (a.kind == .force || a.kind == .state) && Self.harmed.contains(doc.tokens[trigger.lowerBound])
    }

    static let beVerbs = WordSet(["was", "were", "are", "is", "been", "being"])
    static let harmed = WordSet(["killed", "wounded", "injured", "dead", "died", "die", "dies", "hurt"])
    /// The object of a verb of harm ("Israeli forces killed two Palestinians during a raid"):
    /// who was harmed, not who acted. Back over a count or an article to the verb.
    static func isHarmedObject(_ tokens: [Token], _ a: Range<Int>) -> Bool {
        var j = a.lowerBound - 1
        var steps = 0
        while j >= 0 && steps < 3 {
            let t = tokens[j]
            if harmed.contains(t) || interrupting.contains(t) { return true }
            guard t.isNumber || CountFinder.numberWords[t.key] != nil || articles.contains(t) else { return false }
            j -= 1
            steps += 1
        }
        return false
    }
    /// What cuts a defusal short: the attack on the team is what happened.
    static let interrupting = WordSet(["attacked", "ambushed", "abducted", "kidnapped", "captured", "shot"])

    func addActors(
        _ m: inout Mention, _ doc: Document, _ actors: [ActorMention], _ trigger: Range<Int>, speaker: ActorMention?,
        sentence s: Int
    ) {
        func add(_ name: String, _ role: String) {
            if !m.actors.contains(where: { $0.name == name && $0.role == role }) { m.actors.append((name, role, s)) }
        }
        switch m.type {
        case .statement:
            if let sp = speaker {
                add(sp.name, "speaker")
                if let c = sp.country, c != sp.name { add(c, "speaker") }
            }
        default:
            // Passive: "executed by Russian forces".
            let agent = (trigger.upperBound..<min(doc.tokens.count, trigger.upperBound + 4)).first(where: {
                doc.tokens[$0].key == Self.k.by
            }).flatMap { byIndex in
                actors.first(where: {
                    ($0.tokens.lowerBound == byIndex + 1 || $0.tokens.lowerBound == byIndex + 2)
                        && ($0.kind == .state || $0.kind == .force)
                })
            }
            if let a = agent { add(a.name, "initiator") }
            // "Four DPR militiamen killed in shelling by …": who was killed is the victim, not the
            // subject that did it.
            let victims = actors.filter { Self.isVictim(doc, $0) }
            for v in victims where v.kind == .force || v.kind == .state { add(v.name, "victim") }
            if agent == nil,
                let a = actors.last(where: { a in
                    a.tokens.upperBound <= trigger.lowerBound && !victims.contains(where: { $0.tokens == a.tokens })
                        && !Self.isHarmedObject(doc.tokens, a.tokens)
                        && (a.kind == .state || a.kind == .force
                            || (m.type.isViolent == false && (a.kind == .person || a.kind == .organisation)))
                })
            {
                // The subject before the trigger, unless it is the trigger's object ("attack on Ukraine").
                if a.tokens.upperBound < trigger.lowerBound || doc.tokens[a.tokens.lowerBound].key != Self.k.of {
                    add(a.name, "initiator")
                    if a.kind == .person, let c = a.country { add(c, "initiator") }
                }
            }
            for a in actors where a.tokens.lowerBound >= trigger.upperBound && a.kind != .commentator {
                let before = a.tokens.lowerBound - 1
                let prev = doc.tokens[before].key
                let prev2 = before - 1 >= 0 ? doc.tokens[before - 1].key : 0
                if m.type == .militaryAid || m.type == .troopDeployment {
                    if prev == Self.k.to || prev == Self.k.for || prev == Self.k.join || prev2 == Self.k.join {
                        add(a.name, "recipient")
                    }
                } else if m.type == .politicalCrisis, a.kind == .person {
                    let dismissed = (max(0, a.tokens.lowerBound - 4)..<a.tokens.lowerBound).contains {
                        Self.dismissals.contains(doc.tokens[$0])
                    }
                    add(a.name, dismissed ? "target" : "initiator")
                }
            }
        }
    }

    func weapons(_ doc: Document, _ range: Range<Int>) -> [String] {
        var out: [String] = []
        let tokens = doc.tokens
        let heads = Cues.weaponHeads
        for i in range where heads.contains(tokens[i]) {
            var j = i
            var named = false
            while j - 1 >= range.lowerBound {
                let t = tokens[j - 1]
                if Cues.weaponNames.contains(t)
                    || (t.isCapitalized && t.isWord && actorFinder.states.single(t.key) == nil
                        && !t.flags.contains(.sentenceStart))
                    || t.isNumber
                    || (t.key == Keys.hyphen && !t.flags.contains(.spaceBefore) && j - 2 >= range.lowerBound
                        && (tokens[j - 2].isCapitalized || tokens[j - 2].isNumber))
                {
                    if t.isWord || t.isNumber { named = named || t.isCapitalized || Cues.weaponNames.contains(t) }
                    j -= 1
                } else {
                    break
                }
            }
            // "12 Shahed drones": the count is not part of the name ("A-22" keeps its digits).
            while j < i && tokens[j].isNumber && !(j + 1 < i && tokens[j + 1].key == Keys.hyphen) { j += 1 }
            if named {
                let w = doc.text(j..<(i + 1))
                if !out.contains(w) { out.append(w) }
            }
        }
        return out
    }

    func targetsIn(_ doc: Document, _ range: Range<Int>) -> [String] {
        var out: [String] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let (len, t) = targets.match(doc.tokens, at: i, limit: range.upperBound) {
                if !out.contains(t) { out.append(t) }
                i += len
            } else {
                i += 1
            }
        }
        return out
    }

    static let directions = WordSet(["into", "to", "towards", "toward"])
    static let landmarks = WordSet(["near", "outside", "by"])

    /// The word before a place, past a "the".
    static func preposition(_ doc: Document, _ p: PlaceMention) -> Token? {
        var b = p.tokens.lowerBound - 1
        if b > 0, doc.tokens[b].key == Self.k.the { b -= 1 }
        return b >= 0 ? doc.tokens[b] : nil
    }
    static let attackWords = WordSet(["attacked", "attack", "attacks", "struck", "hit"])
    static let withdrawals = WordSet(["withdrew", "pulled", "retreated"])
    /// People taken who are no civilians by Cues' list but no fighters either.
    static let takenPeople = WordSet([
        "people", "priest", "priests", "pastor", "nuns", "tourists", "travellers", "travelers", "motorists",
        "traders", "workers", "engineers", "missionaries", "schoolgirls", "schoolchildren", "abductees",
    ])
    static let nonStateSides = WordSet([
        "rebels", "insurgents", "militants", "jihadists", "militiamen", "militias", "guerrillas", "separatists",
        "islamists", "bandits",
    ])
    static let fightingKinds = WordSet(["vehicle", "vehicles", "chance", "spirit", "season", "fund"])
    /// Verbs of the property-destruction split phrase (``SplitPhrases``).
    static let wrecking = WordSet(SplitPhrases.wreckingVerbs)
    static let crowdsFiredOn = WordSet([
        "crowd", "crowds", "supporters", "mourners", "rally", "rallies", "gathering", "vigil", "marchers", "march",
        "marches", "procession", "protest", "protests", "demonstration", "demonstrations",
    ])
    static let gatherings = WordSet([
        "vigil", "vigils", "sit-in", "marching", "rallying", "protesting", "strikers", "chained",
    ])
    static let assemblies = WordSet(["gathered", "assembled", "gathering", "assembling", "congregated"])
    static let assemblyPlaces = WordSet([
        "near", "outside", "in", "at", "on", "to", "before", "around", "opposite", "by", "for",
    ])
    static let uncontested = WordSet(["unopposed", "uncontested", "peacefully"])
    static let alarms = WordSet([
        "siren", "sirens", "alert", "alerts", "alarm", "alarms", "warning", "warnings", "shelter", "shelters",
    ])
    static let attackNouns = WordSet(["raid", "raids", "attack", "attacks", "strike", "strikes"])
    static let sinkings = WordSet(["sank", "sunk", "sinking"])
    static let discussing = WordSet(["discuss", "discussed", "discussing", "discusses"])
    static let deals = WordSet(["deal", "agreement", "accord", "accords", "treaty", "truce", "ceasefire"])
    static let arrivals = WordSet(["arrived", "arrive", "arrives", "arriving"])
    static let resistance = WordSet(["fight", "fighting", "resistance", "shot", "battle", "clashes", "bloodshed"])
    static let riotUnits = WordSet(["police", "gear", "squad", "squads", "units", "unit", "officers", "shields"])
    static let pledges = WordSet(["pledged", "pledges", "promised", "promises"])
    static let seizures = WordSet(["seized", "captured", "took", "taken", "overran", "grabbed"])
    static let determiners = WordSet(["the", "a", "an", "this", "that", "its", "their", "his", "her", "newly"])
    /// Words before a person that keep them the object ("two Christian worshippers", "a local priest").
    static let peopleModifiers = WordSet([
        "local", "foreign", "christian", "muslim", "catholic", "young", "elderly", "unarmed", "innocent", "more",
        "than", "at", "least", "about", "some", "several", "dozens", "hundreds", "of", "two", "three",
    ])

    /// The places where the happening was: those after a location preposition (all of a list),
    /// the most specific first; a city's own districts replace it.
    func choosePlaces(_ type: EventType, _ places: [PlaceMention], doc: Document, trigger: Range<Int>) -> [Int] {
        switch type {
        case .statement, .militaryAid, .troopDeployment: return []
        default: break
        }
        // A local copy of the array: closures that read `self` would copy the whole extractor.
        let all = gazetteer.places
        // "shelled Enerhodar", "struck Odesa, Kherson and Sumy": the trigger's object is where
        // it fell, as after "in".
        var objectEnd = type.isViolent ? trigger.upperBound : -1
        var objects: [Int] = []
        // A country is no object here: "attack Ukraine troops", "invaded Ukraine" locate nothing.
        for p in places where p.tokens.lowerBound >= objectEnd && objectEnd >= 0 {
            if all[p.place].kind == .country { break }
            let gap = objectEnd..<p.tokens.lowerBound
            if !gap.isEmpty {
                guard !objects.isEmpty, PlaceFinder.joinsList(doc.tokens, gap) else { break }
            }
            objects.append(p.tokens.lowerBound)
            objectEnd = p.end
        }
        let objectStarts = objects
        var cands = places.filter {
            ($0.afterPreposition || objectStarts.contains($0.tokens.lowerBound)
                || (type == .diplomacy && $0.tokens.lowerBound > 0
                    && doc.tokens[$0.tokens.lowerBound - 1].key == Self.k.to))
                && !$0.possessive
        }
        // "detained a man trying to cross into Moldova near Izmail": where someone was headed is
        // not where it happened, when the sentence also says where it did.
        if cands.count > 1 {
            var headed: [Int] = []
            var located = false
            for (n, c) in cands.enumerated() {
                guard let p = Self.preposition(doc, c) else { continue }
                if Self.directions.contains(p) {
                    headed.append(n)
                } else if Cues.locationPrepositions.contains(p) {
                    located = true
                }
            }
            if located, !headed.isEmpty {
                for n in headed.reversed() { cands.remove(at: n) }
            }
        }
        // "the village of Podoly near Kupiansk": the town after "near" only says where the place
        // before it lies.
        if cands.count > 1 {
            let named = cands
            cands.removeAll { c in
                let b = c.tokens.lowerBound - 1
                return b > 0 && Self.landmarks.contains(doc.tokens[b])
                    && named.contains { $0.end == b }
            }
        }
        if cands.isEmpty && type != .diplomacy {
            cands = places.filter { all[$0.place].kind != .country || type == .politicalCrisis }
        }
        if cands.isEmpty { return [] }
        var ids: [Int] = []
        for c in cands where !ids.contains(c.place) { ids.append(c.place) }
        // Districts stand for their city; a city stands for its region and country.
        let districtParents = Set(
            ids.compactMap { all[$0].kind == .district ? all[$0].parent : nil })
        ids.removeAll { districtParents.contains($0) }
        let specific = ids.filter { all[$0].kind == .place || all[$0].kind == .district }
        if !specific.isEmpty {
            let admins = Set(specific.compactMap { all[$0].admin1 })
            let countries = Set(specific.map { all[$0].country })
            ids.removeAll {
                let p = all[$0]
                return (p.kind == .country && countries.contains(p.country))
                    || (p.kind == .admin1 && p.admin1.map(admins.contains) == true)
            }
        }
        // Only a region or country after the preposition ("shelled Pokrovsk in Donetsk Oblast"):
        // a town of it named in the sentence is where it happened.
        if ids.allSatisfy({ all[$0].kind == .admin1 || all[$0].kind == .country }) {
            let towns = places.filter { p in
                let c = all[p.place]
                guard (c.kind == .place || c.kind == .district) && !p.possessive else { return false }
                return ids.contains { r in
                    let region = all[r]
                    return region.kind == .admin1
                        ? region.admin1 == c.admin1 && region.country == c.country
                        : region.country == c.country
                }
            }
            if !towns.isEmpty {
                var out: [Int] = []
                for t in towns where !out.contains(t.place) { out.append(t.place) }
                return out
            }
        }
        let admin1s = Set(ids.compactMap { all[$0].kind == .admin1 ? all[$0].country : nil })
        ids.removeAll { all[$0].kind == .country && admin1s.contains(all[$0].country) }
        // Several places: a list reports one happening at each; otherwise take the one nearest the trigger.
        if ids.count > 1 {
            let listed = cands.filter { ids.contains($0.place) }
            let isList = zip(listed, listed.dropFirst()).allSatisfy { a, b in
                b.tokens.lowerBound - a.end <= 2
            }
            if !isList {
                let nearest = listed.min {
                    abs($0.tokens.lowerBound - trigger.lowerBound) < abs($1.tokens.lowerBound - trigger.lowerBound)
                }
                return nearest.map { [$0.place] } ?? [ids[0]]
            }
        }
        return ids
    }

    /// Whether a merged mention says enough to be an event.
    func keep(_ m: Mention) -> Bool {
        switch m.type {
        // A statement needs its speaker, and a date of its own or a verb that makes it one
        // (a demand, a threat, an accusation, a refusal); plain "said" without a date is not.
        case .statement: return !m.actors.isEmpty && (m.date != nil && m.ownDateOrSupport || m.plover != nil)
        default: return m.date != nil || m.place != nil || !m.counts.isEmpty
        }
    }
}

extension Mention {
    var ownDateOrSupport: Bool {
        if case .publication = dateOrigin { return false }
        return true
    }
    var isPublicationDateOnly: Bool {
        if case .publication = dateOrigin { return true }
        return false
    }
}
