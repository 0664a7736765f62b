/// A word or phrase that reports a happening of some type.
struct Trigger: Sendable {
    enum Form: UInt8, Sendable {
        /// An inflected verb ("shelled", "shot down", "killing").
        case verb
        /// A noun naming the happening ("airstrike", "protest").
        case noun
        /// "attack", "strike", "assault": the type comes from the weapons around it.
        case generic
        /// A verb of saying with content ("urged", "warned").
        case speech
        /// Deaths or wounds alone ("were killed"): the type comes from who died.
        case casualty
    }
    var type: EventType
    var form: Form
    /// ACLED sub-event type when the words name it (Grenade, Suicide bomb…).
    var subType: String? = nil
    /// PLOVER category of a statement verb.
    var plover: String? = nil
    /// Words that report a fight only when armed people are named ("suffered heavy losses",
    /// "advanced towards", "an unsuccessful attempt"): shares, teams and firms do these too.
    var needsForce = false
}

/// The trigger lexicon: which words report which happening (SPEC §6).
enum EventLexicon {
    static func build() -> PhraseTable<Trigger> {
        var entries: [(String, Trigger)] = []
        func add(
            _ type: EventType, _ form: Trigger.Form, _ phrases: [String], sub: String? = nil, plover: String? = nil,
            needsForce: Bool = false
        ) {
            for p in phrases {
                entries.append(
                    (p, Trigger(type: type, form: form, subType: sub, plover: plover, needsForce: needsForce)))
            }
        }
        add(
            .airDroneStrike, .noun,
            [
                "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids", "drone attack",
                "drone attacks", "drone strike", "drone strikes", "drone assault", "drone raid", "drone raids",
                "bombing raid", "aerial bombardment", "aerial attack", "kamikaze drone", "glide bomb", "glide bombs",
                "guided bomb", "guided bombs", "aerial bombs", "aerial bomb", "guided aerial bombs", "dropped bombs",
                "drone hit", "drone hits", "bombed", "bombing", "air attack",
                "air attacks", "air-strike", "airstrike", "bombardment", "drone attack", "drones attacked",
                "drones struck", "drones hit", "drone struck", "drone hit", "helicopter attack",
                // Drones dropping munitions ("dropped explosives from a drone on a car").
                "dropped explosives", "dropped an explosive", "dropped explosive devices", "dropped a grenade",
                "dropped grenades", "dropped munitions", "dropped a bomb", "drone-dropped",
            ])
        add(.airDroneStrike, .verb, ["bombed", "air-struck"])
        add(
            .shellingMissileAttack, .noun,
            [
                "shelling", "shellings", "artillery fire", "artillery strike", "artillery strikes", "artillery attack",
                "missile strike", "missile strikes", "missile attack", "missile attacks", "rocket attack",
                "rocket attacks", "rocket fire", "mortar fire", "mortar attack", "mortar attacks", "cluster munitions",
                "ballistic missile", "ballistic missiles", "cruise missile", "cruise missiles", "missiles hit",
                "missile hit", "missiles struck", "missile struck", "rockets hit", "rockets struck", "mlrs",
                "shelling attack", "barrage", "grad rockets",
                // What was fired as the subject: "rockets fired by militants landed in Sderot".
                "rockets fired", "rocket fired", "missiles fired", "missile fired", "shells fired", "mortars fired",
                "mortar rounds fired", "rockets landed", "rocket landed", "shells landed", "shell landed",
                "missiles landed", "missile landed", "mortar rounds landed", "mortars landed", "rockets fell",
                "shells fell", "mortar rounds fell",
            ])
        add(
            .shellingMissileAttack, .verb,
            [
                "shelled", "shelling", "bombarded", "pounded", "fired rockets", "fired missiles", "fired shells",
                "shell", "shells", "fired a missile", "fired a rocket", "fired missile", "fired artillery",
                "launched a missile",
            ])
        add(
            .remoteExplosive, .noun,
            [
                "landmine", "landmines", "land mine", "mine explosion", "ied", "improvised explosive device",
                // War's leftovers going off ("an unexploded shell they were playing with").
                "unexploded shell", "unexploded shells", "unexploded ordnance", "unexploded bomb", "unexploded bombs",
                "unexploded munition", "unexploded munitions", "unexploded mortar", "unexploded rocket",
                "unexploded grenade",
                "roadside bomb", "car bomb", "car bombing", "explosive device", "booby trap", "blew up", "blown up",
                "roadside device", "roadside devices", "roadside explosive", "roadside explosives",
                "bomb exploded", "bomb blast", "detonated",
                "stepped on a mine", "hit a mine", "tripwire", "detonation",
            ])
        add(.remoteExplosive, .noun, ["grenade", "grenades", "grenade attack"], sub: "Grenade")
        add(
            .remoteExplosive, .noun,
            [
                "chemical weapons", "chemical weapon", "chemical attack", "chlorine gas", "sarin", "nerve agent",
                "chloropicrin", "mustard gas", "poison gas", "toxic gas", "chemical munitions", "chemical agent",
                "chemical agents", "toxic chemicals", "filled with chlorine", "loaded with chlorine", "chlorine bombs",
                "chlorine attack", "releasing chlorine", "released chlorine", "containing chlorine", "chlorine-filled",
                "chlorine canisters", "chlorine barrels", "gas attack", "gas attacks", "gassed", "gassing",
                // Riot-control agents are chemical weapons in war ("grenades containing the
                // riot-control agent CS"); police tear gas at a protest is named as tear gas.
                "riot-control agent", "riot-control agents", "riot control agent", "riot control agents", "cs gas",
            ],
            sub: EventType.chemicalWeapon)
        add(
            .remoteExplosive, .noun,
            [
                "suicide bomber", "suicide bombing", "suicide attack", "suicide bombers", "suicide car bomb",
                "suicide car bombing", "suicide bomb", "suicide blast", "blew himself up", "blew herself up",
                "blew themselves up", "suicide vest", "suicide truck bomb", "suicide attacker", "suicide attackers",
                "suicide bombings", "suicide car bomber", "suicide car bombers", "suicide truck bomber",
                "detonated himself", "detonated herself", "detonated themselves", "explosives belt", "explosive belt",
                "explosive vest", "explosives vest", "suicide belt",
            ],
            sub: "Suicide bomb")
        add(
            .armedClash, .noun,
            [
                "clashes", "clash", "clashed", "fighting", "firefight", "gunfight", "battle", "battles", "skirmish",
                "skirmishes", "exchange of fire", "exchanged fire", "ambush", "ambushed", "repelled", "repulsed",
                "assaults", "assault on", "stormed",
                "fought", "gun battle", "shootout", "heavy fighting", "combat", "sniper fire", "opened fire", "fight",
                "fights", "battling", "clash with", "eliminated", "liquidated",
                "attack on positions", "storming", "shootings",
                "shooting", "shot at", "shooting at",
                // Plurals and army-report phrasings ("inflicted defeat on units", "knocked the
                // enemy out of the village").
                "exchanges of fire", "exchange fire", "exchanging fire", "inflicted defeat", "inflicted a defeat",
                "inflicted defeats", "knocked out the enemy", "knocked the enemy out",
                "drove the enemy out", "drove out the enemy", "dislodged the enemy", "enemy attacks",
                "drove the invaders out", "drove out the invaders", "drove the occupiers out",
                "drove out the occupiers", "ousted the enemy", "ousted the invaders", "defeated the enemy",
                "defeated enemy", "defeated the forces", "defeated units", "defeated the units",
            ])
        add(
            .armedClash, .noun,
            [
                "counterattack", "counter-attack", "counteroffensive", "counter-offensive", "offensive",
                "counterattacks", "counter-attacks", "counterattacked", "counter-attacked",
                "stopped the assault", "stopped an assault", "stopped the offensive", "stopped the attack",
                "stopped an attack",
                // An attempt that failed was still a fight ("made an unsuccessful attempt to advance",
                // "stopped an attempt to break through"). The phrase holds the word "attempt", so the
                // irrealis check, which looks only before a trigger, does not see it.
                "attempted to advance", "attempting to advance", "attempt to advance", "attempts to advance",
                "tried to advance", "trying to advance", "unsuccessful attempt", "unsuccessful attempts",
                "attempted to break through", "attempt to break through", "attempts to break through",
                "tried to break through", "trying to break through", "attempted to storm", "tried to storm",
                "attempts to storm", "attempted assault", "attempted assaults", "stopped an attempt",
                "stopped attempts", "thwarted an attempt", "thwarted attempts", "thwarted the attempts",
                "thwarted the attempt", "foiled an attempt", "repelled an attempt", "repelled attempts",
                "repulsed an attempt", "repulsed attempts", "attempted to attack", "tried to attack",
                "trying to attack", "advanced near", "advanced towards", "advanced toward",
                // Losses with no number: a fight reported by its toll.
                "suffered losses", "suffer losses", "suffering losses", "suffered heavy losses",
                "suffer heavy losses", "suffering heavy losses", "heavy casualties",
                // Firefighters and patients battle too: "troops battled insurgents".
                "battled",
            ], needsForce: true)
        add(
            .shellingMissileAttack, .noun,
            [
                // Army reports' artillery jargon: "completed 160 fire missions", "inflicted a fire
                // defeat", "took under fire control the crossings".
                "fire missions", "fire mission", "fire defeat", "fire damage", "under fire control",
            ])
        add(
            .territoryChange, .verb,
            [
                "liberated", "recaptured", "retook", "regained control", "retaking", "recapture of",
                "liberation of", "regained", "retaken", "retaken control",
            ], sub: "Government regains territory")
        add(
            .territoryChange, .verb,
            [
                "captured", "seized", "took control", "taken control", "take control", "overran", "fell to",
                // "took" alone is too wide ("took refuge in the town"): only with the ground it took.
                "took the town", "took the city", "took the village", "took the district", "took the villages",
                "took the base", "took the airport",
                "withdrew from", "pulled out of", "retreated from", "advanced into", "gained control", "capture of",
                "abandoned the town", "abandoned the city", "abandoned the village", "abandoned the base",
                "abandoned their positions", "abandoned their base", "abandoned the post", "abandoned their post",
                "fall of", "seizure of", "occupation of", "took over", "taken over", "take over", "takes over",
                // A flag raised over ground marks who holds it now.
                "raised their flag", "raised its flag", "hoisted their flag", "hoisted its flag",
                "raised the flag of", "hoisted the flag of",
            ])
        // "Ukrainian forces entered Kherson": ground taken by a force, with a place after it.
        add(.territoryChange, .verb, ["entered"], needsForce: true)
        add(
            .territoryChange, .verb,
            [
                "handed over control", "handed control", "transferred control", "handover of", "ceded control",
                "handed over the town", "handed over the city", "handed over the base", "handing it over",
                "handed it over", "handing over the town", "handing over control", "leaving it to", "left it to",
                "leaving them to", "handed it to", "handing it to",
                // Peacekeepers leaving a post the army then holds.
                "vacated their camp", "vacated the camp", "vacated its camp", "vacated their base", "vacated the base",
                "vacated its base", "vacated their bases", "vacated its bases", "vacated the town",
                // The passive: "took over the camp vacated by peacekeepers".
                "vacated by", "handed over by",
            ], sub: EventType.nonViolentTransfer)
        add(
            .interception, .verb,
            [
                "shot down", "intercepted", "downed", "intercepting", "destroyed by air defense",
                "destroyed by air defenses", "neutralized", "shooting down", "interception", "air defense destroyed",
                "air defenses destroyed", "were destroyed", "repelled the attack", "repelled an attack", "jammed",
                "air defence destroyed", "air defences destroyed", "destroyed by air defence",
                "destroyed by air defences",
            ])
        // A bomb made safe is remote violence prevented (ACLED: Disrupted weapons use).
        add(
            .interception, .verb,
            Cues.defusalWords + Cues.demining + ["safely detonated", "controlled explosion", "controlled detonation"])
        // "Russian soldiers shot a civilian": only beside a person shot (see
        // `RuleEventExtractor.bestTrigger`) and with armed people named.
        add(.armedClash, .verb, ["shot", "shoots"], needsForce: true)
        add(
            .attackOnCivilians, .verb,
            [
                "executed", "execution", "executions", "massacre", "massacred", "murdered", "murder", "killing of",
                "shot dead", "tortured", "torture", "raped", "rape", "sexual violence", "lynched", "beheaded",
                "gunned down", "stabbed", "shot and killed", "shot and wounded", "shot and injured", "assassinated",
                "assassination of", "assassination attempt", "attempted to assassinate", "attempt to assassinate",
                "beat up", "beaten up", "hacked to death", "beaten to death", "beat to death", "stabbed to death",
                "burned alive", "burnt alive",
            ])
        add(
            .attackOnCivilians, .verb,
            [
                "raped", "rape", "sexual violence", "sexually assaulted", "sexually abused", "sexual abuse",
                "sexual assault", "gang-raped",
            ],
            sub: "Sexual violence")
        add(
            .abduction, .verb,
            [
                "abducted", "abduction", "kidnapped", "kidnapping", "deported", "deportation", "forcibly transferred",
                "taken hostage", "held hostage", "disappeared", "forced disappearance", "hostage",
                "enforced disappearance", "forcibly disappeared", "not been seen since", "whereabouts remain unknown",
                "whereabouts are unknown", "whereabouts unknown", "not been heard from since",
                "not been heard of since",
                "bundled into", "forced into a car", "forced into a vehicle", "forced into a van",
            ])
        add(
            .arrest, .verb,
            [
                "arrested", "detained", "arrest", "arrests", "detention", "taken into custody", "apprehended",
                "jailed", "sentenced", "charged with", "convicted",
            ])
        add(
            .protest, .noun,
            [
                "protest", "protests", "protested", "protesters", "protestors", "demonstration", "demonstrations",
                "marchers",
                "demonstrators", "rally", "rallies", "rallied", "marched", "picket", "sit-in", "strike action",
                "went on strike", "walkout", "demonstrated", "demonstrating", "protesting", "rallying", "marching",
                "picketed", "picketing", "hunger strike", "general strike", "blocked roads", "blocked the road",
                "blocked a road", "blocked streets", "blocked the streets", "blocked a highway", "blocked the highway",
                "took to the streets", "taken to the streets", "take to the streets", "stopped work",
                "work stoppage", "strikers", "sit-ins", "blocked highways", "blocked motorways",
                "blocked traffic", "chained themselves",
            ])
        // "Police fired tear gas to disperse opposition supporters": a gathering broken up, which
        // only forces do (a crowd that disperses on its own is no event).
        add(
            .protest, .noun,
            [
                "disperse", "dispersed", "dispersing", "fired tear gas", "used tear gas", "lobbed tear gas",
                "tear gas to disperse",
            ], needsForce: true)
        add(
            .riot, .noun,
            ["riot", "riots", "rioters", "rioting", "rioted", "mob", "mobs", "looted and burned", "unrest"])
        add(.riot, .noun, ["mob violence", "lynch mob"], sub: "Mob violence")
        add(
            .agreement, .verb,
            [
                "agreed", "agreement", "signed", "ceasefire", "cease-fire", "truce", "prisoner exchange",
                "prisoner swap", "exchanged prisoners", "swapped prisoners", "exchanged # prisoners",
                "swapped # prisoners", "exchanged # pows", "swapped # pows", "exchanged # captives", "peace deal",
                "accord", "deal",
                "memorandum", "pact", "armistice", "returned home", "swap",
            ])
        add(
            .lootingDestruction, .verb,
            [
                "looted", "looting", "pillaged", "torched", "set on fire", "set fire", "vandalized", "demolished",
                "razed", "burned down", "burnt down", "ransacked", "plundered", "vandalised",
            ])
        add(
            .baseEstablished, .verb,
            [
                "set up a base", "established a base", "set up headquarters", "established headquarters", "new base",
                "opened a base", "new military base", "established a military base", "set up a military base",
                "established a new base", "set up a new base", "opened a military base",
            ])
        add(
            .groupChange, .verb,
            [
                "disbanded", "rebranded", "merged into", "dissolved", "renamed", "split from", "formed a new",
                "was formed", "disbanding", "disbands", "dissolving itself", "dissolve itself", "dissolved itself",
                "disbanded itself", "laid down their arms", "laid down its arms", "laying down arms",
                "laying down their arms", "laying down its arms",
            ])
        // Words firms and parties use too: an armed group must be named.
        add(
            .groupChange, .verb,
            [
                "merged", "merger", "new leader", "new commander", "split into", "splintered", "formed an alliance",
                "announced an alliance", "joint command", "pledged allegiance", "defected", "joined forces",
                "join forces", "joining forces", "formed a coalition", "formed an umbrella",
            ], needsForce: true)
        add(
            .militaryAid, .verb,
            [
                "military aid", "military assistance", "aid package", "weapons package", "security assistance",
                "arms package", "delivered", "supplied", "pledged", "provided", "sent weapons", "handed over",
                "transferred", "donated", "allocated", "shipment", "deliveries", "delivery of", "supply of",
                "approved aid", "announced aid", "military support", "send arms", "sent arms", "sending arms",
                "supply arms", "supplied arms", "providing", "provides", "supplying", "arms supplies",
            ])
        // Stepping down gives way (PLOVER RETREAT); being removed is the crisis itself.
        add(
            .politicalCrisis, .verb, ["resigned", "resignation", "resigns", "stepped down", "steps down"],
            plover: "RETREAT")
        // Troops going home are a troop movement, and a retreat (PLOVER RETREAT).
        add(
            .troopDeployment, .verb,
            ["withdrew", "withdrawn", "withdrawal", "pulled out", "pullout", "pull-out", "pulled back"],
            plover: "RETREAT")
        add(
            .troopDeployment, .verb,
            [
                "deployed", "dispatched", "sent troops", "sent soldiers", "deployment", "redeployed",
                "mobilized", "mobilised", "mobilization", "amassed", "massed", "moved troops", "troop buildup",
                "reinforcements", "on alert", "on high alert", "reinforced", "strengthened its forces",
                "stepped up patrols", "ordered patrols", "bolstered", "beefed up",
            ])
        add(
            .politicalCrisis, .verb,
            [
                "dismissed", "sacked", "fired", "ousted", "impeached", "impeachment",
                "coalition collapsed", "government collapsed", "collapsed", "no-confidence", "no confidence",
                "stepped down", "snap election", "coup", "dissolved parliament", "toppled", "removed from office",
                "removes", "removed",
                // Emergency rule: ACLED's "Other" strategic developments. (Not "state of emergency",
                // which floods and storms bring as often.)
                "martial law", "curfew", "internet shutdown", "shut down the internet", "internet blackout",
            ])
        add(
            .diplomacy, .noun,
            [
                "summit", "talks", "met with", "met", "meeting with", "visited", "visit", "traveled to", "travelled to",
                "arrived in", "phone call", "spoke with", "spoke by phone", "held talks", "negotiations", "hosted",
                "congratulated", "congratulations", "conversation", "visit to", "trip to", "telephoned", "phoned",
                "mediation", "mediate", "welcomed", "consultations", "envoy", "hosted talks", "arrived in",
            ])
        add(.statement, .speech, ["urged", "urging", "called on", "called for", "appealed"], plover: "REQUEST")
        add(.statement, .speech, ["demanded", "demanding", "insisted"], plover: "DEMAND")
        add(.statement, .speech, ["warned", "warning", "threatened", "threatening", "vowed"], plover: "THREATEN")
        add(.statement, .speech, ["accused", "accusing", "blamed", "condemned", "denounced"], plover: "ACCUSE")
        // A government's protest is a complaint in words, not people in the street.
        add(
            .statement, .speech,
            [
                "official protest", "formal protest", "diplomatic protest", "strong protest", "protest note",
                "note of protest", "lodged a protest", "lodged protests", "lodged a complaint", "complained",
            ], plover: "ACCUSE")
        add(
            .statement, .speech,
            [
                "rejected", "reject", "rejects", "refused", "refuses", "turned down", "refusing", "declined to",
                "declines to", "reneged", "vetoed", "dismissed an appeal", "dismissed a proposal", "is opposed to",
                "are opposed to", "opposes", "out of the question", "failed to reach agreement",
                "failed to reach an agreement", "failed to agree", "will not accept", "would not accept",
                "will not meet", "would not meet", "violated a ban", "defied",
            ],
            plover: "REJECT")
        // Coercion announced in the verb's base form ("will impose", "plans to impose", "may
        // halt"): only a threat can say it so; done, it reads "imposed", "halted".
        add(
            .statement, .speech,
            [
                "ultimatum", "issued an ultimatum", "would boycott", "will boycott", "to boycott", "threatening to",
                "impose", "tighten", "halt", "expel", "sever", "retaliate", "cut off", "will blockade",
                "would blockade", "to blockade",
            ],
            plover: "THREATEN")
        add(
            .statement, .speech,
            [
                "its demand", "its demands", "their demand", "their demands", "reiterated its demand",
                "renewed its demand",
            ],
            plover: "DEMAND")
        add(
            .statement, .speech, ["demands", "demand that", "insists", "urges", "calls on", "called for"],
            plover: "DEMAND")
        add(.statement, .speech, ["warns", "threatens", "threatened to"], plover: "THREATEN")
        // Commitments: a promise or offer is a statement that agrees to something (PLOVER AGREE).
        add(
            .statement, .speech,
            [
                "promised", "promises", "pledged", "pledges", "offered to", "has offered", "offers to",
                "agreed to", "agrees to", "is willing to", "are willing to", "is ready to", "are ready to",
                "is prepared to", "is committed to", "will support", "would support", "accepted",
            ], plover: "AGREE")
        add(
            .statement, .speech,
            [
                "said", "stated", "announced", "declared", "told", "suggested", "claimed", "denied",
                "delivered a stark message", "delivered a message", "statement", "rule out", "ruling out",
                "ruled out", "emphasized", "stressed", "expressed", "conveyed", "proposed",
            ])
        add(
            .armedClash, .casualty,
            [
                "killed", "dead", "died", "deaths", "death toll", "wounded", "injured", "casualties",
                "lost their lives",
                "were killed", "was killed", "kills", "kill", "injures", "wounds", "dies", "die", "killing",
                "leave dead",
                "left dead", "kia", "wia", "kias", "wias",
                // Army reports: "destroyed up to 40 soldiers", "lost more than 100 soldiers" count
                // only with such a number (see `RuleEventExtractor.resolve`).
                "destroyed", "destroy", "destroys", "lost", "losses",
            ])
        add(
            .airDroneStrike, .generic,
            [
                "attack", "attacks", "attacked", "strike", "strikes", "struck", "hit", "assault", "onslaught", "raid",
                "raids", "targeted", "targeting", "launched", "bombardment", "explosion", "explosions", "blast",
                "blasts", "onslaught", "hits", "attacking", "strikes on", "shells", "fired on", "fired at", "fire on",
                "exploded", "explodes", "went off",
                // "a sea drone sank a patrol ship": typed by the weapon, like an attack.
                "sank", "sunk", "sinking of",
            ])
        return PhraseTable(entries)
    }
}

