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

/// The log recovery (SPEC §4) on `bytes` as a log file: replay, cut the torn tail, replay again.
/// Traps when recovery breaks its promises: the cut point lies outside the file, the cut bytes
/// are not what was saved to `.torn`, or a repaired log still has a torn tail.
public func fuzzLogRecovery(_ bytes: [UInt8]) {
    let path = recoveryScratch + "/events.jsonl"
    unlink(path)
    unlink(path + ".torn")
    do {
        let fd = try FS.open(path, O_WRONLY | O_CREAT | O_TRUNC, mode: 0o600)
        try FS.writeAll(fd, bytes, subject: path)
        close(fd)
        var index = ArticleIndex()
        let first = try LogReplay.replay(path: path, from: 0, nextSeq: 1, index: &index)
        guard let torn = first.tornFrom else {
            check(first.recentGroups.allSatisfy { $0.firstSeq < first.nextSeq }, "a group at or past nextSeq")
            return
        }
        check(torn >= 0 && torn < Int64(bytes.count), "torn offset \(torn) outside \(bytes.count) bytes")
        let cut = try LogReplay.cutTornTail(path: path, at: torn)
        check(cut == Int64(bytes.count) - torn, "cut \(cut) bytes, expected \(Int64(bytes.count) - torn)")
        var saved = Array(bytes[Int(torn)...])
        if saved.last != 0x0A { saved.append(0x0A) }
        let tornBytes = try FS.readFile(path + ".torn")
        check(tornBytes == saved, ".torn does not hold the cut bytes")
        var again = ArticleIndex()
        let second = try LogReplay.replay(path: path, from: 0, nextSeq: 1, index: &again)
        check(second.tornFrom == nil, "the repaired log is still torn at \(second.tornFrom ?? -1)")
        check(second.nextSeq <= first.nextSeq, "repair raised nextSeq")
    } catch {
        let message = Array("scratch file error: \(error)\n".utf8)
        _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }
}

/// A private folder for ``fuzzLogRecovery``'s log file, under `$TMPDIR` (scripts/fuzz.sh
/// points it at a tmpfs: the target checks recovery's logic, and the disk's `fsync` held it to
/// about 1,100 inputs a second against 2,900).
let recoveryScratch: String = {
    let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array((base + "/sitrep-fuzz-XXXXXX").utf8CString)
    return template.withUnsafeMutableBufferPointer { buf in
        guard let base = buf.baseAddress, let made = mkdtemp(base) else { return "/tmp" }
        return String(cString: made)
    }
}()

func check(_ condition: Bool, _ what: @autoclosure () -> String) {
    if !condition {
        let message = Array("recovery broken: \(what())\n".utf8)
        _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }
}
