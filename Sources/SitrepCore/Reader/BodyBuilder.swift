/// Assembles the body of an article from paragraphs: NFC, `"\n\n"` between paragraphs, and the
/// paragraph and sentence spans in Unicode scalar offsets (SPEC §5).
///
/// Works on UTF-8 bytes: folding, the NFC check, sentence splitting and scalar counting happen
/// in one buffer per paragraph, with no `String` per line or paragraph (plain text must read at
/// 200 MB/s, issue 3).
public struct BodyBuilder: Sendable {
    /// The body is `bytes[..<used]`; the rest is zeroed room that paragraphs fold into, so
    /// adding one costs no zero-filling append (a generic `append(contentsOf:)` of zeros had
    /// cost 2% of reading plain text).
    private var bytes: [UInt8] = []
    private var used = 0
    public private(set) var paragraphs: [TextSpan] = []
    public private(set) var sentences: [TextSpan] = []
    /// Scalars in the body.
    private var offset = 0

    public init() {}

    /// Room for a body of about `bytes` bytes: one allocation instead of a doubling series.
    init(capacity bytes: Int) {
        self.bytes = [UInt8](repeating: 0, count: bytes + 16)
        sentences.reserveCapacity(bytes / 80 + 1)
    }

    /// The body so far.
    ///
    /// Built without validating again: every byte came from valid UTF-8 (the decoder's text,
    /// folded scalar by scalar, or the normaliser's output), and validation plus copy had cost
    /// 6% of reading plain text. Fuzzing builds check the claim.
    public var text: String {
        #if FUZZING
            precondition(String(validating: bytes[..<used], as: UTF8.self) != nil, "body bytes are not UTF-8")
        #endif
        return bytes.withUnsafeBufferPointer { all in
            let b = UnsafeBufferPointer(rebasing: all[..<used])
            return unsafe String(copying: UTF8Span(unchecked: b.span, isKnownASCII: false))
        }
    }

    /// True when the body holds at least one word (SPEC §5 `words` > 0).
    public var hasWord: Bool {
        bytes.withUnsafeBufferPointer { FastText.hasWord(UnsafeBufferPointer(rebasing: $0[..<used])) }
    }

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
        let base = used
        let separator = paragraphs.isEmpty ? 0 : 2
        if bytes.count < base + room {
            bytes.append(contentsOf: repeatElement(0, count: max(base + room - bytes.count, bytes.count)))
        }
        var (written, scalars, stable) = bytes.withUnsafeMutableBufferPointer { out in
            FastText.fold(
                source, lines, into: UnsafeMutableBufferPointer(rebasing: out[(base + separator)..<(base + room)]))
        }
        guard written > 0 else { return }
        if separator > 0 {
            bytes[base] = 0x0A
            bytes[base + 1] = 0x0A
            offset += 2
        }
        let start = base + separator
        used = start + written
        if !stable {
            let normalized = String(decoding: bytes[start..<used], as: UTF8.self)._nfcCodeUnits
            bytes.replaceSubrange(start..<used, with: normalized)
            used = start + normalized.count
            scalars = bytes.withUnsafeBufferPointer { FastText.scalarCount($0, start..<used) }
        }
        paragraphs.append(TextSpan(start: offset, end: offset + scalars))
        let first = offset
        let end = used
        bytes.withUnsafeBufferPointer { all in
            let para = UnsafeBufferPointer(rebasing: all[start..<end])
            SentenceSplitter.split(para, ascii: scalars == para.count) { span in
                sentences.append(TextSpan(start: first + span.start, end: first + span.end))
            }
        }
        offset += scalars
    }
}

/// Unicode helpers for the body text.
public enum TextNormalizer {
    /// A one-line field (title, source): whitespace folded, NFC; nil when nothing is left
    /// (TextFuzz found `title: <vertical tab>` giving an empty title).
    public static func line(_ s: String?) -> String? {
        guard let s else { return nil }
        let folded = nfc(foldWhitespace(s))
        return folded.isEmpty ? nil : folded
    }

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
