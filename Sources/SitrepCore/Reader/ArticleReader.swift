/// The reader stage: the bytes of one input file in, its articles (or rejections) out.
public struct ArticleReader: Sendable {
    public init() {}

    /// What a file yields: a whole-file rejection, or one result per article (`part`).
    public struct Outcome: Sendable {
        /// One entry per article; more than one (or a JSON array / JSON Lines) makes them parts.
        public var parts: [Result<Article, Rejection>]
        /// True when the file is a container of articles, so each record carries `part`.
        public var isMultiPart: Bool
        public var format: InputFormat?
        public var encoding: TextEncoding?
    }

    /// Reads `bytes` of a file called `fileName` (used for the extension only).
    public func read(bytes: [UInt8], fileName: String) -> Outcome {
        readFormat(bytes: bytes, fileName: fileName)
    }

    /// What every format gets the same way: the language, and a publication date inferred
    /// from the text when the file states none.
    static func complete(_ article: inout Article) {
        article.lang = article.lang ?? LanguageGuess.guess(article.text)
        if article.published == nil, let inferred = DateMentions.inferPublication(article.text) {
            article.published = inferred
            article.publishedFrom = .inferred
        }
    }

    static func completed(_ part: Result<Article, Rejection>) -> Result<Article, Rejection> {
        part.map { article in
            var article = article
            complete(&article)
            return article
        }
    }

    func readFormat(bytes: [UInt8], fileName: String) -> Outcome {
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(bytes)
        } catch {
            return Outcome(parts: [.failure(error)], isMultiPart: false)
        }
        let format = FormatSniffer.format(fileName: fileName, bytes: bytes)
        do {
            switch format {
            // Each article is completed before it is wrapped: completing it inside the outcome
            // copied every field out of the result and back, a tenth of reading a short file.
            case .text, .markdown:
                var article = try PlainTextReader.read(decoded, format: format)
                Self.complete(&article)
                return Outcome(
                    parts: [.success(article)], isMultiPart: false, format: format, encoding: decoded.encoding)
            case .html:
                var article = try HTMLReader.read(decoded.utf8, encoding: decoded.encoding)
                Self.complete(&article)
                return Outcome(
                    parts: [.success(article)], isMultiPart: false, format: format, encoding: decoded.encoding)
            case .json:
                let parts = try JSONArticleReader.readJSON(decoded).map(Self.completed)
                let isArray = JSONArticleReader.isArray(decoded)
                return Outcome(parts: parts, isMultiPart: isArray, format: format, encoding: decoded.encoding)
            case .jsonl:
                let parts = try JSONArticleReader.readJSONLines(decoded).map(Self.completed)
                return Outcome(parts: parts, isMultiPart: true, format: format, encoding: decoded.encoding)
            }
        } catch {
            return Outcome(parts: [.failure(error)], isMultiPart: false, format: format, encoding: decoded.encoding)
        }
    }
}
