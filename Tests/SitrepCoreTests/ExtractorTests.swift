import SitrepTestSupport
import Testing

@testable import SitrepCore

@Suite struct TokenizerTests {
    @Test func offsetsCountScalarsAndPossessivesSplit() {
        let text = "Kyiv’s mayor said 12,000 — “approximately 7.6” in Zaporizhzhia."
        let toks = Tokenizer.tokenize(Array(text.utf8))
        let scalars = Array(text.unicodeScalars)
        func word(_ t: Token) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[Int(t.scalarStart)..<Int(t.scalarEnd)])
            return String(s)
        }
        #expect(
            toks.map(word) == [
                "Kyiv", "’s", "mayor", "said", "12,000", "—", "“", "approximately", "7.6", "”", "in", "Zaporizhzhia",
                ".",
            ])
        #expect(toks[1].key == Tokenizer.possessiveKey)
        #expect(toks[4].number == 12000 && toks[8].number == 7.6)
        #expect(toks[0].isCapitalized && !toks[2].isCapitalized)
        #expect(toks[0].key == Tokenizer.key("kyiv"))
        // Folded dashes and quotes key like their ASCII forms.
        #expect(toks[5].key == Tokenizer.key("-") && toks[6].key == Tokenizer.key("\""))
    }

    /// Tokens are written a block at a time: a long text must give the same tokens, offsets
    /// and keys as its words read one by one, possessives and numbers across block ends included.
    @Test func longTextsTokenizeAsTheirWords() {
        let words = ["Kyiv", "’s", "mayor", "12,000", "don't", "Zaporizhzhia", "'s", "—", "Київ", "Ålesund", "7.6"]
        var text = ""
        var expected: [UInt64] = []
        for i in 0..<500 {
            let w = words[(i * 7) % words.count]
            // A possessive sticks to the word before it; anything else gets a space.
            let possessive = w == "’s" || w == "'s"
            text += (possessive ? "" : " ") + w
            expected.append(possessive ? Tokenizer.possessiveKey : Tokenizer.key(w))
        }
        let toks = Tokenizer.tokenize(Array(text.utf8))
        #expect(toks.map(\.key) == expected)
        #expect(toks.last.map { Int($0.scalarEnd) } == text.unicodeScalars.count)
        #expect(toks.last.map { Int($0.end) } == text.utf8.count)
        // Keyed without keeping the tokens (the gazetteer's load): the same phrase key, first key
        // and count, across block ends too.
        let bytes = Array(text.utf8)
        let keyed = bytes.withUnsafeBufferPointer { Tokenizer.phraseKey($0) }
        #expect(keyed?.key == Tokenizer.hashPhrase(expected) && keyed?.first == expected.first)
        #expect(keyed?.count == expected.count)
        let none = Array("  ".utf8).withUnsafeBufferPointer { Tokenizer.phraseKey($0) }
        #expect(none == nil)
    }

    /// The shortcuts for two-byte letters and Latin-1 capitals agree with the Unicode tables:
    /// every scalar from U+00C0 to U+07FF but × and ÷ is a letter that joins its word, and a word
    /// is capitalised exactly when its first Latin letter is upper case.
    @Test func twoByteLettersMatchTheUnicodeTables() {
        for v in UInt32(0xC0)...0x7FF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let toks = Tokenizer.tokenize(Array(("a" + String(scalar) + "b").utf8))
            let isSign = v == 0xD7 || v == 0xF7
            #expect(toks.count == (isSign ? 3 : 1), "U+\(String(v, radix: 16))")
            let first = Tokenizer.tokenize(Array((String(scalar) + "x").utf8))
            if !isSign, v < 0x250 {
                #expect(first.first?.isCapitalized == scalar.properties.isUppercase, "U+\(String(v, radix: 16))")
            }
        }
    }
}

@Suite struct KeyMapTests {
    /// The bit filter in front of the table must never turn away a key that is there, in small
    /// maps, in large ones (which pass every key) and across the size where one becomes the other.
    @Test(arguments: [1, 10, 1_000, 16_384, 16_385, 100_000])
    func everyKeyIsFound(count: Int) {
        var pairs: [(UInt64, Int)] = []
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in 0..<count {
            x ^= x << 13
            x ^= x >> 7
            x ^= x << 17
            pairs.append((x, i))
        }
        let map = KeyMap(pairs: pairs, combine: { a, _ in a })
        #expect(pairs.allSatisfy { map[$0.0] == $0.1 })
        // Absent keys are absent, whether the filter or the table turns them away.
        var absent = 0
        for (k, _) in pairs.prefix(1_000) where map[k &+ 1] == nil { absent += 1 }
        #expect(absent == min(count, 1_000))
    }
}

@Suite struct TimeScannerTests {
    static let anchor = CalendarDate(iso: "2024-11-07")  // a Thursday

    static func values(_ text: String, anchor: CalendarDate? = anchor) -> [String] {
        TimeTagger.tag(text, anchor: anchor).map(\.value.timex)
    }

    /// Found by TextFuzz: a digit run too long for `Int` in a date's place trapped.
    @Test func hugeNumbersInDatePlacesAreNoDates() {
        let huge = String(repeating: "9", count: 400)
        for text in ["On 2024-\(huge)-07 it rained.", "On 11/6/\(huge) it rained.", "On 2024-11-\(huge) it rained."] {
            #expect(Self.values(text).allSatisfy { !$0.contains(huge) })
        }
    }

    @Test(arguments: [
        ("It happened on Nov. 6.", "2024-11-06"),
        ("It happened on 6 November 2024.", "2024-11-06"),
        ("It happened on November 6th, 2024.", "2024-11-06"),
        ("It happened on 2024-11-06.", "2024-11-06"),
        ("Drones struck on 11/6 at dawn.", "2024-11-06"),
        ("The attack began early on Wednesday at 6 a.m.", "2024-11-06"),
        ("Russia attacked Kyiv overnight on Nov. 7.", "2024-11-07"),
        ("Officials said yesterday that it was over.", "2024-11-06"),
        ("On Thursday, Shoigu spoke.", "2024-11-07"),
        ("Talks collapsed last week.", "2024-W44"),
        ("Prices rose earlier this month.", "2024-11"),
        ("The plant was hit in late October.", "2024-10"),
        ("The budget was passed in 2023.", "2023"),
        ("The third quarter was weak.", "2024-Q3"),
        ("Three days ago, it rained.", "2024-11-04"),
        ("On 07.11.2024 the city was shelled.", "2024-11-07"),
        ("Shelled on 17.10.2024, the town burned.", "2024-10-17"),
    ])
    func resolvesNewsForms(text: String, value: String) {
        #expect(Self.values(text).contains(value), "\(text) → \(Self.values(text))")
    }

    @Test func lookingAheadTakesTheNextWeekday() {
        #expect(Self.values("He will travel to Warsaw on Monday.") == ["2024-11-11"])
        #expect(Self.values("He traveled to Warsaw on Monday.") == ["2024-11-04"])
    }

    /// A bare weekday with no word of tense: the latest one on or before publication (a verb in
    /// "-ed" reports the past too), except the next day.
    @Test func bareWeekdaysLookBack() {
        #expect(Self.values("Castro attended a rally Saturday by media workers.") == ["2024-11-02"])
        #expect(Self.values("A rally on Saturday in the capital.") == ["2024-11-02"])
        #expect(Self.values("Shares bought from Sept. 14 to Saturday.").last == "2024-11-02")
        #expect(Self.values("Trading in Tokyo Friday.") == ["2024-11-08"])
        #expect(Self.values("The aid will be delivered Tuesday.") == ["2024-11-12"])
    }

    @Test func noAnchorNoRelativeDates() {
        #expect(Self.values("It happened yesterday and on Nov. 6.", anchor: nil).isEmpty)
        #expect(Self.values("It happened on 6 November 2024.", anchor: nil) == ["2024-11-06"])
    }

    @Test func notDates() {
        #expect(Self.values("The 2,000 troops fired 155 mm shells at 6:30.").isEmpty)
        #expect(Self.values("They may march on the capital.").isEmpty)
        #expect(Self.values("2000 troops crossed.").isEmpty)
    }

