/// Words of time expressions, keyed like tokens.
enum TimeLexicon {
    static let months: KeyMap<Int> = keyed([
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12),
        ("dec", 12),
    ])
    /// Month names that are also common words: taken as months only with a day, a year or a
    /// preposition beside them.
    static let ambiguousMonths = WordSet(["may", "march", "mar", "jan", "sep", "dec"])
    static let abbreviatedMonths = WordSet([
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])
    /// Lower-case words that can start a time expression.
    static let starters = WordSet(starterList)
    static let starterList = [
        "today", "tonight", "yesterday", "tomorrow", "now", "currently", "nowadays", "recently", "soon", "recent",
        "these", "at", "this", "last", "next", "the", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "early", "late", "mid", "earlier", "later", "current", "fiscal",
    ]
    static let weekdays: KeyMap<Int> = keyed([
        ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4), ("saturday", 5),
        ("sunday", 6),
    ])
    static let dayParts = WordSet(["morning", "afternoon", "evening", "night", "overnight", "midday", "noon"])
    static let numberWords: KeyMap<Int> = keyed([
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("several", -1), ("few", -1),
    ])
    static let ordinals: KeyMap<Int> = keyed([
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("1st", 1), ("2nd", 2), ("3rd", 3), ("4th", 4),
    ])
    enum Unit: Sendable { case day, week, weekend, month, quarter, year, decade }
    static let units: KeyMap<Unit> = keyed([
        ("day", .day), ("days", .day), ("week", .week), ("weeks", .week), ("weekend", .weekend),
        ("month", .month), ("months", .month), ("quarter", .quarter), ("quarters", .quarter), ("year", .year),
        ("years", .year), ("decade", .decade), ("decades", .decade),
    ])
    static let seasons: KeyMap<String> = keyed([
        ("spring", "SP"), ("summer", "SU"), ("fall", "FA"), ("autumn", "FA"), ("winter", "WI"),
    ])
    /// Words before a month or year that belong to the expression ("late November").
    static let edgeWords = WordSet(["early", "late", "mid", "earlier", "later"])
    static let monthPrepositions = WordSet([
        "in", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "through", "during",
        "before", "after", "end", "beginning", "middle", "-",
    ])
    /// Words that make a sentence look ahead in time (read through ``scanCues``).
    static let futureList = [
        "will", "'ll", "shall", "scheduled", "plans", "planned", "expected", "due", "upcoming", "next", "tomorrow",
        "forecast", "expects", "intends", "going", "would", "might", "planning", "set", "soon", "coming",
        "resume", "begin", "start", "open", "opens", "close",
    ]
    /// Words that make a sentence report the past (read through ``scanCues``).
    static let pastList = [
        "was", "were", "had", "did", "said", "told", "reported", "killed", "announced", "ago", "yesterday", "last",
        "earlier", "previously", "rose", "fell", "began", "took", "struck", "hit", "launched", "attacked",
    ]

    /// What a word is to the scanner's first pass, one lookup per token: a future word, a past
    /// word (future first when both), a starter of an expression.
    struct ScanCue: OptionSet, Sendable {
        let rawValue: UInt8
        static let future = ScanCue(rawValue: 1)
        static let past = ScanCue(rawValue: 2)
        static let starter = ScanCue(rawValue: 4)
    }
    static let scanCues: KeyMap<ScanCue> = {
        var pairs: [(UInt64, ScanCue)] = []
        for w in futureList { pairs.append((Tokenizer.key(w), .future)) }
        for w in pastList { pairs.append((Tokenizer.key(w), .past)) }
        for w in starterList { pairs.append((Tokenizer.key(w), .starter)) }
        return KeyMap(pairs: pairs) { $0.union($1) }
    }()
    /// Nouns that make a four-digit number a count, not a year ("2000 troops").
    static let countNouns = WordSet([
        "people", "troops", "soldiers", "civilians", "men", "women", "children", "residents", "refugees", "shares",
        "units", "drones", "missiles", "rockets", "shells", "tons", "tonnes", "km", "kilometers", "kilometres",
        "miles", "meters", "metres", "barrels", "votes", "members", "workers", "employees", "jobs", "cases", "points",
        "dollars", "euros", "rubles", "hryvnias", "times", "feet", "acres", "homes", "houses", "buildings", "vehicles",
        "tanks", "prisoners", "pows", "deaths", "victims", "hectares",
    ])
    static let currencyMarks = WordSet(["$", "€", "£", "¥", "₴", "₽", "us$"])

    static let key = (
        today: Tokenizer.key("today"), tonight: Tokenizer.key("tonight"), yesterday: Tokenizer.key("yesterday"),
        tomorrow: Tokenizer.key("tomorrow"), now: Tokenizer.key("now"), currently: Tokenizer.key("currently"),
        nowadays: Tokenizer.key("nowadays"), recently: Tokenizer.key("recently"), recent: Tokenizer.key("recent"),
        soon: Tokenizer.key("soon"), current: Tokenizer.key("current"), last: Tokenizer.key("last"),
        this: Tokenizer.key("this"), next: Tokenizer.key("next"), the: Tokenizer.key("the"),
        past: Tokenizer.key("past"), future: Tokenizer.key("future"), ago: Tokenizer.key("ago"),
        earlier: Tokenizer.key("earlier"), later: Tokenizer.key("later"), night: Tokenizer.key("night"),
        of: Tokenizer.key("of"), dash: Tokenizer.key("-"), slash: Tokenizer.key("/"), comma: Tokenizer.key(","),
        dot: Tokenizer.key("."), colon: Tokenizer.key(":"), on: Tokenizer.key("on"), half: Tokenizer.key("half"),
        end: Tokenizer.key("end"), beginning: Tokenizer.key("beginning"), middle: Tokenizer.key("middle"),
        start: Tokenizer.key("start"), fiscal: Tokenizer.key("fiscal"), latest: Tokenizer.key("latest"),
        period: Tokenizer.key("period"), quarter: Tokenizer.key("quarter"), year: Tokenizer.key("year"),
        percent: Tokenizer.key("%"), s: Tokenizer.key("s"),
        yearAgo: Tokenizer.key("year-ago"), present: Tokenizer.key("present"),
        at: Tokenizer.key("at"), these: Tokenizer.key("these"),
        weekend: Tokenizer.key("weekend"),
        before: Tokenizer.key("before"), years: Tokenizer.key("years"), months: Tokenizer.key("months"),
        weeks: Tokenizer.key("weeks"),
        morning: Tokenizer.key("morning"), afternoon: Tokenizer.key("afternoon"),
        evening: Tokenizer.key("evening")
    )

    static func keyed<V: Sendable>(_ pairs: [(String, V)]) -> KeyMap<V> {
        var out: [UInt64: V] = [:]
        for (k, v) in pairs { out[Tokenizer.key(k)] = v }
        return KeyMap(out)
    }
}
