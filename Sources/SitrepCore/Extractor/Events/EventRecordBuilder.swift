/// Writes a merged mention as the fields of its `event` record, in SPEC §5 order.
enum EventRecordBuilder {
    static func build(_ m: Mention, index: Int, articleHex: String, doc: Document, gazetteer: Gazetteer)
        -> ExtractedEvent
    {
        var o = JSONObjectBuilder(capacity: 16)
        o.set("event", "e-\(articleHex)-\(index)")
        o.set("type", m.type.rawValue)
        if let sub = m.subType ?? m.type.acledSubType, let et = m.type.acledEventType(sub: sub) {
            var a = JSONObjectBuilder(capacity: 2)
            a.set("event_type", et)
            a.set("sub_event_type", sub)
            o.set("acled", a.value)
        }
        o.set("plover", m.type == .statement ? m.plover : m.plover ?? m.type.plover)
        if let d = m.date?.recordDate {
            o.set("date", d.date)
            o.set("date_precision", d.precision.rawValue)
            if m.dateBound { o.set("date_bound", "on_or_before") }
            o.set("date_text", m.dateText)
        }
        if let p = m.place {
            o.set("location", location(p, gazetteer))
        }
        if !m.actors.isEmpty {
            o.set(
                "actors",
                .array(
                    m.actors.map { a in
                        var b = JSONObjectBuilder(capacity: 2)
                        b.set("name", a.name)
                        b.set("role", a.role)
                        return b.value
                    }))
        }
        if !m.weapons.isEmpty { o.set("weapons", .array(m.weapons.map(JSONValue.string))) }
        if !m.targets.isEmpty { o.set("targets", .array(m.targets.map(JSONValue.string))) }
        if !m.counts.isEmpty {
            var c = JSONObjectBuilder()
            var q = JSONObjectBuilder()
            for count in m.counts {
                if count.value == count.value.rounded() && abs(count.value) < 1e15 {
                    c.set(count.key, Int64(count.value))
                } else {
                    c.set(count.key, .double(count.value))
                }
                if let cur = count.currency { c.set("currency", cur) }
                q.set(count.key, count.qualifier)
            }
            o.set("counts", c.value)
            if !q.fields.isEmpty { o.set("count_qualifiers", q.value) }
        }
        let span = doc.article.sentences[m.sentence]
        var e = JSONObjectBuilder(capacity: 4)
        e.set("sentence", doc.sentenceText(m.sentence))
        e.set("start", span.start)
        e.set("end", span.end)
        var support: [JSONValue] = []
        func cite(_ field: String, _ s: Int) {
            guard s != m.sentence, s >= 0, s < doc.article.sentences.count else { return }
            let sp = doc.article.sentences[s]
            var b = JSONObjectBuilder(capacity: 3)
            b.set("field", field)
            b.set("start", sp.start)
            b.set("end", sp.end)
            let v = b.value
            if !support.contains(v) { support.append(v) }
        }
        if case .paragraph(let s) = m.dateOrigin { cite("date", s) }
        if let s = m.placeFrom { cite("location", s) }
        for a in m.actors { cite("actors", a.from) }
        for (field, s) in m.support { cite(field, s) }
        if !support.isEmpty { e.set("support", .array(support)) }
        o.set("evidence", e.value)
        o.set("confidence", .double((min(0.95, max(0.3, m.confidence)) * 100).rounded() / 100))
        var key: IncidentKey?
        if case .day(let d) = m.date, let p = m.place {
            let place = gazetteer.places[p]
            let gid =
                place.kind == .district ? place.parent.flatMap { gazetteer.places[$0].geonameid } : place.geonameid
            key = IncidentKey(family: m.type.family, day: d.dayNumber, lat: place.lat, lon: place.lon, geonameid: gid)
        }
        return ExtractedEvent(fields: o.fields, incidentKey: key)
    }

    static func location(_ index: Int, _ g: Gazetteer) -> JSONValue {
        let p = g.places[index]
        var l = JSONObjectBuilder(capacity: 9)
        switch p.kind {
        case .district:
            let city = p.parent.map { g.places[$0] }
            l.set("name", city?.name ?? p.name)
            l.set("district", p.name)
            l.set("admin1", city?.admin1 ?? p.admin1)
        case .country:
            l.set("name", p.name)
        default:
            l.set("name", p.name)
            if p.kind == .place { l.set("admin1", p.admin1) }
            if p.kind == .admin1 { l.set("admin1", p.admin1) }
        }
        l.set("country", p.country)
        l.set("lat", .double(p.lat))
        l.set("lon", .double(p.lon))
        // `geonameid` names the place in `name`: a district's city.
        l.set("geonameid", p.kind == .district ? p.parent.flatMap { g.places[$0].geonameid } : p.geonameid)
        let precision: String =
            switch p.kind {
            case .district: "district"
            case .place: "city"
            case .admin1: "admin1"
            case .country: "country"
            }
        l.set("precision", precision)
        return l.value
    }
}