    @Test func calendarMath() throws {
        let d = try #require(CalendarDate(iso: "2024-11-07"))
        #expect(d.weekday == 3)
        #expect(d.isoWeek == (2024, 45))
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
        #expect(try #require(CalendarDate(iso: "2021-01-03")).isoWeek == (2020, 53))
    }
}

@Suite struct GazetteerTests {
    @Test func spellingsResolveToOnePlace() throws {
        let g = try #require(Fixtures.gazetteer)
        func ids(_ name: String) -> Set<Int?> { Set(g.lookup(name).map { g.places[Int($0)].geonameid }) }
        #expect(ids("Kyiv") == ids("Kiev") && ids("Kyiv").contains(703448))
        #expect(ids("Kharkov").contains(706483) && ids("Kharkiv").contains(706483))
        #expect(ids("Zaporizhia").contains(687700) && ids("Zaporizhzhia").contains(687700))
        // GeoNames' older "ya" and the official 2010 romanisation's "ia" (scripts/build-gazetteer.py).
        #expect(ids("Vysokopillia").contains(688689) && ids("Vysokopillya").contains(688689))
        let oblast = try #require(g.lookup("Donetsk Oblast").first)
        #expect(g.places[Int(oblast)].kind == .admin1)
        #expect(g.version.hasPrefix("geonames"))
    }

    @Test func districtsBelongToTheirCity() throws {
        let g = try #require(Fixtures.gazetteer)
        let podil = try #require(g.lookup("Podil").map { g.places[Int($0)] }.first { $0.kind == .district })
        #expect(podil.parent.map { g.places[$0].name } == "Kyiv")
    }

    /// Read in two halves at once, the gazetteer is the one a single pass reads: the same
    /// places in the same order, the same index, the same spellings that are English words; a bad
    /// line in the second half is reported with its line number in the whole file.
    @Test func halvesReadAsOnePass() throws {
        let bytes = try #require(try FS.readFile(Path.join(packageRoot, "gazetteer/gazetteer.tsv")))
        let whole = try Gazetteer(bytes: bytes, origin: "g", parallel: false)
        let halves = try Gazetteer(bytes: bytes, origin: "g", parallel: true)
        #expect(whole.places == halves.places && whole.places.count > 60_000)
        #expect(whole.primaryKeys == halves.primaryKeys && whole.wordLike == halves.wordLike)
        #expect(whole.version == halves.version && whole.version.hasPrefix("geonames"))
        #expect(whole.capitals == halves.capitals && whole.capitals.count > 150)
        #expect(whole.regionIndex == halves.regionIndex && whole.countryIndex == halves.countryIndex)
        // Every district finds its city, whichever half holds it.
        #expect(whole.places.filter { $0.kind == .district }.allSatisfy { $0.parent != nil })
        // Every place's own name finds the same places, in the same order, both ways.
        for (i, p) in whole.places.enumerated() where i % 7 == 0 {
            #expect(whole.lookup(p.name) == halves.lookup(p.name), "\(p.name)")
            let key = whole.primaryKeys[i]
            #expect(whole.prefixLengths[key] == halves.prefixLengths[key])
        }
        // A broken line near the end: its line number counts the first half's lines too.
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        var broken = bytes
        broken.append(contentsOf: Array("1\tP\tX\n".utf8))
        let lineNumber = lines.count + (bytes.last == 10 ? 0 : 1)
        #expect(throws: Gazetteer.LoadError.self) { try Gazetteer(bytes: broken, origin: "g", parallel: true) }
        do {
            _ = try Gazetteer(bytes: broken, origin: "g", parallel: true)
        } catch {
            #expect(error.description == "g:\(lineNumber): 3 fields, expected 11")
        }
    }

    @Test func rejectsMalformedFiles() throws {
        #expect(throws: Gazetteer.LoadError.self) { try Gazetteer(bytes: Array("1\tP\tX\n".utf8)) }
        #expect(throws: Gazetteer.LoadError.self) { try Gazetteer(bytes: []) }
        // Empty fields on a last line with no newline: read, not a crash.
        let g = try Gazetteer(bytes: Array("1\t\tX\tUA\t\t50.0\t30.0\t\t\t\tX".utf8))
        #expect(g.places.first?.kind == .place && g.lookup("X").count == 1)
        #expect(throws: Gazetteer.LoadError.self) { try Gazetteer(path: "/nonexistent/gazetteer.tsv") }
    }
}

@Suite struct EventRulesTests {
    @Test func placesNeedContextToBeChosen() throws {
        // Pokrovsk: the Donetsk Oblast town, not the Yakutian one, by the oblast beside it.
        let e = try #require(try Fixtures.events("Russian forces shelled Pokrovsk in Donetsk Oblast on Nov. 5.").first)
        #expect(e.type == "shelling_missile_attack" && e.place == "Pokrovsk" && e.country == "UA")
        #expect(e.date == "2024-11-05")
    }

    @Test func shipsNewspapersAndCapitalsAreNoPlaces() throws {
        let ships = try Fixtures.events("Drones damaged the missile ships Tatarstan and Dagestan on Nov. 6.")
        #expect(!ships.contains { $0.place?.contains("Tatarstan") == true || $0.place?.contains("Dagestan") == true })
        let paper = try Fixtures.events("Explosions hit Odesa on Nov. 6, a source told the Kyiv Independent.")
        #expect(paper.map(\.place) == ["Odesa"])
        let capital = try Fixtures.events("Berlin allocated 7.6 billion euros in military assistance for Kyiv in 2024.")
        let aid = try #require(capital.first)
        #expect(aid.type == "military_aid" && aid["location"] == nil)
        #expect(aid.actor("Germany", "initiator") && aid.actor("Ukraine", "recipient"))
        #expect(aid.count("amount") == 7.6e9 && aid["counts"]?["currency"]?.string == "EUR")
    }

    @Test(arguments: [
        ("A woman was killed in Kiev shelling in Donetsk on Nov. 6.", "Donetsk"),
        ("An SUV carrying soldiers hit a landmine near Avdiivka on Nov. 6, killing three people.", "Avdiyivka"),
        ("Five militants were killed in a clash with the Azov battalion near Mariupol on Nov. 6.", "Mariupol"),
        ("A civilian was killed in shelling in the Donetsk People's Republic on Nov. 6.", "Donetsk Oblast"),
        ("Kiev's military shelled Horlivka on Nov. 6.", "Horlivka"),
        // No Robotyne lies in Kharkiv Oblast: the one in Zaporizhzhia Oblast is hundreds of km
        // off, so the district seat in brackets stands in...
        ("On 4 November 2024, Russian forces shelled Robotyne (Kupiansk, Kharkiv).", "Kupyansk"),
        // ...or the region named, also when the brackets hold it alone: "(Kharkiv)" is the
        // oblast, not the city of that name. Seven villages of Kharkiv Oblast are called
        // Novoselivka: with no district to choose by, the region is the place, not a guess.
        ("Russian forces fired artillery at Novoselivka in Kharkiv Oblast on Nov. 6.", "Kharkiv Oblast"),
        ("On 1 November 2024, a landmine exploded near Novoselivka (Kharkiv), injuring a civilian.", "Kharkiv Oblast"),
        ("On 31 October 2024, Russian forces captured the village of Vyshneve (Donetsk).", "Donetsk Oblast"),
        // A district of the city before it, not Donetsk's district of that name.
        ("On 7 November 2024, a drone struck a car in Kharkiv's Kyivskyi district, injuring two people.", "Kharkiv"),
        // A capital after a preposition of place is where it happened, not its government
        // acting ("Kyiv detained" alone would be); its government still speaks for it.
        ("Police in Kyiv detained 11 people on Tuesday.", "Kyiv"),
        ("Police in the city of Kyiv detained a man suspected of spying on Nov. 6.", "Kyiv"),
        ("Officials in Moscow claimed the strike killed 5 soldiers near Bakhmut on Nov. 6.", "Bakhmut"),
    ])
    func namesThatAreNotTheLocation(text: String, place: String) throws {
        let events = try Fixtures.events(text)
        #expect(events.map(\.place) == [place], "\(text)")
    }

