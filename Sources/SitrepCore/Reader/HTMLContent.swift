import CSitrepHTML

/// Main-content selection for saved pages, in the spirit of readability: paragraphs score
/// their parents (more text and commas, more score), the best-scored element and its strong
/// siblings are the article, and inside them blocks that name page furniture in their
/// class or id, or that are mostly links, are left out. General rules only, no site lists.
struct HTMLContent {
    typealias Node = UnsafeRawPointer

    struct Stats {
        var text = 0
        var linkText = 0
        var commas = 0
        /// Runs of non-space bytes: a paragraph of prose has several, a cell of data (an
        /// address, a number) one or two.
        var words = 0
        /// Post-order position in the document: breaks ties in the same way on every run
        /// (a dictionary's order changes from one process to the next).
        var order = 0
        var linkDensity: Double { text == 0 ? 0 : Double(linkText) / Double(text) }
    }

    static let paragraphTags = HTMLTagSet([.p, .pre, .td, .blockquote])
    static let blockTags = HTMLTagSet([
        .p, .div, .section, .article, .main, .ul, .ol, .table, .blockquote, .pre, .h1, .h2, .h3, .h4, .h5, .h6, .dl,
        .form, .header, .footer, .nav, .aside, .figure,
    ])
    /// Blocks that are left out when mostly links.
    static let listLike = HTMLTagSet([.div, .ul, .ol, .section, .table, .p, .span, .dl])

    /// A `<p>`-like element: a paragraph tag, or a `div` with no block-level child (how many
    /// sites write their paragraphs).
    static func isParagraphLike(_ node: Node, tag: HTMLTag) -> Bool {
        if paragraphTags.contains(tag) { return true }
        guard tag == .div else { return false }
        var child = sitrep_html_last_child(node)
        while let c = child {
            if blockTags.contains(HTMLTag(of: c)) {
                return false
            }
            child = sitrep_html_prev_sibling(c)
        }
        return true
    }

    /// Every measured element's figures, in post order, and the element; an element's mark
    /// (libxml2's `_private`) is its index here plus one. A `Dictionary` keyed by node cost
    /// a hash per lookup, several per element.
    private(set) var stats: [Stats] = []
    private(set) var nodes: [Node] = []

    /// One post-order pass over the tree: text, link text and commas below every element.
    init(root: Node) {
        var stack: [(Node, Bool)] = [(root, false)]
        while let (node, leaving) = stack.popLast() {
            let type = sitrep_html_type(node)
            if type == Int32(SITREP_HTML_TEXT) || type == Int32(SITREP_HTML_CDATA) {
                continue  // counted by their parent when it leaves
            }
            guard type == Int32(SITREP_HTML_ELEMENT) else { continue }
            let tag = HTMLTag(of: node)
            // A noscript is measured: it is skipped later only when it holds no prose.
            if tag != .noscript && HTMLReader.isSkipped(node, tag: tag) { continue }
            if !leaving {
                stack.append((node, true))
                HTMLReader.pushChildren(of: node) { stack.append(($0, false)) }
                continue
            }
            var s = Stats()
            var child = sitrep_html_last_child(node)
            while let c = child {
                let ct = sitrep_html_type(c)
                if ct == Int32(SITREP_HTML_TEXT) || ct == Int32(SITREP_HTML_CDATA), let content = sitrep_html_content(c)
                {
                    var n = 0
                    var commas = 0
                    var words = 0
                    var inWord = false
                    var p = content
                    while p.pointee != 0 {
                        let b = UInt8(bitPattern: p.pointee)
                        if b & 0xC0 != 0x80 && b > 0x20 { n += 1 }
                        if b == UInt8(ascii: ",") { commas += 1 }
                        if b > 0x20 {
                            if !inWord { words += 1 }
                            inWord = true
                        } else {
                            inWord = false
                        }
                        p += 1
                    }
                    s.text += n
                    s.commas += commas
                    s.words += words
                } else if let cs = measured(c) {
                    s.text += cs.text
                    s.commas += cs.commas
                    s.words += cs.words
                    s.linkText += HTMLTag(of: c) == .a ? cs.text : cs.linkText
                }
                child = sitrep_html_prev_sibling(c)
            }
            s.order = stats.count
            stats.append(s)
            nodes.append(node)
            sitrep_html_set_mark(node, stats.count)
        }
    }

