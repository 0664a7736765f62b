/// Picks the input format from the file name, else from the first bytes (SPEC §3).
public enum FormatSniffer {
    public static func format(fileName: String, bytes: [UInt8]) -> InputFormat {
        switch Path.splitExtension(fileName).ext.lowercased() {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        default: return sniff(bytes)
        }
    }

    static func sniff(_ bytes: [UInt8]) -> InputFormat {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = Array(bytes[start..<min(bytes.count, start + 512)])
        let lowered = String(decoding: head, as: UTF8.self).lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") || lowered.contains("<body")
            || lowered.hasPrefix("<head")
        {
            return .html
        }
        if head.first == UInt8(ascii: "[") { return .json }
        if head.first == UInt8(ascii: "{") {
            // One object per line is JSON Lines; one object over many lines is JSON.
            if let newline = bytes[start...].firstIndex(of: 0x0A),
                bytes[start..<newline].last(where: { $0 != 0x20 && $0 != 0x0D }) == UInt8(ascii: "}"),
                bytes[(newline + 1)...].first(where: { $0 > 0x20 }) == UInt8(ascii: "{")
            {
                return .jsonl
            }
            return .json
        }
        if lowered.hasPrefix("# ") || lowered.contains("\n## ") { return .markdown }
        return .text
    }
}
