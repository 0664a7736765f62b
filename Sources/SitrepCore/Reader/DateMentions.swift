/// Calendar dates and years written in a text ("Nov. 7", "7 November 2024", "November 7th,
/// 2024", "2024-11-07", "in 2024"), found on ASCII word tokens without regular expressions.
public enum DateMentions {
    /// A day of a month, with its year when the text gives one next to it.
    public struct DayMention: Sendable, Equatable {
        public var year: Int?
        public var month: Int
        public var day: Int
        /// Dated the way reports date what happened ("said on Nov. 6", "on the morning of
        /// Nov. 6"), with no forward-looking word ("will", "due", "until"…) just before.
        public var reported: Bool = false
    }

    /// Words that make a nearby date a plan, a deadline or a term rather than a report.
    static let forwardWords = WordSet([
        "will", "would", "shall", "plan", "plans", "planned", "expect", "expects", "expected", "scheduled", "due",
        "until", "till", "by", "effective", "expire", "expires", "expiring", "begin", "begins", "start", "starts",
        "next", "deadline", "ending", "ends", "through", "from", "since", "maturing", "matures", "set",
    ])
    /// Marks that end a clause: look-backs stop there.
    static let boundaries = WordSet([".", "!", "?", ";"])

    /// Every day-of-month mention and every year mentioned on its own or with a date, on the
    /// byte tokens of the extractor (no `Character` work).
    ///
    /// Only the stretches that can hold a date are tokenized: every form read here has a
    /// four-digit year or a day number in digits beside a capitalised month name (a spelled-out
    /// "November first" is not read). The reader runs this for every article without a dated
    /// header, so it must cost little more than one look at each byte.
    ///
    /// With `reportedOnly`, day mentions that cannot be ``DayMention/reported`` (no "on" in the
    /// stretch before them) are skipped unread and years outside the read stretches are counted
    /// from their bytes: the same reported days and years for a third of the work, which is all
    /// ``inferPublication(_:)`` needs.
    public static func scan(_ text: String, reportedOnly: Bool = false) -> (days: [DayMention], years: [Int]) {
        var days: [DayMention] = []
        var years: [Int] = []
        var string = text
        string.withUTF8 { b in
            guard let base = b.baseAddress else { return }
            var toks: [Token] = []
            var hits: [Int] = []
            let n = b.count
            // Lines without a digit hold no date: the next digit is found first (sixteen bytes
            // at a time), then its line with `memchr`, so those lines cost no second pass.
            func nextDigit(from: Int) -> Int { ByteScan.firstDigit(in: base, from: from, to: n) }
            func newline(from: Int, to limit: Int) -> Int? { ByteScan.find(0x0A, in: base, from: from, to: limit) }
            var start = 0
            while start < n {
                let digit = nextDigit(from: start)
                guard digit < n else { break }
                var lineStart = start
                while let q = newline(from: lineStart, to: digit) { lineStart = q + 1 }
                let end = newline(from: digit, to: n) ?? n
                let line = lineStart..<end
                start = end + 1
                hits.removeAll(keepingCapacity: true)
                // Nothing before the line's first digit can start a hit's digits.
                findHits(b, line, from: digit, into: &hits)
                if hits.isEmpty { continue }
                let read = windows(b, hits, line: line) { h, lo in
                    // A year beside something else needs the tokenizer's reading.
                    !reportedOnly || hasOn(b, lo..<h) || (b[h] &- 0x30 < 10 && !isPlainYear(b, h, line: line))
                }
                if reportedOnly {
                    // Years no window reads: a plain four-digit run is a year token on its own.
                    var w = 0
                    for h in hits where b[h] &- 0x30 < 10 {
                        while w < read.count && read[w].upperBound <= h { w += 1 }
                        if w < read.count && read[w].contains(h) { continue }
                        years.append(b[h..<(h + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) })
                    }
                }
                for window in read {
                    Tokenizer.tokenize(UnsafeBufferPointer(rebasing: b[window]), into: &toks)
                    scan(toks, days: &days, years: &years)
                }
            }
        }
        return (days, years)
    }

