import CSitrepHTML
import Glibc

/// Reads a saved web page with libxml2's HTML parser (never regular expressions on markup):
/// title from `og:title`, `h1` or `<title>`, date from `article:published_time` or
/// `<time datetime>`, body from the best-scored content block (``HTMLContent``), leaving out
/// scripts, styles, navigation, forms and other page furniture.
enum HTMLReader {
    static let skipped = HTMLTagSet([
        .script, .style, .noscript, .nav, .footer, .header, .aside, .form, .iframe, .svg, .template, .button, .select,
        .option, .figure, .figcaption, .menu, .object, .embed, .canvas, .head,
    ])
    /// Whether an element is left out with everything below it: page furniture, except a
    /// `form` that wraps the whole page (ASP.NET pages put the body inside one).
    static func isSkipped(_ node: Node, tag: HTMLTag) -> Bool {
        guard skipped.contains(tag) else { return false }
        guard tag == .form, let parent = sitrep_html_parent(node) else { return true }
        return HTMLTag(of: parent) != .body
    }

    static let blocks = HTMLTagSet([
        .p, .div, .section, .article, .main, .h1, .h2, .h3, .h4, .h5, .h6, .li, .ul, .ol, .br, .tr, .table,
        .blockquote, .pre, .dd, .dt, .dl, .hr, .body,
    ])