    /// Villages below GeoNames' size threshold come from the official codifier (KATOTTG),
    /// placed at their hromada's centre: within 25 km of the village where one village of the
    /// name lies in the region named, or the nearest to the bracketed district seat.
    @Test(
        arguments: [
            (
                "On 13 November 2024, Russian and Ukrainian forces exchanged fire near Robotyne (Polohy, Zaporizhia).",
                "Robotyne", 47.4417, 35.8347, 25.0
            ),
            (
                "On 21 March 2023, Ukrainian forces regained control of Klishchiivka (Bakhmut, Donetsk).",
                "Klishchiivka", 48.5330, 37.9630, 25.0
            ),
            // Seven Novoselivkas in Kharkiv Oblast: the one by the district seat (Kupiansk).
            (
                "On 4 November 2024, Russian forces shelled Novoselivka (Kupiansk, Kharkiv).", "Novoselivka", 49.7100,
                37.6150, 60.0
            ),
        ] as [(String, String, Double, Double, Double)])
    func villagesFromTheCodifier(text: String, place: String, lat: Double, lon: Double, km: Double) throws {
        let e = try #require(try Fixtures.events(text).first, "\(text)")
        #expect(e.place == place, "\(text)")
        let at = try #require(e.coordinates)
        #expect(Gazetteer.distanceKm(at, (lat, lon)) <= km, "\(text): \(at)")
        #expect(e["location"]?["precision"]?.string == "city")
    }

    /// ACLED's notes name a town's region after it, in brackets or after a comma ("Kramatorsk,
    /// Donetsk"): the region chooses among namesakes and is no place of its own; a list of
    /// towns ("Odesa, Kherson and Sumy") stays a list. The published date is the day after.
    @Test(
        arguments: [
            (
                "On 1 February 2023, Russian forces shelled Kramatorsk, Donetsk, with a missile, killing 3 civilians.",
                ["Kramatorsk"], "Donetsk Oblast", "2023-02-01"
            ),
            (
                "Around 10 September 2022 (between 9 and 11 September), Ukrainian forces regained control of "
                    + "Balakliia, Kharkiv.", ["Balakliya"], "Kharkiv Oblast", "2022-09-10"
            ),
            (
                "On 6 August 2024, Ukrainian forces clashed with Russian forces near Sudzha, Russia.", ["Sudzha"],
                "Kursk Oblast", "2024-08-06"
            ),
            (
                "On 3 April 2022, Ukrainian authorities reported that Russian forces had killed civilians in Bucha "
                    + "(Kyiv).", ["Bucha"], "Kyiv Oblast", "2022-04-03"
            ),
            (
                "On 13 September 2023, Ukrainian forces struck a shipyard in Sevastopol (Crimea) with cruise missiles.",
                ["Sevastopol"], "Sevastopol", "2023-09-13"
            ),
            (
                "On 1 September 2022, Russian forces shelled Enerhodar (Zaporizhzhia) near the Zaporizhzhia nuclear "
                    + "power plant.", ["Enerhodar"], "Zaporizhzhia Oblast", "2022-09-01"
            ),
            (
                "On 11 November 2022, Ukrainian forces entered Kherson city (Kherson) after Russian forces withdrew "
                    + "from the right bank of the Dnipro river.", ["Kherson"], "Kherson Oblast", "2022-11-11"
            ),
            (
                "On 5 March 2024, Russian drones struck Odesa, Kherson and Sumy.", ["Odesa", "Kherson", "Sumy"], nil,
                "2024-03-05"
            ),
            (
                "On 7 August 1998, bombs exploded at the U.S. embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya.",
                ["Dar es Salaam", "Nairobi"], nil, "1998-08-07"
            ),
        ] as [(String, [String], String?, String)])
    func regionsAfterATownQualifyIt(text: String, places: [String], admin1: String?, date: String) throws {
        let published = try #require(CalendarDate(iso: date)?.adding(days: 1)).description
        let events = try Fixtures.events(text, published: published)
        #expect(events.map(\.place) == places, "\(text)")
        if let admin1 { #expect(events.first?["location"]?["admin1"]?.string == admin1, "\(text)") }
        #expect(events.allSatisfy { $0.date == date }, "\(text)")
    }

    /// ACLED's sub-type of ground changing hands follows who takes it where: the state it lies
    /// in regains it, another state's forces overtake it, and a force that withdraws leaves it
    /// to the other side; the verb ("captured", "recaptured") does not decide.
    @Test(arguments: [
        ("On 28 May 2024, Ukrainian forces captured the village of Robotyne (Zaporizhzhia).", true),
        ("On 28 May 2024, Russian forces recaptured Staryi Saltiv (Kharkiv).", false),
        ("On 28 May 2024, Russian forces retook the village of Plekhovo in Kursk region, Russia.", true),
        ("On 28 May 2024, Ukrainian forces withdrew from Avdiivka (Donetsk).", false),
        ("On 28 May 2024, Russian forces withdrew from Kherson city (Kherson).", true),
    ])
    func groundTakenFollowsWhoTakesItWhere(text: String, regained: Bool) throws {
        let e = try Fixtures.firstEvent(text, published: "2024-05-30")
        #expect(e.type == "territory_change")
        #expect(
            e["acled"]?["sub_event_type"]?.string
                == (regained ? "Government regains territory" : "Non-state actor overtakes territory"), "\(text)")
    }

    /// Wire-report formulas: "Kharkiv and Sumy regions" names two oblasts, not their cities; a
    /// town beside a foreign country is where it happened; "attacked … 30 times" counts
    /// shellings, not a battle; "a Ukrainian POW" is one person.
    @Test func wireReportFormulas() throws {
        let regions = try Fixtures.events(
            "Air defenses shot down 22 drones overnight over Kyiv, Vinnytsia and Khmelnytskyi regions.",
            published: "2024-05-30")
        #expect(regions.map(\.place) == ["Kyiv Oblast", "Vinnytsia Oblast", "Khmelnytskyi Oblast"])
        let border = try Fixtures.firstEvent(
            "Ukrainian border guards detained a man trying to cross into Moldova near Izmail on Friday.",
            published: "2024-05-30")
        #expect(border.place == "Izmayil" && border.type == "arrest")
        let times = try Fixtures.firstEvent(
            "Russian forces attacked the town of Vovchansk 30 times on Monday, killing an 80-year-old man.",
            published: "2024-05-30")
        #expect(times.type == "shelling_missile_attack" && times.count("killed") == 1)
        let pow = try Fixtures.firstEvent(
            "On 11 May 2023, Russian forces executed a Ukrainian POW near Bakhmut (Donetsk).", published: "2023-05-12")
        #expect(pow.count("killed") == 1 && pow.place == "Bakhmut")
        let near = try Fixtures.events(
            "On 27 August 2023, Russian forces struck the village of Podoly near Kupiansk (Kharkiv) with artillery, "
                + "killing 1 man.", published: "2023-08-28")
        #expect(near.map(\.place) == ["Podoly"] && near.first?.count("killed") == 1)
    }

    /// The only codifier village of its name in the region in brackets is the place, with
    /// no district seat named: Makarivka (Donetsk) is not one of six others elsewhere.
    @Test func theRegionsOnlyVillageOfTheName() throws {
        let e = try Fixtures.firstEvent(
            "On 12 June 2023, Ukrainian forces recaptured Makarivka (Donetsk).", published: "2023-06-13")
        #expect(e.place == "Makarivka")
        let at = try #require(e.coordinates)
        #expect(Gazetteer.distanceKm(at, (47.8428, 36.8363)) <= 25, "\(at)")
    }

    /// With no region in its sentence, a codifier village takes the article's region: Kherson
    /// Oblast's Stepanivka (a suburb of Kherson), not the GeoNames Stepanivka in Sumy Oblast.
    @Test func aVillageTakesTheArticlesRegion() throws {
        let text = """
            Russian forces shelled Kherson Oblast on Wednesday, the regional governor said.

            Later on Wednesday, Russian artillery hit Stepanivka, killing one man.
            """
        let e = try #require(try Fixtures.events(text).first { $0.place == "Stepanivka" })
        let at = try #require(e.coordinates)
        #expect(Gazetteer.distanceKm(at, (46.6354, 32.6169)) <= 25, "\(at)")
        #expect(e.count("killed") == 1)
    }

