import SitrepTestSupport
import Testing

@testable import SitrepCore

@Suite struct DecodingTests {
    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoder.decode(Array("Kyiv".utf8)).encoding == .utf8)
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Kyiv".utf8))
        #expect(bom.encoding == .utf8BOM)
        #expect(bom.text == "Kyiv")
    }

    @Test func utf16WithBOM() throws {
        let le = try TextDecoder.decode([0xFF, 0xFE, 0x4B, 0x00, 0x79, 0x00, 0x69, 0x00, 0x76, 0x00])
        #expect(le.text == "Kyiv" && le.encoding == .utf16LE)
        let be = try TextDecoder.decode([0xFE, 0xFF, 0x00, 0x4B, 0x00, 0x79])
        #expect(be.text == "Ky" && be.encoding == .utf16BE)
    }

    @Test func windows1252Fallback() throws {
        // 0x93/0x94 are curly quotes in Windows-1252 and invalid as UTF-8.
        let d = try TextDecoder.decode([0x93] + Array("Kyiv".utf8) + [0x94, 0x20, 0xE9])
        #expect(d.encoding == .windows1252)
        #expect(d.text == "“Kyiv” é")
    }

    /// Every scalar the body builder lets skip the normaliser is NFC on its own, has
    /// combining class 0, and composes with none of the starters whose compositions take a
    /// class-0 second scalar (Hangul, kana, Indic vowel signs). A wrong range would leave a
    /// body that is not NFC, against SPEC §5.
    @Test func scalarsDeclaredStableAreNFC() {
        let starters: [Unicode.Scalar] = ["\u{1100}", "\u{AC00}", "\u{304B}", "\u{0B47}", "\u{0DD9}", "e", "\u{3C9}"]
        var checked = 0
        for v in UInt32(0)..<0x11_0000 where FastText.isStableUnderNFC(v) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let alone = String(scalar)
            guard alone._nfcCodeUnits == Array(alone.utf8), scalar.properties.canonicalCombiningClass == .notReordered
            else {
                Issue.record("U+\(String(v, radix: 16)) is not stable under NFC")
                continue
            }
            for p in starters {
                let pair = String(p) + alone
                if pair._nfcCodeUnits != Array(pair.utf8) { Issue.record("U+\(String(v, radix: 16)) after \(p)") }
            }
            checked += 1
        }
        #expect(checked > 40_000)
        // Scalars NFC does change stay out.
        for v: UInt32 in [0x301, 0x374, 0x387, 0x2126, 0x3099, 0x1161, 0x64B] { #expect(!FastText.isStableUnderNFC(v)) }
    }

    /// The hand-written validator, inside the decoder's one-pass survey, agrees with the
    /// standard library's on every boundary of table 3-7 and on random bytes biased towards
    /// multi-byte forms.
    @Test func validatorAgreesWithStandardLibrary() {
        func stdlib(_ b: [UInt8]) -> Bool { String(validating: b, as: UTF8.self) != nil }
        func survey(_ b: [UInt8]) -> Bool { TextDecoder.survey(b).isUTF8 }
        var cases: [[UInt8]] = [
            [], [0x41], [0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xDF], [0xE0, 0x9F, 0x80],
            [0xE0, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xEF, 0xBF], [0xF0, 0x8F, 0x80, 0x80],
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xF0, 0x90, 0x80], [0xFF], Array("Kyiv — “quoted” ’s".utf8),
        ]
        // Each case also inside ASCII runs long enough for the eight-byte path on both sides.
        for c in cases { cases.append(Array("abcdefghij".utf8) + c + Array("klmnopqrstu".utf8)) }
        var random = SplitMix64(seed: 7)
        let alphabet: [UInt8] = [
            0x20, 0x61, 0x80, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5,
        ]
        for _ in 0..<20_000 {
            let length = Int(random.next() % 24)
            cases.append((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
        }
        var valid = 0
        for c in cases {
            #expect(survey(c) == stdlib(c), "\(c)")
            if stdlib(c) { valid += 1 }
        }
        // The random cases hold both answers in numbers, or the comparison proves little.
        #expect(valid > 1_000 && cases.count - valid > 1_000)
    }

    @Test(arguments: [
        ([UInt8](), RejectReason.empty),
        (Array("text\u{0}more".utf8), .binary),
        (Array("%PDF-1.7 stuff".utf8), .binary),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], .binary),
        (Array(repeating: UInt8(1), count: 100), .binary),
    ])
    func rejections(bytes: [UInt8], reason: RejectReason) {
        #expect(throws: Rejection.self) { try TextDecoder.decode(bytes) }
        do {
            _ = try TextDecoder.decode(bytes)
        } catch {
            #expect(error.reason == reason)
        }
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(text).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test func newsAbbreviations() {
        let s = sentences(
            "Russia attacked Kyiv on Nov. 7 at 6 a.m. local time. The U.S. said so. Gen. Syrskyi agreed! Did he?")
        #expect(
            s == [
                "Russia attacked Kyiv on Nov. 7 at 6 a.m. local time.", "The U.S. said so.", "Gen. Syrskyi agreed!",
                "Did he?",
            ])
    }

    @Test func quotesDecimalsAndInitials() {
        let s = sentences("“It was 3.5 km away.” Joe R. Biden spoke. Then (briefly) left.")
        #expect(s == ["“It was 3.5 km away.”", "Joe R. Biden spoke.", "Then (briefly) left."])
    }
}