    /// The word "on", in any case, stands in `range`: a date after it may be reported. Errs
    /// towards yes (any non-alphanumeric byte bounds the word), which costs only a read.
    static func hasOn(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        func isAlnum(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 }
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            if b[i] | 0x20 == 0x6F, b[i + 1] | 0x20 == 0x6E, i == range.lowerBound || !isAlnum(b[i - 1]),
                i + 2 >= b.count || !isAlnum(b[i + 2])
            {
                return true
            }
            i += 1
        }
        return false
    }

    /// The four-digit run at `h` is a year the tokenizer reads as one number and nothing more:
    /// no letter, digit or apostrophe joined to it, no decimal or thousands part ("2024.5",
    /// "1,2024").
    static func isPlainYear(_ b: UnsafeBufferPointer<UInt8>, _ h: Int, line: Range<Int>) -> Bool {
        func joins(_ c: UInt8) -> Bool { c >= 0x80 || (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 || c == 0x27 }
        if h > line.lowerBound {
            let c = b[h - 1]
            if joins(c) || c == 0x2C || c == 0x2E { return false }
        }
        let after = h + 4
        if after < line.upperBound {
            let c = b[after]
            if joins(c) { return false }
            if c == 0x2C || c == 0x2E, after + 1 < line.upperBound, joins(b[after + 1]) { return false }
        }
        return true
    }

    /// Where in `line` a date can be, in order: four-digit runs 19xx/20xx, and capitalised
    /// month names within a few bytes of a one- or two-digit run ("Nov. 7", "7th of November").
    /// Digit runs are looked for from `from` on (the line's first digit, when known).
    static func findHits(
        _ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, from: Int? = nil, into hits: inout [Int]
    ) {
        guard let base = b.baseAddress else { return }
        var i = from ?? line.lowerBound
        while i < line.upperBound {
            i = ByteScan.firstDigit(in: base, from: i, to: line.upperBound)
            guard i < line.upperBound else { break }
            let run = i
            while i < line.upperBound, b[i] &- 0x30 < 10 { i += 1 }
            if i - run == 4, b[run] == 0x31 && b[run + 1] == 0x39 || b[run] == 0x32 && b[run + 1] == 0x30 {
                hits.append(run)
            } else if i - run <= 2 {
                // "September 7" starts 10 bytes before the day, "7th of September" 7 after.
                let near = max(line.lowerBound, run - 12)..<min(line.upperBound, i + 10)
                if let month = near.first(where: { b[$0] &- 0x41 < 26 && startsMonthName(b, $0) }) {
                    hits.append(month)
                }
            }
        }
        // A month name found before an earlier year's position breaks the order.
        if zip(hits, hits.dropFirst()).contains(where: { $0 > $1 }) { hits.sort() }
    }

    /// Stretches of `line` around the hits, wide enough for a date form and the words before it
    /// that say whether it was reported (``reported(_:_:)`` looks 7 tokens back), cut at spaces
    /// so no word is split, merged where they overlap.
    /// Only hits for which `wanted(hit, windowStart)` holds get a window.
    static func windows(
        _ b: UnsafeBufferPointer<UInt8>, _ hits: [Int], line: Range<Int>, wanted: (Int, Int) -> Bool = { _, _ in true }
    ) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for h in hits {
            var lo = max(line.lowerBound, h - 64)
            while lo > line.lowerBound, b[lo - 1] != 0x20 { lo -= 1 }
            guard wanted(h, lo) else { continue }
            var hi = min(line.upperBound, h + 40)
            while hi < line.upperBound, b[hi] != 0x20 { hi += 1 }
            if let last = out.last, lo <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(hi, last.upperBound)
            } else {
                out.append(lo..<hi)
            }
        }
        return out
    }

    /// A capital letter at `i` starts "Jan", "Feb", … "Dec" (any case after the first letter).
    @inline(__always)
    static func startsMonthName(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 2 < b.count else { return false }
        let key = UInt32(b[i] | 0x20) << 16 | UInt32(b[i + 1] | 0x20) << 8 | UInt32(b[i + 2] | 0x20)
        switch key {
        case 0x6A_616E, 0x66_6562, 0x6D_6172, 0x61_7072, 0x6D_6179, 0x6A_756E, 0x6A_756C, 0x61_7567, 0x73_6570,
            0x6F_6374, 0x6E_6F76, 0x64_6563:
            return true
        default: return false
        }
    }

    static func scan(_ toks: [Token], days: inout [DayMention], years: inout [Int]) {
        let all = 0..<toks.count
        func year(_ i: Int) -> Int? {
            guard all.contains(i) else { return nil }
            let t = toks[i]
            guard t.isNumber, t.byteLength == 4, t.number == t.number.rounded(), (1900...2099).contains(t.clampedInt)
            else { return nil }
            return t.clampedInt
        }
        func day(_ i: Int) -> Int? {
            guard all.contains(i) else { return nil }
            let t = toks[i]
            if t.isNumber { return t.byteLength <= 2 && (1...31).contains(t.clampedInt) ? t.clampedInt : nil }
            return TimeScanner.ordinalDays[t.key]
        }
        func joined(_ i: Int) -> Bool { all.contains(i) && !toks[i].flags.contains(.spaceBefore) }
        var i = 0
        while i < toks.count {
            let t = toks[i]
            defer { i += 1 }
            if let y = year(i) {
                years.append(y)
                // 07.11.2024
                if i >= 2, toks[i - 1].key == Keys.dot, joined(i - 1), joined(i),
                    let d = CalendarDate(dayDotMonth: toks[i - 2], year: y)
                {
                    days.append(DayMention(year: y, month: d.month, day: d.day, reported: reported(toks, i - 2)))
                }
                // 2024-11-07
                if toks.count > i + 4, toks[i + 1].key == Keys.hyphen, joined(i + 1), joined(i + 2),
                    toks[i + 2].isNumber,
                    toks[i + 3].key == Keys.hyphen, joined(i + 3), joined(i + 4), toks[i + 4].isNumber,
                    let d = CalendarDate(year: y, month: toks[i + 2].clampedInt, day: toks[i + 4].clampedInt)
                {
                    days.append(DayMention(year: y, month: d.month, day: d.day, reported: reported(toks, i)))
                    i += 4
                }
                continue
            }
            // A month name, capitalised (so the verb "may" is no month).
            guard t.isCapitalized, let month = TimeLexicon.months[t.key] else { continue }
            var next = i + 1
            if next < toks.count, toks[next].key == Keys.dot, joined(next) { next += 1 }
            if let d = day(next) {
                // "Nov. 7", "November 7th, 2024"
                var y = year(next + 1)
                if y == nil, next + 1 < toks.count, toks[next + 1].key == Keys.comma { y = year(next + 2) }
                if valid(y, month, d) {
                    days.append(DayMention(year: y, month: month, day: d, reported: reported(toks, i)))
                }
            } else if let d = day(i - 1) ?? (i >= 2 && toks[i - 1].key == Keys.of ? day(i - 2) : nil) {
                // "7 November 2024", "7th of November"
                let first = toks[i - 1].key == Keys.of ? i - 2 : i - 1
                let y = year(next)
                if valid(y, month, d) {
                    days.append(DayMention(year: y, month: month, day: d, reported: reported(toks, first)))
                }
            }
        }
    }

    /// The date starting at token `i` is introduced by "on" ("on Nov. 6", "on the morning of
    /// Nov. 6") and no forward-looking word stands in the six tokens before it.
    static func reported(_ toks: [Token], _ i: Int) -> Bool {
        func key(_ k: Int) -> UInt64 { k >= 0 ? toks[k].key : 0 }
        var introduced = key(i - 1) == Keys.on
        if !introduced && key(i - 1) == Keys.of && key(i - 3) == Keys.the && key(i - 4) == Keys.on { introduced = true }
        guard introduced else { return false }
        var k = i - 1
        while k >= max(0, i - 7) {
            if boundaries.contains(toks[k]) { break }
            if forwardWords.contains(toks[k]) { return false }
            k -= 1
        }
        return true
    }

    /// A date a header, a meta tag or a scraper's field gives: ISO 8601 ("2024-11-07",
    /// "2024-11-07T14:30:00Z"), else the first full day written in it ("Nov 7, 2024",
    /// "Thu, 07 Nov 2024 14:30:00 +0000", "07.11.2024"). Nil when it holds no day with its year.
    public static func stated(_ raw: some StringProtocol) -> CalendarDate? {
        if let iso = CalendarDate(iso: raw.prefix(10)) { return iso }
        let text = String(raw.prefix(200))
        guard let d = scan(text).days.first(where: { $0.year != nil }), let y = d.year else { return nil }
        return CalendarDate(year: y, month: d.month, day: d.day)
    }

    static func valid(_ year: Int?, _ month: Int, _ day: Int) -> Bool {
        day <= CalendarDate.daysIn(month: month, year: year ?? 2024)
    }

    /// The publication date a text implies when nothing states it: the latest day it reports
    /// (see ``DayMention/reported``), its year from the mention or else the year the text names
    /// most (ties: the later one). Nil when no reported day or no year can be had: never a
    /// guess from the clock.
    public static func inferPublication(_ text: String) -> CalendarDate? {
        let (all, years) = scan(text, reportedOnly: true)
        let days = all.filter(\.reported)
        guard !days.isEmpty else { return nil }
        var counts: [Int: Int] = [:]
        for y in years { counts[y, default: 0] += 1 }
        let commonYear = counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        let dated = days.compactMap { m -> CalendarDate? in
            guard let y = m.year ?? commonYear else { return nil }
            return CalendarDate(year: y, month: m.month, day: m.day)
        }
        return dated.max()
    }
}