/// Word classes the extractor's rules consult.
enum Cues {
    /// Words that make a happening not accomplished: negation, modality, plans, conditions.
    static let irrealis = WordSet(irrealisList)
    static let irrealisList = [
        "not", "n't", "never", "no", "may", "might", "could", "would", "will", "should", "can", "must", "shall",
        "if", "unless", "whether", "plan", "plans", "planned", "planning", "intend", "intends", "expected", "likely",
        "unlikely", "possible", "possibility", "ready", "threatened", "threatens", "aims", "seeks", "want", "wants",
        "considering", "consider", "considers", "proposal", "proposed", "prepare", "preparing", "hope", "hopes",
        "predict", "predicts", "predicted", "fear", "fears", "feared", "prevent", "avoid", "attempt", "attempts",
        // Not "reportedly" or "allegedly": ACLED's notes hedge what did happen ("2 civilians were
        // reportedly killed"), the hedge is about the source, not the happening.
        "failed", "refused", "potential", "future", "next", "upcoming", "imminent", "betting",
        // "vowed to fight", "prepared to resume shelling": said or readied, not done.
        "vowed", "vow", "vows", "swore", "sworn", "prepared", "poised", "resume", "threatening",
    ]
    /// Words that make a hypothetical blow a threat ("vowed to fight", "threatened to strike").
    static let threats = WordSet([
        "vowed", "vow", "vows", "swore", "sworn", "threatened", "threatens", "threatening", "warned", "warns",
        "ready", "prepared", "poised",
    ])
    /// Words of work and pay that make a "strike" a walkout.
    static let labour = WordSet([
        "workers", "worker", "union", "unions", "pay", "wages", "wage", "salaries", "employees", "staff", "teachers",
        "doctors", "nurses", "miners", "dockers", "drivers", "labour", "labor", "unionists", "strikers", "pensions",
    ])
    /// Problems a campaign is fought against ("the fight against corruption").
    static let problems = WordSet([
        "crisis", "poverty", "corruption", "disease", "diseases", "inflation", "cancer", "drugs", "drug",
        "hunger", "famine", "climate", "virus", "pandemic", "covid", "covid-19", "crime", "unemployment",
        "illiteracy", "aids", "hiv", "malaria", "epidemic", "pollution", "fraud", "smuggling", "trafficking",
        "extremism", "racism", "discrimination", "misinformation", "disinformation", "impunity", "deficit",
        "wildfires", "wildfire", "flooding", "floods", "sanitation", "water", "debt", "polio", "ebola", "cholera",
    ])
    /// Armed people who are no army: with unarmed victims, what they do is an attack.
    /// Captors no state answers for, and captives not seen again: "detained by unidentified
    /// men", "gunmen detained 5 villagers" is an abduction, not an arrest.
    static let unnamedCaptors = WordSet([
        "unidentified", "masked", "gunmen", "gunman", "kidnappers", "abductors", "militants", "bandits",
        "jihadists", "insurgents",
    ])
    static let irregularAttackers = WordSet([
        "gunmen", "gunman", "assailants", "assailant", "attackers", "attacker", "bandits", "kidnappers",
        "assassins", "jihadists",
    ])
    /// Places and people with no arms to fight back ("opened fire on a bus").
    static let civilianTargets = WordSet([
        "people", "bus", "buses", "market", "church", "mosque", "school", "hotel", "wedding", "village",
        "villages", "worshippers", "passengers", "shoppers", "funeral", "restaurant", "bar", "hospital", "farmer",
        "farmers", "traders", "motorists", "travellers", "travelers", "guests",
    ])
    /// What soldiers hold: an attack on one is a fight ("attacked an African Union base").
    static let militaryTargets = WordSet([
        "base", "bases", "checkpoint", "checkpoints", "outpost", "outposts", "convoy", "barracks", "garrison",
        "patrol", "camp", "trenches", "stronghold",
    ])
    static let pronouns = WordSet([
        "it", "they", "he", "she", "we", "i", "you", "this", "these", "those", "there", "many", "some", "one",
    ])
    static let negation = WordSet(["not", "n't", "never", "no", "without", "denied"])
    /// People whose words are commentary, not reports.
    static let commentators = WordSet([
        "analyst", "analysts", "expert", "experts", "observer", "observers", "commentator", "commentators",
        "pundit", "pundits", "columnist", "researcher", "researchers", "scholar", "professor", "blogger",
        "many", "some",
    ])
    static let background = WordSet(["previously", "formerly", "historically", "continuously", "habitually"])
    /// Relative pronouns: a verb right after one has its subject elsewhere ("… AfD, which has
    /// called for …"), so the actor before it is not its speaker.
    static let relativePronouns = WordSet(["which", "who", "whom", "whose", "that"])
    /// Nouns that make the trigger after "of" a category, not a happening ("cases of executions").
    static let generalizers = WordSet([
        "cases", "allegations", "reports", "history", "number", "series", "wave", "risk", "threat", "fear", "fears",
        "investigation", "investigations", "pattern", "patterns", "policy", "trend", "evidence", "accusations",
        "claims", "warnings", "talks", "negotiations", "prospects", "hopes",
    ])
    /// Words for weapons: they type a generic "attack".
    static let droneWords = WordSet([
        "drone", "drones", "uav", "uavs", "shahed", "shaheds", "geran", "lancet", "kamikaze", "aircraft", "airstrike",
        "airstrikes", "bomb", "bombs", "jets", "warplanes", "helicopter", "helicopters", "aviation", "fab", "kab",
        // "the strike of the Russian Aerospace Forces": Russia's air force.
        "aerospace",
    ])
    static let missileWords = WordSet([
        "missile", "missiles", "rocket", "rockets", "artillery", "shell", "shells", "shelling", "mortar", "mortars",
        "howitzer", "howitzers", "artillerymen", "gunners", "grad", "iskander", "kalibr", "kinzhal", "himars", "atacms",
        "mlrs", "tank", "tanks", "s-300",
        "kh-101", "tochka-u", "uragan", "smerch", "tornado",
    ])
    /// Crowds and what is done to or by them (ACLED's protest and riot sub-types).
    static let crowd = WordSet(["protesters", "protestors", "demonstrators", "marchers", "protester", "demonstrator"])
    static let crowdViolence = WordSet([
        "torched", "burned", "burnt", "stones", "rocks", "vandalized", "vandalised", "smashed", "looted", "stormed",
        "ransacked", "molotov", "petrol", "clashed", "set", "tyres", "tires",
    ])
    static let intervention = WordSet([
        "gas", "cannon", "cannons", "rubber", "dispersed", "disperse", "batons", "truncheons", "stun", "arrested",
        "detained", "beat", "beaten", "broke",
    ])
    static let lethal = WordSet(["killed", "killing", "dead", "shot", "died"])
    static let securityForces = WordSet([
        "police", "policemen", "troops", "soldiers", "army", "forces", "officers", "gendarmes", "guards", "militia",
    ])
    /// Words of a bomb made safe: a trigger, and no longer one when someone was hurt doing it.
    static let defusalWords = [
        "defused", "defusing", "defuse", "deactivated", "safely dismantled", "dismantled an explosive",
        "dismantled a bomb", "dismantled the bomb", "dismantled the device", "dismantled an improvised",
        "disarmed a bomb", "disarmed the bomb", "disarmed an explosive", "disarmed the device",
    ]
    /// Mines and leftovers cleared ("Deminers cleared landmines near Izium"): made safe, as a
    /// defused bomb is, not a blast. Verbs only: "funding for mine clearance" clears nothing.
    static let demining = [
        "demined", "cleared mines", "cleared landmines", "cleared the mines", "cleared # mines", "cleared # landmines",
        "cleared explosives", "cleared unexploded", "removed mines", "removed landmines", "removed # mines",
        "clearing mines", "clearing landmines", "cleared of mines", "cleared of landmines",
    ]
    /// First words of the triggers above: "killed while clearing mines" is the blast.
    static let defusals = WordSet(
        defusalWords + ["demined", "cleared", "removed", "clearing", "safely", "dismantled", "disarmed"])
    /// Armed groups named by their kind, not their name ("the rebel group", "jihadist factions").
    static let armedGroups = WordSet([
        "rebels", "rebel", "insurgents", "insurgent", "militants", "militant", "jihadists", "jihadist", "fighters",
        "militiamen", "militias", "paramilitaries", "paramilitary", "guerrillas", "guerrilla", "military", "armed",
    ])
    /// Causes of death that are no political violence: disasters, accidents, disease.
    static let nonViolentCauses = WordSet([
        "storm", "storms", "typhoon", "hurricane", "cyclone", "flood", "floods", "flooding", "earthquake", "quake",
        "landslide", "landslides", "avalanche", "accident", "accidents", "collapse", "collapsed", "blaze", "heatwave",
        "disease", "outbreak", "cholera", "virus", "drowned", "tornado", "wildfire", "wildfires", "derailment",
        "stampede", "tsunami", "eruption", "overdose", "pandemic", "crash", "crashed", "crashes",
    ])
    /// Words that name political violence beside a cause of death ("a fire started by shelling").
    static let violenceWords = WordSet([
        "attack", "attacks", "attacked", "shelling", "shelled", "strike", "strikes", "missile", "missiles", "drone",
        "drones", "bomb", "bombs", "bombing", "shot", "gunmen", "militants", "troops", "forces", "rebels", "soldiers",
        "artillery", "airstrike", "airstrikes", "explosive", "grenade", "terrorist", "terrorists", "insurgents",
    ])
    static let protestWords = WordSet([
        "rally", "rallies", "protest", "protests", "protesters", "protestors", "demonstration", "demonstrations",
        "demonstrators", "march", "marchers",
    ])
    static let police = WordSet(["police", "policemen", "riot", "gendarmes"])
    static let mob = WordSet(["mob", "mobs", "lynched", "lynching", "vigilantes", "witchcraft"])
    /// Unarmed people who turn on others as a crowd ("villagers beat to death two men").
    static let crowdOfLocals = WordSet(["villagers", "residents", "locals", "youths", "crowd", "crowds", "onlookers"])
    /// Army reports' verbs of loss: an event only beside people counted or materiel named.
    static let lossVerbs = WordSet(["destroyed", "destroy", "destroys", "lost", "losses"])
    /// What an army loses: "destroyed a howitzer", "destroyed two ammunition depots".
    static let materiel = WordSet([
        "howitzer", "howitzers", "tank", "tanks", "mortar", "mortars", "depot", "depots", "radar", "launcher",
        "launchers", "crossing", "vehicle", "vehicles", "helicopter", "helicopters", "bomber", "mlrs", "artillery",
        "groups", "group", "crew", "crews", "positions", "jets", "bmd", "bmp", "apc", "ammunition",
    ])
    static let explosiveWords = WordSet(["mine", "mines", "ied", "explosive", "explosives", "grenade", "landmine"])
    /// Weapon head nouns; a weapon name is the capitalised or numbered words before one.
    static let weaponHeads = WordSet([
        "drone", "drones", "missile", "missiles", "rocket", "rockets", "bomb", "bombs", "shells", "mines",
        "uav", "uavs", "howitzer", "howitzers", "tanks", "jets",
    ])
    /// Words for the kind of a weapon, between its owner's demonym and the weapon ("Russian
    /// guided bombs", "a Russian cruise missile").
    static let weaponKinds = WordSet([
        "guided", "glide", "ballistic", "cruise", "attack", "aerial", "kamikaze", "hypersonic", "combat", "naval",
        "sea", "fpv", "unmanned", "air-launched", "air", "artillery", "rocket", "drone", "missile",
    ])
    /// Nouns of violence a demonym can own ("Russian shelling", "a Ukrainian strike").
    static let violentNouns = WordSet([
        "shelling", "strike", "strikes", "attack", "attacks", "airstrike", "airstrikes", "bombardment", "fire",
        "offensive", "assault", "shells", "artillery", "aviation", "aircraft", "troops", "soldiers",
    ])
    static let weaponNames = WordSet([
        "shahed", "shaheds", "iskander", "iskander-m", "kinzhal", "kalibr", "himars", "atacms", "lancet", "geran",
        "javelin", "stinger", "patriot", "taurus", "bayraktar", "tochka-u", "grad", "uragan", "smerch",
    ])
    static let targetHeads: [String] = [
        "naval base", "air base", "airbase", "military base", "base", "residential building", "apartment building",
        "apartment block", "high-rise building", "house", "houses", "homes", "hospital", "school", "kindergarten",
        "power plant", "power station", "substation", "energy infrastructure", "energy facility",
        "critical infrastructure", "infrastructure", "oil depot", "oil refinery", "refinery", "fuel depot",
        "ammunition depot", "airport", "airfield", "seaport", "bridge", "railway station", "train station", "railway",
        "market", "shopping center", "shopping mall", "supermarket", "church", "factory", "plant", "warehouse",
        "ship", "ships", "vessel", "vessels", "warship", "frigate", "corvette", "checkpoint", "convoy",
        "command post", "headquarters", "positions", "car repair shop", "business center", "medical facility",
    ]
    /// Victims: people on whom violence falls.
    static let civilians = WordSet([
        "civilian", "civilians", "residents", "children", "child", "woman", "women", "pensioner", "pensioners",
        "villagers", "journalist", "journalists", "prisoners", "pows", "captives", "captive", "captured",
        "volunteers", "doctors", "medics", "aid workers", "refugees", "evacuees", "passengers", "family",
        "worshippers", "congregation", "parishioners", "pilgrims", "farmers", "students", "pupils", "shoppers",
    ])
    static let shipWords = WordSet([
        "ship", "ships", "vessel", "vessels", "frigate", "frigates", "corvette", "corvettes", "cruiser", "submarine",
        "warship", "warships", "boat", "boats", "tanker", "destroyer", "landing", "class", "flagship",
    ])
    /// Capitalised words after a place name that make the name part of an organisation's.
    static let organizationWords = WordSet([
        "independent", "post", "times", "herald", "journal", "pravda", "telegraph", "review", "daily", "news",
        "tribune", "gazette", "insider", "weekly", "institute", "university", "academy", "party", "club", "fc",
        "dynamo", "shakhtar", "agency", "radio", "tv", "television", "online", "media", "group", "bank", "energy",
        "oblenergo", "city", "mayor", "governor", "administration", "council",
    ])
    /// Nouns after a possessive city that make it the place ("Kyiv's mayor"), not its government.
    static let localNouns = WordSet([
        "mayor", "residents", "outskirts", "center", "centre", "suburbs", "district", "districts", "streets",
        "airport", "city", "regional", "region", "governor", "people", "downtown", "port", "railway",
        "power", "infrastructure", "police", "neighbourhood", "neighborhood", "skies", "sky",
    ])
    static let military = Tokenizer.key("military")
    static let administration = Tokenizer.key("administration")

