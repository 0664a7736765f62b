import CSitrepHTML
import SitrepTestSupport
import Testing

@testable import SitrepCore

/// The pieces the HTML reader reads the tree with: tags by number, class words on bytes,
/// attributes read in place.
@Suite struct HTMLStructureTests {
    static let tagsByName: [String: HTMLTag] = [
        "a": .a, "article": .article, "aside": .aside, "blockquote": .blockquote, "body": .body, "br": .br,
        "button": .button, "canvas": .canvas, "dd": .dd, "div": .div, "dl": .dl, "dt": .dt, "embed": .embed,
        "figcaption": .figcaption, "figure": .figure, "footer": .footer, "form": .form, "h1": .h1, "h2": .h2,
        "h3": .h3, "h4": .h4, "h5": .h5, "h6": .h6, "head": .head, "header": .header, "hr": .hr, "iframe": .iframe,
        "li": .li, "link": .link, "main": .main, "menu": .menu, "meta": .meta, "nav": .nav, "noscript": .noscript,
        "object": .object, "ol": .ol, "option": .option, "p": .p, "pre": .pre, "script": .script,
        "section": .section, "select": .select, "span": .span, "style": .style, "svg": .svg, "table": .table,
        "td": .td, "template": .template, "time": .time, "title": .title, "tr": .tr, "ul": .ul,
    ]

    /// Parses `html` and calls `body` with every element of the tree.
    static func forEachElement(_ html: String, _ body: (HTMLReader.Node) -> Void) throws {
        let bytes = Array(html.utf8)
        let doc = try #require(
            bytes.withUnsafeBufferPointer { b in
                b.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: b.count) { sitrep_html_parse($0, b.count) }
                }
            })
        defer { sitrep_html_free(doc) }
        let root = try #require(sitrep_html_root(doc))
        HTMLReader.forEachElement(root) { node in
            body(node)
            return true
        }
    }

    @Test func everyElementGetsTheTagItsNameSays() throws {
        #expect(Self.tagsByName.count == Int(SITREP_TAG_COUNT) - 1)
        #expect(Set(Self.tagsByName.values.map(\.raw)).count == Self.tagsByName.count)
        // Upper case and unknown names too: libxml2 lower-cases names, and an unknown one is `other`.
        let body = Self.tagsByName.keys.sorted().map { "<\($0) class=\"c\">x</\($0)>" }.joined()
        let html =
            "<html><head><title>T</title></head><body>\(body)<DIV>y</DIV><custom-el>z</custom-el>"
            + "<divx>w</divx><b>v</b></body></html>"
        var seen: Set<String> = []
        try Self.forEachElement(html) { node in
            let name = sitrep_html_name(node).map { String(cString: $0) } ?? ""
            seen.insert(name)
            #expect(HTMLTag(of: node) == Self.tagsByName[name] ?? .other, "\(name)")
        }
        #expect(seen.isSuperset(of: ["div", "custom-el", "divx", "b", "figcaption", "blockquote", "h6"]))
    }

    /// The words of a class or id as the reader compared them before it read bytes: `String`s
    /// split at whatever is neither letter nor number, lower-cased, looked up in the lists.
    static func classWordsByString(_ value: String) -> HTMLClassWords {
        var flags: HTMLClassWords = []
        for word in value.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            for (flag, list) in HTMLClassWords.lists where list.contains(String(word)) { flags.insert(flag) }
        }
        return flags
    }

    @Test func classWordsOnBytesMatchTheStringReading() {
        let cases: [(String, HTMLClassWords)] = [
            ("post-Content main_col", .article),
            ("NAV-bar", [.furniture, .notArticle]),
            ("ad", .furniture),
            ("adverts site-header", []),
            ("modal\u{2014}x", [.overlay, .furniture, .notArticle]),
            ("m\u{F6}dal", []),
            ("advertisement", [.furniture, .notArticle]),
            ("averyveryverylongclassname content", .article),
            ("", []),
        ]
        for (value, expected) in cases {
            var s = value
            #expect(s.withUTF8 { HTMLClassWords.of($0) } == expected, "\(value)")
            #expect(Self.classWordsByString(value) == expected, "\(value)")
        }
        // Random values from listed words, their neighbours, separators and letters beyond ASCII.
        let listed = HTMLClassWords.lists.flatMap(\.1)
        let pieces =
            listed + listed.map { $0.uppercased() } + listed.map { $0 + "s" } + [
                "-", "_", " ", "  ", "1", "2x", "é", "\u{2014}", "\u{0436}", "__", "a", "z9",
            ]
        var rng = SplitMix(seed: 7)
        for _ in 0..<3_000 {
            let value = (0..<rng.below(6)).map { _ in pieces[rng.below(pieces.count)] }.joined()
            var s = value
            #expect(s.withUTF8 { HTMLClassWords.of($0) } == Self.classWordsByString(value), "\(value)")
        }
    }

    @Test func attributesAreReadInPlace() throws {
        let html = """
            <html><body><div id="a" class="Story  Main" style="color: red; DISPLAY : none" hidden>x</div>
            <p class="">y</p><span title="Tom &amp; Jerry">z</span></body></html>
            """
        var checked = 0
        try Self.forEachElement(html) { node in
            switch HTMLTag(of: node) {
            case .div:
                var value = ""
                HTMLReader.withAttribute(node, "class") { value = String(decoding: $0, as: UTF8.self) }
                #expect(value == "Story  Main")
                #expect(HTMLReader.hasAttribute(node, "hidden"))
                #expect(HTMLReader.isHiddenByStyle(node))
                #expect(HTMLClassWords.of(node) == .article)
                checked += 1
            case .p:
                #expect(HTMLReader.hasAttribute(node, "class"))
                #expect(!HTMLReader.hasAttribute(node, "id"))
                #expect(!HTMLReader.isHiddenByStyle(node))
                checked += 1
            case .span:
                var value = ""
                HTMLReader.withAttribute(node, "title") { value = String(decoding: $0, as: UTF8.self) }
                #expect(value == "Tom & Jerry")
                checked += 1
            default: break
            }
        }
        #expect(checked == 3)
    }
}
