/// Counting rules shared by the reader and the records.
public enum TextMetrics {
    /// Whitespace-separated tokens with at least one letter or digit (SPEC §5 `words`).
    public static func wordCount(_ text: String) -> Int { FastText.wordCount(text) }
}
