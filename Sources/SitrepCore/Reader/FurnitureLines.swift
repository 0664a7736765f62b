import Glibc

/// Lines of page furniture that scrapers leave in plain text even once: navigation, share and
/// subscribe prompts, cookie notices, "Read more:" links to other stories, bylines of photos.
///
/// Only short lines are judged (an article sentence that mentions a newsletter is long), by
/// their words: lower-cased ASCII letters and digits, everything else a separator, so
/// "Share on Facebook |", "SHARE ON FACEBOOK" and "• Share on facebook" are the same line.
enum FurnitureLines {
    /// Whole lines that are furniture.
    static let whole: Set<String> = [
        "share", "share this", "share this article", "share this story", "share article", "share story",
        "tweet", "email", "e mail", "print", "copy link", "copy url", "link copied", "copied", "save", "save article",
        "subscribe", "subscribe now", "sign up", "sign in", "log in", "login", "log out", "register", "my account",
        "menu", "open menu", "close menu", "close", "search", "home", "skip to content", "skip to main content",
        "skip navigation", "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "read more",
        "read full article", "continue reading", "show more", "load more", "see more", "related",
        "related articles", "related stories", "related content", "related news", "more stories", "more news",
        "most read", "most popular", "most viewed", "trending", "trending now", "top stories", "latest news",
        "latest", "follow us", "comments", "comment", "leave a comment", "view comments", "show comments",
        "listen", "listen to this article", "listen to article", "accept", "accept all", "reject all",
        "accept cookies", "cookie settings", "manage cookies", "back to top", "next article", "previous article",
        "next", "previous", "newsletter", "newsletters", "facebook", "twitter", "x", "telegram", "whatsapp",
        "linkedin", "reddit", "instagram", "youtube", "tiktok", "pinterest", "flipboard", "messenger",
        "view gallery", "open gallery", "photo gallery", "watch", "watch video", "play video", "video",
        "advertise with us", "contact us", "about us", "privacy policy", "terms of use", "terms of service",
        "all rights reserved", "donate", "support us", "become a member", "topics", "tags",
    ]

    /// Line beginnings that make a short line furniture.
    static let prefixes: [String] = [
        "share on ", "share via ", "share to ", "subscribe to ", "subscribe for ", "sign up for ", "sign up to ",
        "follow us on ", "follow us ", "follow on ", "read more ", "read more: ", "read also ", "read also: ",
        "also read ", "also read: ", "see also ", "see also: ", "related: ", "more from ", "click here ",
        "tap here ", "download the ", "download our ", "get the app", "we use cookies", "this site uses cookies",
        "this website uses cookies", "by continuing ", "advertisement ", "sponsored by ", "photo: ", "photos: ",
        "image: ", "picture: ", "credit: ", "file photo", "getty images", "copyright ", "all rights reserved",
        "updated: ", "published: ", "posted: ", "last updated", "reading time", "join our ", "get our ",
        "get the latest ", "never miss ", "don t miss ", "enable javascript", "javascript is disabled",
        "your browser ",
    ]

    static let prefixBytes: [[UInt8]] = prefixes.map { Array($0.utf8) }

    /// The longest line judged, in bytes.
    static let maxLength = 90

    /// True when the paragraph is a line of furniture.
    static func isFurniture(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= maxLength else { return false }
        var s = paragraph
        return s.withUTF8 { isFurniture($0, FastText.trimSpaces($0, 0..<$0.count)) }
    }

    /// The first words of every phrase above, packed (up to 8 bytes): a line whose first word
    /// is none of them (nor a number, for "5 min read") needs no closer look.
    static let firstWords = KeyMap(
        pairs: (Array(whole) + prefixes).compactMap { phrase in
            Array(phrase.utf8).withUnsafeBufferPointer { firstWord($0, 0..<$0.count).map { ($0.packed, true) } }
        }, combine: { a, _ in a })

    /// The first ASCII word of the line, lower-cased, its first 8 bytes packed; nil when the
    /// line has none.
    static func firstWord(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (packed: UInt64, isNumber: Bool)? {
        var i = line.lowerBound
        while i < line.upperBound, !Tokenizer.isASCIIAlnum(b[i]) { i += 1 }
        guard i < line.upperBound else { return nil }
        var packed: UInt64 = 0
        var isNumber = true
        var length = 0
        while i < line.upperBound, Tokenizer.isASCIIAlnum(b[i]) {
            let c = b[i] &- 0x41 < 26 ? b[i] | 0x20 : b[i]
            isNumber = isNumber && c &- 0x30 < 10
            if length < 8 { packed = packed << 8 | UInt64(c) }
            length += 1
            i += 1
        }
        return (packed, isNumber)
    }

    /// True when `b[line]` is a line of furniture.
    static func isFurniture(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard line.count <= maxLength, let first = firstWord(b, line) else { return false }
        guard first.isNumber || firstWords[first.packed] != nil else { return isMenu(b, line) }
        // The line's words are compared as bytes in a stack buffer: a `String` per line, and
        // `Set` and `hasPrefix` on it, had cost 3% of reading plain text.
        let furniture = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * maxLength + 2) { out in
            guard let n = words(b, line, into: out) else { return false }
            return isFurniturePhrase(UnsafeBufferPointer(rebasing: out[..<n]))
        }
        // "Home | News | Sport | Weather": three or more short items between bars or bullets.
        return furniture || isMenu(b, line)
    }

