import FoundationEssentials

/// A record read back from the log for `tail` and `stats`: the fields people look at.
public struct RecordView: Decodable, Sendable {
    public struct Location: Decodable, Sendable {
        public var name: String?
        public var country: String?
    }
    public struct Evidence: Decodable, Sendable {
        public var sentence: String?
    }
    /// `counts`: numbers by key, and the currency of `amount` (a string among numbers).
    public struct Counts: Decodable, Sendable {
        public var numbers: [String: Double] = [:]
        public var currency: String?

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            for key in c.allKeys {
                if let n = try? c.decode(Double.self, forKey: key) {
                    numbers[key.stringValue] = n
                } else if key.stringValue == "currency" {
                    currency = try? c.decode(String.self, forKey: key)
                }
            }
        }
    }
    public var seq: Int64?
    public var kind: String
    public var ts: String?
    public var article: String?
    public var file: String?
    public var type: String?
    public var date: String?
    public var location: Location?
    public var counts: Counts?
    public var evidence: Evidence?
    public var reason: String?
    public var detail: String?
    public var title: String?
    public var lead: String?
    public var published: String?
    public var events: Int?

    /// Decodes one log line, or nil for a line that is not a record.
    public static func decode(_ line: some Collection<UInt8>) -> RecordView? {
        try? JSONDecoder().decode(RecordView.self, from: Data(line))
    }

    /// One `journalctl`-like line: time, kind, type, place, date, counts, the start of the evidence.
    public var summary: String {
        var parts = [ts ?? "-", kind]
        switch kind {
        case "event":
            parts.append(type ?? "-")
            parts.append(location.map { [$0.name, $0.country].compactMap { $0 }.joined(separator: ",") } ?? "-")
            parts.append(date ?? "-")
            if let counts, !counts.numbers.isEmpty {
                parts.append(
                    counts.numbers.sorted { $0.key < $1.key }.map { key, value in
                        key == "amount"
                            ? "amount=\(Int(value))\(counts.currency.map { " " + $0 } ?? "")" : "\(key)=\(Int(value))"
                    }.joined(separator: ","))
            }
            if let s = evidence?.sentence { parts.append("\"\(RecordView.clip(s, 80))\"") }
        case "article":
            parts.append(article ?? "-")
            parts.append(file ?? "-")
            parts.append(published ?? "-")
            parts.append("events=\(events ?? 0)")
            if let t = title ?? lead { parts.append("\"\(RecordView.clip(t, 80))\"") }
        case "rejected":
            parts.append(file ?? "-")
            parts.append(reason ?? "-")
            if let d = detail { parts.append(RecordView.clip(d, 80)) }
        default:
            parts.append(article ?? "-")
            parts.append(file ?? "-")
        }
        return parts.joined(separator: "  ")
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
}
