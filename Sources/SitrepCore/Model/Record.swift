/// The kinds of log record (SPEC §5).
public enum RecordKind: String, Sendable, CaseIterable {
    case article, event, duplicate, rejected
}

/// Schema version written in every record's `v`.
public let recordSchemaVersion: Int64 = 1

/// A record before the sink gives it `seq`, `ts` and `moved_to`.
public struct RecordDraft: Sendable {
    public var kind: RecordKind
    /// The article id (`a-…`), when known.
    public var articleID: String?
    /// The part index in a multi-article file.
    public var part: Int?
    /// Kind-specific fields, in output order, after the common ones.
    public var fields: [(String, JSONValue)]

    public init(kind: RecordKind, articleID: String? = nil, part: Int? = nil, fields: [(String, JSONValue)] = []) {
        self.kind = kind
        self.articleID = articleID
        self.part = part
        self.fields = fields
    }

    /// Per-file records carry `file`, `sha256`, `feed`…; `event` records do not.
    public var isFileRecord: Bool { kind != .event }
}

/// What happens to the input file once its records are durable.
public enum Disposition: Sendable, Equatable {
    /// To `processed/YYYY-MM-DD/`.
    case processed
    /// To `failed/`, with `NAME.error.json` holding this rejection.
    case failed(Rejection)
}

/// All records of one input file: appended with one `write(2)`, or not at all (SPEC §4).
public struct FileGroup: Sendable {
    /// Path relative to the inbox (or as given to `parse`), non-UTF-8 bytes as `\xNN`.
    public var file: String
    public var sha256: String
    public var feed: String?
    /// The number of articles in a multi-article file (lets recovery tell a torn group).
    public var parts: Int?
    public var drafts: [RecordDraft]
    public var disposition: Disposition
    /// Article ids this group adds to the index (undone if the append fails).
    public var newArticleIDs: [UInt64] = []

    public init(
        file: String, sha256: String, feed: String?, parts: Int?, drafts: [RecordDraft], disposition: Disposition
    ) {
        self.file = file
        self.sha256 = sha256
        self.feed = feed
        self.parts = parts
        self.drafts = drafts
        self.disposition = disposition
    }

    /// Counts for status lines and the journal.
    public var articleCount: Int { drafts.count { $0.kind == .article } }
    public var eventCount: Int { drafts.count { $0.kind == .event } }
    public var rejectedCount: Int { drafts.count { $0.kind == .rejected } }
    public var duplicateCount: Int { drafts.count { $0.kind == .duplicate } }

    /// The group as JSON Lines, `seq` counting from `firstSeq`; `movedTo` only from the daemon.
    public func render(firstSeq: Int64, ts: String, movedTo: String?, pretty: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512 * drafts.count)
        for (i, draft) in drafts.enumerated() {
            var o = JSONObjectBuilder()
            o.set("v", recordSchemaVersion)
            o.set("seq", firstSeq + Int64(i))
            o.set("kind", draft.kind.rawValue)
            o.set("ts", ts)
            o.set("article", draft.articleID)
            if draft.isFileRecord {
                o.set("file", file)
                o.set("sha256", sha256.isEmpty ? nil : sha256)
                o.set("part", draft.part)
                o.set("parts", parts)
                o.set("feed", feed)
                o.set("moved_to", movedTo)
            }
            for (key, value) in draft.fields { o.set(key, value) }
            o.value.write(into: &out, pretty: pretty)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }
}
