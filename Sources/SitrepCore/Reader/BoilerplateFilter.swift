/// Removes page furniture from scraped text: short lines that the page repeats (addresses,
/// "Share", "Subscribe") are not the article's words.
public enum BoilerplateFilter {
    /// Drops every occurrence of a non-blank line shorter than 100 characters that appears more
    /// than once, and a block of such lines when the whole block repeats.
    public static func removeRepeatedLines(_ lines: [Substring]) -> [Substring] {
        var counts: [Substring: Int] = [:]
        for line in lines {
            let key = line.trimmingASCII(" \t")
            if !key.isEmpty && key.count < 100 { counts[key, default: 0] += 1 }
        }
        guard counts.values.contains(where: { $0 > 1 }) else { return lines }
        return lines.filter { line in
            let key = line.trimmingASCII(" \t")
            return key.isEmpty || (counts[key] ?? 0) < 2 || looksLikeProse(key)
        }
    }

    /// A repeated line that reads like a sentence ("He said.") may repeat legitimately.
    static func looksLikeProse(_ line: Substring) -> Bool {
        TextMetrics.wordCount(String(line)) >= 8 && (line.hasSuffix(".") || line.hasSuffix("\""))
    }
}
