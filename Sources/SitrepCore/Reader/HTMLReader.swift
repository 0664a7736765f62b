import CLibXML2

/// Reads a saved web page with libxml2's HTML parser (never regular expressions on markup):
/// title from `og:title`, `h1` or `<title>`, date from `article:published_time` or
/// `<time datetime>`, body from `<article>`/`<main>` when the page has one, else `<body>`,
/// leaving out scripts, styles, navigation, forms and other page furniture.
enum HTMLReader {
    static let skipped: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe", "svg", "template",
        "button", "select", "option", "figure", "figcaption", "menu", "object", "embed", "canvas", "head",
    ]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br",
        "tr", "table", "blockquote", "pre", "dd", "dt", "dl", "hr", "body",
    ]

    static func read(_ bytes: [UInt8], encoding: TextEncoding) throws(Rejection) -> Article {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    htmlReadMemory($0, Int32(clamping: buf.count), nil, "UTF-8", options)
                }
            } ?? nil
        }
        guard let doc else { throw Rejection(.malformed, "the HTML parser could not build a document") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw Rejection(.malformed, "the HTML has no root element") }

        var meta = PageMeta()
        collectMeta(root, into: &meta)
        let container = meta.article ?? meta.main ?? meta.body ?? root
        var paragraphs: [String] = []
        var current = ""
        walkText(container) { event in
            switch event {
            case .text(let t): current += t
            case .block:
                if !current.allSatisfy(\.isWhitespace) { paragraphs.append(current) }
                current = ""
            }
        }
        if !current.allSatisfy(\.isWhitespace) { paragraphs.append(current) }

        var body = BodyBuilder()
        for p in paragraphs { body.add(paragraph: p) }
        guard !body.sentences.isEmpty else { throw Rejection(.noText, "the page holds no sentences of words") }
        let title = (meta.ogTitle ?? meta.h1 ?? meta.title).map { TextNormalizer.nfc(TextNormalizer.foldWhitespace($0)) }
        return Article(
            title: title?.isEmpty == false ? title : nil, source: meta.siteName, url: meta.url,
            published: meta.published, publishedFrom: meta.published == nil ? nil : .meta, format: .html,
            encoding: encoding, text: body.text, paragraphs: body.paragraphs, sentences: body.sentences)
    }

    struct PageMeta {
        var ogTitle: String?
        var h1: String?
        var title: String?
        var siteName: String?
        var url: String?
        var published: CalendarDate?
        var article: xmlNodePtr?
        var main: xmlNodePtr?
        var body: xmlNodePtr?
    }

    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
        guard let value = xmlGetProp(node, key) else { return nil }
        defer { sitrep_xml_free(value) }
        return String(cString: value)
    }

    static func textContent(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { sitrep_xml_free(content) }
        return String(cString: content)
    }

    /// Iterative pre-order traversal: deeply nested pages must not overflow the stack.
    static func forEachElement(_ root: xmlNodePtr, _ body: (xmlNodePtr) -> Bool) {
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            if !body(node) { continue }
            var child = node.pointee.last
            while let c = child {
                stack.append(c)
                child = c.pointee.prev
            }
        }
    }

    static func collectMeta(_ root: xmlNodePtr, into meta: inout PageMeta) {
        forEachElement(root) { node in
            switch name(node) {
            case "meta":
                let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop") ?? "")
                    .lowercased()
                let content = attribute(node, "content")
                switch key {
                case "og:title": meta.ogTitle = meta.ogTitle ?? content
                case "og:site_name": meta.siteName = meta.siteName ?? content
                case "og:url": meta.url = meta.url ?? content
                case "article:published_time", "datepublished", "date", "pubdate", "dc.date.issued":
                    if meta.published == nil, let c = content { meta.published = CalendarDate(iso: c.prefix(10)) }
                default: break
                }
            case "title": meta.title = meta.title ?? textContent(node)
            case "h1": meta.h1 = meta.h1 ?? textContent(node)
            case "article": meta.article = meta.article ?? node
            case "main": meta.main = meta.main ?? node
            case "body": meta.body = meta.body ?? node
            case "time":
                if meta.published == nil, let dt = attribute(node, "datetime") {
                    meta.published = CalendarDate(iso: dt.prefix(10))
                }
            case "link":
                if attribute(node, "rel")?.lowercased() == "canonical" { meta.url = meta.url ?? attribute(node, "href") }
            default: break
            }
            return true
        }
    }

    enum WalkEvent { case text(String), block }

    static func walkText(_ root: xmlNodePtr, _ emit: (WalkEvent) -> Void) {
        // (node, leaving) pairs so that block ends are seen after their children.
        var stack: [(xmlNodePtr, Bool)] = [(root, false)]
        while let (node, leaving) = stack.popLast() {
            if leaving {
                emit(.block)
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { emit(.text(String(cString: content))) }
            case XML_ELEMENT_NODE:
                let tag = name(node)
                if skipped.contains(tag) && node != root { continue }
                if attribute(node, "hidden") != nil || (attribute(node, "style")?.replacingSpaces().contains("display:none") ?? false) {
                    continue
                }
                let isBlock = blocks.contains(tag)
                if isBlock {
                    emit(.block)
                    stack.append((node, true))
                }
                var child = node.pointee.last
                while let c = child {
                    stack.append((c, false))
                    child = c.pointee.prev
                }
            default: continue
            }
        }
    }
}

extension String {
    fileprivate func replacingSpaces() -> String { String(filter { $0 != " " }).lowercased() }
}
