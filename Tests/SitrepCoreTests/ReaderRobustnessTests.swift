import SitrepTestSupport
import Testing

@testable import SitrepCore

/// Issue 3's pathological inputs: each must give an article or a clear rejection, never a crash,
/// a hang or a broken span. A quadratic pass would not finish these in any test timeout.
@Suite struct ReaderRobustnessTests {
    let reader = ArticleReader()

    func articles(_ bytes: [UInt8], _ name: String) -> [Article] {
        reader.read(bytes: bytes, fileName: name).parts.compactMap { try? $0.get() }
    }

    @Test func hundredMegabytesOnOneLine() throws {
        var line = [UInt8](repeating: UInt8(ascii: "a"), count: 100 << 20)
        for i in stride(from: 7, to: line.count, by: 8) { line[i] = 0x20 }
        line += Array(" ends here.".utf8)
        let a = try #require(articles(line, "one-line.txt").first)
        #expect(a.paragraphs.count == 1 && a.sentences.count == 1)
        // 7 letters and a space per 8 bytes, folded to the same; the trailing space is cut.
        #expect(a.text.utf8.count == (100 << 20) + " ends here.".utf8.count - 1)
        #expect(a.text.hasSuffix("aaaaaaa ends here."))
    }

    @Test func jsonArrayOfHundredThousandArticles() {
        var json = Array("[".utf8)
        for i in 0..<100_000 {
            if i > 0 { json.append(0x2C) }
            json += Array(#"{"title":"Report \#(i)","text":"Shelling hit Kherson on Monday. Two were hurt."}"#.utf8)
        }
        json += Array("]".utf8)
        let outcome = reader.read(bytes: json, fileName: "feed.json")
        #expect(outcome.isMultiPart && outcome.parts.count == 100_000)
        let read = outcome.parts.compactMap { try? $0.get() }
        #expect(read.count == 100_000)
        #expect(read.last?.title == "Report 99999")
        #expect(read[5_000].sentences.count == 2)
    }

    /// Found by TextFuzz: publication-date inference trapped on "2024-<400 digits>-07".
    /// TextFuzz's find in the long run: a `title:` header holding only a vertical tab gave an
    /// empty title, which the record would have carried as `"title":""`.
    @Test func blankHeaderTitleIsNoTitle() throws {
        let bytes: [UInt8] =
            Array("title:".utf8) + [0x0B, 0x20, 0x0A] + Array("ite".utf8) + [0x80] + Array("kGi ".utf8)
        let a = try #require(articles(bytes, "x.txt").first)
        #expect(a.title == nil)
        #expect(a.contractViolations().isEmpty)
    }

    @Test func hugeNumberInAnISODateDoesNotTrap() throws {
        let text = "Shelling hit Kherson on 2024-\(String(repeating: "9", count: 400))-07, officials said."
        let a = try #require(articles(Array(text.utf8), "x.txt").first)
        #expect(a.published == nil)
    }

    @Test func unclosedAndMisnestedHTML() throws {
        let html =
            "<html><body><article><p>Missiles struck Odesa port. <b>Two <i>ships</b> burned.</i><div><p>Rescue work went on all night."
        let a = try #require(articles(Array(html.utf8), "x.html").first)
        #expect(a.text.contains("Missiles struck Odesa port."))
        #expect(a.text.contains("Rescue work went on all night."))
        #expect(a.contractViolations().isEmpty)
    }

    /// libxml2 stops at 256 levels unless told `XML_PARSE_HUGE`: text nested deeper was lost.
    @Test func textUnderHundredThousandNestedTagsIsKept() throws {
        let html =
            String(repeating: "<div><span>", count: 50_000) + "<p>Shelling hit Sumy on Monday. Four people died.</p>"
        let a = try #require(articles(Array(html.utf8), "x.html").first)
        #expect(a.text == "Shelling hit Sumy on Monday. Four people died.")
        #expect(a.contractViolations().isEmpty)
    }

    @Test func markdownOfUnclosedBracketsIsLinear() throws {
        let md = String(repeating: "[", count: 200_000) + "x](" + String(repeating: "]", count: 200_000) + " done."
        let a = try #require(articles(Array(md.utf8), "x.md").first)
        #expect(a.contractViolations().isEmpty)
    }

    @Test(arguments: [true, false])
    func utf16WithoutBOM(littleEndian: Bool) throws {
        let text = "Drones hit Sumy overnight. Three people were hurt in the attack, officials said."
        var bytes: [UInt8] = []
        for unit in text.utf16 {
            let (lo, hi) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
            bytes += littleEndian ? [lo, hi] : [hi, lo]
        }
        let outcome = reader.read(bytes: bytes, fileName: "x.txt")
        #expect(outcome.encoding == (littleEndian ? .utf16LE : .utf16BE))
        let a = try #require(try outcome.parts.first?.get())
        #expect(a.text == text)
    }

    @Test func binaryWithNULsIsStillBinary() {
        let bytes: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) } + [0, 0, 0, 0]
        let outcome = reader.read(bytes: bytes, fileName: "x.txt")
        guard case .failure(let r)? = outcome.parts.first else {
            Issue.record("read as text")
            return
        }
        #expect(r.reason == .binary)
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        let bytes = Array("Strikes on Kharkiv".utf8) + [0xC3, 0x28, 0xFF] + Array(" continued. Two died.".utf8)
        let outcome = reader.read(bytes: bytes, fileName: "x.txt")
        #expect(outcome.encoding == .windows1252)
        #expect(try outcome.parts.first?.get().contractViolations().isEmpty == true)
    }
}

