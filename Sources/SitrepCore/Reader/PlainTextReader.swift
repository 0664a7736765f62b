/// Reads scraped plain text and Markdown (SPEC §3): header metadata, paragraphs, repeated
/// boilerplate lines removed, a title only when the file has a real headline.
///
/// Lines are byte ranges into the decoded text, never `Substring`s: the whole pass allocates a
/// handful of arrays per file, which is what lets plain text read at 200 MB/s (issue 3).
public enum PlainTextReader {
    static let headerKeys: Set<String> = ["title", "source", "url", "date", "published"]

    public static func read(_ decoded: TextDecoder.Decoded, format: InputFormat) throws(Rejection) -> Article {
        let result = decoded.utf8.withUnsafeBufferPointer { read($0, encoding: decoded.encoding, format: format) }
        return try result.get()
    }

    static func read(_ b: UnsafeBufferPointer<UInt8>, encoding: TextEncoding, format: InputFormat) -> Result<
        Article, Rejection
    > {
        var lines = splitLines(b)
        var header = Header()
        var top = 0
        // A leading `date YYYY-MM-DD` token, possibly followed by body text on the same line.
        if let first = lines.firstIndex(where: { !FastText.isBlank(b, $0) }) {
            let line = FastText.trimSpaces(b, lines[first].lowerBound..<lines[first].upperBound)
            let lead = Array("date ".utf8)
            if line.count >= 15, lead.indices.allSatisfy({ b[line.lowerBound + $0] == lead[$0] }),
                let date = CalendarDate(
                    iso: String(decoding: b[(line.lowerBound + 5)..<(line.lowerBound + 15)], as: UTF8.self))
            {
                let rest = (line.lowerBound + 15)..<lines[first].upperBound
                if rest.isEmpty || b[rest.lowerBound] == 0x20 || b[rest.lowerBound] == 0x09 {
                    header.published = date
                    header.publishedFrom = .header
                    lines[first] = rest
                }
            }
        }
        // Whole `key: value` lines at the top are metadata; so is a whole `date YYYY-MM-DD`
        // line among them ("title: …" first, then the date marker without its colon).
        while let first = lines[top...].firstIndex(where: { !FastText.isBlank(b, $0) }) {
            if let (key, value) = headerLine(b, lines[first]) {
                header.meta[key] = value
            } else if header.published == nil, let date = dateMarkerLine(b, lines[first]) {
                header.published = date
                header.publishedFrom = .header
            } else {
                break
            }
            top = first + 1
        }
        if header.published == nil, let raw = header.meta["date"] ?? header.meta["published"],
            let date = DateMentions.stated(raw)
        {
            header.published = date
            header.publishedFrom = .header
        }
        guard format == .markdown else {
            return assemble(b, lines: lines[top...], header: header, encoding: encoding, format: format)
        }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(b.count)
        for (n, line) in lines[top...].enumerated() {
            if n > 0 { cleaned.append(0x0A) }
            MarkdownCleaner.clean(b, line, into: &cleaned)
        }
        return cleaned.withUnsafeBufferPointer { md in
            assemble(md, lines: splitLines(md)[...], header: header, encoding: encoding, format: format)
        }
    }

    /// What the top of the file said about the article.
    struct Header {
        var meta: [String: String] = [:]
        var published: CalendarDate?
        var publishedFrom: DateSource?
    }

    /// The article from its body lines: boilerplate out, paragraphs, the headline as title.
    static func assemble(
        _ b: UnsafeBufferPointer<UInt8>, lines: ArraySlice<Range<Int>>, header: Header, encoding: TextEncoding,
        format: InputFormat
    ) -> Result<Article, Rejection> {
        let kept = BoilerplateFilter.removeRepeatedLines(b, lines)
        let blocks = paragraphs(b, kept)
        var title = header.meta["title"]
        var bodyBlocks = blocks[...]
        if title == nil, let first = blocks.first, isHeadline(b, kept, first) {
            title = String(decoding: b[kept[first.lines.lowerBound]], as: UTF8.self)
            bodyBlocks = blocks.dropFirst()
        }
        var body = BodyBuilder(capacity: b.count)
        for block in bodyBlocks { body.add(lines: b, kept[block.lines]) }
        // A file that holds only its headline ("Two killed as drones hit Sumy", a wire alert, a
        // scraped teaser) reports what the headline says: it is the body too, not a rejection.
        if body.sentences.isEmpty, bodyBlocks.count < blocks.count {
            body = BodyBuilder(capacity: b.count)
            for block in blocks { body.add(lines: b, kept[block.lines]) }
        }
        guard !body.sentences.isEmpty, body.hasWord else {
            return .failure(
                Rejection(.noText, "decodes as \(encoding.rawValue) but holds no sentences of words"))
        }
        return .success(
            Article(
                title: TextNormalizer.line(title), source: TextNormalizer.line(header.meta["source"]),
                url: TextNormalizer.line(header.meta["url"]), published: header.published,
                publishedFrom: header.publishedFrom, format: format, encoding: encoding, text: body.text,
                paragraphs: body.paragraphs, sentences: body.sentences))
    }

