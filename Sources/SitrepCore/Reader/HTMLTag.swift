import CSitrepHTML

/// An element's tag, among the few dozen the reader tells apart (every other name is
/// ``other``), read by the C shim from libxml2's name.
///
/// A number rather than a `String`: making, lower-casing and hashing a `String` for every
/// element's name, several times per element, had cost a fifth of reading HTML.
struct HTMLTag: Equatable, Sendable {
    let raw: Int

    init(_ raw: Int) { self.raw = raw }

    /// The tag of `node` (``other`` for a text node).
    @inline(__always)
    init(of node: HTMLReader.Node) { raw = Int(sitrep_html_tag(node)) }

    static let other = HTMLTag(Int(SITREP_TAG_OTHER))
    static let a = HTMLTag(Int(SITREP_TAG_A))
    static let article = HTMLTag(Int(SITREP_TAG_ARTICLE))
    static let aside = HTMLTag(Int(SITREP_TAG_ASIDE))
    static let blockquote = HTMLTag(Int(SITREP_TAG_BLOCKQUOTE))
    static let body = HTMLTag(Int(SITREP_TAG_BODY))
    static let br = HTMLTag(Int(SITREP_TAG_BR))
    static let button = HTMLTag(Int(SITREP_TAG_BUTTON))
    static let canvas = HTMLTag(Int(SITREP_TAG_CANVAS))
    static let dd = HTMLTag(Int(SITREP_TAG_DD))
    static let div = HTMLTag(Int(SITREP_TAG_DIV))
    static let dl = HTMLTag(Int(SITREP_TAG_DL))
    static let dt = HTMLTag(Int(SITREP_TAG_DT))
    static let embed = HTMLTag(Int(SITREP_TAG_EMBED))
    static let figcaption = HTMLTag(Int(SITREP_TAG_FIGCAPTION))
    static let figure = HTMLTag(Int(SITREP_TAG_FIGURE))
    static let footer = HTMLTag(Int(SITREP_TAG_FOOTER))
    static let form = HTMLTag(Int(SITREP_TAG_FORM))
    static let h1 = HTMLTag(Int(SITREP_TAG_H1))
    static let h2 = HTMLTag(Int(SITREP_TAG_H2))
    static let h3 = HTMLTag(Int(SITREP_TAG_H3))
    static let h4 = HTMLTag(Int(SITREP_TAG_H4))
    static let h5 = HTMLTag(Int(SITREP_TAG_H5))
    static let h6 = HTMLTag(Int(SITREP_TAG_H6))
    static let head = HTMLTag(Int(SITREP_TAG_HEAD))
    static let header = HTMLTag(Int(SITREP_TAG_HEADER))
    static let hr = HTMLTag(Int(SITREP_TAG_HR))
    static let iframe = HTMLTag(Int(SITREP_TAG_IFRAME))
    static let li = HTMLTag(Int(SITREP_TAG_LI))
    static let link = HTMLTag(Int(SITREP_TAG_LINK))
    static let main = HTMLTag(Int(SITREP_TAG_MAIN))
    static let menu = HTMLTag(Int(SITREP_TAG_MENU))
    static let meta = HTMLTag(Int(SITREP_TAG_META))
    static let nav = HTMLTag(Int(SITREP_TAG_NAV))
    static let noscript = HTMLTag(Int(SITREP_TAG_NOSCRIPT))
    static let object = HTMLTag(Int(SITREP_TAG_OBJECT))
    static let ol = HTMLTag(Int(SITREP_TAG_OL))
    static let option = HTMLTag(Int(SITREP_TAG_OPTION))
    static let p = HTMLTag(Int(SITREP_TAG_P))
    static let pre = HTMLTag(Int(SITREP_TAG_PRE))
    static let script = HTMLTag(Int(SITREP_TAG_SCRIPT))
    static let section = HTMLTag(Int(SITREP_TAG_SECTION))
    static let select = HTMLTag(Int(SITREP_TAG_SELECT))
    static let span = HTMLTag(Int(SITREP_TAG_SPAN))
    static let style = HTMLTag(Int(SITREP_TAG_STYLE))
    static let svg = HTMLTag(Int(SITREP_TAG_SVG))
    static let table = HTMLTag(Int(SITREP_TAG_TABLE))
    static let td = HTMLTag(Int(SITREP_TAG_TD))
    static let template = HTMLTag(Int(SITREP_TAG_TEMPLATE))
    static let time = HTMLTag(Int(SITREP_TAG_TIME))
    static let title = HTMLTag(Int(SITREP_TAG_TITLE))
    static let tr = HTMLTag(Int(SITREP_TAG_TR))
    static let ul = HTMLTag(Int(SITREP_TAG_UL))
}

/// A set of tags as one word of bits.
struct HTMLTagSet: Sendable {
    private let bits: UInt64

    init(_ tags: [HTMLTag]) {
        // More tags than bits would silently alias: the C enum stays below 64.
        precondition(Int(SITREP_TAG_COUNT) <= 64)
        bits = tags.reduce(0) { $0 | 1 << UInt64($1.raw) }
    }

    @inline(__always)
    func contains(_ tag: HTMLTag) -> Bool { bits & (1 << UInt64(tag.raw)) != 0 }
}