    /// A span of days is bounded by its last day, not dated by it; a lone date is a date.
    @Test(arguments: [
        (
            "Between 3 and 5 November 2024, Russian forces shelled Kherson, killing 4 civilians.",
            "Between 3 and 5 November 2024", true
        ),
        ("On 5-6 November 2024, Russian drones struck Odesa, injuring 2 people.", "5-6 November 2024", true),
        ("Russian forces shelled Kherson on 3–5 November, killing 4 civilians.", "3–5 November", true),
        (
            "From 3 to 5 November 2024, Russian forces shelled Kherson, killing 4 civilians.",
            "From 3 to 5 November 2024", true
        ),
        ("Russian forces shelled Kherson 2 times on 5 November 2024, killing 4 civilians.", "5 November 2024", false),
    ])
    func spansOfDaysAreBounds(text: String, dateText: String, bound: Bool) throws {
        let e = try #require(try Fixtures.events(text, published: "2024-11-10").first)
        #expect(e.date == "2024-11-05" || e.date == "2024-11-06")
        #expect(e["date_text"]?.string == dateText)
        #expect((e["date_bound"]?.string == "on_or_before") == bound, "\(text)")
    }

    /// A surname or a unit named like a village is no place, even with its region named.
    @Test(arguments: [
        "46-year-old Ihor Chernysh was killed during enemy shelling in Chernihiv Oblast on August 19.",
        "Two DPR servicemen were killed on Nov. 6 in an attack by the Ukrainian regiment Azov in Donetsk Oblast.",
    ])
    func namesakesOfVillagesAreNoPlaces(text: String) throws {
        let places = try Fixtures.events(text).map(\.place)
        #expect(!places.contains("Chernysh") && !places.contains("Azov"), "\(text): \(places)")
    }

    @Test(
        arguments: [
            ("At least one person was killed when drones hit Sumy on Nov. 6.", "killed", 1.0, "at_least"),
            (
                "On Nov. 6, five people, including two children, were killed in a missile strike on Odesa.", "killed",
                5.0, nil
            ),
            ("The death toll from the missile strike on Dnipro on Nov. 6 rose to 15.", "killed", 15.0, nil),
            ("The number of injured in the missile strike on Dnipro on Nov. 6 increased to six.", "injured", 6.0, nil),
            ("Russian forces shelled Nikopol on Nov. 6, killing a 65-year-old man.", "killed", 1.0, nil),
            ("On Nov. 6, two people were killed and 12 others wounded when a missile hit Sumy.", "injured", 12.0, nil),
            ("Dozens were injured as missiles struck Kharkiv on Nov. 6.", "injured", 12.0, "at_least"),
            ("Shelling of Kherson on Nov. 6 killed two civilians.", "killed", 2.0, nil),
            ("Air defenses shot down 21 of 25 drones over Kyiv on Nov. 6.", "drones_downed", 21.0, nil),
            // The whole the downed were part of: what was launched.
            ("Air defenses shot down 21 of 25 drones over Kyiv on Nov. 6.", "drones_launched", 25.0, nil),
            ("Air defence destroyed 2 of 4 Iskander-M missiles over Kyiv on Nov. 6.", "missiles_launched", 4.0, nil),
            // The air force's daily formula: one verb for both pairs.
            (
                "On Nov. 6, air defence downed 1 of 4 Iskander-M missiles and 37 of 90 Shahed drones.", "drones_downed",
                37.0, nil
            ),
            (
                "On Nov. 6, air defence downed 1 of 4 Iskander-M missiles and 37 of 90 Shahed drones.",
                "drones_launched", 90.0, nil
            ),
            // The second pair's part is downed too, whatever "launched" says of the whole after it.
            (
                "On Nov. 6, air defence shot down 54 of 76 drones and 2 of 3 missiles launched by Russia.",
                "missiles_downed", 2.0, nil
            ),
            (
                "On Nov. 6, air defence shot down 54 of 76 drones and 2 of 3 missiles launched by Russia.",
                "missiles_launched", 3.0, nil
            ),
            ("Russia launched 76 drones on Nov. 6; 54 of the drones were shot down.", "drones_downed", 54.0, nil),
            ("Air defenses intercepted two drones launched from Yemen on Nov. 6.", "drones_downed", 2.0, nil),
            (
                "Russia launched 50 drones at Kyiv on Nov. 6; air defence shot down 40 of them.", "drones_downed", 40.0,
                nil
            ),
            ("Air defence intercepted 2 Russian Kh-59 missiles over Poltava on Nov. 6.", "missiles_downed", 2.0, nil),
            ("Police arrested 15 opposition activists in Harare on Nov. 6.", "captured", 15.0, nil),
            // "civilian" is also a modifier ("a civilian man"); alone it is the person counted.
            ("A civilian was killed in shelling of Melitopol on Nov. 6.", "killed", 1.0, nil),
            // A number of attacks before the toll is not the toll.
            ("Ukraine reports 52 enemy attacks, 1 KIA, 5 WIA in past 24 hours.", "killed", 1.0, nil),
            ("Ukraine reports 52 enemy attacks, 1 KIA, 5 WIA in past 24 hours.", "injured", 5.0, nil),
            ("The army completed 350 fire missions on Nov. 6, killing 80 invaders.", "killed", 80.0, nil),
            // "a military convoy" counts no one: "military" describes the convoy.
            (
                "A roadside bomb struck a military convoy near Kandahar on Nov. 6, killing four soldiers.", "killed",
                4.0, nil
            ),
            // Army reports: people "destroyed" are killed, "lost" or "losses" are casualties.
            (
                "Russian Armed Forces destroyed up to 40 Ukrainian soldiers in the Kupyansk direction on Nov. 6.",
                "killed", 40.0, "up_to"
            ),
            (
                "Losses of the Armed Forces of Ukraine in the Donetsk direction amounted to more than 170 people per day.",
                "casualties", 170.0, "at_least"
            ),
            (
                "More than 135 servicemen lost in the Krasnolimansk direction on Nov. 6.", "casualties", 135.0,
                "at_least"
            ),
            // The part named after "including" is not the toll, with or without its commas.
            ("Five civilians including two children died in shelling of Donetsk on Nov. 6.", "killed", 5.0, nil),
            (
                "Shelling killed 12 people, including at least three children, in Donetsk on Nov. 6.", "killed", 12.0,
                nil
            ),
            // "shot dead" before the person is the verb of the toll.
            ("Unidentified assailants shot dead a local official in Nova Kakhovka on Nov. 6.", "killed", 1.0, nil),
            // "his wife" is one person.
            ("Russian shelling killed a man and injured his wife in Kherson on Nov. 6.", "injured", 1.0, nil),
            // A number of weapons before the comma is not the toll after it.
            (
                "Russian forces hit Kupiansk with 3 missiles on Nov. 6, injuring 12 civilians, including 2 children.",
                "injured", 12.0, nil
            ),
            // Wire tags: "RPT-One" is one, "Su-25" is a jet.
            ("RPT-One civilian killed, one wounded in shelling of Donetsk on Nov. 6.", "killed", 1.0, nil),
            ("Russian Su-25 jets struck Avdiivka on Nov. 6, killing two.", "killed", 2.0, nil),
            // People joined by "and" are one toll; "the driver" after the verb is one.
            ("A drone hit a bus in Kherson on Nov. 6, injuring a driver and three passengers.", "injured", 4.0, nil),
            ("Shelling of Kherson on Nov. 6 killed a woman and her son.", "killed", 2.0, nil),
            ("Russian shelling killed two soldiers and three civilians in Kherson on Nov. 6.", "killed", 5.0, nil),
            ("A Russian drone struck a car in Beryslav on Nov. 6, killing the driver.", "killed", 1.0, nil),
            ("A drone hit a car in Kherson on Nov. 6, injuring 2 children and their mother.", "injured", 3.0, nil),
            ("Shelling of Kherson on Nov. 6 injured 2 women and their children.", "injured", 2.0, nil),
            (
                "Shelling of Kherson on Nov. 6 injured a 45-year-old man and a 70-year-old woman.", "injured", 2.0,
                nil
            ),
            // A hyphenated modifier; neighbours are people too.
            (
                "An IED exploded under a car in Melitopol on Nov. 6, killing a Russian-appointed official.", "killed",
                1.0, nil
            ),
            (
                "Russian forces shelled Kherson on Nov. 6, killing a boy and wounding his father and two neighbours.",
                "injured", 3.0, nil
            ),
        ] as [(String, String, Double, String?)])
    func countsAttachToTheirKey(text: String, key: String, value: Double, qualifier: String?) throws {
        let e = try #require(try Fixtures.events(text).first)
        #expect(e.count(key) == value, "\(text): \(String(describing: e["counts"]))")
        #expect(e.qualifier(key) == qualifier)
    }

