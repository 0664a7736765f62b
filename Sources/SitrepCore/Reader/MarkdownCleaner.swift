/// Removes Markdown markup from one line: heading marks, emphasis, links (kept as their text),
/// images, list bullets, block quotes and inline code ticks.
///
/// Hand-written: the one Swift Markdown parser (swift-markdown) is not available here, and the
/// reader needs only the text, which this line-level pass gives.
public enum MarkdownCleaner {
    public static func clean(_ line: Substring) -> Substring {
        var s = Substring(line.trimmingCharacters(in: " \t"))
        while s.hasPrefix("#") { s = s.dropFirst() }
        while s.hasPrefix(">") { s = s.dropFirst() }
        if s.hasPrefix("- ") || s.hasPrefix("* ") || s.hasPrefix("+ ") { s = s.dropFirst(2) }
        if s.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" }) { return "" }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "!", s.index(after: i) < s.endIndex, s[s.index(after: i)] == "[",
                let close = s[i...].firstIndex(of: "]"), s.index(after: close) < s.endIndex,
                s[s.index(after: close)] == "(", let paren = s[close...].firstIndex(of: ")")
            {
                i = s.index(after: paren)  // an image: no text
                continue
            }
            if c == "[", let close = s[i...].firstIndex(of: "]"), s.index(after: close) < s.endIndex,
                s[s.index(after: close)] == "(", let paren = s[close...].firstIndex(of: ")")
            {
                out += s[s.index(after: i)..<close]
                i = s.index(after: paren)
                continue
            }
            if c == "*" || c == "`" || (c == "_" && (i == s.startIndex || s[s.index(before: i)] == " ")) {
                i = s.index(after: i)
                continue
            }
            out.append(c)
            i = s.index(after: i)
        }
        return Substring(out.trimmingCharacters(in: " \t"))
    }
}
