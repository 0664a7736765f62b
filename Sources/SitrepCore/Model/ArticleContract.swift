extension Article {
    /// Where this article breaks the reader's contract (SPEC §5), or nothing: paragraphs tile
    /// the body joined by `"\n\n"`, sentences lie inside paragraphs in order, whitespace is
    /// folded, the text is NFC, and the title is one non-empty line.
    ///
    /// The fuzz targets trap on any violation and the reader tests assert there is none: every
    /// event cites its sentence by these offsets, so a wrong span is a wrong citation.
    public func contractViolations() -> [String] {
        var problems: [String] = []
        let scalars = Array(text.unicodeScalars)
        var expectedStart = 0
        for (n, p) in paragraphs.enumerated() {
            if p.start != expectedStart || p.end <= p.start || p.end > scalars.count {
                problems.append("paragraph \(n) spans \(p.start)..<\(p.end), expected to start at \(expectedStart)")
                return problems
            }
            if n > 0 && (scalars[p.start - 2] != "\n" || scalars[p.start - 1] != "\n") {
                problems.append("paragraph \(n) is not preceded by a blank line")
            }
            let body = scalars[p.start..<p.end]
            if let first = body.first, let last = body.last, first == " " || last == " " {
                problems.append("paragraph \(n) has an edge space")
            }
            for (a, b) in zip(body, body.dropFirst()) where FastText.isWhitespace(a) && (a != " " || b == " ") {
                problems.append("paragraph \(n) has unfolded whitespace")
                break
            }
            expectedStart = p.end + 2
        }
        if paragraphs.isEmpty ? !scalars.isEmpty : paragraphs[paragraphs.count - 1].end != scalars.count {
            problems.append("paragraphs do not cover the text")
        }
        var paragraph = 0
        var previousEnd = 0
        for (n, s) in sentences.enumerated() {
            while paragraph < paragraphs.count && paragraphs[paragraph].end < s.end { paragraph += 1 }
            guard paragraph < paragraphs.count, s.start >= paragraphs[paragraph].start, s.start < s.end,
                s.start >= previousEnd
            else {
                problems.append("sentence \(n) spans \(s.start)..<\(s.end) outside its paragraph or out of order")
                return problems
            }
            if FastText.isWhitespace(scalars[s.start]) || FastText.isWhitespace(scalars[s.end - 1]) {
                problems.append("sentence \(n) has an edge space")
            }
            previousEnd = s.end
        }
        if !paragraphs.isEmpty && sentences.isEmpty { problems.append("no sentences") }
        // Bytes, not `==`: String equality is canonical equivalence and would call any form NFC.
        if !text.utf8.elementsEqual(TextNormalizer.nfc(text).utf8) {
            problems.append("text is not NFC")
        }
        if let title, title.isEmpty || title.contains(where: \.isNewline) {
            problems.append("title is empty or spans lines")
        }
        return problems
    }
}
