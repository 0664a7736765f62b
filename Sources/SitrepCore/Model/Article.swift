/// A span of the article body, in Unicode scalar offsets (half-open), as SPEC §5 counts them.
public struct TextSpan: Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public var length: Int { end - start }
}

/// Where the publication date came from (SPEC §5 `published_from`).
public enum DateSource: String, Sendable, Equatable, CaseIterable {
    case header, meta, text, inferred, given
}

/// A calendar date at day precision, `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso: some StringProtocol) {
        let b = Array(iso.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String {
        "\(Clock.pad(year, 4))-\(Clock.pad(month, 2))-\(Clock.pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// The input formats Sitrep reads (SPEC §3), as recorded in `format`.
public enum InputFormat: String, Sendable, Equatable, CaseIterable {
    case text, markdown, html, json, jsonl
}

/// The text encodings Sitrep decodes, as recorded in `encoding`.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1252 = "windows-1252"
}

/// One article read from an input file: the contract between the reader and the extractor.
///
/// `text` is the body: paragraphs joined by `"\n\n"`, NFC. `paragraphs` and `sentences` are
/// spans of `text` in Unicode scalars, so an event can cite its sentence by offsets.
public struct Article: Sendable, Equatable {
    public var title: String?
    public var source: String?
    public var url: String?
    public var published: CalendarDate?
    public var publishedFrom: DateSource?
    public var format: InputFormat
    public var encoding: TextEncoding
    public var lang: String?
    public var text: String
    public var paragraphs: [TextSpan]
    public var sentences: [TextSpan]

    public init(
        title: String? = nil, source: String? = nil, url: String? = nil,
        published: CalendarDate? = nil, publishedFrom: DateSource? = nil,
        format: InputFormat, encoding: TextEncoding, lang: String? = nil,
        text: String, paragraphs: [TextSpan], sentences: [TextSpan]
    ) {
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.publishedFrom = publishedFrom
        self.format = format
        self.encoding = encoding
        self.lang = lang
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
    }

    /// Unicode scalars in `text` (SPEC §5 `chars`).
    public var chars: Int { text.unicodeScalars.count }

    /// Whitespace-separated tokens holding a letter or a digit (SPEC §5 `words`).
    public var words: Int { TextMetrics.wordCount(text) }

    /// The body text of a span.
    public func slice(_ span: TextSpan) -> String {
        let scalars = text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: span.start)
        let to = scalars.index(from, offsetBy: span.length)
        return String(scalars[from..<to])
    }
}

/// Why an input file (or one part of it) produced no article (SPEC §3 `reason`).
public enum RejectReason: String, Sendable, Equatable, CaseIterable {
    case empty, binary
    case tooLarge = "too_large"
    case noText = "no_text"
    case malformed
    case notRegular = "not_regular"
    case unreadable, crashed, timeout
}

/// A rejection with its human-readable detail.
public struct Rejection: Error, Sendable, Equatable {
    public var reason: RejectReason
    public var detail: String
    public init(_ reason: RejectReason, _ detail: String) {
        self.reason = reason
        self.detail = detail
    }
}
