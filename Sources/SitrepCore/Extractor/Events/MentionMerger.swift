extension RuleEventExtractor {
    /// Merges mentions of one happening (SPEC §5 "one happening, one event"): same type, same
    /// place (a district within its city counts as the city), compatible dates; statements by the
    /// same speaker or the speaker's state. A mention with neither its own place nor its own date
    /// ("The strike took place…", "One person was injured in the attack") joins the latest event
    /// of its type.
    func merge(_ mentions: [Mention]) -> [Mention] {
        var events: [Mention] = []
        // Events by type, so a mention is compared with its own kind only, and with at most the
        // last `searchLimit` of them: merging stays linear in a 1 MB article.
        var byType: [EventType: [Int]] = [:]
        for m in mentions {
            // A loop, not `last(where:)` with a closure: the closure called a method, so it copied
            // the extractor, and it copied each event it compared.
            var found: Int?
            if let candidates = byType[m.type] {
                for i in candidates.suffix(Self.searchLimit).reversed() where compatible(events[i], m) {
                    found = i
                    break
                }
            }
            if let i = found {
                // The richer sentence becomes the evidence; the other one supports. Merged in
                // place: a merge that returned a new mention copied both.
                if m.detail > events[i].detail {
                    let other = events[i]
                    events[i] = m
                    absorb(&events[i], other)
                } else {
                    absorb(&events[i], m)
                }
            } else {
                byType[m.type, default: []].append(events.count)
                events.append(m)
            }
        }
        return events
    }

    static let searchLimit = 64

    func city(_ p: Int?) -> Int? {
        guard let p else { return nil }
        return gazetteer.places[p].kind == .district ? gazetteer.places[p].parent ?? p : p
    }

    func compatible(_ a: Mention, _ b: Mention) -> Bool {
        guard a.type == b.type else { return false }
        // Actor lists hold a few names: nested loops, where sets cost allocations per pair of
        // mentions compared.
        if a.type == .statement {
            let shared = a.actors.contains { x in b.actors.contains { $0.name == x.name } }
            return shared && datesCompatible(a, b)
        }
        let bOwnPlace = b.place != nil && b.placeFrom == nil
        if a.place == nil && b.place == nil {
            // Two unplaced reports: one happening only when close together or by the same hand.
            guard
                b.sentence - a.sentence <= 2
                    || a.actors.contains(where: { x in
                        x.role == "initiator" && b.actors.contains { $0.role == "initiator" && $0.name == x.name }
                    })
            else { return false }
        }
        if city(a.place) != city(b.place) {
            // An anaphoric mention joins the event it continues.
            if bOwnPlace || b.ownDate { return false }
            if b.sentence - a.sentence > 12 { return false }
            return true
        }
        return datesCompatible(a, b)
    }

    func datesCompatible(_ a: Mention, _ b: Mention) -> Bool {
        guard let da = a.date?.dayRange, let db = b.date?.dayRange else { return true }
        if case .publication = a.dateOrigin { return db.lowerBound <= da.upperBound }
        if case .publication = b.dateOrigin { return da.lowerBound <= db.upperBound }
        return da.overlaps(db)
    }

    static let maxSupport = 16

    /// Merges `other` into `main`, the mention whose sentence is the evidence.
    func absorb(_ main: inout Mention, _ other: Mention) {
        func better(_ x: Mention, _ y: Mention) -> Bool {
            guard let dx = x.date else { return false }
            guard let dy = y.date else { return true }
            let sx = x.ownDate ? 0 : 1
            let sy = y.ownDate ? 0 : 1
            if sx != sy { return sx < sy }
            if x.isPublicationDateOnly != y.isPublicationDateOnly { return !x.isPublicationDateOnly }
            return dx.rank < dy.rank
        }
        if better(other, main) {
            main.date = other.date
            main.dateText = other.dateText
            main.dateBound = other.dateBound
            main.dateOrigin = other.ownDate ? .paragraph(other.sentence) : other.dateOrigin
        }
        // The more precise place: a district over its city, one's own over an inherited one.
        if let op = other.place {
            let mainKind = main.place.map { gazetteer.places[$0].kind }
            if main.place == nil
                || (gazetteer.places[op].kind == .district && mainKind != .district && city(op) == city(main.place))
            {
                main.place = op
                main.placeFrom = other.placeFrom ?? other.sentence
            }
        }
        for a in other.actors where !main.actors.contains(where: { $0.name == a.name && $0.role == a.role }) {
            main.actors.append((a.name, a.role, a.from == main.sentence ? other.sentence : a.from))
        }
        for w in other.weapons where !main.weapons.contains(w) { main.weapons.append(w) }
        for t in other.targets where !main.targets.contains(t) { main.targets.append(t) }
        for c in other.counts where !main.counts.contains(where: { $0.key == c.key }) { main.counts.append(c) }
        // Support cites a bounded number of other mentions: a 1 MB article repeating itself
        // must not make each merge cost more than the last.
        if main.support.count < Self.maxSupport {
            main.support.append(("mention", other.sentence))
            main.support.append(contentsOf: other.support.prefix(Self.maxSupport - main.support.count))
        }
        main.confidence = min(0.95, max(main.confidence, other.confidence) + 0.05)
        main.plover = main.plover ?? other.plover
        main.subType = main.subType ?? other.subType
    }
}