    static func read(_ bytes: [UInt8], encoding: TextEncoding) throws(Rejection) -> Article {
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { sitrep_html_parse($0, buf.count) }
            }
        }
        guard let doc else { throw Rejection(.malformed, "the HTML parser could not build a document") }
        defer { sitrep_html_free(doc) }
        guard let root = sitrep_html_root(doc) else { throw Rejection(.malformed, "the HTML has no root element") }

        var meta = PageMeta()
        collectMeta(root, into: &meta)
        let content = HTMLContent(root: root)
        let broad = meta.article ?? meta.main ?? meta.body ?? root
        let roots = content.contentRoots(fallback: broad)
        var page = collectParagraphs(roots, content: content)
        // The scored container may be a fragment of an article split across siblings: when it
        // holds under half of what the broad container gives, the broad one is the article.
        if roots != [broad] {
            let broadPage = collectParagraphs([broad], content: content)
            if page.scalars * 2 < broadPage.scalars { page = broadPage }
        }

        var body = BodyBuilder()
        page.withParagraphs { b, p in
            if !FurnitureLines.isFurniture(b, FastText.trimSpaces(b, p)) { body.add(lines: b, CollectionOfOne(p)) }
        }
        if body.sentences.isEmpty {
            // Everything scored as furniture (a page that is a list of links, a recipe of short
            // items): the visible text of the broad container beats rejecting a page with words.
            collectParagraphs([broad], content: content, permissive: true).withParagraphs { b, p in
                body.add(lines: b, CollectionOfOne(p))
            }
        }
        guard !body.sentences.isEmpty else { throw Rejection(.noText, "the page holds no sentences of words") }
        return Article(
            title: TextNormalizer.line(meta.ogTitle ?? meta.h1 ?? meta.title), source: meta.siteName, url: meta.url,
            published: meta.published, publishedFrom: meta.published == nil ? nil : .meta, format: .html,
            encoding: encoding, text: body.text, paragraphs: body.paragraphs, sentences: body.sentences)
    }

    /// Text gathered from the page: every paragraph's bytes in one buffer, no `String` per
    /// text node or paragraph.
    struct PageText {
        var bytes: [UInt8] = []
        var paragraphs: [Range<Int>] = []
        /// Unicode scalars in the paragraphs.
        var scalars = 0

        /// Calls `body` with the buffer and each paragraph's range in it.
        func withParagraphs(_ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
            bytes.withUnsafeBufferPointer { b in
                for p in paragraphs { body(b, p) }
            }
        }
    }

    /// The text of `containers` as paragraphs, block by block, furniture left out (when
    /// `permissive`, only what is never text: scripts, styles, navigation, hidden elements).
    static func collectParagraphs(_ containers: [Node], content: HTMLContent, permissive: Bool = false) -> PageText {
        var page = PageText()
        var start = 0
        func endParagraph() {
            let range = start..<page.bytes.count
            let blank = page.bytes.withUnsafeBufferPointer { FastText.isBlank($0, range) }
            if blank {
                page.bytes.removeSubrange(range)
            } else {
                page.paragraphs.append(range)
            }
            start = page.bytes.count
        }
        for container in containers {
            walkText(container, content: content, permissive: permissive) { event in
                switch event {
                case .text(let t):
                    t.withMemoryRebound(to: UInt8.self, capacity: 1) { p in
                        page.bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: strlen(t)))
                    }
                case .block: endParagraph()
                }
            }
        }
        endParagraph()
        // libxml2 hands out UTF-8; should a text node ever not be, it is repaired as
        // `String(cString:)` would, since the body is built from these bytes unchecked.
        // (Rebuilt outside the buffer's access: replacing `page.bytes` while reading it would be
        // an overlapping access.)
        if !page.bytes.withUnsafeBufferPointer({ FastText.isValidUTF8($0) }) {
            let repaired = page.paragraphs.map { Array(String(decoding: page.bytes[$0], as: UTF8.self).utf8) }
            page.bytes = []
            page.paragraphs = []
            for r in repaired {
                page.paragraphs.append(page.bytes.count..<(page.bytes.count + r.count))
                page.bytes += r
            }
        }
        page.scalars = page.bytes.withUnsafeBufferPointer { FastText.scalarCount($0, 0..<$0.count) }
        return page
    }

    struct PageMeta {
        var ogTitle: String?
        var h1: String?
        var title: String?
        var siteName: String?
        var url: String?
        var published: CalendarDate?
        var article: Node?
        var main: Node?
        var body: Node?
    }

    typealias Node = UnsafeRawPointer

    static func attribute(_ node: Node, _ key: String) -> String? {
        guard let value = sitrep_html_attribute(node, key) else { return nil }
        defer { sitrep_html_string_free(value) }
        return String(cString: value)
    }

    /// Calls `body` with the bytes of an attribute's value, when the element has it, read in
    /// place: copying every `class` and `id` out of the document was a tenth of reading HTML.
    @discardableResult
    static func withAttribute(_ node: Node, _ key: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var complex: Int32 = 0
        if let view = sitrep_html_attribute_view(node, key, &complex) {
            view.withMemoryRebound(to: UInt8.self, capacity: 1) { p in
                body(UnsafeBufferPointer(start: p, count: strlen(view)))
            }
            return true
        }
        // A value made of several nodes: libxml2 joins it into a copy.
        guard complex != 0, let copy = sitrep_html_attribute(node, key) else { return false }
        defer { sitrep_html_string_free(copy) }
        copy.withMemoryRebound(to: UInt8.self, capacity: 1) { p in
            body(UnsafeBufferPointer(start: p, count: strlen(copy)))
        }
        return true
    }

    /// True when the element has the attribute, with or without a value.
    static func hasAttribute(_ node: Node, _ key: String) -> Bool { withAttribute(node, key) { _ in } }

    /// An inline style that hides the element: `display:none`, spaces and case aside.
    static func isHiddenByStyle(_ node: Node) -> Bool {
        var hidden = false
        withAttribute(node, "style") { value in
            let target = Array("display:none".utf8)
            var squeezed: [UInt8] = []
            squeezed.reserveCapacity(value.count)
            for c in value where c != 0x20 { squeezed.append(c &- 0x41 < 26 ? c | 0x20 : c) }
            hidden =
                squeezed.count >= target.count
                && (0...(squeezed.count - target.count)).contains { at in
                    target.indices.allSatisfy { squeezed[at + $0] == target[$0] }
                }
        }
        return hidden
    }

    static func textContent(_ node: Node) -> String {
        guard let content = sitrep_html_text(node) else { return "" }
        defer { sitrep_html_string_free(content) }
        return String(cString: content)
    }

    static func pushChildren(of node: Node, _ push: (Node) -> Void) {
        var child = sitrep_html_last_child(node)
        while let c = child {
            push(c)
            child = sitrep_html_prev_sibling(c)
        }
    }

    /// Iterative pre-order traversal: deeply nested pages must not overflow the stack.
    static func forEachElement(_ root: Node, _ body: (Node) -> Bool) {
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            guard sitrep_html_type(node) == Int32(SITREP_HTML_ELEMENT) else { continue }
            if !body(node) { continue }
            pushChildren(of: node) { stack.append($0) }
        }
    }

    static func collectMeta(_ root: Node, into meta: inout PageMeta) {
        forEachElement(root) { node in
            switch HTMLTag(of: node) {
            case .meta:
                let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop") ?? "")
                    .lowercased()
                let content = attribute(node, "content")
                switch key {
                case "og:title": meta.ogTitle = meta.ogTitle ?? content
                case "og:site_name": meta.siteName = meta.siteName ?? content
                case "og:url": meta.url = meta.url ?? content
                case "article:published_time", "datepublished", "date", "pubdate", "dc.date.issued":
                    if meta.published == nil, let c = content { meta.published = DateMentions.stated(c) }
                default: break
                }
            case .title: meta.title = meta.title ?? textContent(node)
            case .h1: meta.h1 = meta.h1 ?? textContent(node)
            case .article: meta.article = meta.article ?? node
            case .main: meta.main = meta.main ?? node
            case .body: meta.body = meta.body ?? node
            case .time:
                if meta.published == nil, let dt = attribute(node, "datetime") {
                    meta.published = DateMentions.stated(dt)
                }
            case .link:
                if attribute(node, "rel")?.lowercased() == "canonical" {
                    meta.url = meta.url ?? attribute(node, "href")
                }
            default: break
            }
            return true
        }
    }

    enum WalkEvent { case text(UnsafePointer<CChar>), block }

    static func walkText(_ root: Node, content: HTMLContent, permissive: Bool, _ emit: (WalkEvent) -> Void) {
        // (node, leaving) pairs so that block ends are seen after their children.
        var stack: [(Node, Bool)] = [(root, false)]
        while let (node, leaving) = stack.popLast() {
            if leaving {
                emit(.block)
                continue
            }
            switch sitrep_html_type(node) {
            case Int32(SITREP_HTML_TEXT), Int32(SITREP_HTML_CDATA):
                if let content = sitrep_html_content(node) { emit(.text(content)) }
            case Int32(SITREP_HTML_ELEMENT):
                let tag = HTMLTag(of: node)
                if node != root && content.isSkipped(node, tag: tag) { continue }
                if node != root && !permissive && content.isFurniture(node, tag: tag) { continue }
                if hasAttribute(node, "hidden") || isHiddenByStyle(node) { continue }
                let isBlock = blocks.contains(tag)
                if isBlock {
                    emit(.block)
                    stack.append((node, true))
                }
                pushChildren(of: node) { stack.append(($0, false)) }
            default: continue
            }
        }
    }
}
