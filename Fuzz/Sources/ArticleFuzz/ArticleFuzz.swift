// Bytes of any file → the reader (every format it sniffs) → the event extractor with the real
// gazetteer → records: what the daemon does with a dropped file, minus the disk. Any crash,
// hang or sanitizer report is a bug; the corpus starts from the seeds and the dev data.
//
//   swift build -c release --package-path Fuzz --sanitize fuzzer \
//       -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --scratch-path .build-fuzz
//   .build-fuzz/release/ArticleFuzz -max_len=65536 -timeout=10 CORPUS_DIR
import SitrepCore

#if canImport(Glibc)
    import Glibc
#endif

/// Loaded once: `SITREP_GAZETTEER`, else found from the build folder like a development build.
let fuzzExtractor: RuleEventExtractor? = {
    guard let path = GazetteerLocator.locate(configured: nil), let g = try? Gazetteer(path: path) else { return nil }
    return RuleEventExtractor(gazetteer: g)
}()

func fuzzOne(_ bytes: [UInt8]) {
    var ingestor = Ingestor(extractor: fuzzExtractor, emitText: true)
    ingestor.givenPublished = CalendarDate(year: 2024, month: 11, day: 7)
    var index = ArticleIndex()
    let group = ingestor.ingest(InputFile(file: "fuzz", bytes: bytes), index: &index)
    _ = group.render(firstSeq: 1, ts: "T", movedTo: nil)
}

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        fuzzOne(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    /// Without libFuzzer: runs the files given on the command line once each (a regression run).
    @main
    struct ArticleFuzzReplay {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                if let bytes = try? FS.readFile(path) { fuzzOne(bytes) }
            }
        }
    }
#endif