    /// A drone, a missile or an explosive: the words that type a generic attack.
    static func namesWeapon(_ t: Token) -> Bool {
        droneWords.contains(t) || missileWords.contains(t) || explosiveWords.contains(t)
    }

    /// Whether what follows the possessive at `p` is the city's own ("Kyiv's mayor", "Kyiv's
    /// military administration") rather than its government's ("Kyiv's military", "Moscow's
    /// willingness").
    static func citysOwn(_ tokens: [Token], possessive p: Int, limit: Int) -> Bool {
        guard p + 1 < limit else { return false }
        if localNouns.contains(tokens[p + 1]) { return true }
        return tokens[p + 1].key == military && p + 2 < limit && tokens[p + 2].key == administration
    }

    /// Nouns after a capital that make it its government or forces ("Kiev shelling", "Kyiv's
    /// military"), and unit words after any name that make it a unit's ("Azov battalion").
    static let governmentNouns = WordSet([
        "forces", "troops", "army", "military", "shelling", "government", "regime", "authorities", "officials",
        "leadership", "army's", "troops'", "forces'",
    ])
    static let unitNouns = WordSet([
        "battalion", "regiment", "brigade", "division", "unit", "group", "corps", "grouping",
    ])
    /// Verbs after a capital that make it its government ("Pyongyang dispatched").
    static let governmentVerbs = WordSet([
        "said", "says", "knows", "know", "allocated", "dispatched", "sent", "has", "have", "had", "is", "was",
        "will", "would", "might", "may", "could", "should", "announced", "claimed", "denied", "accused", "refused",
        "wants", "believes", "considered", "considers", "agreed", "approved", "pledged", "insists", "warned",
        "rejected", "supplied", "provided", "delivered", "plans", "continues", "needs", "must", "can", "and",
        "responded", "retaliated", "blamed", "demanded", "urged", "hopes", "expects", "sees", "called", "decided",
        "signed", "does", "did", "declined", "condemned", "summoned", "recognized", "recognised", "imposed",
        "ordered", "approves", "confirmed", "regards", "views", "seeks", "sought", "offered", "promised",
    ])
    static let locationPrepositions = WordSet([
        "in", "on", "near", "at", "over", "outside", "around", "across", "into", "towards", "toward",
        "throughout", "above", "inside", "nearby", "off",
    ])
}
