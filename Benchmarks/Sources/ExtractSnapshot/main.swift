// Writes every event the extractor finds in the development data — the seeds, the TimeBank news
// stories with their document dates, the UCDP headlines with their publication dates and the
// PLOVER sentences — to one file, one JSON record per line under a header per article. Two
// snapshots, before and after a change meant only to make the extractor faster, must be the
// same byte for byte.
//
//   swift run -c release --package-path Benchmarks ExtractSnapshot path/to/shared/data OUT.jsonl
import BenchKit
import Foundation
import Glibc
import SitrepCore

let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
guard arguments.count == 2, let out = arguments.last else {
    say("usage: ExtractSnapshot path/to/shared/data OUT.jsonl")
    exit(2)
}
let paths = BenchPaths()
guard let gazetteer = try? Gazetteer(path: Path.join(paths.packageRoot, "gazetteer/gazetteer.tsv")) else {
    say("cannot load the gazetteer")
    exit(2)
}
let reader = ArticleReader()
let extractor = RuleEventExtractor(gazetteer: gazetteer)

/// The fields of the shared data's JSON Lines records that make an article.
struct Record: Decodable {
    var text: String?
    var eventText: String?
    var dct: String?
    var published: String?
}

/// Each line of a JSON Lines file of the shared data as a plain-text article: a `date` header
/// from its date, then its text.
func records(_ file: String) -> [[UInt8]] {
    guard let bytes = try? FS.readFile(Path.join(paths.data, file)) else {
        say("cannot read \(file)")
        exit(2)
    }
    return bytes.split(separator: 0x0A).compactMap { line in
        guard let r = try? JSONDecoder().decode(Record.self, from: Data(line)),
            let text = r.text ?? r.eventText
        else { return nil }
        let date = (r.dct ?? r.published).map { "date \($0)\n\n" } ?? ""
        return Array((date + text).utf8)
    }
}

var files = paths.seeds()
for file in ["dates-dev.jsonl", "ucdp-ukraine-dev.jsonl", "plover-gold.jsonl"] { files += records(file) }
var snapshot: [UInt8] = []
var events = 0
for (i, bytes) in files.enumerated() {
    for case .success(let article) in reader.read(bytes: bytes, fileName: "a.txt").parts {
        snapshot += Array("# \(i)\n".utf8)
        for e in extractor.events(in: article, articleID: "a-0123456789abcdef") {
            JSONValue.object(e.fields).write(into: &snapshot)
            snapshot.append(0x0A)
            events += 1
        }
    }
}
do {
    let fd = try FS.open(out, O_WRONLY | O_CREAT | O_TRUNC, mode: 0o644)
    defer { close(fd) }
    try FS.writeAll(fd, snapshot)
} catch {
    say("cannot write \(out): \(error)")
    exit(1)
}
say("\(files.count) articles, \(events) events written to \(out)")