    /// Reports written the way ACLED writes its notes: date first, "(town, region)" after the
    /// place, the toll in the next sentence.
    @Test(
        arguments: [
            (
                "On 6 November 2024, Russian forces shelled Kherson city (Kherson, Kherson). 2 civilians were killed and 5 injured.",
                "shelling_missile_attack", "2024-11-06", "Kherson", ["killed": 2.0, "injured": 5.0]
            ),
            (
                "Around 3 November 2024, Russian forces captured Vuhledar (Vuhledar, Donetsk).",
                "territory_change", "2024-11-03", "Vuhledar", [:]
            ),
            (
                "On 2 November 2024, Russian and Ukrainian forces clashed near Pokrovsk (Pokrovsk, Donetsk).",
                "armed_clash", "2024-11-02", "Pokrovsk", [:]
            ),
            (
                "On 9 November 2024, Russian forces fired a missile at Zaporizhzhia city (Zaporizhzhia, Zaporizhzhia), killing 3 people and wounding 8.",
                "shelling_missile_attack", "2024-11-09", "Zaporizhzhya", ["killed": 3.0, "injured": 8.0]
            ),
            (
                "On 5 November 2024, Russian forces fired on Bilopillia (Sumy, Sumy) with mortars from across the border.",
                "shelling_missile_attack", "2024-11-05", "Bilopillia", [:]
            ),
            // Fire on a town with no weapon named is shelling.
            (
                "On 5 November 2024, Russian forces fired at Ochakiv (Mykolaiv, Mykolaiv). No casualties were reported.",
                "shelling_missile_attack", "2024-11-05", "Ochakiv", [:]
            ),
            // "reportedly" hedges the source, not the deaths.
            (
                "On 4 November 2024, clashes between Russian and Ukrainian forces were reported near Kreminna (Sievierodonetsk, Luhansk). 7 Russian soldiers were reportedly killed.",
                "armed_clash", "2024-11-04", "Kreminna", ["killed": 7.0]
            ),
            (
                "On 3 November 2024, about 200 people demonstrated in Kyiv (Kyiv city, Kyiv city) demanding more funding for the army.",
                "protest", "2024-11-03", "Kyiv", [:]
            ),
            (
                "On 5 November 2024, Ukrainian forces shot down 12 Shahed drones over Mykolaiv oblast.",
                "interception", "2024-11-05", "Mykolaiv Oblast", ["drones_downed": 12.0]
            ),
            (
                "On 12 March 2023, Russian forces shelled Kherson city (Kherson, Kherson). A man was killed and two women were injured.",
                "shelling_missile_attack", "2023-03-12", "Kherson", ["killed": 1.0, "injured": 2.0]
            ),
            (
                "On 18 March 2023, Russian military aircraft dropped guided aerial bombs on Orikhiv (Orikhiv, Zaporizhzhia), killing 2 civilians.",
                "air_drone_strike", "2023-03-18", "Orikhiv", ["killed": 2.0]
            ),
            (
                "On 21 March 2023, Ukrainian forces regained control of Klishchiivka (Bakhmut, Donetsk).",
                "territory_change", "2023-03-21", "Klishchiivka", [:]
            ),
            (
                "On 24 March 2023, Russian forces attacked Ukrainian positions near Avdiivka (Pokrovsk, Donetsk). 4 Ukrainian soldiers were killed.",
                "armed_clash", "2023-03-24", "Avdiyivka", ["killed": 4.0]
            ),
            // The day it happened, not the day it was reported.
            (
                "On 6 November 2024 (reported on 7 November), Russian forces shelled Beryslav (Kherson).",
                "shelling_missile_attack", "2024-11-06", "Beryslav", [:]
            ),
            (
                "On 7 November 2024, Russian forces dropped explosives from a drone on a car in Beryslav (Kherson), injuring 2 men.",
                "air_drone_strike", "2024-11-07", "Beryslav", ["injured": 2.0]
            ),
            // Forces firing on civilians with no one armed on the other side: an attack.
            (
                "On 8 November 2024, Russian forces shot at a civilian car in Beryslav (Beryslav, Kherson), injuring 2 men.",
                "attack_on_civilians", "2024-11-08", "Beryslav", ["injured": 2.0]
            ),
            (
                "On 8 November 2024, Russian forces opened fire on a civilian car in Beryslav (Beryslav, Kherson), injuring 2 men.",
                "attack_on_civilians", "2024-11-08", "Beryslav", ["injured": 2.0]
            ),
            // A person named by their work: "a tractor driver" is one.
            (
                "On 3 November 2024, a landmine explosion injured a tractor driver near Beryslav (Beryslav, Kherson).",
                "remote_explosive", "2024-11-03", "Beryslav", ["injured": 1.0]
            ),
            // The range's days take the year written beside them, not the publication's.
            (
                "Around 10 January 2024 (between 8 and 10 January), Russian forces shelled Beryslav (Beryslav, Kherson).",
                "shelling_missile_attack", "2024-01-10", "Beryslav", [:]
            ),
            // Soldiers shooting a civilian, in the active and the passive.
            (
                "On 19 September 2024, Russian soldiers shot a civilian in Selydove (Pokrovsk, Donetsk).",
                "attack_on_civilians", "2024-09-19", "Selydove", [:]
            ),
            (
                "On 3 November 2024, a civilian was shot by Russian soldiers in Kherson (Kherson, Kherson).",
                "attack_on_civilians", "2024-11-03", "Kherson", [:]
            ),
            // Drones destroyed in the air are intercepted, in British spelling too; "launched by
            // Russia" describes the drones.
            (
                "On 11 October 2024, Ukrainian air defence destroyed 20 of 23 Russian drones over Kyiv oblast.",
                "interception", "2024-10-11", "Kyiv Oblast", ["drones_downed": 20.0, "drones_launched": 23.0]
            ),
            (
                "On 3 November 2024, air defences destroyed 50 of 84 drones launched by Russia over Odesa oblast.",
                "interception", "2024-11-03", "Odesa Oblast", ["drones_downed": 50.0, "drones_launched": 84.0]
            ),
            // What the arrested are suspected of is not reported as done.
            (
                "On 8 November 2024, the SBU detained two men in Kharkiv suspected of helping Russia plan missile strikes.",
                "arrest", "2024-11-08", "Kharkiv", ["captured": 2.0]
            ),
            // "a farmer working in his field": one person, the participle does not hide him.
            (
                "On 5 November 2024, a landmine blast killed a farmer working in his field near Izium (Izium, Kharkiv).",
                "remote_explosive", "2024-11-05", "Izyum", ["killed": 1.0]
            ),
            // A strike with no weapon named that killed people is shelling, not a clash.
            (
                "On 4 November 2024, a Russian strike on a hospital in Selydove (Pokrovsk, Donetsk) killed one doctor.",
                "shelling_missile_attack", "2024-11-04", "Selydove", ["killed": 1.0]
            ),
        ] as [(String, String, String, String, [String: Double])])
    func acledStyleNotes(text: String, type: String, date: String, place: String, counts: [String: Double]) throws {
        let events = try Fixtures.events(text, published: "2024-11-10")
        let e = try #require(events.first)
        #expect(events.count == 1, "\(events.map(\.type))")
        #expect(
            e.type == type && e.date == date && e.place == place, "\(e.type ?? "") \(e.date ?? "") \(e.place ?? "")")
        #expect(e.country == "UA")
        for (key, value) in counts { #expect(e.count(key) == value, "\(key)") }
        // The toll's victims are not the attackers.
        #expect(!e.actor("Ukrainian soldiers", "initiator"))
    }

