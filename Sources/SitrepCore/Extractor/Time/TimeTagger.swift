/// A time expression in a raw text, by Unicode scalar offsets.
public struct TaggedTime: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var value: TimeValue
}

/// Tags the time expressions of a whole raw text (not an ``Article``): the form the resolver is
/// scored in against TimeBank-style annotations (`scripts/eval-dates.py`, `sitrep timex`).
public enum TimeTagger {
    public static func tag(_ text: String, anchor: CalendarDate?) -> [TaggedTime] {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(bytes)
        var scanner = TimeScanner(tokens: tokens, anchor: anchor)
        var out: [TaggedTime] = []
        // Sentences: cut after ".", "!" or "?" before a capital or a line break, and at blank lines.
        var from = 0
        func flush(_ to: Int) {
            guard from < to else { return }
            for m in scanner.scan(from..<to) {
                let first = tokens[m.tokens.lowerBound]
                let last = tokens[m.tokens.upperBound - 1]
                out.append(
                    TaggedTime(
                        start: Int(first.scalarStart), end: Int(last.scalarEnd),
                        text: String(decoding: bytes[Int(first.start)..<Int(last.end)], as: UTF8.self),
                        value: m.value))
            }
            from = to
        }
        let dot = Tokenizer.key(".")
        let bang = Tokenizer.key("!")
        let question = Tokenizer.key("?")
        for i in tokens.indices {
            let k = tokens[i].key
            if k == dot || k == bang || k == question, i + 1 < tokens.count, tokens[i + 1].isCapitalized,
                tokens[i + 1].flags.contains(.spaceBefore), tokens[i].byteLength == 1,
                i == 0 || tokens[i - 1].byteLength > 3 || !tokens[i - 1].isCapitalized
            {
                flush(i + 1)
            } else if i > from, bytes[Int(tokens[i - 1].end)..<Int(tokens[i].start)].filter({ $0 == 10 }).count >= 2 {
                flush(i)
            }
        }
        flush(tokens.count)
        return out
    }
}