    /// The figures of an element measured here, or nil (a text node, a skipped element).
    @inline(__always)
    func measured(_ node: Node) -> Stats? {
        let mark = sitrep_html_mark(node)
        return mark > 0 && mark <= stats.count ? stats[mark - 1] : nil
    }

    func stat(_ node: Node) -> Stats { measured(node) ?? Stats() }

    /// The elements that hold the article, in document order.
    func contentRoots(fallback: Node) -> [Node] {
        var scores: [Node: Double] = [:]
        for (node, s) in zip(nodes, stats)
        where s.text >= 25 && s.words >= 3 && HTMLContent.isParagraphLike(node, tag: HTMLTag(of: node)) {
            let score = 1 + Double(s.commas) + min(Double(s.text) / 100, 3)
            guard let parent = HTMLContent.parent(node) else { continue }
            scores[parent, default: 0] += score
            if let grand = HTMLContent.parent(parent) { scores[grand, default: 0] += score / 2 }
        }
        // Link-heavy candidates are lists of links, not articles; a class or id weighs as in
        // readability ("post-content" up, "comments" or a "privacy" dialog down).
        // The weight reads attributes, so it is taken only while it could still change the winner.
        let unweighted = scores.map { ($0.key, $0.value * (1 - stat($0.key).linkDensity)) }.sorted {
            $0.1 != $1.1 ? $0.1 > $1.1 : stat($0.0).order < stat($1.0).order
        }
        var winner: (Node, Double)?
        for (node, score) in unweighted {
            if let w = winner, score * HTMLContent.maxClassWeight <= w.1 { break }
            let weighted = score * classWeight(node)
            if weighted > winner?.1 ?? 0 { winner = (node, weighted) }
        }
        guard let (top, best) = winner, best > 0, let parent = HTMLContent.parent(top) else { return [fallback] }
        let threshold = max(10, best * 0.2)
        var roots: [Node] = []
        var child = sitrep_html_last_child(parent)
        while let c = child {
            if c == top {
                roots.append(c)
            } else if sitrep_html_type(c) == Int32(SITREP_HTML_ELEMENT) {
                let s = stat(c)
                let own = (scores[c] ?? 0) * (1 - s.linkDensity) * classWeight(c)
                let tag = HTMLTag(of: c)
                let paragraph = HTMLContent.isParagraphLike(c, tag: tag) && s.text > 80 && s.linkDensity < 0.25
                if own >= threshold || paragraph {
                    roots.append(c)
                }
            }
            child = sitrep_html_prev_sibling(c)
        }
        return roots.reversed()
    }

    /// Whether an element is left out with everything below it (``HTMLReader/isSkipped``),
    /// except a `noscript` holding prose: blogs (Blogger among them) ship the post there
    /// beside a script template, where a "please enable JavaScript" notice is a few words.
    func isSkipped(_ node: Node, tag: HTMLTag) -> Bool {
        if tag == .noscript { return stat(node).words < 40 }
        return HTMLReader.isSkipped(node, tag: tag)
    }

    /// True for a block to leave out: furniture by class or id, or mostly links.
    func isFurniture(_ node: Node, tag: HTMLTag) -> Bool {
        let s = stat(node)
        if HTMLContent.listLike.contains(tag), s.linkDensity > 0.5, s.text < 1500 { return true }
        let words = HTMLClassWords.of(node)
        // Overlays are never the article, however much they say (a privacy policy in a dialog).
        if words.contains(.overlay) { return true }
        return words.contains(.furniture) && (s.text < 1000 || s.linkDensity > 0.3)
    }

    static func parent(_ node: Node) -> Node? { sitrep_html_parent(node) }

    /// Readability's class weight as a factor: up for an ``HTMLClassWords/article`` word, down
    /// for a ``HTMLClassWords/notArticle`` one, both for both.
    static let maxClassWeight = 1.3

    func classWeight(_ node: Node) -> Double {
        var weight = 1.0
        let words = HTMLClassWords.of(node)
        if words.contains(.article) { weight += 0.3 }
        if words.contains(.notArticle) { weight -= 0.6 }
        return weight
    }
}
