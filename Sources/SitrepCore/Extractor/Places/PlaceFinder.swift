#if canImport(Glibc)
    import Glibc
#endif

/// A place named in a sentence.
public struct PlaceMention: Sendable {
    public var tokens: Range<Int>
    /// Index into ``Gazetteer/places``.
    public var place: Int
    /// The word before the name is a location preposition ("in", "near", "over", "city of").
    public var afterPreposition: Bool
    /// Written as a possessive modifier ("Kyiv's mayor", "Germany's coalition").
    public var possessive: Bool
    /// The end of the region or country that qualifies it after a comma ("Nairobi, Kenya"), so
    /// that a list reads on past it.
    public var qualifiedEnd: Int? = nil

    /// Where the name ends, past a qualifier after a comma.
    public var end: Int { qualifiedEnd ?? tokens.upperBound }
}

/// Finds place names in sentences and resolves each to one gazetteer entry.
///
/// A name counts only on capitalised tokens, and not where it names something else: a ship
/// ("missile ships Tatarstan and Dagestan"), a newspaper or an organisation ("Kyiv Independent"),
/// a capital standing for its government ("Berlin allocated", "Pyongyang dispatched"), a word
/// that opens a sentence ("Police said"). Ambiguous names go to the candidate in the country or
/// region named nearby, else in the article's main country, else the most populous.
public struct PlaceFinder: Sendable {
    public let gazetteer: Gazetteer
    let stopWords: WordSet
    let regionWords: WordSet

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        stopWords = WordSet(PlaceFinder.englishWords)
        regionWords = WordSet(["oblast", "region", "province", "republic", "krai", "district", "raion", "city"])
    }

    /// Every place candidate in `range`, before disambiguation: (tokens, candidate indices).
    func candidates(_ doc: Document, _ range: Range<Int>) -> [(Range<Int>, ArraySlice<Int32>)] {
        let tokens = doc.tokens
        var out: [(Range<Int>, ArraySlice<Int32>)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.isCapitalized, t.isWord else {
                i += 1
                continue
            }
            var found: (Range<Int>, ArraySlice<Int32>)?
            var len = min(gazetteer.longestName(startingWith: t.key), range.upperBound - i)
            while len >= 1 {
                let r = i..<(i + len)
                // A name never ends on a hyphen or an apostrophe, nor on a lower-case word.
                let last = tokens[i + len - 1]
                if last.kind == .word
                    && (last.isCapitalized || last.flags.contains(.hasDigit) || regionWords.contains(last)),
                    let hit = gazetteer.lookup(tokens, r)
                {
                    found = (r, hit)
                    break
                }
                len -= 1
            }
            if let (r, hits) = found {
                if r.count == 1 && stopWords.contains(t) {
                    i += 1
                    continue
                }
                out.append((r, hits))
                i = r.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    static let districtWords = WordSet(["district", "districts", "raion"])
    static let listJoints = WordSet([",", "and", "or"])

    /// Whether the tokens between two names join a list: one or two of ",", "and", "or".
    static func joinsList(_ tokens: [Token], _ gap: Range<Int>) -> Bool {
        (gap.count == 1 || gap.count == 2) && listJoints.contains(tokens[gap.lowerBound])
            && (gap.count == 1 || listJoints.contains(tokens[gap.lowerBound + 1]))
    }
    static let nearWords = WordSet(["near", "outside", "nearby"])
    static let pluralRegionWords = WordSet(["regions", "oblasts", "provinces"])
    /// Words after a name that make it another thing's: a river, or a nuclear plant named after
    /// its region and standing in another town ("the Zaporizhzhia nuclear power plant").
    static let featureWords = WordSet(["river", "rivers", "reservoir", "estuary", "delta", "lagoon", "nuclear", "npp"])
    static let placeNouns = WordSet([
        "city", "cities", "town", "towns", "village", "villages", "region", "outskirts", "suburbs", "suburb",
        "settlement", "settlements", "center", "centre", "port", "district", "oblast", "province", "area", "areas",
        "vicinity", "streets", "heart", "edge",
    ])
    static let keys = (
        possessive: Tokenizer.possessiveKey, and: Tokenizer.key("and"), comma: Keys.comma,
        dash: Tokenizer.key("-"), the: Tokenizer.key("the"), of: Tokenizer.key("of"), openParen: Tokenizer.key("("),
        closeParen: Tokenizer.key(")"),
        between: Tokenizer.key("between"), quote: Tokenizer.key("\""), or: Tokenizer.key("or"),
        oblast: Tokenizer.key("oblast")
    )

    /// Places that stand for where something happened in `range`, resolved, in order.
    /// `context` is the article's main country (ISO code), if known.
    /// Places named in tokens `range`. `context` is the article's main country so far and
    /// `region` its main oblast or federal subject, which a codifier village needs when its
    /// sentence names none ("Russian forces shelled Stepanivka" in a report from Kherson Oblast).
    public func places(_ doc: Document, _ range: Range<Int>, context: String?, region: String? = nil)
        -> [PlaceMention]
    {
        let tokens = doc.tokens
        let cands = candidates(doc, range)
        if cands.isEmpty { return [] }
        var out: [PlaceMention] = []
        // Countries and regions named in the sentence steer the choice of ambiguous names.
        var nearbyCountries: Set<String> = []
        var nearbyAdmin1: Set<String> = []
        for (_, hits) in cands where hits.count == 1 {
            let p = gazetteer.places[Int(hits[hits.startIndex])]
            if p.kind == .country { nearbyCountries.insert(p.country) }
            if p.kind == .admin1, let a = p.admin1 {
                nearbyAdmin1.insert(a)
                nearbyCountries.insert(p.country)
            }
        }
        // ACLED-style "(Vuhledar, Donetsk)" after a place names its town and region: context for
        // the place before it, never a place of its own.
        var inParentheses = Set<Int>()
        var standIns = Set<Int>()
        // "Kamianka (Kharkiv)": one name alone in the brackets is the region, so when it stands
        // in, it is the oblast, not its namesake city.
        var regionStandIns = Set<Int>()
        // Per place followed by brackets: its bracketed candidates and the regions they name.
        var bracketed: [Int: (members: [Int], admin1: Set<String>)] = [:]
        for (k, (r, hits)) in cands.enumerated() where k > 0 {
            var b = r.lowerBound - 1
            // Back over the other names in the brackets and their kind ("(Kramatorsk raion,
            // Donetsk)").
            while b >= range.lowerBound
                && (tokens[b].key == Self.keys.comma || regionWords.contains(tokens[b])
                    || cands.contains { $0.0.contains(b) })
            {
                b -= 1
            }
            guard b >= range.lowerBound, tokens[b].key == Self.keys.openParen else { continue }
            // "Kramatorsk city (…)", "Klishchiivka (Bakhmut, Donetsk)": after a place, or after a
            // name the gazetteer lacks, whose town the first name in brackets then stands for.
            let afterPlace = cands.contains { $0.0.upperBound <= b && $0.0.upperBound >= b - 2 }
            let afterUnknownName =
                !afterPlace && b - 1 >= range.lowerBound && tokens[b - 1].isCapitalized && tokens[b - 1].isWord
            if afterUnknownName && r.lowerBound == b + 1 {
                standIns.insert(k)
                if closesBracket(tokens, r, range) { regionStandIns.insert(k) }
                continue
            }
            guard afterPlace || afterUnknownName else { continue }
            inParentheses.insert(k)
            // Its region steers the choice: the Donetsk of "(…, Donetsk)" is Donetsk Oblast.
            var regions: Set<String> = []
            for h in hits {
                let p = gazetteer.places[Int(h)]
                if p.country == "UA" || p.country == "RU", let a = p.admin1 { regions.insert(a) }
            }
            // "Bucha (Kyiv)": Kyiv Oblast as well as the city's own region.
            regions.formUnion(oblasts(named: tokens, r))
            nearbyAdmin1.formUnion(regions)
            if afterPlace, let owner = cands[..<k].lastIndex(where: { $0.0.upperBound <= b }) {
                bracketed[owner, default: ([], [])].members.append(k)
                bracketed[owner, default: ([], [])].admin1.formUnion(regions)
            }
        }
        // "Bakhmut, Donetsk", "Kherson city, Kherson", "Sudzha, Russia": a region or country
        // after a comma qualifies the place before it, as brackets do; "Odesa, Kherson and
        // Sumy" stays a list.
        var qualifiedEnds: [Int: Int] = [:]
        for k in cands.indices.dropFirst() where tokens[cands[k].0.lowerBound - 1].key == Self.keys.comma {
            guard !inParentheses.contains(k), let scope = qualifierScope(tokens, cands, k, range) else { continue }
            inParentheses.insert(k)
            qualifiedEnds[k - 1] = cands[k].0.upperBound
            nearbyAdmin1.formUnion(scope.admin1)
            if let c = scope.country { nearbyCountries.insert(c) }
        }
        // "Kyiv, Vinnytsia and Khmelnytskyi regions": the plural makes every name of the list
        // its oblast.
        var pluralRegions = Set<Int>()
        var first = 0
        while first < cands.count && cands.count > 1 {
            var last = first
            while last + 1 < cands.count {
                guard Self.joinsList(tokens, cands[last].0.upperBound..<cands[last + 1].0.lowerBound) else { break }
                last += 1
            }
            let end = cands[last].0.upperBound
            if last > first, end < range.upperBound, Self.pluralRegionWords.contains(tokens[end]) {
                pluralRegions.formUnion(first...last)
            }
            first = last + 1
        }
        // "Novoselivka (Kupiansk, Kharkiv)" when the gazetteer has no Novoselivka in Kharkiv
        // Oblast: a namesake in another region would be hundreds of km off, so the bracketed
        // town (the district's seat) stands in, as for a name the gazetteer lacks.
        var outOfRegion = Set<Int>()
        // Villages known only from the codifier, chosen by the bracketed district seat.
        var resolved: [Int: Int32] = [:]
        for (owner, group) in bracketed where !group.admin1.isEmpty {
            let inRegion = cands[owner].1.filter { h in
                gazetteer.places[Int(h)].admin1.map(group.admin1.contains) == true
            }
            var known = inRegion.contains { !gazetteer.places[Int($0)].isApproximate }
            // The seat is the first of two or more names in brackets: "(Kharkiv)" alone is
            // the region, and its city no seat; the region's only village of the name needs none.
            let seatPlace =
                group.members.count >= 2 ? group.members.min().flatMap { seat(cands[$0].1, in: group.admin1) } : nil
            if !known, !inRegion.isEmpty, let village = village(inRegion, near: seatPlace) {
                resolved[owner] = village
                known = true
            }
            // A city is no namesake to doubt: "Sevastopol (Crimea)" is the city, whatever
            // region the gazetteer files it under.
            guard !known, isVillageName(cands[owner].1), let first = group.members.min() else { continue }
            outOfRegion.insert(owner)
            inParentheses.remove(first)
            standIns.insert(first)
            if group.members.count == 1, closesBracket(tokens, cands[first].0, range) { regionStandIns.insert(first) }
        }
        // A village known only from the codifier counts where its region is named beside it
        // ("Robotyne (Polohy, Zaporizhia)"): its name is shared by villages across the country
        // and by surnames and units ("Ihor Chernysh", "the Azov regiment").
        // Several namesakes in the region named, with no seat to choose by ("Novoselivka in
        // Kharkiv Oblast"): the region stays the place rather than a guess among them.
        // A loop calling a method, not a closure: a closure that calls methods copies the whole
        // finder (a retain per field) at every sentence with a name.
        var usable: [ArraySlice<Int32>?] = []
        usable.reserveCapacity(cands.count)
        for k in cands.indices {
            usable.append(
                usableHits(k, cands, resolved: resolved, nearbyAdmin1: nearbyAdmin1, region: region, tokens: tokens))
        }
        for (k, (r, _)) in cands.enumerated() {
            if inParentheses.contains(k) || outOfRegion.contains(k) { continue }
            guard let hits = usable[k] else { continue }
            // "Ivanivka in Kherson oblast" with no Ivanivka there: a village of that name in
            // another region is not it; the region named stays the place.
            if !nearbyAdmin1.isEmpty, hits.count > 1, isVillageName(hits),
                !hits.contains(where: { gazetteer.places[Int($0)].admin1.map(nearbyAdmin1.contains) == true })
            {
                continue
            }
            let before = r.lowerBound - 1 >= range.lowerBound ? r.lowerBound - 1 : nil
            let after = r.upperBound < range.upperBound ? r.upperBound : nil
            // A ship's name: "missile ships Tatarstan and Dagestan", "the Moskva cruiser".
            if isShipName(tokens, r, range, cands, k) { continue }
            // "the right bank of the Dnipro river": the river, not the city named after it.
            if let a = after, Self.featureWords.contains(tokens[a]) { continue }
            // "the Pechersk district": the word after the name says which kind of place it is.
            let namedDistrict = after.map { Self.districtWords.contains(tokens[$0]) } ?? false
            // "Kharkiv's Kyivskyi district": a part of the city before it, not a namesake
            // district of another city; the city stays the place when the gazetteer lacks it.
            // A country's or region's district ("northern Iraq's Sinjar district") is a place in it.
            if namedDistrict || Self.districtWords.contains(tokens[r.upperBound - 1]), let b = before,
                tokens[b].key == Self.keys.possessive, let owner = out.last,
                owner.tokens.upperBound == b, gazetteer.places[owner.place].kind == .place,
                !hits.contains(where: { gazetteer.places[Int($0)].parent == owner.place })
            {
                continue
            }
            var best = choose(
                hits, key: Tokenizer.hashPhrase(tokens[r].lazy.map(\.key)), nearbyCountries: nearbyCountries,
                nearbyAdmin1: nearbyAdmin1, context: context, district: namedDistrict)
            if regionStandIns.contains(k), let region = gazetteer.region(of: best) { best = region }
            if pluralRegions.contains(k), let region = oblastPlace(named: tokens, r) ?? gazetteer.region(of: best) {
                best = region
            }
            let place = gazetteer.places[best]
            var possessive = false
            // "Police in Kyiv detained": after a preposition of place a capital is where things
            // happen, not its government acting (but "officials in Moscow claimed" still speak
            // for it: the government verbs below hold).
            // "the city of Kaspiysk", "the outskirts of Kyiv" count as such a preposition.
            let located =
                before.map { b in
                    Cues.locationPrepositions.contains(tokens[b])
                        || (tokens[b].key == Self.keys.of && b - 1 >= range.lowerBound
                            && Self.placeNouns.contains(tokens[b - 1]))
                } ?? false
            if let a = after {
                let next = tokens[a]
                if next.key == Self.keys.possessive {
                    possessive = true
                    // A capital's possessive is its government's ("Moscow's willingness"), unless
                    // what follows is the city's own ("Kyiv's mayor").
                    if place.isCapital && place.kind == .place,
                        !Cues.citysOwn(tokens, possessive: a, limit: range.upperBound)
                    {
                        continue
                    }
                } else if next.isCapitalized && next.isWord && !regionWords.contains(next) {
                    // "Kyiv Independent", "Kyiv Mayor", a person named like a town: not a place here,
                    // unless the next word starts another place of a list.
                    if Cues.organizationWords.contains(next)
                        || !cands.indices.contains(where: { cands[$0].0.lowerBound == a && usable[$0] != nil })
                    {
                        continue
                    }
                } else if place.isCapital && Cues.governmentNouns.contains(next) || Cues.unitNouns.contains(next) {
                    continue
                } else if place.isCapital, !located, next.isWord, !next.isCapitalized, !Cues.localNouns.contains(next),
                    next.byteLength > 3, Self.verbEnding(doc, a)
                {
                    // "Kiev sabotages", "Moscow claimed": a capital doing what governments do.
                    continue
                } else if place.isCapital || place.kind == .country, Cues.governmentVerbs.contains(next),
                    place.kind != .country || next.key != Self.keys.and
                {
                    // "Berlin allocated", "Kyiv knows": the capital as its government. Countries
                    // acting ("Russia launched") are actors, and stay places only where located.
                    if place.kind != .country { continue }
                }
            }
            if let b = before, tokens[b].key == Self.keys.between { continue }
            // "Ihor Chernysh": a codifier village's name after a capitalised word that is no
            // place is a surname.
            if place.isApproximate, let b = before, tokens[b].isCapitalized, tokens[b].isWord,
                !tokens[b].flags.contains(.sentenceStart), !Cues.locationPrepositions.contains(tokens[b]),
                !cands.contains(where: { $0.0.contains(b) })
            {
                continue
            }
            // "regiment Azov", "Grouping "Vostok"": a unit's name.
            if let b = before, place.kind == .place,
                Cues.unitNouns.contains(tokens[b])
                    || (tokens[b].key == Self.keys.quote && b > range.lowerBound
                        && Cues.unitNouns.contains(tokens[b - 1]))
            {
                continue
            }
            // An acronym ("SUV", "DPR") names a town only by accident; regions and countries keep
            // theirs ("UK", "DPR" for the Donetsk People's Republic).
            if r.count == 1, tokens[r.lowerBound].flags.contains(.allCaps),
                place.kind == .place || place.kind == .district
            {
                continue
            }
            // Title-case headlines capitalise every word: a name that is also an English word
            // counts only after a preposition, never at the start of a sentence.
            if gazetteer.isWordLike(tokens, r) {
                guard let b = before, Cues.locationPrepositions.contains(tokens[b]) || tokens[b].key == Self.keys.of,
                    !tokens[r.lowerBound].flags.contains(.sentenceStart)
                else { continue }
            }
            // Source attribution at the end of a headline: "…: Kiev", "… - Donetsk leader".
            if let b = before,
                tokens[b].key == Keys.colon
                    || (tokens[b].key == Self.keys.dash && tokens[b].flags.contains(.spaceBefore)),
                place.isCapital || after == nil
            {
                continue
            }
            if let b = before, tokens[b].key == Self.keys.dash, !tokens[r.lowerBound].flags.contains(.spaceBefore) {
                continue
            }
            var prep = standIns.contains(k) || located
            if let b = before {
                let bt = tokens[b]
                if bt.key == Self.keys.the, b - 1 >= range.lowerBound, Cues.locationPrepositions.contains(tokens[b - 1])
                {
                    prep = true
                }
                // "Odesa, Kherson, and Sumy" share the first one's preposition.
                if (bt.key == Self.keys.comma || bt.key == Self.keys.and), let prev = out.last, prev.afterPreposition,
                    prev.end >= b - 1
                {
                    prep = true
                }
            }
            out.append(
                PlaceMention(
                    tokens: r, place: best, afterPreposition: prep, possessive: possessive,
                    qualifiedEnd: qualifiedEnds[k]))
        }
        return out
    }

    /// What candidate `k` names when it qualifies the place before it ("Bakhmut, Donetsk"): the
    /// regions it stands for, or its country; nil when it is a place of its own.
    ///
    /// It qualifies when a comma joins it to the place before (or to "city"/"town" after it),
    /// it ends the list of names, it names a region (an oblast, the oblast's centre standing
    /// for it as in ACLED's notes, a city that is a region of its own) or a country, and the
    /// place before lies there.
    func qualifierScope(_ tokens: [Token], _ cands: [(Range<Int>, ArraySlice<Int32>)], _ k: Int, _ range: Range<Int>)
        -> (admin1: Set<String>, country: String?)?
    {
        let (r, hits) = cands[k]
        let (ownerRange, ownerHits) = cands[k - 1]
        let b = r.lowerBound - 1
        guard tokens[b].key == Self.keys.comma,
            ownerRange.upperBound == b || (ownerRange.upperBound == b - 1 && Self.placeNouns.contains(tokens[b - 1]))
        else { return nil }
        if r.upperBound < range.upperBound {
            let next = tokens[r.upperBound]
            if next.key == Self.keys.and || next.key == Self.keys.or { return nil }
            if next.key == Self.keys.comma, k + 1 < cands.count, cands[k + 1].0.lowerBound == r.upperBound + 1 {
                return nil
            }
        }
        var regions: Set<String> = []
        var country: String?
        for h in hits {
            let p = gazetteer.places[Int(h)]
            switch p.kind {
            case .admin1: if let a = p.admin1 { regions.insert(a) }
            case .country: country = p.country
            case .place where p.admin1 == p.name: regions.insert(p.name)
            default: break
            }
        }
        regions.formUnion(oblasts(named: tokens, r))
        let inside = ownerHits.contains { h in
            let p = gazetteer.places[Int(h)]
            return p.admin1.map(regions.contains) == true
                || (regions.isEmpty && p.country == country && p.kind != .country)
        }
        guard inside, !regions.isEmpty || country != nil else { return nil }
        return (regions, regions.isEmpty ? country : nil)
    }

    /// The oblasts tokens `r` name with "Oblast" added: "Donetsk" (ACLED's name for Donetsk
    /// Oblast), "Dnipropetrovsk", "Kyiv" (Kyiv Oblast, not the city's own region).
    func oblasts(named tokens: [Token], _ r: Range<Int>) -> Set<String> {
        Set(oblastHits(tokens, r).compactMap { gazetteer.places[Int($0)].admin1 })
    }

    /// The first oblast tokens `r` name with "Oblast" added, as a gazetteer index.
    func oblastPlace(named tokens: [Token], _ r: Range<Int>) -> Int? {
        oblastHits(tokens, r).first.map(Int.init)
    }

    func oblastHits(_ tokens: [Token], _ r: Range<Int>) -> [Int32] {
        let key = Tokenizer.hashPhrase(tokens[r].lazy.map(\.key) + [Self.keys.oblast])
        return (gazetteer.lookup(phraseKey: key) ?? []).filter { gazetteer.places[Int($0)].kind == .admin1 }
    }

    /// The hits of candidate `k` that may be the place, or nil when none may.
    private func usableHits(
        _ k: Int, _ cands: [(Range<Int>, ArraySlice<Int32>)], resolved: [Int: Int32], nearbyAdmin1: Set<String>,
        region: String?, tokens: [Token]
    ) -> ArraySlice<Int32>? {
        let all = cands[k].1
        if let h = resolved[k] { return [h] }
        // "the village of Pishchane near Pokrovsk": of the places so named, the one nearest
        // a town so named after "near" (within 60 km; "Pokrovsk" is also a Russian city).
        // A village known only from the codifier counts the same way: "Novoselivka Persha near
        // Pokrovsk" names where it is as a region would.
        if all.count > 1 || all.contains(where: { gazetteer.places[Int($0)].isApproximate }),
            k + 1 < cands.count, cands[k].0.upperBound + 1 == cands[k + 1].0.lowerBound,
            Self.nearWords.contains(tokens[cands[k].0.upperBound]),
            let v = nearest(all, toAnyOf: cands[k + 1].1)
        {
            return [v]
        }
        guard all.contains(where: { gazetteer.places[Int($0)].isApproximate }) else { return all }
        let regions = nearbyAdmin1.isEmpty ? Set(region.map { [$0] } ?? []) : nearbyAdmin1
        func inRegion(_ h: Int32) -> Bool { gazetteer.places[Int(h)].admin1.map(regions.contains) == true }
        // A GeoNames place of the name in the region wins; one elsewhere loses to the
        // region's only codifier village of that name.
        let exact = all.filter { !gazetteer.places[Int($0)].isApproximate }
        let villages = all.filter { gazetteer.places[Int($0)].isApproximate && inRegion($0) }
        if villages.isEmpty || exact.contains(where: inRegion) {
            return exact.isEmpty ? nil : ArraySlice(exact)
        }
        if let v = village(villages, near: nil) { return [v] }
        return exact.isEmpty ? nil : ArraySlice(exact)
    }

    /// The codifier village among `hits` (all in one region): the only one, or the nearest to
    /// the district seat within 60 km; nil when that leaves a guess.
    func village(_ hits: some Collection<Int32>, near seat: Place?) -> Int32? {
        var spots: [Int32] = []
        for h in hits {
            let p = gazetteer.places[Int(h)]
            if !spots.contains(where: {
                gazetteer.places[Int($0)].lat == p.lat && gazetteer.places[Int($0)].lon == p.lon
            }) {
                spots.append(h)
            }
        }
        if spots.count == 1 { return spots[0] }
        guard let seat else { return nil }
        func km(_ h: Int32) -> Double {
            let p = gazetteer.places[Int(h)]
            return Gazetteer.distanceKm((p.lat, p.lon), (seat.lat, seat.lon))
        }
        guard let nearest = spots.min(by: { km($0) < km($1) }), km(nearest) <= 60 else { return nil }
        return nearest
    }

    /// The district seat a bracket names: its largest GeoNames place in the region.
    func seat(_ hits: ArraySlice<Int32>, in regions: Set<String>) -> Place? {
        hits.map { gazetteer.places[Int($0)] }
            .filter { $0.kind == .place && !$0.isApproximate && $0.admin1.map(regions.contains) == true }
            .max { $0.population < $1.population }
    }

    /// Of `hits`, the one nearest a town or city of `towns`, if within 60 km.
    func nearest(_ hits: ArraySlice<Int32>, toAnyOf towns: ArraySlice<Int32>) -> Int32? {
        var best: (Int32, Double)?
        for t in towns where gazetteer.places[Int(t)].kind == .place {
            guard let v = village(hits, near: gazetteer.places[Int(t)]) else { continue }
            let p = gazetteer.places[Int(v)]
            let town = gazetteer.places[Int(t)]
            let km = Gazetteer.distanceKm((p.lat, p.lon), (town.lat, town.lon))
            if best.map({ km < $0.1 }) ?? true { best = (v, km) }
        }
        return best?.0
    }

    /// Whether a ")" follows the name: the last (here the only) name in its brackets.
    func closesBracket(_ tokens: [Token], _ r: Range<Int>, _ range: Range<Int>) -> Bool {
        r.upperBound < range.upperBound && tokens[r.upperBound].key == Self.keys.closeParen
    }

    /// Every candidate is a small town or village: a name many places share, none of them a
    /// city a reader would mean without saying where.
    func isVillageName(_ hits: ArraySlice<Int32>) -> Bool {
        hits.allSatisfy { h in
            let p = gazetteer.places[Int(h)]
            return p.kind == .place && !p.isCapital && p.population < 50_000
        }
    }

    /// A lower-case word ending like an English finite verb ("-s", "-ed").
    static func verbEnding(_ doc: Document, _ i: Int) -> Bool {
        let t = doc.tokens[i]
        let end = Int(t.end)
        let b = doc.bytes
        if b[end - 1] == UInt8(ascii: "s") && b[end - 2] != UInt8(ascii: "s") { return true }
        return b[end - 2] == UInt8(ascii: "e") && b[end - 1] == UInt8(ascii: "d")
    }

    func isShipName(
        _ tokens: [Token], _ r: Range<Int>, _ range: Range<Int>, _ cands: [(Range<Int>, ArraySlice<Int32>)], _ k: Int
    )
        -> Bool
    {
        var j = r.lowerBound - 1
        var steps = 0
        while j >= range.lowerBound && steps < 6 {
            let t = tokens[j]
            if Cues.shipWords.contains(t) { return true }
            // Walk back over a list of names: "ships Tatarstan and Dagestan".
            if t.key == Self.keys.and || t.key == Self.keys.comma || t.key == Self.keys.quote {
                j -= 1; steps += 1; continue
            }
            if t.isCapitalized, k > 0, cands[..<k].contains(where: { $0.0.contains(j) }) {
                j -= 1; steps += 1; continue
            }
            break
        }
        if r.upperBound < range.upperBound, Cues.shipWords.contains(tokens[r.upperBound]),
            tokens[r.upperBound].key != Keys.landing
        {
            // "the Moskva cruiser" — but not "Kyiv port" (port is not a ship word).
            return true
        }
        return false
    }

    func choose(
        _ hits: ArraySlice<Int32>, key: UInt64, nearbyCountries: Set<String>, nearbyAdmin1: Set<String>,
        context: String?, district: Bool = false
    ) -> Int {
        if hits.count == 1 { return Int(hits[hits.startIndex]) }
        var best = Int(hits[hits.startIndex])
        var bestScore = -Double.infinity
        for h in hits {
            let p = gazetteer.places[Int(h)]
            var s = log10(Double(max(p.population, 1)))
            switch p.kind {
            case .country: s += 4
            case .admin1: s += 2
            case .district: s += 1
            case .place: if p.isCapital { s += 3 }
            }
            if let a = p.admin1, nearbyAdmin1.contains(a) { s += 6 }
            if nearbyCountries.contains(p.country) { s += 4 }
            if let c = context, p.country == c { s += 2.5 }
            if p.country == "UA" || p.country == "RU" { s += 0.5 }
            // Its own name beats an old or foreign one (Pokrovsk, not Engels once called so).
            // (A district's spellings are all its own: they were written for it.)
            if gazetteer.primaryKeys[Int(h)] == key || p.kind == .district { s += 1.2 }
            if district && p.kind == .district { s += 4 }
            if s > bestScore {
                bestScore = s
                best = Int(h)
            }
        }
        return best
    }

    /// Common English words that are also place names somewhere ("Police", "Split", "Of").
    static let englishWords: [String] = [
        "a", "about", "after", "again", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
        "because",
        "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during",
        "each", "few", "for", "from", "further", "had", "has", "have", "he", "her", "here", "his", "how", "i", "if",
        "in", "into", "is", "it", "its", "just", "more", "most", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why",
        "will", "with", "would", "you", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "police", "split", "nice", "reading", "mobile", "bath", "march", "may", "orange",
        "independence", "victory", "union", "liberty", "progress", "hope", "friendship", "peace", "freedom", "sunny",
        "speaking", "based", "former", "current", "according", "despite", "following", "living", "political",
        "multiple", "several", "additional", "intense", "growing", "many", "shift",
        "early", "late", "central", "western", "eastern", "northern", "southern", "north", "south", "east", "west",
        "new", "old", "great", "little", "big", "long", "white", "black", "red", "green", "mission", "university",
        "college", "station", "port", "lake", "mountain", "hill", "valley", "beach", "bay", "river", "airport",
        "military", "defense", "ministry", "national", "guard", "air", "force", "navy", "army", "security", "service",
        "president", "minister", "general", "governor", "mayor", "chancellor", "secretary", "council", "parliament",
        "government", "state", "republic", "federal", "federation", "kremlin", "media", "telegram", "reuters", "ap",
        "afp", "bbc", "cnn", "mash", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "christian", "social", "alternative", "democratic", "party", "conservative", "center", "centre", "soviet",
        "project", "marines", "coastal", "troops", "office", "administration", "city", "english", "french", "german",
    ]
}
