/// Assembles the body of an article from paragraphs: NFC, `"\n\n"` between paragraphs, and the
/// paragraph and sentence spans in Unicode scalar offsets (SPEC §5).
///
/// Works on UTF-8 bytes: folding, the NFC check, sentence splitting and scalar counting happen
/// in one buffer per paragraph, with no `String` per line or paragraph (plain text must read at
/// 200 MB/s, issue 3).
public struct BodyBuilder: Sendable {
    private var bytes: [UInt8] = []
    public private(set) var paragraphs: [TextSpan] = []
    public private(set) var sentences: [TextSpan] = []
    /// Scalars in `bytes`.
    private var offset = 0

    public init() {}

    /// The body so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// True when the body holds at least one word (SPEC §5 `words` > 0).
    public var hasWord: Bool { bytes.withUnsafeBufferPointer { FastText.hasWord($0) } }

    /// Adds one paragraph: inner whitespace runs fold to one space; empty paragraphs are skipped.
    public mutating func add(paragraph raw: some StringProtocol) {
        var s = String(raw)
        s.withUTF8 { add(lines: $0, [0..<$0.count]) }
    }

    /// Adds one paragraph made of `lines` (byte ranges of valid UTF-8 in `source`), joined by a
    /// space.
    mutating func add(lines source: UnsafeBufferPointer<UInt8>, _ lines: some Collection<Range<Int>>) {
        // Folding never lengthens: room for every byte, the joining spaces and the separator.
        var room = 2
        for line in lines { room += line.count + 1 }
        let base = bytes.count
        let separator = paragraphs.isEmpty ? 0 : 2
        bytes.append(contentsOf: repeatElement(0, count: room))
        var (written, scalars, stable) = bytes.withUnsafeMutableBufferPointer { out in
            Self.fold(source, lines, into: UnsafeMutableBufferPointer(rebasing: out[(base + separator)...]))
        }
        guard written > 0 else {
            bytes.removeSubrange(base...)
            return
        }
        bytes.removeSubrange((base + separator + written)...)
        if separator > 0 {
            bytes[base] = 0x0A
            bytes[base + 1] = 0x0A
            offset += 2
        }
        let start = base + separator
        if !stable {
            let normalized = String(decoding: bytes[start...], as: UTF8.self)._nfcCodeUnits
            bytes.replaceSubrange(start..., with: normalized)
            scalars = bytes.withUnsafeBufferPointer { FastText.scalarCount($0, start..<$0.count) }
        }
        paragraphs.append(TextSpan(start: offset, end: offset + scalars))
        let first = offset
        bytes.withUnsafeBufferPointer { all in
            let para = UnsafeBufferPointer(rebasing: all[start...])
            SentenceSplitter.split(para, ascii: scalars == para.count) { span in
                sentences.append(TextSpan(start: first + span.start, end: first + span.end))
            }
        }
        offset += scalars
    }

    /// Folds whitespace runs (within and between the pieces) to one space, trims, drops
    /// zero-width spaces and BOMs, writing into `out` (at least the pieces' bytes plus one per
    /// piece); returns the bytes and scalars written and whether every scalar is stable under
    /// NFC.
    static func fold(
        _ source: UnsafeBufferPointer<UInt8>, _ pieces: some Collection<Range<Int>>,
        into out: UnsafeMutableBufferPointer<UInt8>
    ) -> (bytes: Int, scalars: Int, stable: Bool) {
        guard let src = source.baseAddress, let dst = out.baseAddress else { return (0, 0, true) }
        var n = 0
        // Bytes that continue a scalar: scalars = n - extra.
        var extra = 0
        var stable = true
        // A whitespace run becomes one space unless the output is empty or ends in one; a
        // trailing space is cut at the end.
        @inline(__always) func space() {
            if n > 0 && dst[n - 1] != 0x20 {
                dst[n] = 0x20
                n += 1
            }
        }
        for piece in pieces {
            space()
            var i = piece.lowerBound
            let end = piece.upperBound
            while i < end {
                // Eight printable ASCII bytes or single spaces: copied as they are.
                if i + 8 <= end {
                    let w = ByteScan.load(src, i)
                    if ByteScan.hasLess(w, 0x20) | (w & ByteScan.highs) == 0 {
                        let spaces = ByteScan.mask(w, 0x20)
                        let leadingSpace = spaces & 0x80 != 0 && (n == 0 || dst[n - 1] == 0x20)
                        if spaces & (spaces << 8) == 0 && !leadingSpace {
                            UnsafeMutableRawPointer(dst + n).storeBytes(of: w, as: UInt64.self)
                            n += 8
                            i += 8
                            continue
                        }
                    }
                }
                let b = src[i]
                if b < 0x80 {
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                        space()
                    } else {
                        dst[n] = b
                        n += 1
                    }
                    i += 1
                    continue
                }
                let (v, len) = FastText.scalar(source, i)
                if FastText.isInvisible(v) {
                    // dropped, as if absent
                } else if FastText.isWhitespace(v) {
                    space()
                } else {
                    stable = stable && FastText.isStableUnderNFC(v)
                    for k in 0..<len { dst[n + k] = src[i + k] }
                    n += len
                    extra += len - 1
                }
                i += len
            }
        }
        if n > 0 && dst[n - 1] == 0x20 { n -= 1 }
        return (n, n - extra, stable)
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
