// What every fuzz target does with one input, and the replay mode used without libFuzzer.
import SitrepCore

#if canImport(Glibc)
    import Glibc
#endif

/// Reads `bytes` as a file called `fileName` (the extension picks the format) and traps when an
/// article breaks the reader's contract: a crash, a hang or a trap is a bug to fix.
public func fuzzRead(_ bytes: [UInt8], fileName: String) {
    let outcome = ArticleReader().read(bytes: bytes, fileName: fileName)
    for case .success(let article) in outcome.parts {
        let problems = article.contractViolations()
        if !problems.isEmpty {
            let message = Array("contract broken: \(problems.joined(separator: "; "))\n".utf8)
            _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            abort()
        }
    }
}

/// Loaded once: `SITREP_GAZETTEER`, else found from the build folder like a development build.
let fuzzExtractor: RuleEventExtractor? = {
    guard let path = GazetteerLocator.locate(configured: nil), let g = try? Gazetteer(path: path) else { return nil }
    return RuleEventExtractor(gazetteer: g)
}()

/// What the daemon does with a dropped file, minus the disk: reader (every format it sniffs),
/// extractor with the real gazetteer, records.
public func fuzzPipeline(_ bytes: [UInt8]) {
    var ingestor = Ingestor(extractor: fuzzExtractor, emitText: true)
    ingestor.givenPublished = CalendarDate(year: 2024, month: 11, day: 7)
    var index = ArticleIndex()
    let group = ingestor.ingest(InputFile(file: "fuzz", bytes: bytes), index: &index)
    _ = group.render(firstSeq: 1, ts: "T", movedTo: nil)
}

/// Without libFuzzer: runs `body` once on each file named on the command line (a regression
/// run over a corpus or a saved crash).
public func replayArguments(_ body: ([UInt8]) -> Void) {
    for path in CommandLine.arguments.dropFirst() {
        if let bytes = try? FS.readFile(path) { body(bytes) }
    }
}

/// One entry per format target.
public func fuzzText(_ bytes: [UInt8]) { fuzzRead(bytes, fileName: "fuzz.txt") }
public func fuzzMarkdown(_ bytes: [UInt8]) { fuzzRead(bytes, fileName: "fuzz.md") }
public func fuzzHTML(_ bytes: [UInt8]) { fuzzRead(bytes, fileName: "fuzz.html") }
public func fuzzJSON(_ bytes: [UInt8]) { fuzzRead(bytes, fileName: "fuzz.json") }
public func fuzzJSONLines(_ bytes: [UInt8]) { fuzzRead(bytes, fileName: "fuzz.jsonl") }
