// Writes what the reader makes of the benchmark corpus — every seed, news text and dev page as
// .txt, .md and .html, with title, dates, language, paragraph and sentence spans and the body —
// to one file. Two snapshots, before and after a change to the reader, diff to exactly what the
// change did (the byte-level rewrite of issue 3 was checked this way: no difference on 1,797
// files).
//
//   swift run -c release --package-path Benchmarks ReadSnapshot path/to/shared/data OUT.txt
import BenchKit
import Glibc
import SitrepCore

let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
guard arguments.count == 2, let out = arguments.last else {
    say("usage: ReadSnapshot path/to/shared/data OUT.txt")
    exit(2)
}
let paths = BenchPaths()
let reader = ArticleReader()
var files: [([UInt8], String)] = []
for text in paths.seeds() + paths.newsTexts() {
    files.append((text, "a.txt"))
    files.append((text, "a.md"))
}
for page in paths.htmlPages() {
    files.append((page, "a.html"))
    if case .success(let a)? = reader.read(bytes: page, fileName: "p.html").parts.first {
        let text = Array(((a.title ?? "") + "\n\n" + a.text).utf8)
        files.append((text, "a.txt"))
        files.append((text, "a.md"))
        // With furniture around it, once before and twice after.
        files.append((Array("  nav\nShare\n".utf8) + text + Array("\nShare\n\n".utf8), "b.txt"))
    }
}
var snapshot = ""
for (i, (bytes, name)) in files.enumerated() {
    for part in reader.read(bytes: bytes, fileName: name).parts {
        switch part {
        case .success(let a):
            let published = a.published.map { "\($0)" } ?? "-"
            snapshot += "#\(i) \(name) title=\(a.title ?? "-") pub=\(published) "
            snapshot += "from=\(a.publishedFrom?.rawValue ?? "-") lang=\(a.lang ?? "-")\n"
            snapshot += "P \(a.paragraphs.map { "\($0.start)-\($0.end)" }.joined(separator: ","))\n"
            snapshot += "S \(a.sentences.map { "\($0.start)-\($0.end)" }.joined(separator: ","))\n"
            snapshot += a.text + "\n"
        case .failure(let r): snapshot += "#\(i) \(name) rejected \(r)\n"
        }
    }
}
do {
    let fd = try FS.open(out, O_WRONLY | O_CREAT | O_TRUNC, mode: 0o644)
    defer { close(fd) }
    try FS.writeAll(fd, Array(snapshot.utf8))
} catch {
    say("cannot write \(out): \(error)")
    exit(1)
}
say("\(files.count) files read into \(out)")
