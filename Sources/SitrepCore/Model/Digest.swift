import Crypto

/// SHA-256 helpers: file hashes and article ids (SPEC §5).
public enum Digests {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Lower-case hex SHA-256 of `bytes`.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        hexString(SHA256.hash(data: bytes))
    }

    static func hexString(_ digest: some Sequence<UInt8>, limit: Int = .max) -> String {
        var out: [UInt8] = []
        for byte in digest.prefix(limit) {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The article id: `a-` + the first 16 hex of SHA-256 over the NFC body text with every
    /// whitespace run folded to one space. `key` is the same 64 bits as an integer for the index.
    public static func articleID(text: String) -> (id: String, key: UInt64) {
        let folded = TextNormalizer.foldWhitespace(text)
        let digest = Array(SHA256.hash(data: Array(folded.utf8)))
        var key: UInt64 = 0
        for byte in digest.prefix(8) { key = key << 8 | UInt64(byte) }
        return ("a-" + hexString(digest, limit: 8), key)
    }

    /// The 64-bit index key of an id written as `a-` + 16 hex, or nil.
    public static func articleKey(_ id: String) -> UInt64? {
        guard id.hasPrefix("a-") else { return nil }
        return UInt64(id.dropFirst(2), radix: 16)
    }
}
