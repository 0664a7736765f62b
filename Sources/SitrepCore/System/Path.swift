/// Path string helpers. Paths in Sitrep are plain `String`s as given to the syscalls.
public enum Path {
    /// Joins two path components with one `/`.
    public static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        if a.utf8.last == UInt8(ascii: "/") { return a + b }
        return a + "/" + b
    }

    /// The folder part of `path` (`"."` for a bare name, `"/"` for the root).
    public static func parent(_ path: String) -> String {
        var utf8 = Array(path.utf8)
        while utf8.count > 1 && utf8.last == UInt8(ascii: "/") { utf8.removeLast() }
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        if slash == 0 { return "/" }
        return String(decoding: utf8[..<slash], as: UTF8.self)
    }

    /// The last component of `path`.
    public static func basename(_ path: String) -> String {
        var utf8 = Array(path.utf8)
        while utf8.count > 1 && utf8.last == UInt8(ascii: "/") { utf8.removeLast() }
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return String(decoding: utf8, as: UTF8.self) }
        return String(decoding: utf8[(slash + 1)...], as: UTF8.self)
    }

    /// `name` split at its last dot into stem and extension (extension without the dot, may be empty).
    public static func splitExtension(_ name: String) -> (stem: String, ext: String) {
        // On the name's own UTF-8 view: the reader asks for every file, and a byte array of
        // the name was an allocation per file.
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot > utf8.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[name.utf8.index(after: dot)...]))
    }

    /// Makes `path` absolute against the current directory.
    public static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return path }
        let cwd = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var rel = Substring(path)
        while rel.hasPrefix("./") { rel = rel.dropFirst(2) }
        if rel == "." { return cwd }
        return join(cwd, String(rel))
    }
}

#if canImport(Glibc)
    import Glibc
#endif