@Suite struct SeedReadingTests {
    @Test func seed000HeaderDateAndNoTitle() throws {
        let outcome = ArticleReader().read(bytes: seedBytes("000_ad0ac0f6a651b051.txt"), fileName: "000.txt")
        let article = try #require(try outcome.parts.first?.get())
        #expect(article.published?.description == "2024-11-07")
        #expect(article.publishedFrom == .header)
        #expect(article.title == nil)
        #expect(!article.text.contains("date 2024-11-07"))
        let lead = article.slice(try #require(article.sentences.first))
        #expect(lead.hasPrefix("Russia carried out a large-scale drone assault on Kyiv"))
        // The section heading stays a paragraph of its own.
        #expect(article.text.contains("\n\nIntense Airstrikes Over Kyiv\n\n"))
    }

    @Test func seed002BoilerplateRemoved() throws {
        let outcome = ArticleReader().read(bytes: seedBytes("002_975c51eb9d0a52a6.txt"), fileName: "002.txt")
        let article = try #require(try outcome.parts.first?.get())
        #expect(article.title == nil)
        for line in ["Physical Address", "304 North Cardinal St.", "Dorchester Center, MA 02124"] {
            #expect(!article.text.contains(line))
        }
        #expect(article.slice(article.sentences[0]).hasPrefix("As the world waited with bated breath"))
        // No date marker: the day of the latest report (Nov. 7), the year named most (2024).
        #expect(article.published?.description == "2024-11-07")
        #expect(article.publishedFrom == .inferred)
        #expect(article.lang == "en")
        // One paragraph per line: scraped text without blank lines.
        #expect(article.paragraphs.count > 30)
    }

    @Test func offsetsGiveBackSentences() throws {
        let outcome = ArticleReader().read(bytes: seedBytes("002_975c51eb9d0a52a6.txt"), fileName: "002.txt")
        let article = try #require(try outcome.parts.first?.get())
        #expect(article.contractViolations().isEmpty)
        let scalars = Array(article.text.unicodeScalars)
        for span in article.sentences {
            #expect(span.end <= scalars.count)
            let s = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            #expect(!s.hasPrefix(" ") && !s.hasSuffix(" ") && !s.contains("\n"))
        }
        #expect(article.sentences.contains { article.slice($0).hasSuffix("prosecutors reported on Nov. 5.") })
    }
}

@Suite struct PlainTextTests {
    func read(_ text: String, name: String = "a.txt") throws -> Article {
        try #require(try ArticleReader().read(bytes: Array(text.utf8), fileName: name).parts.first?.get())
    }

