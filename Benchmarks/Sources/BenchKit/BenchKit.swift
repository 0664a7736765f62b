// What every benchmark here needs: printing without Foundation, timing by best-of-runs, and the
// corpus the reader and extractor figures are measured on.
import Glibc
import SitrepCore

/// Writes one line to standard output.
public func say(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

/// Seconds `body` takes once.
public func seconds(_ body: () -> Void) -> Double {
    let start = Clock.monotonicNanos()
    body()
    return Double(Clock.monotonicNanos() - start) / 1e9
}

/// Runs `body` until at least `minSeconds` have passed; returns seconds per run (best of rounds),
/// which is the figure least disturbed by a busy machine.
public func measure(minSeconds: Double = 2, _ body: () -> Void) -> Double {
    var best = Double.infinity
    var total = 0.0
    while total < minSeconds {
        let s = seconds(body)
        best = min(best, s)
        total += s
    }
    return best
}

/// One decimal.
public func format1(_ v: Double) -> String { "\((v * 10).rounded() / 10)" }

/// MB/s for `bytes` read in `seconds`.
public func megabytesPerSecond(_ bytes: Int, _ seconds: Double) -> String { format1(Double(bytes) / seconds / 1e6) }

/// Where the corpus comes from: the package root (for the seeds and gazetteer) and the shared
/// development data (first non-flag argument, else ../shared/data beside the package).
public struct BenchPaths: Sendable {
    public let packageRoot: String
    public let data: String

    public init() {
        let root = Path.absolute(".")
        packageRoot = FS.exists(Path.join(root, "gazetteer/gazetteer.tsv")) ? root : Path.parent(root)
        data =
            CommandLine.arguments.dropFirst().first { !$0.hasPrefix("--") }
            ?? Path.join(packageRoot, "../shared/data")
    }

    /// The two seed articles' bytes.
    public func seeds() -> [[UInt8]] {
        ["000_ad0ac0f6a651b051.txt", "002_975c51eb9d0a52a6.txt"].compactMap {
            try? FS.readFile(Path.join(packageRoot, "seeds/" + $0))
        }
    }

    /// The news stories of dates-dev.jsonl (TimeBank), each as plain-text bytes.
    public func newsTexts() -> [[UInt8]] {
        guard let lines = try? FS.readFile(Path.join(data, "dates-dev.jsonl")) else { return [] }
        let reader = ArticleReader()
        return lines.split(separator: 0x0A).compactMap { line in
            if case .success(let a)? = reader.read(bytes: Array(line), fileName: "d.json").parts.first {
                return Array(a.text.utf8)
            }
            return nil
        }
    }

    /// The html-dev pages, gunzipped.
    public func htmlPages() -> [[UInt8]] {
        var pages: [[UInt8]] = []
        let dir = Path.join(data, "html-dev")
        guard let handle = opendir(dir) else { return [] }
        defer { closedir(handle) }
        let tmp = "/tmp/sitrep-bench-\(getpid()).html"
        defer { unlink(tmp) }
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name.hasSuffix(".html.gz") else { continue }
            if system("gzip -dc '\(Path.join(dir, name))' > \(tmp)") == 0, let b = try? FS.readFile(tmp) {
                pages.append(b)
            }
        }
        return pages
    }
}
