/// Counting rules shared by the reader and the records.
public enum TextMetrics {
    /// Whitespace-separated tokens with at least one letter or digit; ASCII fast path on bytes.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inToken = false
        var tokenHasWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if inToken && tokenHasWord { count += 1 }
                inToken = false
                tokenHasWord = false
            } else {
                inToken = true
                if !tokenHasWord {
                    if scalar.isASCII {
                        let v = scalar.value
                        tokenHasWord = (v >= 48 && v <= 57) || (v | 0x20 >= 97 && v | 0x20 <= 122)
                    } else {
                        tokenHasWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    }
                }
            }
        }
        if inToken && tokenHasWord { count += 1 }
        return count
    }
}
