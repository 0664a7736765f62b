/// An article prepared for extraction: its tokens, and which tokens make each sentence and
/// paragraph. Built once per article; every extraction stage reads it.
public final class Document: Sendable {
    public let article: Article
    public let bytes: [UInt8]
    public let tokens: [Token]
    /// Token range of each of `article.sentences`.
    public let sentenceTokens: [Range<Int>]
    /// Paragraph index of each sentence.
    public let paragraphOfSentence: [Int]

    public init(_ article: Article) {
        self.article = article
        let bytes = Array(article.text.utf8)
        self.bytes = bytes
        var tokens = Tokenizer.tokenize(bytes)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(article.sentences.count)
        var t = 0
        for span in article.sentences {
            while t < tokens.count && Int(tokens[t].scalarStart) < span.start { t += 1 }
            let from = t
            while t < tokens.count && Int(tokens[t].scalarEnd) <= span.end { t += 1 }
            if from < t { tokens[from].flags.insert(.sentenceStart) }
            ranges.append(from..<t)
        }
        self.tokens = tokens
        self.sentenceTokens = ranges
        var paragraphs: [Int] = []
        paragraphs.reserveCapacity(article.sentences.count)
        var p = 0
        for span in article.sentences {
            while p + 1 < article.paragraphs.count && article.paragraphs[p].end <= span.start { p += 1 }
            paragraphs.append(p)
        }
        self.paragraphOfSentence = paragraphs
    }

    /// The text of tokens `range` as written (with the spaces between them).
    public func text(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count, range.upperBound > first else { return "" }
        let from = Int(tokens[first].start)
        let to = Int(tokens[range.upperBound - 1].end)
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }

    /// The text of one token.
    public func word(_ i: Int) -> String { text(i..<(i + 1)) }

    /// The text of a sentence: sliced by its tokens' bytes when they span it exactly (always,
    /// for sentences the reader made), so that citing a sentence costs its length, not the
    /// article's.
    public func sentenceText(_ s: Int) -> String {
        let span = article.sentences[s]
        let r = sentenceTokens[s]
        if let first = r.first, Int(tokens[first].scalarStart) == span.start,
            Int(tokens[r.upperBound - 1].scalarEnd) == span.end
        {
            return text(r)
        }
        return article.slice(span)
    }
}
