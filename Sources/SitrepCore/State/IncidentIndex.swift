/// What the incident index needs to know of an event (SPEC §7).
public struct IncidentKey: Sendable, Equatable {
    /// ACLED event type, with interceptions counted as explosions/remote violence.
    public var family: String
    /// Day number of the event's day-precision date.
    public var day: Int
    public var lat: Double
    public var lon: Double
    public var geonameid: Int?
    public init(family: String, day: Int, lat: Double, lon: Double, geonameid: Int?) {
        self.family = family
        self.day = day
        self.lat = lat
        self.lon = lon
        self.geonameid = geonameid
    }
}

/// The events seen so far, by day, for finding the incident a new event belongs to: the
/// earliest logged event of the same family, on a date at most one day away, at the same
/// GeoNames place or within 10 km. No chaining: a match is always against events themselves.
///
/// Lives in the checkpoint beside the article keys and is rebuilt from `event` records when
/// the log is replayed, so it never disagrees with the log.
public struct IncidentIndex: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var family: UInt8
        public var day: Int32
        public var lat: Float
        public var lon: Float
        public var geonameid: UInt32
        /// The event id without its `e-`: 16 hex digits of the article, then the index.
        public var articleHex: UInt64
        public var eventIndex: UInt32
    }
    public private(set) var entries: [Entry] = []
    private var byDay: [Int32: [Int32]] = [:]

    public init() {}

    public init(entries: [Entry]) {
        for e in entries { append(e) }
    }

    public var count: Int { entries.count }

    static let families: [String] = {
        var names: [String] = []
        for t in EventType.allCases where !names.contains(t.family) { names.append(t.family) }
        return names
    }()

    static func familyCode(_ family: String) -> UInt8 {
        UInt8(families.firstIndex(of: family) ?? families.count)
    }

    /// The incident id (`i-…`) of an event with `key`, whose own id is `eventID` (`e-…`), and
    /// records the event. An event that matches nothing earlier starts its own incident.
    public mutating func assign(_ key: IncidentKey, eventID: String) -> String? {
        guard let (hex, index) = Self.parse(eventID) else { return nil }
        let family = Self.familyCode(key.family)
        let gid = UInt32(clamping: key.geonameid ?? 0)
        var earliest: Int32?
        for d in (key.day - 1)...(key.day + 1) {
            for i in byDay[Int32(clamping: d)] ?? [] {
                let e = entries[Int(i)]
                guard e.family == family else { continue }
                let samePlace =
                    (gid != 0 && e.geonameid == gid)
                    || Gazetteer.distanceKm((Double(e.lat), Double(e.lon)), (key.lat, key.lon)) <= 10
                if samePlace, earliest.map({ i < $0 }) ?? true { earliest = i }
            }
        }
        let entry = Entry(
            family: family, day: Int32(clamping: key.day), lat: Float(key.lat), lon: Float(key.lon), geonameid: gid,
            articleHex: hex, eventIndex: index)
        let incident = earliest.map { Self.id(entries[Int($0)]) } ?? Self.id(entry)
        append(entry)
        return incident
    }

    /// Records an event read back from the log.
    public mutating func record(_ key: IncidentKey, eventID: String) {
        guard let (hex, index) = Self.parse(eventID) else { return }
        append(
            Entry(
                family: Self.familyCode(key.family), day: Int32(clamping: key.day), lat: Float(key.lat),
                lon: Float(key.lon), geonameid: UInt32(clamping: key.geonameid ?? 0), articleHex: hex,
                eventIndex: index))
    }

    /// Forgets the entries after the first `count` (a group that did not reach the log).
    public mutating func truncate(to count: Int) {
        while entries.count > count, let last = entries.popLast() {
            byDay[last.day]?.removeLast()
        }
    }

    private mutating func append(_ e: Entry) {
        byDay[e.day, default: []].append(Int32(entries.count))
        entries.append(e)
    }

    static func id(_ e: Entry) -> String {
        let hex = String(e.articleHex, radix: 16)
        return "i-" + String(repeating: "0", count: 16 - hex.count) + hex + "-\(e.eventIndex)"
    }

    static func parse(_ eventID: String) -> (UInt64, UInt32)? {
        let u = Array(eventID.utf8)
        guard u.count >= 20, u[0] == UInt8(ascii: "e"), u[1] == UInt8(ascii: "-"), u[18] == UInt8(ascii: "-"),
            let hex = UInt64(String(decoding: u[2..<18], as: UTF8.self), radix: 16),
            let index = UInt32(String(decoding: u[19...], as: UTF8.self))
        else { return nil }
        return (hex, index)
    }
}
