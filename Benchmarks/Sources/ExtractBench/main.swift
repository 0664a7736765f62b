// Extractor throughput on one core (issue 4): gazetteer load time, the extractor's MB/s on a news
// corpus, and the cost of one 1 MB article. The corpus is the seeds plus the TimeBank news texts
// of the shared development data; pass the data folder if it is not ../shared/data. The reader's
// figures are ReadBench's.
//
//   swift run -c release --package-path Benchmarks ExtractBench [path/to/shared/data] [--extractor-only | --tokenize-only | --passes N]
import BenchKit
import Glibc
import SitrepCore

let paths = BenchPaths()
let gazetteerPath = Path.join(paths.packageRoot, "gazetteer/gazetteer.tsv")
// `--passes N`: exactly N passes of the extractor and no more figures, for instruction counts
// (`valgrind --tool=cachegrind`) that compare two builds where timings drift with the host.
let passes = CommandLine.arguments.firstIndex(of: "--passes").flatMap { i in
    i + 1 < CommandLine.arguments.count ? Int(CommandLine.arguments[i + 1]) : nil
}
let profiling = CommandLine.arguments.contains("--extractor-only") || passes != nil

var loaded: Gazetteer?
// `ExtractBench --load-only` loads for 10 s and stops: for profiling the load.
let loadOnly = CommandLine.arguments.contains("--load-only")
let load = measure(minSeconds: profiling ? 0.001 : loadOnly ? 10 : 1) { loaded = try? Gazetteer(path: gazetteerPath) }
guard let gazetteer = loaded else {
    say("cannot load \(gazetteerPath)")
    exit(2)
}
say("gazetteer: \(gazetteer.places.count) places, load \(format1(load * 1000)) ms (best of runs)")
if loadOnly { exit(0) }

let reader = ArticleReader()
let articles: [Article] = (paths.seeds() + paths.newsTexts()).compactMap { bytes in
    if case .success(let a)? = reader.read(bytes: bytes, fileName: "a.txt").parts.first { return a }
    return nil
}
let corpusBytes = articles.reduce(0) { $0 + $1.text.utf8.count }
// The first stage alone (`--tokenize-only` stops after it): every later stage reads its tokens.
let tokenizeOnly = CommandLine.arguments.contains("--tokenize-only")
let texts = articles.map { Array($0.text.utf8) }
var tokenCount = 0
let tokenizing = measure(minSeconds: profiling ? 0.001 : tokenizeOnly ? 5 : 1) {
    tokenCount = 0
    for t in texts { tokenCount += Tokenizer.tokenize(t).count }
}
say("tokenizer: \(tokenCount) tokens: \(megabytesPerSecond(corpusBytes, tokenizing)) MB/s")
if tokenizeOnly { exit(0) }
let extractor = RuleEventExtractor(gazetteer: gazetteer)
var events = 0
if let passes {
    let time = seconds {
        for _ in 0..<passes {
            for a in articles { events += extractor.events(in: a, articleID: "a-0123456789abcdef").count }
        }
    }
    say("extractor: \(passes) passes, \(events) events: \(megabytesPerSecond(corpusBytes * passes, time)) MB/s")
    exit(0)
}
let perRun = measure(minSeconds: profiling ? 8 : 2) {
    events = 0
    for a in articles { events += extractor.events(in: a, articleID: "a-0123456789abcdef").count }
}
say(
    "extractor: \(articles.count) articles, \(corpusBytes / 1024) KiB, \(events) events: "
        + "\(megabytesPerSecond(corpusBytes, perRun)) MB/s")

// For profiling: `ExtractBench --extractor-only` stops here.
if profiling { exit(0) }

var big = ""
var i = 0
while big.utf8.count < 1 << 20 {
    big += articles[i % articles.count].text + "\n\n"
    i += 1
}
if case .success(let article)? = reader.read(bytes: Array(big.utf8), fileName: "big.txt").parts.first {
    let t = measure(minSeconds: 1) { _ = extractor.events(in: article, articleID: "a-0123456789abcdef") }
    say("extractor: one \(article.text.utf8.count / 1024) KiB article in \(format1(t * 1000)) ms")
}
