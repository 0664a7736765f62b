import ArgumentParser
import Glibc
import SitrepCore

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the records the daemon would append for these files; moves nothing.")

    @OptionGroup var options: ConfigOptions

    @Argument(help: "Files to read; - for standard input.")
    var files: [String] = ["-"]

    @Option(help: "Document date (YYYY-MM-DD) when the text states none.")
    var published: String?

    @Flag(help: "Add the body text as `text`.")
    var text = false

    @Flag(help: "Indent the JSON.")
    var pretty = false

    func run() throws {
        let (config, _) = try options.resolve()
        var given: CalendarDate?
        if let published {
            guard let date = CalendarDate(iso: published) else {
                throw ValidationError("--published takes YYYY-MM-DD, not \(published)")
            }
            given = date
        }
        let extractor: RuleEventExtractor
        do { extractor = try config.makeExtractor() } catch {
            Console.error("sitrep: \(error)")
            throw ExitCode(2)
        }
        let ingestor = Ingestor(extractor: extractor, emitText: text || config.emitText, givenPublished: given)
        var index = ArticleIndex()
        var seq: Int64 = 1
        var anyRejected = false
        var ioError = false
        for file in files {
            let group: FileGroup
            if file == "-" {
                guard let bytes = try? FS.readAll(0, limit: config.maxBytes + 1) else {
                    Console.error("sitrep: cannot read standard input")
                    ioError = true
                    continue
                }
                if bytes.count > config.maxBytes {
                    group = Ingestor.rejectedFile(
                        file: "-", feed: nil, sha256: nil,
                        rejection: Rejection(.tooLarge, "more than max_bytes = \(config.maxBytes)"))
                } else {
                    group = ingestor.ingest(InputFile(file: "-", bytes: bytes), index: &index)
                }
            } else {
                switch InputOpener.open(file, maxBytes: config.maxBytes) {
                case .vanished:
                    Console.error("sitrep: \(file): no such file")
                    ioError = true
                    continue
                case .rejected(let rejection):
                    group = Ingestor.rejectedFile(file: file, feed: nil, sha256: nil, rejection: rejection)
                case .bytes(let bytes, _):
                    group = ingestor.ingest(InputFile(file: file, bytes: bytes), index: &index)
                }
            }
            if group.rejectedCount > 0 { anyRejected = true }
            Console.out(
                group.render(firstSeq: seq, ts: Clock.rfc3339(millis: Clock.nowMillis()), movedTo: nil, pretty: pretty))
            seq += Int64(group.drafts.count)
        }
        if ioError { throw ExitCode(2) }
        if anyRejected { throw ExitCode(1) }
    }
}
