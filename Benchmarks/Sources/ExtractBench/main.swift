// Reader and extractor throughput on one core (issues 3 and 4): gazetteer load time, the
// extractor's MB/s on a news corpus, the cost of one 1 MB article, and the reader's MB/s on
// plain text and HTML. The corpus is the seeds plus the shared development sets (TimeBank news
// texts and the HTML pages); pass the data folder if it is not ../../shared/data.
//
//   swift run -c release --package-path Benchmarks ExtractBench [path/to/shared/data]
import Glibc
import SitrepCore

func say(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

func seconds(_ body: () -> Void) -> Double {
    let start = Clock.monotonicNanos()
    body()
    return Double(Clock.monotonicNanos() - start) / 1e9
}

/// Runs `body` until at least `minSeconds` have passed; returns seconds per run (best of rounds).
func measure(minSeconds: Double = 2, _ body: () -> Void) -> Double {
    var best = Double.infinity
    var total = 0.0
    while total < minSeconds {
        let s = seconds(body)
        best = min(best, s)
        total += s
    }
    return best
}

let root = Path.absolute(".")
let packageRoot = FS.exists(Path.join(root, "gazetteer/gazetteer.tsv")) ? root : Path.parent(root)
let data = CommandLine.arguments.dropFirst().first { !$0.hasPrefix("--") } ?? Path.join(packageRoot, "../shared/data")
let gazetteerPath = Path.join(packageRoot, "gazetteer/gazetteer.tsv")

// Gazetteer load.
var loaded: Gazetteer?
let profiling = CommandLine.arguments.contains("--extractor-only")
let load = measure(minSeconds: profiling ? 0.001 : 1) { loaded = try? Gazetteer(path: gazetteerPath) }
guard let gazetteer = loaded else {
    say("cannot load \(gazetteerPath)")
    exit(2)
}
say("gazetteer: \(gazetteer.places.count) places, load \(format3(load * 1000)) ms (best of runs)")

func format3(_ v: Double) -> String {
    let r = (v * 10).rounded() / 10
    return "\(r)"
}

// News corpus: the seeds and TimeBank's news texts.
var texts: [[UInt8]] = []
for name in ["000_ad0ac0f6a651b051.txt", "002_975c51eb9d0a52a6.txt"] {
    if let b = try? FS.readFile(Path.join(packageRoot, "seeds/" + name)) { texts.append(b) }
}
if let lines = try? FS.readFile(Path.join(data, "dates-dev.jsonl")) {
    // Each line is a JSON object; its "text" is a news story.
    let reader = ArticleReader()
    for line in lines.split(separator: 0x0A) {
        if case .success(let a)? = reader.read(bytes: Array(line), fileName: "d.json").parts.first {
            texts.append(Array(a.text.utf8))
        }
    }
}
let reader = ArticleReader()
let articles: [Article] = texts.compactMap { bytes in
    if case .success(let a)? = reader.read(bytes: bytes, fileName: "a.txt").parts.first { return a }
    return nil
}
let corpusBytes = articles.reduce(0) { $0 + $1.text.utf8.count }
let extractor = RuleEventExtractor(gazetteer: gazetteer)
var events = 0
let perRun = measure(minSeconds: profiling ? 8 : 2) {
    events = 0
    for a in articles { events += extractor.events(in: a, articleID: "a-0123456789abcdef").count }
}
say(
    "extractor: \(articles.count) articles, \(corpusBytes / 1024) KiB, \(events) events: "
        + "\(format3(Double(corpusBytes) / perRun / 1e6)) MB/s")

// For profiling: `ExtractBench data --extractor-only` stops here.
if CommandLine.arguments.contains("--extractor-only") { exit(0) }

// One 1 MB article.
var big = ""
var i = 0
while big.utf8.count < 1 << 20 {
    big += articles[i % articles.count].text + "\n\n"
    i += 1
}
if case .success(let article)? = reader.read(bytes: Array(big.utf8), fileName: "big.txt").parts.first {
    let t = measure(minSeconds: 1) { _ = extractor.events(in: article, articleID: "a-0123456789abcdef") }
    say("extractor: one \(article.text.utf8.count / 1024) KiB article in \(format3(t * 1000)) ms")
}

// Reader: plain text (the seeds, repeated to 4 MB per file) and HTML (the dev pages, gunzipped).
var plain: [[UInt8]] = []
for t in texts.prefix(2) {
    var b: [UInt8] = []
    while b.count < 4 << 20 { b += t + Array("\n\n".utf8) }
    plain.append(b)
}
let plainBytes = plain.reduce(0) { $0 + $1.count }
let plainRun = measure { for b in plain { _ = reader.read(bytes: b, fileName: "p.txt") } }
say("reader, plain text (seeds repeated to 4 MiB): \(format3(Double(plainBytes) / plainRun / 1e6)) MB/s")
// The news texts as plain-text files, one article each.
let news = articles.map { Array($0.text.utf8) }
let newsBytes = news.reduce(0) { $0 + $1.count }
let newsRun = measure { for b in news { _ = reader.read(bytes: b, fileName: "n.txt") } }
say(
    "reader, plain text (\(news.count) news files, \(newsBytes / 1024) KiB): \(format3(Double(newsBytes) / newsRun / 1e6)) MB/s"
)

var html: [[UInt8]] = []
let htmlDir = Path.join(data, "html-dev")
if let dir = opendir(htmlDir) {
    while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        guard name.hasSuffix(".html.gz") else { continue }
        let tmp = "/tmp/extractbench.html"
        if system("gzip -dc '\(Path.join(htmlDir, name))' > \(tmp)") == 0, let b = try? FS.readFile(tmp) {
            html.append(b)
        }
    }
    closedir(dir)
}
if !html.isEmpty {
    let htmlBytes = html.reduce(0) { $0 + $1.count }
    let htmlRun = measure { for b in html { _ = reader.read(bytes: b, fileName: "p.html") } }
    say(
        "reader, HTML: \(html.count) pages, \(htmlBytes / 1024) KiB: \(format3(Double(htmlBytes) / htmlRun / 1e6)) MB/s"
    )
}