    @Test func headerLinesAreMetadata() throws {
        let a = try read(
            "title: Strike on Odesa\nsource: Example Wire\nurl: https://e.x/1\ndate: 2024-03-02\n\nMissiles hit Odesa. Five were hurt."
        )
        #expect(a.title == "Strike on Odesa")
        #expect(a.source == "Example Wire")
        #expect(a.url == "https://e.x/1")
        #expect(a.published?.description == "2024-03-02")
        #expect(a.text == "Missiles hit Odesa. Five were hurt.")
    }

    /// The `date YYYY-MM-DD` marker on a line of its own among the header lines, after a title.
    @Test func dateMarkerLineAmongHeaders() throws {
        let a = try read("title: Strike on Odesa\ndate 2024-03-02\n\nMissiles hit Odesa. Five were hurt.")
        #expect(a.title == "Strike on Odesa")
        #expect(a.published?.description == "2024-03-02" && a.publishedFrom == .header)
        #expect(a.text == "Missiles hit Odesa. Five were hurt.")
        // Prose that starts with the word is no marker.
        let b = try read("title: Strike on Odesa\ndate 2024-03-02 was the day missiles hit Odesa.")
        #expect(b.published?.description != "2024-03-02" || b.publishedFrom != .header)
    }

    @Test func shortFirstLineBeforeBlankIsTitle() throws {
        let a = try read("Drones Hit Kharkiv Overnight\n\nRussian drones struck Kharkiv. Two people were injured.")
        #expect(a.title == "Drones Hit Kharkiv Overnight")
        #expect(!a.text.contains("Drones Hit Kharkiv Overnight"))
    }

    @Test func furnitureLinesLeaveEvenOnce() throws {
        let a = try read(
            """
            Skip to main content
            Home | World | Europe | Ukraine

            Drones Hit Kharkiv Overnight

            SHARE ON FACEBOOK
            Russian drones struck Kharkiv overnight, injuring 12 people.

            Read more: Odesa port hit again
            Subscribe to our newsletter
            The mayor said the newsletter of the city council would list the damaged homes.
            Advertisement
            5 min read
            """)
        #expect(a.title == "Drones Hit Kharkiv Overnight")
        #expect(
            a.text == "Russian drones struck Kharkiv overnight, injuring 12 people.\n\n"
                + "The mayor said the newsletter of the city council would list the damaged homes.")
    }

    @Test func linesInsideParagraphJoinWithSpace() throws {
        let a = try read("First line of a paragraph\ncontinues here.\n\nSecond paragraph here.")
        #expect(a.text == "First line of a paragraph continues here.\n\nSecond paragraph here.")
        #expect(a.paragraphs.count == 2)
    }

    /// A file of one headline is an article of one sentence, titled by it, not a rejection.
    @Test func headlineOnlyFileIsItsOwnBody() throws {
        let text = "date 2022-09-30\n\nMore than 35 SBU employees were killed in Dnipro - MO\n"
        let outcome = ArticleReader().read(bytes: Array(text.utf8), fileName: "x.txt")
        guard case .success(let a)? = outcome.parts.first else {
            Issue.record("expected an article, got \(outcome.parts)")
            return
        }
        #expect(a.title == "More than 35 SBU employees were killed in Dnipro - MO")
        #expect(a.text == "More than 35 SBU employees were killed in Dnipro - MO")
        #expect(a.sentences.count == 1)
        #expect(a.published?.description == "2022-09-30")
    }

    @Test func noSentencesIsNoText() {
        let outcome = ArticleReader().read(bytes: Array("   \n\n  --- \n".utf8), fileName: "x.txt")
        guard case .failure(let r) = outcome.parts.first else {
            Issue.record("expected a rejection")
            return
        }
        #expect(r.reason == .noText)
    }

    @Test func markdownMarkupRemoved() throws {
        let a = try read(
            "# Shelling in Kherson\n\nThe city was **shelled** by [Russian forces](https://x.y) on Monday.\n",
            name: "a.md")
        #expect(a.format == .markdown)
        #expect(a.title == "Shelling in Kherson")
        #expect(a.text == "The city was shelled by Russian forces on Monday.")
    }

    @Test func nfcBody() throws {
        let a = try read("Cafe\u{301} bombing in Kyiv. It was bad.")
        #expect(a.text.unicodeScalars.count == "Café bombing in Kyiv. It was bad.".unicodeScalars.count)
    }
}

