import SitrepTestSupport
import Testing

@testable import SitrepCore

/// The gazetteer and extractor the tests share (loaded once: 40 ms).
enum Fixtures {
    static let gazetteer: Gazetteer? = try? Gazetteer(path: Path.join(packageRoot, "gazetteer/gazetteer.tsv"))
    static let extractor: RuleEventExtractor? = gazetteer.map { RuleEventExtractor(gazetteer: $0) }

    /// The records of `files` ingested in one run, as decoded JSON objects.
    static func records(_ files: [(String, [UInt8])], published: String? = nil) throws -> [[String: JSONAny]] {
        let extractor = try #require(Fixtures.extractor)
        let ingestor = Ingestor(
            extractor: extractor, emitText: true, givenPublished: published.flatMap { CalendarDate(iso: $0) })
        var index = ArticleIndex()
        var out: [[String: JSONAny]] = []
        for (name, bytes) in files {
            let group = ingestor.ingest(InputFile(file: name, bytes: bytes), index: &index)
            let text = String(decoding: group.render(firstSeq: 1, ts: "T", movedTo: nil), as: UTF8.self)
            for line in text.split(separator: "\n") { out.append(try #require(JSONAny.decode(line))) }
        }
        return out
    }

    static func events(_ text: String, published: String = "2024-11-07") throws -> [[String: JSONAny]] {
        try records([("t.txt", Array(text.utf8))], published: published).filter { $0["kind"]?.string == "event" }
    }

    /// The first event of `text`; the test fails where there is none.
    static func firstEvent(
        _ text: String, published: String = "2024-11-07", sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String: JSONAny] {
        try #require(try events(text, published: published).first, "\(text)", sourceLocation: sourceLocation)
    }
}

extension Dictionary where Key == String, Value == JSONAny {
    var type: String? { self["type"]?.string }
    var date: String? { self["date"]?.string }
    var place: String? { self["location"]?["name"]?.string }
    var country: String? { self["location"]?["country"]?.string }
    var coordinates: (Double, Double)? {
        self["location"]?["lat"]?.number.flatMap { a in self["location"]?["lon"]?.number.map { (a, $0) } }
    }
    func actor(_ name: String, _ role: String) -> Bool {
        self["actors"]?.array?.contains { $0["name"]?.string?.contains(name) == true && $0["role"]?.string == role }
            == true
    }
    func count(_ key: String) -> Double? { self["counts"]?[key]?.number }
    func qualifier(_ key: String) -> String? { self["count_qualifiers"]?[key]?.string }
    func list(_ key: String) -> [String] { self[key]?.array?.compactMap(\.string) ?? [] }
}

/// `../shared/seeds/EXPECTED.md`: every "must" event with its fields, nothing from "must not".
@Suite struct SeedGoldenTests {
    static func seed(_ i: Int) throws -> [[String: JSONAny]] {
        try Fixtures.records([(seedNames[i], seedBytes(seedNames[i]))])
    }

    @Test func seed000MustEvents() throws {
        let records = try Self.seed(0)
        let article = try #require(records.first)
        #expect(article["published"]?.string == "2024-11-07" && article["published_from"]?.string == "header")
        #expect(article["title"] == nil)
        #expect(article["lead"]?.string?.hasPrefix("Russia carried out a large-scale drone assault on Kyiv") == true)
        let events = records.filter { $0["kind"]?.string == "event" }
        #expect(article["events"]?.number == Double(events.count))

        let strikes = events.filter { $0.type == "air_drone_strike" && $0.date == "2024-11-06" }
        let kyiv = try #require(strikes.first { $0.place == "Kyiv" })
        #expect(kyiv.country == "UA")
        #expect(kyiv.actor("Russia", "initiator"))
        #expect(kyiv.list("weapons").contains("Shahed drones"))
        #expect(kyiv.count("injured") == 1)
        // Russia comes from the lead: cited in support.
        #expect(kyiv["evidence"]?["support"]?.array?.isEmpty == false)

        let interception = try #require(events.first { $0.type == "interception" && $0.place == "Kyiv" })
        #expect(interception.date == "2024-11-06")
        #expect(interception.count("drones_downed") == 30 && interception.qualifier("drones_downed") == "about")

        for city in ["Odesa", "Kherson", "Sumy"] {
            let e = try #require(strikes.first { $0.place == city }, "strike in \(city)")
            #expect(e.country == "UA")
            // "two casualties" across three cities is not split among them.
            #expect(e["counts"] == nil)
        }

        let statement = try #require(events.first { $0.type == "statement" })
        #expect(statement.date == "2024-11-07")
        #expect(statement.actor("Sergei Shoigu", "speaker") && statement.actor("Russia", "speaker"))
        #expect(statement["location"] == nil)

        let visit = try #require(events.first { $0.type == "diplomacy" && $0.place == "Hungary" })
        #expect(visit.country == "HU" && visit["location"]?["precision"]?.string == "country")
        #expect(visit.date == nil || visit.date == "2024-11-07")
    }

    @Test func seed000MustNotEvents() throws {
        let events = try Self.seed(0).filter { $0["kind"]?.string == "event" }
        for e in events {
            let sentence = e["evidence"]?["sentence"]?.string ?? ""
            #expect(!sentence.contains("Avdeeva"), "an analyst's comment is no event")
            #expect(!sentence.contains("observers predict"), "predictions are no event")
            #expect(!sentence.contains("consolidates control"), "background is no event")
            #expect(e.type != "military_aid", "\"may reduce or end U.S. military aid\" did not happen")
        }
        #expect(!events.contains { $0.place == "Luhansk" })
    }

    @Test func seed002MustEvents() throws {
        let records = try Self.seed(1)
        let article = try #require(records.first)
        #expect(article["published"]?.string == "2024-11-07" && article["published_from"]?.string == "inferred")
        #expect(article["title"] == nil)
        let events = records.filter { $0["kind"]?.string == "event" }

        let kaspiysk = try #require(events.first { $0.type == "air_drone_strike" && $0.place == "Kaspiysk" })
        #expect(kaspiysk.date == "2024-11-06" && kaspiysk.country == "RU")
        #expect(kaspiysk["location"]?["admin1"]?.string?.contains("Dagestan") == true)
        #expect(kaspiysk.actor("Ukraine", "initiator"))
        #expect(kaspiysk.list("targets").contains("naval base"))
        #expect(kaspiysk.list("weapons").contains("A-22 Flying Fox drone"))

        let executions = try #require(events.first { $0.type == "attack_on_civilians" && $0.place == "Pokrovsk" })
        #expect(executions.date == "2024-11-05" && executions["date_bound"]?.string == "on_or_before")
        #expect(executions["location"]?["admin1"]?.string == "Donetsk Oblast" && executions.country == "UA")
        #expect(executions.count("killed") == 6)
        #expect(executions.actor("Russian forces", "initiator"))

        let kyiv = try #require(events.first { $0.type == "air_drone_strike" && $0.place == "Kyiv" })
        #expect(kyiv.date == "2024-11-07")
        #expect(kyiv["location"]?["district"]?.string == "Holosiivskyi")
        #expect(kyiv.actor("Russia", "initiator"))
        #expect(kyiv.count("injured") == 1 && kyiv.qualifier("injured") == "at_least")
        #expect(kyiv.list("targets").contains("residential building"))

        let crisis = try #require(events.first { $0.type == "political_crisis" })
        #expect(crisis.date == "2024-11-06" && crisis.place == "Germany" && crisis.country == "DE")

        let yoon = try #require(events.first { $0.type == "statement" && $0.actor("Yoon Suk Yeol", "speaker") })
        #expect(yoon.date == "2024-11-07" && yoon["location"] == nil)
        #expect(yoon.actor("South Korea", "speaker"))
        #expect(!events.contains { $0.type == "military_aid" && $0.actor("South Korea", "initiator") })

        let troops = try #require(events.first { $0.type == "troop_deployment" })
        #expect(troops.date == nil && troops["location"] == nil)
        #expect(troops.actor("North Korea", "initiator") && troops.actor("Russia", "recipient"))
        #expect(troops.count("troops") == 12000 && troops.qualifier("troops") == "about")
    }

    @Test func seed002MustNotEvents() throws {
        let events = try Self.seed(1).filter { $0["kind"]?.string == "event" }
        let places = events.compactMap(\.place)
        for wrong in [
            "Dorchester", "Dorchester Center", "Berlin", "Seoul", "Pyongyang", "Tatarstan", "Republic of Tatarstan",
        ] {
            #expect(!places.contains(wrong), "\(wrong) is not where anything happened")
        }
        #expect(!events.contains { $0.country == "US" })
        // "Kyiv knows of 124 … POWs": the capital speaks, nothing happened in Kyiv then.
        #expect(!events.contains { $0.place == "Kyiv" && $0.type == "attack_on_civilians" })
        let statements = events.filter { $0.type == "statement" }
        // "… but Lindner refused": the refusal is Lindner's, not that of Scholz, named first.
        let refusal = try #require(
            statements.first { $0["plover"]?.string == "REJECT" && $0.actor("Lindner", "speaker") })
        #expect(!refusal.actor("Scholz", "speaker"))
        // "the CDU/CSU, whose leader, Friedrich Merz, has called for …": background about a party.
        #expect(!statements.contains { $0.actor("Christian Social Union", "speaker") })
        // "The Air Force warned … that Russian attack drones were in the vicinity": an alert.
        #expect(!statements.contains { $0["plover"]?.string == "THREATEN" })
    }

    @Test func bothSeedsShareTheKyivIncident() throws {
        let events = try Fixtures.records(seedNames.map { ($0, seedBytes($0)) }).filter {
            $0["kind"]?.string == "event"
        }
        let first = try #require(
            events.first { $0.type == "air_drone_strike" && $0.place == "Kyiv" && $0.date == "2024-11-06" })
        let second = try #require(
            events.first { $0.type == "air_drone_strike" && $0.place == "Kyiv" && $0.date == "2024-11-07" })
        let firstID = try #require(first["event"]?.string)
        #expect(first["incident"]?.string == "i-" + firstID.dropFirst(2))
        #expect(second["incident"] == first["incident"])
        // Odesa is another happening.
        let odesa = try #require(events.first { $0.place == "Odesa" })
        #expect(odesa["incident"] != first["incident"])
    }

    /// Evidence offsets give back the sentence from `text`; no date after publication; no
    /// happening twice in one article.
    @Test func evidenceOffsetsDatesAndNoRepeats() throws {
        for i in 0..<2 {
            let records = try Self.seed(i)
            let text = try #require(records.first?["text"]?.string)
            let scalars = Array(text.unicodeScalars)
            let published = try #require(records.first?["published"]?.string)
            var seen: Set<String> = []
            for e in records where e["kind"]?.string == "event" {
                let start = Int(try #require(e["evidence"]?["start"]?.number))
                let end = Int(try #require(e["evidence"]?["end"]?.number))
                #expect(start >= 0 && start < end && end <= scalars.count)
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[start..<end])
                #expect(String(s) == e["evidence"]?["sentence"]?.string)
                for support in e["evidence"]?["support"]?.array ?? [] {
                    let a = Int(support["start"]?.number ?? -1)
                    let b = Int(support["end"]?.number ?? -1)
                    #expect(a >= 0 && a < b && b <= scalars.count)
                }
                if let d = e.date, d.count == 10 { #expect(d <= published) }
                let key = "\(e.type ?? "")|\(e.place ?? "-")|\(e.date ?? "-")"
                if e.type != "statement" { #expect(seen.insert(key).inserted, "twice: \(key)") }
            }
        }
    }
}
