/// Assembles the body of an article from paragraphs: NFC, `"\n\n"` between paragraphs, and the
/// paragraph and sentence spans in Unicode scalar offsets (SPEC §5).
public struct BodyBuilder: Sendable {
    public private(set) var text = ""
    public private(set) var paragraphs: [TextSpan] = []
    public private(set) var sentences: [TextSpan] = []
    private var offset = 0

    public init() {}

    /// Adds one paragraph: inner whitespace runs fold to one space; empty paragraphs are skipped.
    public mutating func add(paragraph raw: some StringProtocol) {
        let folded = TextNormalizer.foldWhitespace(raw)
        guard !folded.isEmpty else { return }
        let para = TextNormalizer.nfc(folded)
        if !paragraphs.isEmpty {
            text += "\n\n"
            offset += 2
        }
        let count = para.unicodeScalars.count
        paragraphs.append(TextSpan(start: offset, end: offset + count))
        for s in SentenceSplitter.split(para) {
            sentences.append(TextSpan(start: offset + s.start, end: offset + s.end))
        }
        text += para
        offset += count
    }
}

/// Unicode helpers for the body text.
public enum TextNormalizer {
    /// NFC. Uses the standard library's own normaliser (the one `String` comparison uses), which
    /// keeps ICU and its ~10 MB out of the daemon; ASCII is NFC already and skips it.
    public static func nfc(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return String(decoding: s._nfcCodeUnits, as: UTF8.self)
    }

    /// Trims and folds every run of whitespace (Unicode White_Space, including NBSP) to one
    /// space, dropping zero-width spaces and BOMs.
    public static func foldWhitespace(_ s: some StringProtocol) -> String { FastText.foldWhitespace(s) }
}
