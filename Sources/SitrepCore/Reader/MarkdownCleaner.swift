/// Removes Markdown markup from one line: heading marks, emphasis, links (kept as their text),
/// images, list bullets, block quotes and inline code ticks.
///
/// Hand-written: the one Swift Markdown parser (swift-markdown) is not available here, and the
/// reader needs only the text, which this line-level pass gives.
public enum MarkdownCleaner {
    /// Appends the text of the line `b[line]` to `out`, without its markup and trimmed.
    static func clean(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, into out: inout [UInt8]) {
        var s = FastText.trimSpaces(b, line)
        while let f = s.first, b[f] == UInt8(ascii: "#") { s = s.dropFirst() }
        while let f = s.first, b[f] == UInt8(ascii: ">") { s = s.dropFirst() }
        if s.count >= 2, b[s.lowerBound + 1] == 0x20, "-*+".utf8.contains(b[s.lowerBound]) { s = s.dropFirst(2) }
        // A rule ("---", "***", "===") or nothing left.
        if s.allSatisfy({ "-*_=".utf8.contains(b[$0]) }) { return }
        let mark = out.count
        // The next `]` and `)` at or after a position, remembered so that a line of many
        // unclosed brackets is not searched over and over (no quadratic case).
        var close = Finder(byte: UInt8(ascii: "]"), end: s.upperBound)
        var paren = Finder(byte: UInt8(ascii: ")"), end: s.upperBound)
        var i = s.lowerBound
        while i < s.upperBound {
            let c = b[i]
            let isImage = c == UInt8(ascii: "!") && i + 1 < s.upperBound && b[i + 1] == UInt8(ascii: "[")
            if isImage || c == UInt8(ascii: "[") {
                if let end = close.next(b, from: i), end + 1 < s.upperBound, b[end + 1] == UInt8(ascii: "("),
                    let p = paren.next(b, from: end)
                {
                    // An image has no text; a link keeps its text.
                    if !isImage { out.append(contentsOf: b[(i + 1)..<end]) }
                    i = p + 1
                    continue
                }
            }
            let emphasis =
                c == UInt8(ascii: "*") || c == UInt8(ascii: "`")
                || (c == UInt8(ascii: "_") && (i == s.lowerBound || b[i - 1] == 0x20))
            if !emphasis { out.append(c) }
            i += 1
        }
        while out.count > mark, out[out.count - 1] == 0x20 || out[out.count - 1] == 0x09 { out.removeLast() }
        var lead = mark
        while lead < out.count, out[lead] == 0x20 || out[lead] == 0x09 { lead += 1 }
        if lead > mark { out.removeSubrange(mark..<lead) }
    }

    /// Finds the next occurrence of one byte, caching the last answer.
    struct Finder {
        let byte: UInt8
        let end: Int
        private var found: Int?
        private var searchedFrom = Int.max

        init(byte: UInt8, end: Int) {
            self.byte = byte
            self.end = end
        }

        mutating func next(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
            // The answer for an earlier start still holds if it lies at or after `from`.
            if searchedFrom <= from {
                guard let f = found else { return nil }
                if f >= from { return f }
            }
            searchedFrom = from
            found = nil
            var k = from
            while k < end {
                if b[k] == byte {
                    found = k
                    break
                }
                k += 1
            }
            return found
        }
    }
}