    /// Firing is a fight when armed people are on the receiving end, and a day without its
    /// year keeps the publication's when the sentence names no full date.
    @Test func firingAtForcesAndYearlessDays() throws {
        func firstType(_ text: String) throws -> String? {
            try #require(try Fixtures.events(text, published: "2024-11-10").first).type
        }
        #expect(
            try firstType(
                "On 8 November 2024, Ukrainian forces shot at Russian positions near Beryslav (Beryslav, Kherson).")
                == "armed_clash")
        #expect(
            try firstType("On 8 November 2024, gunmen stormed a police post in Beryslav, killing 2 officers.")
                == "armed_clash")
        // A day without its year takes the year that puts it nearest the full date beside it.
        let anchor = try #require(CalendarDate(iso: "2025-03-15"))
        #expect(
            TimeTagger.tag("Shelling on 28 December 2024 and on 2 January.", anchor: anchor).map(\.value.timex)
                == ["2024-12-28", "2025-01-02"])
        #expect(
            TimeTagger.tag("Between 8 and 10 January 2024, and again on 3 March.", anchor: anchor).map(\.value.timex)
                == ["2024-01-10", "2024-03-03"])
        // Without a full date beside it, the publication date decides.
        #expect(TimeTagger.tag("Shelling on 2 January.", anchor: anchor).map(\.value.timex) == ["2025-01-02"])
        // "a drone attack": no person word after the noun, no count.
        let strike = try #require(
            try Fixtures.events("On 8 November 2024, a drone attack hit a shop in Kherson.", published: "2024-11-10")
                .first)
        #expect(strike["counts"] == nil)
    }

    /// "shot" reports violence only with a person shot; "destroyed" intercepts only what flies.
    @Test func shootingPeopleAndDestroyingWhatFlies() throws {
        func types(_ text: String) throws -> [String?] {
            try Fixtures.events(text, published: "2024-11-10").map(\.type)
        }
        #expect(try types("On 3 November 2024, Russian soldiers shot a video of the damage in Kherson.").isEmpty)
        #expect(try types("Ukraine's striker shot wide in the second half against Georgia.").isEmpty)
        #expect(
            try !types("On 3 November 2024, Russian forces destroyed a drone depot in Kharkiv.").contains(
                "interception"))
        #expect(
            try !types("On 3 November 2024, Ukrainian forces destroyed 3 rocket launchers near Kurakhove.")
                .contains("interception"))
        #expect(
            try types("On 3 November 2024, Ukrainian forces destroyed three Shaheds over Kyiv.") == ["interception"])
    }

    /// Headlines as wires and army reports write them: the deaths are the event even when an
    /// attack word beside them types nothing, is hypothetical, or talks are named; a failed
    /// attempt to advance is still a fight.
    @Test(arguments: [
        ("Ukrainian soldier killed in attack near Donetsk airport: army", "armed_clash"),
        ("Ten Kiev military killed in attempt to attack DPR positions - military source", "armed_clash"),
        ("Militiaman killed in Donetsk republic, says DPR spokesman", "armed_clash"),
        ("Dozens killed in Ukraine ahead of Minsk peace summit", "armed_clash"),
        ("Ukrainian soldier killed after failed peace talks: military", "armed_clash"),
        ("Russians fired at a crowd in Zaporozhye, there are dead", "armed_clash"),
        ("Ukraine says rebels will pay as missiles kill 23 soldiers", "shelling_missile_attack"),
        ("Artillerymen destroyed two howitzers in the Kherson direction", "shelling_missile_attack"),
        // Repelled on the ground is a fight; against drones, an interception.
        ("Ukrainian forces repelled the attack near Kurakhove on Nov. 6.", "armed_clash"),
        ("Air defenses repelled the attack of Shahed drones on Kyiv on Nov. 6.", "interception"),
        // Army-report phrasings of a fight.
        ("Russian forces inflicted defeat on Ukrainian units near Kupiansk", "armed_clash"),
        ("Paratroopers knocked the enemy out of the village of Dvorichna", "armed_clash"),
        ("Exchanges of fire at Donetsk airport", "armed_clash"),
        // A capital with its forces is the state's ("pro-Kiev troops").
        ("Two militias killed in pro-Kiev troops' offensive in Donetsk republic", "armed_clash"),
        ("Border guards stopped an attempt to break through in Donetsk region", "armed_clash"),
        ("Russian forces made an unsuccessful attempt to advance towards Vovchansk on Nov. 6.", "armed_clash"),
        ("Armed forces of Ukraine suffer heavy losses in counterattacks near Soledar", "armed_clash"),
        ("The border guards stopped the assault and drove the invaders out of the suburbs of Bakhmut", "armed_clash"),
        // Hitting from afar with no weapon named is shelling; so is the artillery's jargon.
        ("Armed Forces of Ukraine hit the location of the National Guard in Kherson", "shelling_missile_attack"),
        ("Ukrainian forces struck a Russian ammunition depot near Toropets on Nov. 6.", "shelling_missile_attack"),
        (
            "In the south, the Defense Forces inflicted more than 100 strikes on Russian positions",
            "shelling_missile_attack"
        ),
        ("In the south, the army completed 160 fire missions on the Kinburn spit", "shelling_missile_attack"),
        // Aiming at people is no strike from afar.
        ("Soldiers targeted smugglers near the border in Chad on Nov. 5.", "armed_clash"),
    ])
    func headlineDeathsAreEvents(text: String, type: String) throws {
        let events = try Fixtures.events(text)
        #expect(events.first?.type == type, "\(text): \(events.map(\.type))")
    }

    /// ACLED's crowd sub-types from the words around the happening, anywhere in the world.
    @Test(arguments: [
        ("Police fired tear gas at protesters in Nairobi on Nov. 5.", "protest", "Protest with intervention"),
        ("Protesters set fire to government buildings in Dhaka on Nov. 5.", "riot", "Violent demonstration"),
        (
            "Troops opened fire on demonstrators in Khartoum on Nov. 5, killing five.", "protest",
            "Excessive force against protesters"
        ),
        ("A mob lynched a man accused of theft in Lagos on Nov. 5.", "riot", "Mob violence"),
        ("Thousands of people marched peacefully through Santiago on Nov. 5.", "protest", "Peaceful protest"),
        ("Students clashed with police in Tehran on Nov. 5 after a rally.", "riot", "Violent demonstration"),
        (
            "The government handed over control of the town to UN peacekeepers on Nov. 5.", "territory_change",
            "Non-violent transfer of territory"
        ),
        ("Workers staged a hunger strike outside the parliament in Algiers on Nov. 5.", "protest", "Peaceful protest"),
        ("Supporters of the opposition blocked roads in Conakry on Nov. 5.", "protest", "Peaceful protest"),
        ("Unknown assailants assassinated a local politician in Acapulco on Nov. 5.", "attack_on_civilians", "Attack"),
        ("Unidentified gunmen shot and killed a village chief in Gusau on Nov. 5.", "attack_on_civilians", "Attack"),
        (
            "The army established a new military base in Kidal on Nov. 5.", "base_established",
            "Headquarters or base established"
        ),
        // A raid on civilians is an attack; civilians killed in fighting are the fight's.
        ("Armed men stormed a church in Owo on Nov. 5, killing 40 worshippers.", "attack_on_civilians", "Attack"),
        ("Fighting kills six civilians in Ukraine's Donetsk on Nov. 5.", "armed_clash", "Armed clash"),
        ("Gunmen ambushed a police patrol near Zinder on Nov. 5, killing 3 officers.", "armed_clash", "Armed clash"),
        (
            "Police opened fire on a crowd of protesters in Conakry on Nov. 5, killing 2.", "protest",
            "Excessive force against protesters"
        ),
        ("Protesters stormed the parliament building in Baghdad on Nov. 5.", "riot", "Violent demonstration"),
        ("Thousands of opposition supporters took to the streets of Dakar on Nov. 5.", "protest", "Peaceful protest"),
        (
            "Al-Shabaab fighters overran a military base near Mogadishu on Nov. 5.", "territory_change",
            "Non-state actor overtakes territory"
        ),
        // Agreeing to an agreement is one.
        ("The two sides agreed to a 72-hour truce in Khartoum on Nov. 5.", "agreement", "Agreement"),
        ("Farmers blocked highways with tractors near Brussels on Nov. 5.", "protest", "Peaceful protest"),
    ])
    func crowdEventsTakeTheirSubType(text: String, type: String, sub: String) throws {
        let e = try #require(try Fixtures.events(text).first, "\(text)")
        #expect(e.type == type && e["acled"]?["sub_event_type"]?.string == sub, "\(text): \(e.type ?? "")")
    }

    /// Armed groups by name, and forces by their own capitalised words, are the initiators.
    @Test(arguments: [
        ("M23 rebels seized control of the town of Rubaya on Nov. 5.", "M23 rebels"),
        ("Al-Shabaab militants detonated an IED near Mogadishu on Nov. 5.", "Al-Shabaab militants"),
        ("Hamas fired rockets at Sderot on Nov. 5, injuring 3 people.", "Hamas"),
        ("Armed Forces of Ukraine hit the National Guard's base in Kherson on Nov. 5.", "Armed Forces of Ukraine"),
    ])
    func armedGroupsAreInitiators(text: String, name: String) throws {
        let e = try #require(try Fixtures.events(text).first, "\(text)")
        #expect(e.actor(name, "initiator"), "\(text): \(String(describing: e["actors"]))")
    }

    /// Who was killed is the victim, not the initiator, though named first.
    @Test func theHarmedAreVictims() throws {
        let e = try #require(try Fixtures.events("Four DPR militiamen killed in shelling by Ukrainian troops").first)
        #expect(e.actor("DPR militiamen", "victim") && !e.actor("DPR militiamen", "initiator"))
        #expect(e.actor("Ukrainian troops", "initiator"))
        // With an object, who is named before the verb of harm did it.
        let active = try #require(try Fixtures.events("Russian soldiers killed 5 civilians in Bucha on Nov. 5.").first)
        #expect(active.actor("Russian soldiers", "initiator") && !active.actor("Russian soldiers", "victim"))
        let n = try #require(try Fixtures.events("Two militiamen killed in shelling of Horlivka").first)
        #expect(!n.actor("Two militiamen", "initiator") && !n.actor("militiamen", "initiator"))
    }

    /// A promise or an offer is a statement that agrees (PLOVER AGREE), modal as it is.
    @Test(arguments: [
        "Norway is willing to send air defense systems to Ukraine, the foreign minister said on Nov. 6.",
        "Germany will support Ukraine's bid to join the European Union, Chancellor Scholz said on Nov. 6.",
        "On Nov. 6, President Zelenskyy promised to restore power to Kharkiv within a week.",
    ])
    func commitmentsAreAgreeingStatements(text: String) throws {
        let e = try #require(try Fixtures.events(text).first, "\(text)")
        #expect(e.type == "statement" && e["plover"]?.string == "AGREE", "\(text): \(e.type ?? "")")
    }

    /// Deaths in a disaster or an accident, and history the article recalls, are no events.
    @Test(arguments: [
        "The storm killed 12 people and destroyed hundreds of homes in Manila on Nov. 5.",
        "A fire at a chemical plant killed two workers in Texas on Nov. 5.",
        "Two people were killed in a traffic accident on the highway near Lyon on Nov. 5.",
        "The film depicts the bombing of Dresden in 1945.",
        "The accession is the clearest demonstration of the alliance's unity, Solana said.",
        "Speculative investors, betting on an imminent clash between Ford and GM, pushed up the share price.",
        // Words of a fight that teams, shares and firms use too need armed people named.
        "Real Madrid defeated the visitors 3-1 in a counterattack-heavy game on Saturday.",
        "Shares suffered heavy losses on Wall Street on Nov. 5.",
        "The Lakers advanced towards the playoffs after beating Denver on Nov. 5.",
        "Investors made an unsuccessful attempt to take over the bank on Nov. 5.",
    ])
    func noPoliticalViolenceNoEvent(text: String) throws {
        #expect(try Fixtures.events(text).isEmpty, "\(text)")
    }

    /// Debris of the attack just reported injures as part of it, even where it names a district.
    @Test func debrisIsTheAttacksToll() throws {
        let e = try Fixtures.events(
            "On the night of 6 November 2024, Russian forces launched Shahed drones at Kyiv city. Debris injured 3 people in Solomianskyi district.",
            published: "2024-11-14")
        #expect(e.count == 1)
        #expect(e.first?.type == "air_drone_strike" && e.first?.count("injured") == 3)
        // Debris of a drone shot down, with no attack reported: the interception's toll.
        let downed = try Fixtures.firstEvent(
            "Four people were injured when debris from a downed drone fell on a house in Bila Tserkva overnight.",
            published: "2024-05-30")
        #expect(downed.type == "interception" && downed.count("injured") == 4)
    }

    @Test func theReasonIsNotTheHappening() throws {
        let e = try Fixtures.events("Police arrested a suspect over the bombing on Nov. 5.")
        #expect(e.map(\.type) == ["arrest"])
        // A fire started by shelling is violence.
        let shelled = try Fixtures.events("Russian shelling started a fire in Kherson on Nov. 5, killing two people.")
        #expect(shelled.first?.type == "shelling_missile_attack")
    }

    /// "the Pechersk district" is Kyiv's, not the village in Smolensk Oblast, even in an article
    /// about Russia.
    @Test func aNamedDistrictIsADistrict() throws {
        let text =
            "Russia said drones hit Kaspiysk in Russia's Dagestan. Russia also blamed Ukraine for attacks on Russia.\n\n"
            + "A Russian drone struck a building in the Pechersk district on Nov. 7, causing a fire."
        let events = try Fixtures.events(text)
        let e = try #require(events.first { $0["location"]?["district"] != nil })
        #expect(e.country == "UA" && e["location"]?["district"]?.string == "Pecherskyi", "\(events.map(\.place))")
    }

    /// Russian-style spellings of Ukrainian places (generated by the gazetteer build) find them.
    @Test(arguments: [
        ("Shelling killed two militiamen in Shirokino on Nov. 6.", "Shyrokyne"),
        ("Two civilians were killed in shelling of Krasnogorovka on Nov. 6.", "Krasnohorivka"),
        ("Ukrainian troops shelled Debaltsevo on Nov. 6, killing one soldier.", "Debaltseve"),
    ])
    func russianSpellingsFindUkrainianPlaces(text: String, place: String) throws {
        let e = try #require(try Fixtures.events(text).first, "\(text)")
        #expect(e.place == place && e.country == "UA", "\(text): \(e.place ?? "-")")
    }

    /// "over the past week" ends at the report: the publication day as a bound, not the
    /// calendar week before it; "last week" alone is that week.
    @Test func trailingSpansBoundTheDate() throws {
        let e = try #require(
            try Fixtures.events("Four people were killed in shelling of Donetsk over the past week.").first)
        #expect(e.date == "2024-11-07" && e["date_bound"]?.string == "on_or_before")
        #expect(e["date_text"]?.string == "over the past week")
        let hours = try #require(try Fixtures.events("Shelling killed 3 people in Kherson in the last 24 hours.").first)
        #expect(hours["date_bound"]?.string == "on_or_before")
        let day = try #require(try Fixtures.events("The Russians shelled 11 regions of Ukraine in a day.").first)
        #expect(day.date == "2024-11-07" && day["date_text"]?.string == "in a day")
        // "Overnight" alone is the night up to the report; with a date, that date.
        let night = try Fixtures.events(
            "Drones hit Sumy on Nov. 5.\n\nOvernight, air defense shot down 35 of 50 drones over Kyiv.")
        #expect(night.last?.date == "2024-11-07" && night.last?["date_bound"]?.string == "on_or_before")
        #expect(night.last?["date_text"]?.string == "Overnight")
        let dated = try #require(try Fixtures.events("Drones hit Sumy.\n\nDrones hit Kyiv overnight on Nov. 6.").last)
        #expect(dated.date == "2024-11-06" && dated["date_bound"] == nil)
        // A lead with no date of its own: the publication day bounds it; a stated day does not.
        let lead = try #require(try Fixtures.events("Russian forces shelled Kherson, killing two civilians.").first)
        #expect(lead.date == "2024-11-07" && lead["date_bound"]?.string == "on_or_before")
        let stated = try #require(try Fixtures.events("Russian forces shelled Kherson on Nov. 6.").first)
        #expect(stated.date == "2024-11-06" && stated["date_bound"] == nil)
        // A day counted from the paragraph's date, never past the publication day.
        let days = try Fixtures.events(
            "On Nov. 5, Russian forces shelled Nikopol. The next day, they shelled Marhanets. "
                + "The day before, drones hit Sumy. Two days later, a missile hit Kherson.")
        #expect(days.map(\.date) == ["2024-11-05", "2024-11-06", "2024-11-04", "2024-11-07"], "\(days.map(\.date))")
        let week = try #require(try Fixtures.events("Russian shelling killed two people in Kherson last week.").first)
        #expect(week.date == "2024-W44" && week["date_bound"] == nil)
    }

    /// A `#` in a lexicon phrase takes one number: "exchanged 95 prisoners" is the exchange.
    @Test func phraseNumberSlot() throws {
        let table = PhraseTable([("exchanged # prisoners", 1), ("exchanged", 2)])
        let toks = Tokenizer.tokenize(Array("They exchanged 95 prisoners and exchanged views on Nov. 6.".utf8))
        #expect(table.match(toks, at: 1)?.length == 3 && table.match(toks, at: 1)?.value == 1)
        #expect(table.match(toks, at: 5)?.value == 2)
        let e = try #require(
            try Fixtures.events("On Nov. 6, Russia and Ukraine exchanged 95 prisoners of war, mediated by the UAE.")
                .first)
        #expect(e.type == "agreement")
    }

    /// A word of harm that describes other people is not the count's key.
    @Test func harmWordDescribingOthersIsNoKey() throws {
        let e = try #require(
            try Fixtures.events("About 50 relatives of missing soldiers protested in Lviv on Nov. 6.").first)
        #expect(e.type == "protest" && e["counts"]?["missing"] == nil, "\(String(describing: e["counts"]))")
        // With its commas, an "including" aside keeps its own words of harm.
        let shelled = try #require(
            try Fixtures.events("Shelling hit Kherson on Nov. 6; 10 soldiers, including 2 wounded, were evacuated.")
                .first)
        #expect(shelled["counts"]?["injured"] == nil, "\(String(describing: shelled["counts"]))")
    }

    @Test func lossWordsNeedPeopleOrMateriel() throws {
        #expect(try Fixtures.events("The party lost two seats in parliament on Nov. 6.").isEmpty)
        #expect(try Fixtures.events("A fire destroyed a warehouse in Lviv on Nov. 6.").isEmpty)
        // Tanks destroyed are no one killed, though soldiers follow; "the soldiers" is no number.
        let tanks = try #require(
            try Fixtures.events("Russian forces destroyed 2 tanks and 3 soldiers near Kupiansk.").first)
        #expect(tanks.count("killed") == nil)
        let the = try #require(try Fixtures.events("Russian shelling killed the soldiers in Kherson on Nov. 6.").first)
        #expect(the.count("killed") == nil)
    }

    @Test func negationAndModalityAreStatementsOrNothing() throws {
        let said = try Fixtures.events(
            "South Korea does not rule out providing arms to Ukraine, President Yoon Suk Yeol said on Nov. 7.")
        #expect(said.map(\.type) == ["statement"])
        let predicted = try Fixtures.events("Many observers predict that Trump may reduce military aid to Ukraine.")
        #expect(predicted.isEmpty)
        let analyst = try Fixtures.events(
            "Maria Avdeeva, a prominent Ukrainian analyst, said on Nov. 7 that strikes on Kyiv would continue.")
        #expect(analyst.isEmpty)
    }

    @Test func otherLanguagesGiveNoEvents() throws {
        let text = "Die russische Armee hat in der Nacht die Stadt Charkiw mit Drohnen angegriffen, und es gab Tote."
        #expect(try Fixtures.events(text).isEmpty)
    }

    @Test func hugeArticleStaysLinear() throws {
        // 2 MB of reports: one pass, bounded work per sentence (no quadratic matching).
        let sentence = "Russian drones struck Kharkiv on Nov. 6, killing two civilians, officials said. "
        let text = String(repeating: sentence, count: 25_000)
        let part = try #require(ArticleReader().read(bytes: Array(text.utf8), fileName: "big.txt").parts.first)
        let article = try part.get()
        let extractor = try #require(Fixtures.extractor)
        let events = extractor.events(in: article, articleID: "a-0123456789abcdef")
        // Every repetition is the same happening: merged into one.
        #expect(events.count == 1)
    }
}

