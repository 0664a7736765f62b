/// Byte-level text primitives for the hot path. `Unicode.Scalar.Properties` looks each scalar up
/// in the stdlib's property tables (measured: 42% of reading time); White_Space is a fixed set
/// of 25 code points, so an exact check is a few comparisons.
public enum FastText {
    /// Unicode White_Space (exactly the property's code points).
    @inline(__always)
    public static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool { isWhitespace(s.value) }

    /// Scalars removed like whitespace when folding: zero-width space and BOM.
    @inline(__always)
    static func isInvisible(_ v: UInt32) -> Bool { v == 0x200B || v == 0xFEFF }

    /// Decodes the scalar starting at `i` in valid UTF-8 (as `String.utf8` always is).
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return (
            (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F),
            4
        )
    }

    /// Trims and folds every whitespace run to one space; drops zero-width spaces and BOMs.
    public static func foldWhitespace(_ s: some StringProtocol) -> String {
        var string = String(s)
        return string.withUTF8 { b in
            String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                var pendingSpace = false
                var i = 0
                while i < b.count {
                    let (v, len) = scalar(b, i)
                    if isInvisible(v) {
                        // dropped, as if absent
                    } else if isWhitespace(v) {
                        pendingSpace = n > 0
                    } else {
                        if pendingSpace {
                            out[n] = 0x20
                            n += 1
                            pendingSpace = false
                        }
                        for k in 0..<len { out[n + k] = b[i + k] }
                        n += len
                    }
                    i += len
                }
                return n
            }
        }
    }

    /// Whitespace-separated tokens with at least one letter or digit.
    public static func wordCount(_ s: String) -> Int {
        var string = s
        return string.withUTF8 { b in
            var count = 0
            var tokenHasWord = false
            var inToken = false
            var i = 0
            while i < b.count {
                let (v, len) = scalar(b, i)
                if isWhitespace(v) {
                    if inToken && tokenHasWord { count += 1 }
                    inToken = false
                    tokenHasWord = false
                } else {
                    inToken = true
                    if !tokenHasWord {
                        if v < 0x80 {
                            tokenHasWord = (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A)
                        } else if let u = Unicode.Scalar(v) {
                            tokenHasWord = u.properties.isAlphabetic || u.properties.numericType != nil
                        }
                    }
                }
                i += len
            }
            if inToken && tokenHasWord { count += 1 }
            return count
        }
    }
}
