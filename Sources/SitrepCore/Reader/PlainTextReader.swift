/// Reads scraped plain text and Markdown (SPEC §3): header metadata, paragraphs, repeated
/// boilerplate lines removed, a title only when the file has a real headline.
public enum PlainTextReader {
    static let headerKeys: Set<String> = ["title", "source", "url", "date", "published"]

    public static func read(_ decoded: TextDecoder.Decoded, format: InputFormat) throws(Rejection) -> Article {
        var lines = splitLines(decoded.text)
        var meta: [String: String] = [:]
        var published: CalendarDate?
        var publishedFrom: DateSource?

        // A leading `date YYYY-MM-DD` token, possibly followed by body text on the same line.
        if let first = lines.firstIndex(where: { !isBlank($0) }) {
            let trimmed = lines[first].drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("date "), let date = CalendarDate(iso: trimmed.dropFirst(5).prefix(10)) {
                let rest = trimmed.dropFirst(15)
                if rest.isEmpty || rest.first == " " || rest.first == "\t" {
                    published = date
                    publishedFrom = .header
                    lines[first] = Substring(rest)
                }
            }
        }
        // Whole `key: value` lines at the top are metadata.
        while let first = lines.firstIndex(where: { !isBlank($0) }), let (key, value) = headerLine(lines[first]) {
            meta[key] = value
            lines.removeSubrange(lines.startIndex...first)
        }
        if published == nil, let raw = meta["date"] ?? meta["published"], let date = CalendarDate(iso: raw.prefix(10)) {
            published = date
            publishedFrom = .header
        }
        if format == .markdown { lines = lines.map(MarkdownCleaner.clean) }

        lines = BoilerplateFilter.removeRepeatedLines(lines)
        var title = meta["title"]
        let blocks = paragraphs(of: lines)
        var bodyBlocks = blocks[...]
        if title == nil, let first = blocks.first, first.isHeadline {
            title = first.lines.joined(separator: " ")
            bodyBlocks = blocks.dropFirst()
        }
        var body = BodyBuilder()
        for block in bodyBlocks { body.add(paragraph: block.lines.joined(separator: " ")) }
        guard !body.sentences.isEmpty, TextMetrics.wordCount(body.text) > 0 else {
            throw Rejection(.noText, "decodes as \(decoded.encoding.rawValue) but holds no sentences of words")
        }
        return Article(
            title: title.map { TextNormalizer.nfc(TextNormalizer.foldWhitespace($0)) }, source: meta["source"],
            url: meta["url"], published: published, publishedFrom: publishedFrom, format: format,
            encoding: decoded.encoding, text: body.text, paragraphs: body.paragraphs, sentences: body.sentences)
    }

    static func isBlank(_ line: Substring) -> Bool { line.unicodeScalars.allSatisfy(FastText.isWhitespace) }

    /// Lines split on `\n`, `\r\n` or `\r`, on bytes (no grapheme breaking).
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A || b == 0x0D {
                lines.append(text[start..<i])
                var next = utf8.index(after: i)
                if b == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                i = next
            } else {
                i = utf8.index(after: i)
            }
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    static func headerLine(_ line: Substring) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingCharacters(in: " \t").lowercased()
        guard headerKeys.contains(key) else { return nil }
        let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
        return value.isEmpty ? nil : (key, value)
    }

    struct Block {
        var lines: [Substring]
        var followedByBlank: Bool
        /// A short line with no closing period, set apart by a blank line: a headline.
        var isHeadline: Bool {
            guard lines.count == 1, followedByBlank, let line = lines.first else { return false }
            let t = line.trimmingCharacters(in: " \t")
            return t.count <= 160 && t.count >= 3 && !t.hasSuffix(".") && !t.hasSuffix(":")
                && TextMetrics.wordCount(t) >= 2
        }
    }

    /// Blank lines separate paragraphs; a file with no blank lines at all has one paragraph per
    /// line (scrapers write one `<p>` per line).
    static func paragraphs(of lines: [Substring]) -> [Block] {
        let hasBlank =
            lines.contains { isBlank($0) } && lines.contains { !isBlank($0) }
            && zip(lines, lines.dropFirst()).contains { !isBlank($0) && isBlank($1) }
        var blocks: [Block] = []
        var current: [Substring] = []
        for line in lines {
            if isBlank(line) {
                if !current.isEmpty { blocks.append(Block(lines: current, followedByBlank: true)) }
                current = []
            } else if hasBlank {
                current.append(line)
            } else {
                blocks.append(Block(lines: [line], followedByBlank: false))
            }
        }
        if !current.isEmpty { blocks.append(Block(lines: current, followedByBlank: false)) }
        return blocks
    }
}

extension StringProtocol {
    /// Trims the given ASCII characters (spaces, tabs…) from both ends, on bytes.
    func trimmingCharacters(in set: String) -> String {
        String(trimmingASCII(set))
    }

    func trimmingASCII(_ set: String) -> Substring {
        let bytes = Array(set.utf8)
        let sub = Substring(self)
        let utf8 = sub.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start != end, bytes.contains(utf8[start]) { start = utf8.index(after: start) }
        while end != start, bytes.contains(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return sub[start..<end]
    }
}
