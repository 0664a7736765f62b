import FoundationEssentials

/// Any JSON value, for reading records in tests.
public enum JSONAny: Decodable, Equatable, Sendable {
    case string(String), number(Double), bool(Bool), object([String: JSONAny]), array([JSONAny]), null
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONAny].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONAny].self))
        }
    }
    public var string: String? { if case .string(let s) = self { s } else { nil } }
    public var number: Double? { if case .number(let n) = self { n } else { nil } }
    public subscript(key: String) -> JSONAny? { if case .object(let o) = self { o[key] } else { nil } }
    public var array: [JSONAny]? { if case .array(let a) = self { a } else { nil } }

    /// Decodes one JSON line.
    public static func decode(_ line: some StringProtocol) -> [String: JSONAny]? {
        try? JSONDecoder().decode([String: JSONAny].self, from: Data(String(line).utf8))
    }
}
