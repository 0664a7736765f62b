import ArgumentParser
import SitrepCore

/// Development aid: the time expressions of a text and their values, one JSON line each, as
/// scored by `scripts/eval-dates.py`.
struct Timex: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the time expressions of a text file with their resolved values.",
        shouldDisplay: false)

    @Option(help: "Anchor date (YYYY-MM-DD), usually the publication date.")
    var anchor: String?

    @Argument(help: "UTF-8 text file.")
    var file: String

    func run() throws {
        var date: CalendarDate?
        if let anchor {
            guard let d = CalendarDate(iso: anchor) else { throw ValidationError("--anchor takes YYYY-MM-DD") }
            date = d
        }
        guard case .bytes(let bytes, _) = InputOpener.open(file, maxBytes: 64 << 20) else {
            throw ValidationError("cannot read \(file)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var out = ""
        for t in TimeTagger.tag(text, anchor: date) {
            var o = JSONObjectBuilder()
            o.set("start", t.start)
            o.set("end", t.end)
            o.set("text", t.text)
            o.set("value", t.value.timex)
            out += String(decoding: o.value.serialized(), as: UTF8.self) + "\n"
        }
        Console.out(Array(out.utf8))
    }
}
