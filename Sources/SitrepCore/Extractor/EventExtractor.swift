/// One event found in an article, as the ordered fields of its `event` record (after the common
/// `v`, `seq`, `kind`, `ts`, `article`).
public struct ExtractedEvent: Sendable {
    public var fields: [(String, JSONValue)]
    /// What the incident index matches on; nil for events with no day or no place.
    public var incidentKey: IncidentKey?
    public init(fields: [(String, JSONValue)], incidentKey: IncidentKey? = nil) {
        self.fields = fields
        self.incidentKey = incidentKey
    }
}

/// The extractor stage: an article in, its events out (SPEC §5–6).
///
/// The pipeline takes any conforming type; the event extractor itself is built in its own
/// issue. Without one, articles are logged with `events: 0`.
public protocol EventExtractor: Sendable {
    /// Events of `article`, whose id is `articleID` (`a-…`), in reading order.
    func events(in article: Article, articleID: String) -> [ExtractedEvent]

    /// Version of the data the extractor uses (the gazetteer), for the record's `versions`.
    var gazetteerVersion: String? { get }
}
