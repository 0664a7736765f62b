/// One token of an article body: a word, a number or a punctuation mark, with where it sits in
/// the text both in UTF-8 bytes (for slicing) and in Unicode scalars (for record offsets).
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable { case word, number, punct }

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Starts with an upper-case letter.
        public static let capitalized = Flags(rawValue: 1)
        /// Two or more letters, all upper case ("NATO", "UK").
        public static let allCaps = Flags(rawValue: 2)
        /// Holds a digit ("6th", "1990s", "12,000").
        public static let hasDigit = Flags(rawValue: 4)
        /// White space stands between this token and the one before.
        public static let spaceBefore = Flags(rawValue: 8)
        /// The first token of its sentence.
        public static let sentenceStart = Flags(rawValue: 16)
        /// A lower-case word of four letters or more ending in "ed" ("attended", "predicted").
        public static let edForm = Flags(rawValue: 32)
    }

    /// Byte range in the UTF-8 text.
    public var start: Int32
    public var end: Int32
    /// Unicode scalar range in the text.
    public var scalarStart: Int32
    public var scalarEnd: Int32
    /// Hash of the lower-cased token (typographic apostrophes, quotes and dashes folded to ASCII):
    /// what lexicons are keyed by.
    public var key: UInt64
    public var kind: Kind
    public var flags: Flags
    /// The value of a number token ("12,000" → 12000, "7.6" → 7.6); NaN for other tokens.
    public var number: Double

    public var isCapitalized: Bool { flags.contains(.capitalized) }
    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    public var byteLength: Int { Int(end - start) }
    /// The number as an `Int`, clamped to ±10⁹ (0 for NaN): `Int(number)` traps on the
    /// infinite or huge values a long digit run gives, and callers only compare with days,
    /// months and years.
    public var clampedInt: Int { number.isNaN ? 0 : Int(max(-1e9, min(1e9, number))) }
}