@Suite struct IncidentIndexTests {
    static func key(_ day: Int, _ lat: Double, _ lon: Double, gid: Int? = nil, family: String = "Battles")
        -> IncidentKey
    {
        IncidentKey(family: family, day: day, lat: lat, lon: lon, geonameid: gid)
    }

    @Test func matchesByFamilyDayAndDistanceWithoutChaining() {
        var index = IncidentIndex()
        let a = "e-000000000000000a-0"
        #expect(index.assign(Self.key(100, 50.0, 30.0), eventID: a) == "i-000000000000000a-0")
        // Same place, next day: A's incident.
        #expect(index.assign(Self.key(101, 50.05, 30.0), eventID: "e-000000000000000b-0") == "i-000000000000000a-0")
        // Two days after A but one after B: B is the earliest it matches; no chaining to A.
        #expect(index.assign(Self.key(102, 50.05, 30.0), eventID: "e-000000000000000c-0") == "i-000000000000000b-0")
        // 20 km away, or another family: a new incident.
        #expect(index.assign(Self.key(100, 50.2, 30.0), eventID: "e-000000000000000d-0") == "i-000000000000000d-0")
        #expect(
            index.assign(Self.key(100, 50.0, 30.0, family: "Protests"), eventID: "e-000000000000000e-0")
                == "i-000000000000000e-0")
        // Same GeoNames place counts whatever the distance between the points.
        var byID = IncidentIndex()
        _ = byID.assign(Self.key(5, 50.0, 30.0, gid: 7), eventID: "e-0000000000000001-0")
        #expect(byID.assign(Self.key(5, 51.0, 30.0, gid: 7), eventID: "e-0000000000000002-0") == "i-0000000000000001-0")
    }

    @Test func truncateForgetsAGroupThatDidNotLand() {
        var index = IncidentIndex()
        _ = index.assign(Self.key(1, 50, 30), eventID: "e-0000000000000001-0")
        index.truncate(to: 0)
        #expect(index.assign(Self.key(1, 50, 30), eventID: "e-0000000000000002-0") == "i-0000000000000002-0")
    }

    @Test func checkpointKeepsTheIndex() throws {
        var index = IncidentIndex()
        _ = index.assign(Self.key(19000, 50.45, 30.52, gid: 703448), eventID: "e-b3cdee9de14aa5d6-0")
        let cp = Checkpoint(
            log: FileIdentity(device: 1, inode: 2), offset: 3, nextSeq: 4, logFirstSeq: 1, articleKeys: [9],
            incidents: index.entries)
        let back = try #require(Checkpoint(decoding: cp.encoded()))
        #expect(back == cp)
        var restored = IncidentIndex(entries: back.incidents)
        #expect(
            restored.assign(Self.key(19001, 50.45, 30.52, gid: 703448), eventID: "e-0000000000000009-0")
                == "i-b3cdee9de14aa5d6-0")
    }
}
