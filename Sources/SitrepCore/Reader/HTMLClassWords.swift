import CSitrepHTML

/// What the words of an element's `class` and `id` say about it (``HTMLContent``).
struct HTMLClassWords: OptionSet, Sendable {
    let rawValue: UInt8
    /// Names page furniture ("nav", "share", "cookie").
    static let furniture = HTMLClassWords(rawValue: 1)
    /// Names an overlay ("modal", "popup", "consent"): never the article.
    static let overlay = HTMLClassWords(rawValue: 2)
    /// Makes a container likelier to be the article ("content", "story").
    static let article = HTMLClassWords(rawValue: 4)
    /// Makes a container unlikely to be the article.
    static let notArticle = HTMLClassWords(rawValue: 8)

    static let lists: [(HTMLClassWords, [String])] = [
        (
            .furniture,
            [
                "comment", "comments", "footer", "nav", "navbar", "navigation", "menu", "sidebar", "widget",
                "widgets", "share", "sharing", "social", "related", "cookie", "cookies", "consent", "banner",
                "breadcrumb", "breadcrumbs", "subscribe", "newsletter", "promo", "advert", "advertisement", "ad",
                "ads", "sponsored", "popup", "modal", "tags", "tagcloud", "pagination", "pager", "meta", "byline",
                "author", "signup", "recommended", "trending", "masthead", "toolbar", "skip", "print", "rss", "login",
                "copyright",
            ]
        ),
        (.overlay, ["modal", "popup", "dialog", "consent", "gdpr", "lightbox", "overlay"]),
        (
            .article,
            ["article", "body", "content", "entry", "main", "post", "text", "blog", "story", "hentry", "prose"]
        ),
        // The furniture words, less those that also name parts of an article ("ad", "meta").
        (
            .notArticle,
            [
                "comment", "comments", "footer", "nav", "navbar", "navigation", "menu", "sidebar", "widget",
                "widgets", "share", "sharing", "social", "related", "cookie", "cookies", "consent", "banner",
                "breadcrumb", "subscribe", "newsletter", "promo", "advert", "advertisement", "sponsored", "popup",
                "modal", "dialog", "privacy", "policy", "disclaimer", "recommended", "trending", "masthead",
                "toolbar", "login", "signup", "copyright", "legal", "terms", "gdpr", "overlay", "outbrain", "taboola",
                "shoutbox",
            ]
        ),
    ]

    /// A word of up to 16 lower-case bytes, packed: two words are equal when their packings are.
    struct Packed: Equatable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0

        /// Appends a byte; false once the word is longer than any listed one.
        @inline(__always)
        mutating func append(_ c: UInt8) -> Bool {
            guard length < 16 else { return false }
            if length < 8 {
                low |= UInt64(c) << UInt64(8 * length)
            } else {
                high |= UInt64(c) << UInt64(8 * (length - 8))
            }
            length += 1
            return true
        }

        var key: UInt64 {
            let h = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &+ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F
            return h ^ (h >> 31)
        }
    }

    /// Packed word → (the word, its flags), checked in full on a hit.
    static let table: KeyMap<(Packed, HTMLClassWords)> = {
        var pairs: [(UInt64, (Packed, HTMLClassWords))] = []
        for (flags, words) in lists {
            for word in words {
                var p = Packed()
                for c in word.utf8 { _ = p.append(c) }
                pairs.append((p.key, (p, flags)))
            }
        }
        return KeyMap(pairs: pairs) { a, b in
            // Two different words with one key would pool their flags: the lists must not.
            precondition(a.0 == b.0, "class words collide")
            return (a.0, a.1.union(b.1))
        }
    }()

    /// The flags of every word of `node`'s `class` and `id` (words split at anything but a
    /// letter or a digit, compared in lower case).
    static func of(_ node: HTMLReader.Node) -> HTMLClassWords {
        var flags: HTMLClassWords = []
        for name in ["class", "id"] {
            HTMLReader.withAttribute(node, name) { value in flags.formUnion(of(value)) }
        }
        return flags
    }

    /// The flags of the words in the UTF-8 bytes `b`.
    static func of(_ b: UnsafeBufferPointer<UInt8>) -> HTMLClassWords {
        var flags: HTMLClassWords = []
        var word = Packed()
        var fits = true
        func end() {
            if fits && word.length > 0, let (listed, f) = table[word.key], listed == word { flags.formUnion(f) }
            word = Packed()
            fits = true
        }
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 26 {
                    fits = fits && word.append(c | (c &- 0x41 < 26 ? 0x20 : 0))
                } else {
                    end()
                }
                i += 1
                continue
            }
            // A letter or digit beyond ASCII joins the word (which then matches no listed one);
            // anything else separates words, as `Character.isLetter` and `isNumber` would.
            guard let length = FastText.validSequenceLength(b, i) else {
                end()
                i += 1
                continue
            }
            if FastText.isWordScalar(FastText.scalar(b, i).value) {
                fits = false
            } else {
                end()
            }
            i += length
        }
        end()
        return flags
    }
}