    /// Whether the words of a line (see ``words(_:_:into:)``) are a furniture phrase, start with
    /// one, or end like a reading time.
    static func isFurniturePhrase(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = key.baseAddress else { return false }
        let n = key.count
        let whole = n > 0 && key[n - 1] == UInt8(ascii: ":") ? n - 1 : n
        // The phrase's bytes must be the key's, all of them: a hash that collides with a longer
        // phrase starting the same way is no match.
        if let k = wholeKeys[BoilerplateFilter.hash(key, 0..<whole)], wholeBytes[k].count == whole,
            matches(base, wholeBytes[k], at: 0, count: whole)
        {
            return true
        }
        // A prefix ends in a space or a colon-space: the line's words with one space after.
        for p in prefixBytes where p.count <= n + 1 {
            let compared = min(p.count, n)
            if matches(base, p, at: 0, count: compared), p.count <= n || p[n] == 0x20 { return true }
        }
        for s in suffixBytes where s.count <= n && matches(base, s, at: n - s.count, count: s.count) { return true }
        return false
    }

    /// Whether `phrase` has `count` bytes and they equal those of `base` from `at` on.
    @inline(__always)
    static func matches(_ base: UnsafePointer<UInt8>, _ phrase: [UInt8], at: Int, count: Int) -> Bool {
        phrase.count >= count
            && phrase.withUnsafeBufferPointer { p in
                guard let q = p.baseAddress else { return count == 0 }
                return memcmp(base + at, q, count) == 0
            }
    }

    static let wholeBytes: [[UInt8]] = whole.map { Array($0.utf8) }
    /// Each whole phrase's hash (the repeated-line filter's) → its index in ``wholeBytes``.
    static let wholeKeys = KeyMap(
        pairs: wholeBytes.enumerated().map { k, phrase in
            (phrase.withUnsafeBufferPointer { BoilerplateFilter.hash($0, 0..<$0.count) }, k)
        }, combine: { a, _ in a })
    static let suffixBytes: [[UInt8]] = [" min read", " minute read", " minutes read"].map { Array($0.utf8) }

    /// Writes the line's ASCII words into `out` (room for twice the line's bytes), lower-cased
    /// and joined by one space, a colon kept after the word it follows; returns how many bytes,
    /// or nil when it has none or ends like a sentence (furniture has no full stop).
    static func words(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, into out: UnsafeMutableBufferPointer<UInt8>)
        -> Int?
    {
        var n = 0
        var lastNonSpace: UInt8 = 0
        for i in line {
            var c = b[i]
            if c != 0x20 && c != 0x09 { lastNonSpace = c }
            if c &- 0x41 < 26 { c |= 0x20 }
            if c &- 0x61 < 26 || c &- 0x30 < 10 {
                out[n] = c
                n += 1
            } else if c == UInt8(ascii: ":"), n > 0 {
                if out[n - 1] == 0x20 { n -= 1 }
                out[n] = c
                out[n + 1] = 0x20
                n += 2
            } else if n > 0, out[n - 1] != 0x20 {
                out[n] = 0x20
                n += 1
            }
        }
        if n > 0 && out[n - 1] == 0x20 { n -= 1 }
        guard n > 0, lastNonSpace != UInt8(ascii: "."), lastNonSpace != UInt8(ascii: "?") else { return nil }
        return n
    }

    /// Whether the line holds a `|` or the first byte of `•` or `·`, eight bytes at a time: most
    /// short lines hold none, and the item count below went byte by byte.
    static func hasSeparator(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard let base = b.baseAddress else { return false }
        var i = line.lowerBound
        while i + 8 <= line.upperBound {
            let w = ByteScan.load(base, i)
            if ByteScan.has(w, 0x7C) | ByteScan.has(w, 0xE2) | ByteScan.has(w, 0xC2) != 0 { return true }
            i += 8
        }
        while i < line.upperBound {
            if b[i] == 0x7C || b[i] == 0xE2 || b[i] == 0xC2 { return true }
            i += 1
        }
        return false
    }

    /// Three or more items of at most three words each, separated by `|`, `•` or `·`.
    static func isMenu(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard hasSeparator(b, line) else { return false }
        var items = 1
        var wordsInItem = 0
        var inWord = false
        var i = line.lowerBound
        while i < line.upperBound {
            let c = b[i]
            var separatorLength = 0
            if c == UInt8(ascii: "|") {
                separatorLength = 1
            } else if c == 0xE2, i + 2 < line.upperBound, b[i + 1] == 0x80, b[i + 2] == 0xA2 {
                separatorLength = 3  // •
            } else if c == 0xC2, i + 1 < line.upperBound, b[i + 1] == 0xB7 {
                separatorLength = 2  // ·
            }
            if separatorLength > 0 {
                items += 1
                wordsInItem = 0
                inWord = false
                i += separatorLength
                continue
            }
            let isSpace = c == 0x20 || c == 0x09
            if !isSpace && !inWord {
                wordsInItem += 1
                if wordsInItem > 3 { return false }
            }
            inWord = !isSpace
            i += 1
        }
        return items >= 3
    }
}
