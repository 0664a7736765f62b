/// The set of article ids seen so far: the dedupe index (SPEC §3 `duplicate`).
public struct ArticleIndex: Sendable {
    public private(set) var keys: Set<UInt64> = []
    /// Events seen so far, for `incident` (SPEC §7).
    public var incidents = IncidentIndex()
    public init() {}
    public init(keys: Set<UInt64>, incidents: IncidentIndex = IncidentIndex()) {
        self.keys = keys
        self.incidents = incidents
    }
    public var count: Int { keys.count }
    public func contains(_ key: UInt64) -> Bool { keys.contains(key) }
    @discardableResult public mutating func insert(_ key: UInt64) -> Bool { keys.insert(key).inserted }
    public mutating func remove(_ key: UInt64) { keys.remove(key) }
}

/// An input file as the pipeline sees it.
public struct InputFile: Sendable {
    /// Path relative to the inbox (or as given to `parse`), for `file`.
    public var file: String
    /// The first-level subfolder it was dropped in, for `feed`.
    public var feed: String?
    public var bytes: [UInt8]
    public init(file: String, feed: String? = nil, bytes: [UInt8]) {
        self.file = file
        self.feed = feed
        self.bytes = bytes
    }
}

/// One file after reading and extraction, before the indexes see it (``Ingestor/parse(_:)``).
public struct ParsedFile: Sendable {
    public enum Part: Sendable {
        case rejected(Rejection)
        case article(Article, id: String, key: UInt64, events: [ExtractedEvent])
    }
    public var input: InputFile
    public var sha256: String
    public var parts: [Part]
    public var isMultiPart: Bool
}

/// Turns one input file into its record group: reader → extractor → drafts. Shared by the
/// daemon and `sitrep parse`, so both print the same records.
public struct Ingestor: Sendable {
    public var reader = ArticleReader()
    public var extractor: (any EventExtractor)?
    public var emitText = false
    /// Document date when the text states none (`parse --published`).
    public var givenPublished: CalendarDate?

    public init(extractor: (any EventExtractor)? = nil, emitText: Bool = false, givenPublished: CalendarDate? = nil) {
        self.extractor = extractor
        self.emitText = emitText
        self.givenPublished = givenPublished
    }

    /// The record group of `input`; new article ids are inserted into `index`.
    public func ingest(_ input: InputFile, index: inout ArticleIndex) -> FileGroup {
        group(of: parse(input), index: &index)
    }

    /// Reading and extraction: everything that depends on the file alone. It touches no index,
    /// so the daemon runs it on a worker thread it can give up on (SPEC §3 `timeout`).
    public func parse(_ input: InputFile) -> ParsedFile {
        let outcome = reader.read(bytes: input.bytes, fileName: Path.basename(input.file))
        var parsed = ParsedFile(
            input: input, sha256: Digests.sha256Hex(input.bytes), parts: [], isMultiPart: outcome.isMultiPart)
        for result in outcome.parts {
            switch result {
            case .failure(let rejection):
                parsed.parts.append(.rejected(rejection))
            case .success(var article):
                if article.published == nil, let given = givenPublished {
                    article.published = given
                    article.publishedFrom = .given
                }
                let (id, key) = Digests.articleID(text: article.text)
                let events = extractor?.events(in: article, articleID: id) ?? []
                parsed.parts.append(.article(article, id: id, key: key, events: events))
            }
        }
        return parsed
    }

    /// The records of a parsed file: duplicates against `index` (new article ids are inserted),
    /// incidents against its incident index.
    public func group(of parsed: ParsedFile, index: inout ArticleIndex) -> FileGroup {
        let multi = parsed.isMultiPart
        var group = FileGroup(
            file: parsed.input.file, sha256: parsed.sha256, feed: parsed.input.feed,
            parts: multi ? parsed.parts.count : nil, drafts: [], disposition: .processed)
        var anyArticle = false
        var firstRejection: Rejection?
        for (partIndex, result) in parsed.parts.enumerated() {
            let part = multi ? partIndex : nil
            switch result {
            case .rejected(let rejection):
                firstRejection = firstRejection ?? rejection
                group.drafts.append(Self.rejectedDraft(rejection, part: part))
            case .article(let article, let id, let key, let events):
                anyArticle = true
                if !index.insert(key) {
                    group.drafts.append(RecordDraft(kind: .duplicate, articleID: id, part: part))
                    continue
                }
                group.newArticleIDs.append(key)
                group.drafts.append(articleDraft(article, id: id, part: part, eventCount: events.count))
                for event in events {
                    var fields = event.fields
                    if let key = event.incidentKey, case .string(let eventID)? = fields.first?.1,
                        let incident = index.incidents.assign(key, eventID: eventID)
                    {
                        fields.insert(("incident", .string(incident)), at: 1)
                    }
                    group.drafts.append(RecordDraft(kind: .event, articleID: id, fields: fields))
                }
            }
        }
        if !anyArticle, let rejection = firstRejection {
            group.disposition = .failed(rejection)
        }
        return group
    }

    /// The group of a file rejected before it could be read (`not_regular`, `too_large`, …).
    public static func rejectedFile(file: String, feed: String?, sha256: String?, rejection: Rejection) -> FileGroup {
        FileGroup(
            file: file, sha256: sha256 ?? "", feed: feed, parts: nil,
            drafts: [rejectedDraft(rejection, part: nil)], disposition: .failed(rejection))
    }

    static func rejectedDraft(_ rejection: Rejection, part: Int?) -> RecordDraft {
        RecordDraft(
            kind: .rejected, part: part,
            fields: [("reason", .string(rejection.reason.rawValue)), ("detail", .string(rejection.detail))])
    }

    func articleDraft(_ article: Article, id: String, part: Int?, eventCount: Int) -> RecordDraft {
        var o = JSONObjectBuilder()
        o.set("title", article.title)
        o.set("lead", article.sentences.first.map { Self.lead(article.slice($0)) })
        o.set("source", article.source)
        o.set("url", article.url)
        o.set("format", article.format.rawValue)
        o.set("encoding", article.encoding.rawValue)
        o.set("lang", article.lang)
        o.set("published", article.published?.description)
        o.set("published_from", article.publishedFrom?.rawValue)
        o.set("chars", article.chars)
        o.set("words", article.words)
        o.set("sentences", article.sentences.count)
        o.set("events", eventCount)
        var versions = JSONObjectBuilder()
        versions.set("sitrep", SitrepVersion.current)
        versions.set("gazetteer", extractor?.gazetteerVersion)
        o.set("versions", versions.value)
        if emitText { o.set("text", article.text) }
        return RecordDraft(kind: .article, articleID: id, part: part, fields: o.fields)
    }

    /// The first sentence, cut at a word boundary to at most 200 characters.
    static func lead(_ sentence: String) -> String {
        if sentence.count <= 200 { return sentence }
        var cut = String(sentence.prefix(199))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}

/// The version written in records and printed by `--version`.
public enum SitrepVersion {
    public static let current = "0.1.0"
}