@Suite struct StructuredInputTests {
    @Test func jsonArrayIsParts() {
        let json =
            #"[{"title":"A","text":"Shelling hit Kherson. Two died.","published":"2024-11-06T10:00:00Z"},{"title":"B"},7]"#
        let outcome = ArticleReader().read(bytes: Array(json.utf8), fileName: "feed.json")
        #expect(outcome.isMultiPart)
        #expect(outcome.parts.count == 3)
        let first = try? outcome.parts[0].get()
        #expect(first?.title == "A")
        #expect(first?.published?.description == "2024-11-06")
        #expect(first?.publishedFrom == .meta)
        if case .failure(let r) = outcome.parts[1] { #expect(r.reason == .noText) } else { Issue.record("part 1") }
        if case .failure(let r) = outcome.parts[2] { #expect(r.reason == .malformed) } else { Issue.record("part 2") }
    }

    /// Scrapers' other names for the fields, dates as text or seconds (or milliseconds) since 1970.
    @Test(arguments: [
        (#"{"headline":"A","text":"Shelling hit Kherson.","published":1730987400}"#, "2024-11-07"),
        (#"{"title":"A","text":"Shelling hit Kherson.","publishedAt":1730987400000}"#, "2024-11-07"),
        (#"{"title":"A","text":"Shelling hit Kherson.","publish_date":"2024-11-06 10:00:00"}"#, "2024-11-06"),
        (#"{"title":"A","text":"Shelling hit Kherson.","date":"Thu, 07 Nov 2024 09:00:00 GMT"}"#, "2024-11-07"),
    ])
    func scraperFieldNamesAndDates(json: String, date: String) throws {
        let a = try #require(try? ArticleReader().read(bytes: Array(json.utf8), fileName: "x.json").parts.first?.get())
        #expect(a.title == "A" && a.published?.description == date && a.publishedFrom == .meta)
    }

    @Test func malformedJSONIsRejected() {
        let outcome = ArticleReader().read(bytes: Array(#"{"title": "x", "text": "#.utf8), fileName: "x.json")
        #expect(!outcome.isMultiPart)
        if case .failure(let r) = outcome.parts.first {
            #expect(r.reason == .malformed)
        } else {
            Issue.record("no rejection")
        }
    }

    @Test func jsonLinesOnePartPerLine() {
        let text = "{\"text\":\"One story here. It is short.\"}\nnot json\n{\"text\":\"Another story. Also short.\"}\n"
        let outcome = ArticleReader().read(bytes: Array(text.utf8), fileName: "x.jsonl")
        #expect(outcome.isMultiPart && outcome.parts.count == 3)
        if case .failure(let r) = outcome.parts[1] { #expect(r.reason == .malformed) } else { Issue.record("line 2") }
    }

    /// Windows line ends and blank lines of spaces: still one part per record. Splitting by
    /// `Character` had read a CRLF file as one line (`"\r\n"` is one `Character`, not `"\n"`).
    @Test func jsonLinesWithCRLFAndBlankLines() throws {
        let text = "{\"text\":\"One story here. It is short.\"}\r\n  \r\n{\"text\":\"Another story.\"}\r\n"
        let outcome = ArticleReader().read(bytes: Array(text.utf8), fileName: "x.jsonl")
        #expect(outcome.isMultiPart && outcome.parts.count == 2)
        #expect(try outcome.parts.map { try $0.get().text } == ["One story here. It is short.", "Another story."])
    }

    @Test func htmlTitleDateAndBodyWithoutScripts() throws {
        let html = """
            <html><head><title>Site | Story</title><meta property="og:title" content="Drone strike on Sumy">
            <meta property="article:published_time" content="2024-11-05T08:00:00Z"><script>var x = "secret";</script></head>
            <body><nav>Home News Sport</nav><article><h1>Drone strike on Sumy</h1><p>Russian drones hit Sumy overnight.</p>
            <p style="display: none">Hidden text.</p><p>Three people were injured.</p></article><footer>Copyright</footer></body></html>
            """
        let a = try #require(try ArticleReader().read(bytes: Array(html.utf8), fileName: "x.html").parts.first?.get())
        #expect(a.title == "Drone strike on Sumy")
        #expect(a.published?.description == "2024-11-05")
        #expect(a.text.contains("Russian drones hit Sumy overnight."))
        #expect(a.text.contains("Three people were injured."))
        for absent in ["secret", "Home News", "Copyright", "Hidden text"] { #expect(!a.text.contains(absent)) }
    }

    /// The text of the page `body` as the reader keeps it.
    static func pageText(_ body: String) throws -> String {
        let html = "<html><head><title>T</title></head><body>\(body)</body></html>"
        return try #require(try ArticleReader().read(bytes: Array(html.utf8), fileName: "x.html").parts.first?.get())
            .text
    }

    static func prose(_ topic: String, _ n: Int) -> String {
        (0..<n).map {
            "<p>Paragraph \($0) about \(topic), with a clause, another clause, and enough words to read as prose.</p>"
        }.joined()
    }

    @Test func pageWideFormIsNoFurniture() throws {
        // ASP.NET wraps the whole body in one form; a search form inside the page is furniture.
        let text = try Self.pageText(
            "<form id=\"aspnetForm\"><div class=\"story\">\(Self.prose("the harvest", 4))</div>"
                + "<div><form><p>Search the site for stories, recipes and more</p></form></div></form>")
        #expect(text.contains("Paragraph 3 about the harvest"))
        #expect(!text.contains("Search the site"))
    }

    @Test func classAndIdWeighTheCandidates() throws {
        // A privacy dialog holds more prose than the article, and loses by its class and id.
        let text = try Self.pageText(
            "<div class=\"post-content\">\(Self.prose("the harvest", 4))</div>"
                + "<div class=\"dialog\" id=\"privacy\"><div class=\"dialog__content\">"
                + "\(Self.prose("cookies we store", 7))</div></div>")
        #expect(text.contains("Paragraph 3 about the harvest"))
        #expect(!text.contains("cookies we store"))
    }

    @Test func dataCellsDoNotVote() throws {
        // A long table of addresses beside the article: cells of one word are no paragraphs.
        let rows = (0..<120).map { "<tr><td>Constituency\($0)</td><td>member.number\($0).mp@parliament.uk</td></tr>" }
        let text = try Self.pageText(
            "<div>\(Self.prose("the food standards", 5))</div><div><table>\(rows.joined())</table></div>")
        #expect(text.contains("Paragraph 4 about the food standards"))
    }

    @Test func noscriptWithProseIsRead() throws {
        // Blogger ships the post as a script template and again in a noscript.
        let post = try Self.pageText(
            "<div class=\"post-body\"><script type=\"text/template\">\(Self.prose("browsing safely", 3))</script>"
                + "<noscript>\(Self.prose("browsing safely", 3))</noscript></div>")
        #expect(post.contains("Paragraph 2 about browsing safely"))
        let notice = try Self.pageText(
            "<noscript><p>Please enable JavaScript to view this site.</p></noscript>\(Self.prose("the harvest", 3))")
        #expect(!notice.contains("enable JavaScript"))
    }

    @Test func deeplyNestedHTMLDoesNotCrash() {
        let html =
            String(repeating: "<div>", count: 100_000) + "Deep text here. It ends."
            + String(repeating: "</div>", count: 100_000)
        let outcome = ArticleReader().read(bytes: Array(html.utf8), fileName: "deep.html")
        #expect(outcome.parts.count == 1)
    }

    @Test func sniffsFormatWithoutExtension() {
        #expect(FormatSniffer.format(fileName: "x", bytes: Array("<!DOCTYPE html><html>".utf8)) == .html)
        #expect(FormatSniffer.format(fileName: "x", bytes: Array("{\"a\":1}\n{\"a\":2}\n".utf8)) == .jsonl)
        #expect(FormatSniffer.format(fileName: "x", bytes: Array("{\n \"a\": 1\n}".utf8)) == .json)
        #expect(FormatSniffer.format(fileName: "x", bytes: Array("Plain words.".utf8)) == .text)
    }
}

/// A seeded generator, so random test inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
