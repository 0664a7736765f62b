import FoundationEssentials
import SitrepTestSupport
import Testing

@testable import SitrepCore

@Suite struct JSONValueTests {
    @Test func keysKeepOrderAndEscape() {
        let v = JSONValue.object([
            ("b", .int(1)), ("a", .string("q\"\\\n\u{1}é")), ("c", .array([.bool(true), .double(0.5)])),
        ])
        #expect(String(decoding: v.serialized(), as: UTF8.self) == #"{"b":1,"a":"q\"\\\n\u0001é","c":[true,0.5]}"#)
    }

    @Test func roundTripsThroughJSONDecoder() throws {
        let v = JSONValue.object([("s", .string("Kyiv “x” \t end")), ("n", .int(-5))])
        let back = try JSONDecoder().decode([String: AnyDecodable].self, from: Data(v.serialized()))
        #expect(back["s"]?.string == "Kyiv “x” \t end")
    }

    struct AnyDecodable: Decodable {
        var string: String?
        init(from decoder: any Decoder) throws { string = try? decoder.singleValueContainer().decode(String.self) }
    }
}

@Suite struct IngestorTests {
    @Test func articleRecordFields() throws {
        var index = ArticleIndex()
        let group = Ingestor().ingest(
            InputFile(file: "000.txt", bytes: seedBytes("000_ad0ac0f6a651b051.txt")), index: &index)
        #expect(group.disposition == .processed)
        let lines = String(decoding: group.render(firstSeq: 7, ts: "T", movedTo: nil), as: UTF8.self).split(
            separator: "\n")
        #expect(lines.count == 1)
        let record = try JSONDecoder().decode(RecordView.self, from: Data(lines[0].utf8))
        #expect(record.kind == "article" && record.seq == 7 && record.published == "2024-11-07")
        #expect(record.article?.hasPrefix("a-") == true && record.article?.count == 18)
        #expect(record.title == nil)
        #expect(!lines[0].contains("null"))
    }

    @Test func sameTextIsDuplicateWhateverTheWhitespace() {
        var index = ArticleIndex()
        let ingestor = Ingestor()
        let a = ingestor.ingest(
            InputFile(file: "a.txt", bytes: Array("Shelling hit Kherson. Two died.".utf8)), index: &index)
        let b = ingestor.ingest(
            InputFile(file: "b.txt", bytes: Array("Shelling  hit\nKherson.   Two died.\n".utf8)), index: &index)
        #expect(a.articleCount == 1 && a.newArticleIDs.count == 1)
        #expect(b.duplicateCount == 1 && b.articleCount == 0 && b.newArticleIDs.isEmpty)
        #expect(b.drafts[0].articleID == a.drafts[0].articleID)
    }

    @Test func badPartsAreRejectedRecordsAndTheFileIsProcessed() {
        var index = ArticleIndex()
        let json = #"[{"text":"Shelling hit Kherson. Two died."}, 3]"#
        let group = Ingestor().ingest(InputFile(file: "f.json", bytes: Array(json.utf8)), index: &index)
        #expect(group.disposition == .processed)
        #expect(group.parts == 2)
        #expect(group.drafts.map(\.part) == [0, 1])
        #expect(group.drafts.map(\.kind) == [.article, .rejected])
    }

    @Test func wholeFileRejectionGoesToFailed() {
        var index = ArticleIndex()
        let group = Ingestor().ingest(InputFile(file: "b.bin", bytes: [0, 1, 2]), index: &index)
        #expect(group.disposition == .failed(Rejection(.binary, "NUL byte at offset 0: binary content")))
    }

    @Test func givenPublishedOnlyWhenTextHasNone() throws {
        var index = ArticleIndex()
        let ingestor = Ingestor(givenPublished: CalendarDate(iso: "2024-01-02"))
        let g = ingestor.ingest(
            InputFile(file: "a.txt", bytes: Array("Shelling hit Kherson. Two died.".utf8)), index: &index)
        let text = String(decoding: g.render(firstSeq: 1, ts: "T", movedTo: nil), as: UTF8.self)
        #expect(text.contains(#""published":"2024-01-02","published_from":"given""#))
    }

    @Test func nonUTF8NamesAreEscaped() {
        #expect(InboxPolicy.displayName(Array("ok.txt".utf8)) == "ok.txt")
        #expect(InboxPolicy.displayName([0x61, 0xFF, 0x62]) == #"a\xffb"#)
        #expect(InboxPolicy.displayName([0xC3, 0xA9, 0xC3]) == #"é\xc3"#)
    }

    @Test func ignoredNames() {
        for name in [".hidden", "x.part", "x.tmp", "x.swp", "x~"] { #expect(InboxPolicy.isIgnored(name)) }
        for name in ["x.txt", "part", "a.html"] { #expect(!InboxPolicy.isIgnored(name)) }
    }
}
