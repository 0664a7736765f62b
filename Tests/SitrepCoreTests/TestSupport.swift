import Glibc
import SitrepCore

/// The package root, found from this file's path (tests run from anywhere).
let packageRoot: String = {
    var path = #filePath
    for _ in 0..<3 { path = Path.parent(path) }
    return path
}()

func seedBytes(_ name: String) -> [UInt8] {
    (try? FS.readFile(Path.join(packageRoot, "seeds/" + name))) ?? []
}

/// A fresh folder under /tmp, removed when the value is dropped.
final class TempDir {
    let path: String
    init() {
        var template = Array("/tmp/sitrep-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        path = made.map { String(cString: $0) } ?? "/tmp/sitrep-test-fallback"
    }
    deinit { _ = system("rm -rf '\(path)'") }
    func file(_ rel: String) -> String { Path.join(path, rel) }
    func write(_ rel: String, _ text: String) { write(rel, Array(text.utf8)) }
    func write(_ rel: String, _ bytes: [UInt8]) {
        let full = file(rel)
        try? FS.makeDirectories(Path.parent(full))
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
    func read(_ rel: String) -> [UInt8]? { try? FS.readFile(file(rel)) }
}