/// The byte-level body builder against a plain reference: split on Unicode whitespace, drop
/// zero-width spaces, join with one space, normalise to NFC, on random text made of the
/// characters news pages mix.
@Suite struct BodyBuilderReferenceTests {
    static let alphabet: [String] = [
        "a", "Z", "7", ".", "!", "?", " ", " ", " ", "\t", "\u{A0}", "\u{200B}", "\u{FEFF}", "\u{2003}", "é",
        "e\u{301}", "\u{301}", "…", "”", "“", "—", "ї", "Й", "и\u{306}", "€", "\u{2028}", "\u{1F600}", "한", "\r",
        "Nov.", "U.S.", "Mr.", "'", "(", ")", "»",
    ]

    func reference(_ pieces: [String]) -> String {
        let joined = pieces.joined(separator: " ")
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for s in joined.unicodeScalars {
            if s.value == 0x200B || s.value == 0xFEFF { continue }
            if s.properties.isWhitespace {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
            } else {
                current.append(s)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return String(decoding: words.joined(separator: " ")._nfcCodeUnits, as: UTF8.self)
    }

    @Test func randomParagraphsMatchTheReference() {
        var rng = SplitMix(seed: 42)
        for _ in 0..<3_000 {
            let pieces = (0..<Int(rng.next() % 3 + 1)).map { _ in
                (0..<Int(rng.next() % 40)).map { _ in Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] }
                    .joined()
            }
            var body = BodyBuilder()
            var text = pieces.joined(separator: "\n")
            text.withUTF8 { b in
                var lines: [Range<Int>] = []
                var start = 0
                for (i, c) in b.enumerated() where c == 0x0A {
                    lines.append(start..<i)
                    start = i + 1
                }
                lines.append(start..<b.count)
                body.add(lines: b, lines)
            }
            let expected = reference(pieces)
            #expect(Array(body.text.utf8) == Array(expected.utf8), "pieces: \(pieces)")
            let article = Article(
                format: .text, encoding: .utf8, text: body.text, paragraphs: body.paragraphs, sentences: body.sentences)
            #expect(article.contractViolations().isEmpty, "pieces: \(pieces)")
        }
    }
}

/// The 8-bytes-at-a-time tests against byte-by-byte answers.
@Suite struct ByteScanTests {
    @Test func wordTestsMatchByteTests() {
        var rng = SplitMix(seed: 7)
        let interesting: [UInt8] = [
            0, 1, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x2E, 0x2F, 0x30, 0x39, 0x3A, 0x40, 0x41, 0x5A, 0x5B, 0x7F, 0x80, 0xE2,
            0xFF,
        ]
        var failures: [[UInt8]] = []
        for _ in 0..<100_000 {
            let bytes = (0..<8).map { _ in
                rng.next() % 2 == 0
                    ? interesting[Int(rng.next() % UInt64(interesting.count))] : UInt8(truncatingIfNeeded: rng.next())
            }
            let ok = bytes.withUnsafeBufferPointer { b -> Bool in
                guard let base = b.baseAddress else { return false }
                let w = ByteScan.load(base, 0)
                let spaces = ByteScan.mask(w, 0x20)
                return (ByteScan.hasZero(w) != 0) == b.contains(0)
                    && (ByteScan.has(w, 0x2E) != 0) == b.contains(0x2E)
                    && (ByteScan.hasLess(w, 0x20) != 0) == b.contains { $0 < 0x20 }
                    && (0..<8).allSatisfy { k in (spaces >> (8 * UInt64(k) + 7)) & 1 == (b[k] == 0x20 ? 1 : 0) }
            }
            if !ok { failures.append(bytes) }
        }
        #expect(failures.isEmpty, "first failing word: \(failures.first ?? [])")
    }

    /// The sixteen-byte digit scan finds what a byte loop finds, from every start, across the
    /// vector, word and byte tails, with the bytes around the digits ('/' and ':') in play.
    @Test func digitScanMatchesByteLoop() {
        var rng = SplitMix(seed: 11)
        let interesting: [UInt8] = [0x2F, 0x30, 0x35, 0x39, 0x3A, 0x20, 0x61, 0xB0, 0xD0, 0xE2]
        var found = 0
        for _ in 0..<5_000 {
            let count = Int(rng.next() % 48)
            let bytes = (0..<count).map { _ in
                rng.next() % 8 == 0
                    ? interesting[Int(rng.next() % UInt64(interesting.count))] : UInt8(0x41 + rng.next() % 26)
            }
            bytes.withUnsafeBufferPointer { b in
                guard let base = b.baseAddress else { return }
                for from in 0...count {
                    let expected = (from..<count).first { b[$0] >= 0x30 && b[$0] <= 0x39 } ?? count
                    #expect(ByteScan.firstDigit(in: base, from: from, to: count) == expected, "\(bytes) from \(from)")
                    if expected < count { found += 1 }
                }
            }
        }
        #expect(found > 10_000)
    }
}
