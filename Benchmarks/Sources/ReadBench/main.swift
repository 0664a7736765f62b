// Reader throughput on one core (issue 3): plain text, Markdown, JSON Lines and HTML, on a corpus
// built from the seeds and the shared development sets, plus the robustness cases the issue
// names (100 MB on one line, a JSON array of 100,000 articles) with their time and peak memory.
//
//   swift run -c release --package-path Benchmarks ReadBench [path/to/shared/data] [--plain-only | --html-only | --short-only]
import BenchKit
import Glibc
import SitrepCore

let paths = BenchPaths()
let reader = ArticleReader()
let seeds = paths.seeds()
let news = paths.newsTexts()
let pages = paths.htmlPages()
guard !seeds.isEmpty, !news.isEmpty else {
    say("missing corpus: seeds or \(paths.data)/dates-dev.jsonl")
    exit(2)
}

func run(_ label: String, _ files: [[UInt8]], name: String, minSeconds: Double = 2) {
    let bytes = files.reduce(0) { $0 + $1.count }
    var articles = 0
    let t = measure(minSeconds: minSeconds) {
        articles = 0
        for b in files { articles += reader.read(bytes: b, fileName: name).parts.count }
    }
    say(
        "\(label): \(files.count) files, \(bytes / 1024) KiB, \(articles) articles: \(megabytesPerSecond(bytes, t)) MB/s"
    )
}

func repeated(_ text: [UInt8], to size: Int) -> [UInt8] {
    var b: [UInt8] = []
    b.reserveCapacity(size + text.count)
    while b.count < size { b += text + Array("\n\n".utf8) }
    return b
}

// The plain-text corpus: the seeds as they are, the news stories, and the dev pages' article
// text as a scraper would save it (title line, blank line, paragraphs).
let pageTexts: [[UInt8]] = pages.compactMap { page in
    guard case .success(let a)? = reader.read(bytes: page, fileName: "p.html").parts.first else { return nil }
    return Array(((a.title ?? "") + "\n\n" + a.text).utf8)
}
let plainCorpus = seeds + news + pageTexts

if CommandLine.arguments.contains("--html-only") {
    run("html (dev pages)", pages, name: "a.html", minSeconds: 10)
    exit(0)
}
if CommandLine.arguments.contains("--plain-only") {
    run("plain text", plainCorpus, name: "a.txt", minSeconds: 10)
    run("plain text (seeds, dev-page texts)", seeds + pageTexts, name: "a.txt", minSeconds: 10)
    exit(0)
}

let shortOnly = CommandLine.arguments.contains("--short-only")
if !shortOnly {
    run("plain text (seeds, news, dev-page texts)", plainCorpus, name: "a.txt")
    // The corpus issue 3 names: the seeds and the dev pages, without the short TimeBank stories.
    run("plain text (seeds, dev-page texts)", seeds + pageTexts, name: "a.txt")
}
// The fixed cost of a file: a short article read over and over.
let short = Array(
    "Kyiv, Nov. 7 (AP) — Russian drones struck an energy facility overnight, officials said.\n\nTwo people were injured.\n"
        .utf8)
let shortTime = measure(minSeconds: shortOnly ? 10 : 2) {
    for _ in 0..<10_000 { _ = reader.read(bytes: short, fileName: "s.txt") }
}
say("plain text, one \(short.count)-byte article: \(format1(shortTime / 10_000 * 1e6)) µs per file")
if shortOnly { exit(0) }
run("plain text (seeds repeated to 4 MiB)", seeds.map { repeated($0, to: 4 << 20) }, name: "a.txt")
run("markdown (same corpus as .md)", plainCorpus, name: "a.md")

// The same stories as one JSON Lines file, the way a scraper hands them over.
var jsonl: [UInt8] = []
for t in plainCorpus {
    let record = JSONValue.object([("title", .string("t")), ("text", .string(String(decoding: t, as: UTF8.self)))])
    jsonl += record.serialized() + [0x0A]
}
run("json lines (\(plainCorpus.count) articles in one file)", [jsonl], name: "a.jsonl")
if !pages.isEmpty { run("html (dev pages)", pages, name: "a.html") }

// Robustness: wall time and peak resident memory for the pathological inputs.
func peakRSSKiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}
var line = [UInt8](repeating: 0x61, count: 100 << 20)
for i in stride(from: 7, to: line.count, by: 8) { line[i] = 0x20 }
let lineTime = seconds { _ = reader.read(bytes: line, fileName: "one-line.txt") }
say("100 MiB on one line: \(format1(lineTime * 1000)) ms, peak RSS \(peakRSSKiB() / 1024) MiB")
line = []

var array: [UInt8] = Array("[".utf8)
for i in 0..<100_000 {
    if i > 0 { array.append(0x2C) }
    array += Array("{\"title\":\"Article \(i)\",\"text\":\"Shelling hit the town on Monday, officials said.\"}".utf8)
}
array += Array("]".utf8)
var parts = 0
let arrayTime = seconds { parts = reader.read(bytes: array, fileName: "many.json").parts.count }
say("JSON array of \(parts) articles: \(format1(arrayTime * 1000)) ms, peak RSS \(peakRSSKiB() / 1024) MiB")