    /// Line ranges split on `\n`, `\r\n` or `\r`.
    static func splitLines(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        lines.reserveCapacity(b.count / 64 + 4)
        var start = 0
        var i = 0
        let n = b.count
        guard let base = b.baseAddress else { return [0..<0] }
        // Text saved on Linux has no CR: then `memchr` (vector code) finds each line end.
        if ByteScan.find(0x0D, in: base, from: 0, to: n) == nil {
            while let end = ByteScan.find(0x0A, in: base, from: start, to: n) {
                lines.append(start..<end)
                start = end + 1
            }
            lines.append(start..<n)
            return lines
        }
        while i < n {
            if i + 8 <= n {
                let w = ByteScan.load(base, i)
                if ByteScan.has(w, 0x0A) | ByteScan.has(w, 0x0D) == 0 {
                    i += 8
                    continue
                }
            }
            let c = b[i]
            if c > 0x0D || (c != 0x0A && c != 0x0D) {
                i += 1
                continue
            }
            lines.append(start..<i)
            i += c == 0x0D && i + 1 < n && b[i + 1] == 0x0A ? 2 : 1
            start = i
        }
        lines.append(start..<n)
        return lines
    }

    /// The date of a line that holds only `date YYYY-MM-DD` (spaces around it allowed).
    static func dateMarkerLine(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> CalendarDate? {
        let t = FastText.trimSpaces(b, line)
        guard t.count == 15, b[t].starts(with: "date ".utf8) else { return nil }
        return CalendarDate(iso: String(decoding: b[(t.lowerBound + 5)..<t.upperBound], as: UTF8.self))
    }

    /// `key: value` when the line is one of the header keys with a non-empty value.
    static func headerLine(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (String, String)? {
        // The longest key is 9 letters: a colon further in is prose, not a header.
        guard let colon = line.prefix(24).first(where: { b[$0] == 0x3A }) else { return nil }
        let keyRange = FastText.trimSpaces(b, line.lowerBound..<colon)
        let key = String(decoding: b[keyRange], as: UTF8.self).lowercased()
        guard headerKeys.contains(key) else { return nil }
        let value = FastText.trimSpaces(b, (colon + 1)..<line.upperBound)
        return value.isEmpty ? nil : (key, String(decoding: b[value], as: UTF8.self))
    }

    /// Lines `lines` of the kept lines, and whether a blank line follows them.
    struct Block {
        var lines: Range<Int>
        var followedByBlank: Bool
    }

    /// A short line with no closing period, set apart by a blank line: a headline.
    static func isHeadline(_ b: UnsafeBufferPointer<UInt8>, _ kept: [Range<Int>], _ block: Block) -> Bool {
        guard block.lines.count == 1, block.followedByBlank else { return false }
        let t = FastText.trimSpaces(b, kept[block.lines.lowerBound])
        let length = FastText.scalarCount(b, t)
        guard length >= 3 && length <= 160, let last = t.last, b[last] != 0x2E, b[last] != 0x3A else { return false }
        return FastText.wordCount(b, t) >= 2
    }

    /// Blank lines separate paragraphs; a file with no blank lines at all has one paragraph per
    /// line (scrapers write one `<p>` per line).
    static func paragraphs(_ b: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>]) -> [Block] {
        let blank = lines.map { FastText.isBlank(b, $0) }
        var separated = false
        for i in blank.indices.dropLast() where !blank[i] && blank[i + 1] {
            separated = true
            break
        }
        var blocks: [Block] = []
        var current: Int?
        for (i, isBlank) in blank.enumerated() {
            if isBlank {
                if let start = current { blocks.append(Block(lines: start..<i, followedByBlank: true)) }
                current = nil
            } else if separated {
                if current == nil { current = i }
            } else {
                blocks.append(Block(lines: i..<(i + 1), followedByBlank: false))
            }
        }
        if let start = current { blocks.append(Block(lines: start..<blank.count, followedByBlank: false)) }
        return blocks
    }
}
