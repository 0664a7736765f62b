import CSitrepLinux
import Glibc

/// Which names in the inbox are producers' temporary files (SPEC §3): ignored until renamed.
public enum InboxPolicy {
    public static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix(".part") || name.hasSuffix(".tmp") || name.hasSuffix(".swp")
            || name.hasSuffix("~")
    }

    /// The record's `file` for raw name bytes: UTF-8 as is, any other byte as the text `\xNN`.
    public static func displayName(_ bytes: [UInt8]) -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        var out = ""
        var j = 0
        while j < bytes.count {
            // The longest valid UTF-8 scalar starting here, else one escaped byte.
            var taken = false
            for len in stride(from: min(4, bytes.count - j), through: 1, by: -1) {
                if let s = String(validating: bytes[j..<(j + len)], as: UTF8.self), s.unicodeScalars.count == 1 {
                    out += s
                    j += len
                    taken = true
                    break
                }
            }
            if !taken {
                out += "\\x" + String(bytes[j], radix: 16).leftPadded(2)
                j += 1
            }
        }
        return out
    }

    /// Renames an entry whose name is not UTF-8 to its ``displayName(_:)`` inside the same
    /// folder, so that it can be processed and recorded under the name the log shows.
    /// - Returns: the new name, or nil when the rename failed (it is left where it is).
    public static func renameToDisplayName(folder: String, raw: [UInt8]) -> String? {
        let display = displayName(raw)
        var from = Array(folder.utf8) + [UInt8(ascii: "/")] + raw + [0]
        let to = Path.join(folder, display)
        let rc = from.withUnsafeMutableBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                sitrep_rename_noreplace(AT_FDCWD, $0, AT_FDCWD, to)
            }
        }
        return rc == 0 ? display : nil
    }
}

extension String {
    /// Zero-padded on the left to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
