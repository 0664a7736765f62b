import Glibc
import SitrepCore

/// The package root, found from this file's path (tests run from anywhere).
public let packageRoot: String = {
    var path = #filePath
    for _ in 0..<3 { path = Path.parent(path) }
    return path
}()

/// The bytes of a seed article in `seeds/`.
public func seedBytes(_ name: String) -> [UInt8] {
    (try? FS.readFile(Path.join(packageRoot, "seeds/" + name))) ?? []
}

/// The two seed articles.
public let seedNames = ["000_ad0ac0f6a651b051.txt", "002_975c51eb9d0a52a6.txt"]

/// A fresh folder, removed when the value is dropped. `base` defaults to /tmp; the systemd
/// tests use another, since the unit's PrivateTmp hides /tmp.
public final class TempDir {
    public let path: String

    public init(base: String = "/tmp") {
        try? FS.makeDirectories(base)
        var template = Array("\(base)/sitrep-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        path = made.map { String(cString: $0) } ?? "\(base)/sitrep-test-fallback"
    }

    deinit { _ = system("rm -rf '\(path)'") }

    public func file(_ rel: String) -> String { Path.join(path, rel) }
    public func write(_ rel: String, _ text: String) { write(rel, Array(text.utf8)) }

    public func write(_ rel: String, _ bytes: [UInt8]) {
        let full = file(rel)
        try? FS.makeDirectories(Path.parent(full))
        // Close-on-exec: a process another test forks must not hold the file open (and delay
        // its IN_CLOSE_WRITE) until it execs.
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    public func read(_ rel: String) -> [UInt8]? { try? FS.readFile(file(rel)) }

    /// Writes `bytes` under a temp name and renames it in, as producers should.
    public func drop(_ rel: String, _ bytes: [UInt8]) {
        let folder = Path.parent(rel) == "." ? "" : Path.parent(rel)
        let tmp = file(Path.join(folder, ".\(Path.basename(rel)).part"))
        write(Path.join(folder, ".\(Path.basename(rel)).part"), bytes)
        rename(tmp, file(rel))
    }

    /// Every non-folder entry below `rel`, sorted.
    public func files(under rel: String) -> [String] {
        var out: [String] = []
        var stack = [rel]
        while let d = stack.popLast() {
            for name in (try? FS.listDirectory(file(d))) ?? [] {
                let r = d.isEmpty ? name : Path.join(d, name)
                if let st = try? FS.lstat(file(r)), st.st_mode & S_IFMT == S_IFDIR {
                    stack.append(r)
                } else {
                    out.append(r)
                }
            }
        }
        return out.sorted()
    }
}

/// A small deterministic generator, so a failure names its seed and reruns the same.
public struct SplitMix {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A value in `0..<n`.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}
