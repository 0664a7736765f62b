import FoundationEssentials

/// Reads scraper output (SPEC §3): a JSON object with `title`, `text` or `html`, `published`,
/// `url`, `source`; a JSON array of such objects; or JSON Lines, one object per line.
enum JSONArticleReader {
    struct Record: Decodable {
        var title: String?
        var text: String?
        var html: String?
        var published: String?
        var url: String?
        var source: String?

        enum CodingKeys: String, CodingKey {
            case title, text, html, published, url, source, content, body, date, headline, link
            // Publication-date names of common scrapers (newspaper3k, news-please, feeds, schema.org).
            case publishDate = "publish_date", datePublish = "date_publish", publishedAt = "published_at"
            case publishedAtCamel = "publishedAt", datePublished, pubDate
        }

        /// The names a publication date goes by, in order of preference.
        static let dateKeys: [CodingKeys] = [
            .published, .date, .publishDate, .datePublish, .publishedAt, .publishedAtCamel, .datePublished, .pubDate,
        ]

        // Scrapers disagree on names; the common aliases are accepted, and a field of the wrong
        // JSON type counts as absent rather than failing the whole article.
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            func str(_ key: CodingKeys) -> String? { (try? c.decodeIfPresent(String.self, forKey: key)) ?? nil }
            // A date given as seconds (or milliseconds) since 1970, as some feeds do: its UTC day.
            func epoch(_ key: CodingKeys) -> String? {
                guard let n = (try? c.decodeIfPresent(Double.self, forKey: key)) ?? nil, n.isFinite, n > 0 else {
                    return nil
                }
                let seconds = n > 1e11 ? n / 1000 : n
                guard seconds < 1e10 else { return nil }
                return CalendarDate(dayNumber: Int(seconds / 86_400))?.description
            }
            title = str(.title) ?? str(.headline)
            text = str(.text) ?? str(.content) ?? str(.body)
            html = str(.html)
            published = Self.dateKeys.lazy.filter(c.contains).compactMap { str($0) ?? epoch($0) }.first
            url = str(.url) ?? str(.link)
            source = str(.source)
        }
    }

    /// Articles of a `.json` file: one part, or one part per array element.
    static func readJSON(_ decoded: TextDecoder.Decoded) throws(Rejection) -> [Result<Article, Rejection>] {
        let data = Data(decoded.utf8)
        if isArray(decoded) {
            let items: [LenientRecord]
            do {
                items = try JSONDecoder().decode([LenientRecord].self, from: data)
            } catch {
                throw Rejection(.malformed, "JSON array does not parse: \(describe(error))")
            }
            if items.isEmpty { throw Rejection(.noText, "JSON array holds no articles") }
            return items.map { item in
                guard let record = item.record else {
                    return .failure(Rejection(.malformed, "array element is not a JSON object"))
                }
                return Result { () throws(Rejection) -> Article in try article(record, decoded.encoding, .json) }
            }
        }
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: data)
        } catch {
            throw Rejection(.malformed, "JSON does not parse as an article object: \(describe(error))")
        }
        return [Result { () throws(Rejection) -> Article in try article(record, decoded.encoding, .json) }]
    }

    /// True when the first non-whitespace character is `[`.
    static func isArray(_ decoded: TextDecoder.Decoded) -> Bool {
        decoded.utf8.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D } == UInt8(ascii: "[")
    }

    /// Articles of a `.jsonl` file, one part per non-blank line.
    static func readJSONLines(_ decoded: TextDecoder.Decoded) throws(Rejection) -> [Result<Article, Rejection>] {
        // Lines split on bytes: splitting the `String` by `Character` cost more than decoding.
        let lines = decoded.utf8.split(separator: 0x0A, omittingEmptySubsequences: true)
            .filter { !isBlank($0) }
        if lines.isEmpty { throw Rejection(.noText, "JSON Lines file holds no records") }
        return lines.enumerated().map { index, line in
            do {
                let record = try JSONDecoder().decode(Record.self, from: Data(line))
                return Result { () throws(Rejection) -> Article in try article(record, decoded.encoding, .jsonl) }
            } catch {
                return .failure(Rejection(.malformed, "line \(index + 1) does not parse: \(describe(error))"))
            }
        }
    }

    /// True when the UTF-8 bytes are only Unicode whitespace.
    static func isBlank(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.withContiguousStorageIfAvailable { FastText.isBlank($0, 0..<$0.count) }
            ?? Array(bytes).withUnsafeBufferPointer { FastText.isBlank($0, 0..<$0.count) }
    }

    /// An array element that may not be an object (then `record` is nil, not a decode failure).
    struct LenientRecord: Decodable {
        var record: Record?
        init(from decoder: any Decoder) throws { record = try? Record(from: decoder) }
    }

    static func article(_ r: Record, _ encoding: TextEncoding, _ format: InputFormat) throws(Rejection) -> Article {
        var article: Article
        if let text = r.text, !isBlank(text.utf8) {
            let inner = TextDecoder.Decoded(text: text, encoding: encoding)
            article = try PlainTextReader.read(inner, format: .text)
        } else if let html = r.html, !isBlank(html.utf8) {
            article = try HTMLReader.read(Array(html.utf8), encoding: encoding)
        } else {
            throw Rejection(.noText, "record has neither `text` nor `html`")
        }
        article.format = format
        article.encoding = encoding
        if let title = TextNormalizer.line(r.title) { article.title = title }
        if let url = r.url, !url.isEmpty { article.url = url }
        if let source = r.source, !source.isEmpty { article.source = source }
        if let raw = r.published, let date = DateMentions.stated(raw) {
            article.published = date
            article.publishedFrom = .meta
        }
        return article
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c): c.debugDescription
        case DecodingError.typeMismatch(_, let c): c.debugDescription
        case DecodingError.keyNotFound(let k, _): "missing key \(k.stringValue)"
        case DecodingError.valueNotFound(_, let c): c.debugDescription
        default: String(describing: error)
        }
    }
}
