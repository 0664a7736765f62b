/// A time expression found in a text, with its resolved value.
public struct TimeMention: Sendable, Equatable {
    /// Token range of the expression.
    public var tokens: Range<Int>
    public var value: TimeValue
    /// Resolved against the anchor (a weekday, "yesterday", "last week") rather than written out.
    public var relative: Bool
    /// A day and month written without a year ("10 January"), which took one from the anchor.
    var yearless = false
}

/// Finds time expressions in a token range and resolves them against an anchor date (the
/// publication date), in the manner of rule-based taggers such as HeidelTime: explicit dates in
/// every common news form, weekdays and relative words against the anchor, and the tense of the
/// sentence to choose between the last and the next of a weekday or a month.
///
/// Written by hand on tokens: no maintained Swift temporal tagger exists, and regular expressions
/// over `String` would cost far more than one pass over token keys.
public struct TimeScanner: Sendable {
    let tokens: [Token]
    let anchor: CalendarDate?
    /// The last quarter named in the document, for "the quarter" and "a year earlier".
    var lastQuarter: (year: Int, quarter: Int)?
    /// Future and past words of the sentence being scanned, by token index.
    var markers: [(Int, Tense)] = []
    // The lexicons every token is tested against, held here: each read of a `static let` is a
    // runtime call (`swift_once`).
    private let months = L.months
    private let weekdays = L.weekdays
    private let starters = L.starters
    private let scanCues = L.scanCues
    /// Scratch of `scan`, kept to reuse its storage: "-ed" verbs, and where `match` is tried.
    private var edForms: [Int] = []
    private var starts: [Int] = []

    enum Tense { case past, future, neutral }

    public init(tokens: [Token], anchor: CalendarDate?) {
        self.tokens = tokens
        self.anchor = anchor
    }

    typealias L = TimeLexicon

    /// Time expressions in `range` (usually a sentence), in order, not overlapping.
    public mutating func scan(_ range: Range<Int>) -> [TimeMention] {
        markers.removeAll(keepingCapacity: true)
        edForms.removeAll(keepingCapacity: true)
        // The scratch array is moved out of `self` while it fills: an `append` to an array held
        // in `self` was an outlined call, with a uniqueness check through the runtime, per start.
        var starts: [Int] = []
        swap(&starts, &self.starts)
        defer { swap(&starts, &self.starts) }
        starts.removeAll(keepingCapacity: true)
        // One pass and one lookup per token: the tense markers, and where an expression may
        // start (a number, a capitalised word, a starter word), so that `match` runs only there.
        for i in range {
            let t = tokens[i]
            let cue = scanCues[t.key] ?? []
            if cue.contains(.future) {
                markers.append((i, .future))
            } else if cue.contains(.past) {
                markers.append((i, .past))
            } else if t.flags.contains(.edForm) {
                edForms.append(i)
            }
            if t.isNumber || t.isCapitalized || cue.contains(.starter) { starts.append(i) }
        }
        // "Castro attended a rally Thursday": a verb in "-ed" reports the past, unless the
        // sentence looks ahead ("will be delivered Thursday").
        if !markers.contains(where: { $0.1 == .future }) {
            for i in edForms { markers.append((i, .past)) }
        }
        let tense = tenseOf(range)
        var out: [TimeMention] = []
        var i = range.lowerBound
        for start in starts where start >= i {
            guard let m = match(at: start, in: range, tense: tense) else { continue }
            out.append(m)
            // Only a quarter named outright ("the third quarter", "the 1988 second quarter")
            // becomes the document's quarter; "a year ago" or "the quarter" refer to it.
            if case .quarter(let y, let q) = m.value,
                m.tokens.contains(where: { L.ordinals[tokens[$0].key] != nil })
            {
                lastQuarter = (y, q)
            }
            i = m.tokens.upperBound
        }
        yearFromSentence(&out)
        return out
    }

    /// "Around 10 January 2024 (between 8 and 10 January)": a day written without its year takes
    /// the year that puts it nearest the nearest day the sentence dates in full, rather than the
    /// publication date's (which may be a year on).
    func yearFromSentence(_ mentions: inout [TimeMention]) {
        guard mentions.count > 1, mentions.contains(where: { $0.yearless }) else { return }
        var full: [(at: Int, date: CalendarDate)] = []
        for m in mentions where !m.relative {
            if case .day(let d) = m.value { full.append((m.tokens.lowerBound, d)) }
        }
        for k in mentions.indices where mentions[k].yearless {
            guard case .day(let d) = mentions[k].value else { continue }
            let at: Int = mentions[k].tokens.lowerBound
            var nearest: CalendarDate?
            var distance = Int.max
            for f in full where abs(f.at - at) < distance {
                distance = abs(f.at - at)
                nearest = f.date
            }
            guard let e = nearest else { continue }
            var best: CalendarDate?
            var gap = Int.max
            for y in (e.year - 1)...(e.year + 1) {
                guard let c = CalendarDate(year: y, month: d.month, day: d.day) else { continue }
                let g: Int = abs(c.dayNumber - e.dayNumber)
                if g < gap {
                    gap = g
                    best = c
                }
            }
            if let best { mentions[k].value = .day(best) }
        }
    }

    func tenseOf(_ range: Range<Int>) -> Tense {
        let future = markers.contains { $0.1 == .future }
        let past = markers.contains { $0.1 == .past }
        if future && !past { return .future }
        if past && !future { return .past }
        return .neutral
    }

    // MARK: token helpers

    @inline(__always) func key(_ i: Int, _ range: Range<Int>) -> UInt64? {
        range.contains(i) ? tokens[i].key : nil
    }

    func year(_ i: Int, _ range: Range<Int>) -> Int? {
        guard range.contains(i) else { return nil }
        let t = tokens[i]
        guard t.isNumber, t.byteLength == 4, t.number == t.number.rounded(), (1800...2099).contains(t.clampedInt)
        else { return nil }
        return t.clampedInt
    }

    static let ordinalDays: KeyMap<Int> = {
        var out: [UInt64: Int] = [:]
        for d in 1...31 {
            let suffix =
                (d % 10 == 1 && d != 11)
                ? "st" : (d % 10 == 2 && d != 12) ? "nd" : (d % 10 == 3 && d != 13) ? "rd" : "th"
            out[Tokenizer.key("\(d)\(suffix)")] = d
        }
        return KeyMap(out)
    }()

    func dayOfMonth(_ i: Int, _ range: Range<Int>) -> Int? {
        guard range.contains(i) else { return nil }
        let t = tokens[i]
        if t.isNumber {
            guard t.byteLength <= 2, (1...31).contains(t.clampedInt) else { return nil }
            // "6:30" is a time, "6%" a share.
            if let k = key(i + 1, range) {
                if k == L.key.percent { return nil }
                if k == L.key.colon, range.contains(i + 2), tokens[i + 2].isNumber,
                    !tokens[i + 2].flags.contains(.spaceBefore)
                {
                    return nil
                }
            }
            return t.clampedInt
        }
        return Self.ordinalDays[t.key]
    }

    /// A month name at `i`, with the index after it (and after an abbreviation's dot).
    func monthName(_ i: Int, _ range: Range<Int>) -> (month: Int, next: Int)? {
        let t = tokens[i]
        guard t.isCapitalized, let m = months[t.key] else { return nil }
        var next = i + 1
        // The dot of an abbreviation ("Nov."), not the full stop after "April".
        if let k = key(next, range), k == L.key.dot, !tokens[next].flags.contains(.spaceBefore), t.byteLength <= 4,
            L.abbreviatedMonths.contains(t)
        {
            next += 1
        }
        return (m, next)
    }

    // MARK: resolution

    func resolveDay(month: Int, day: Int, tense: Tense) -> CalendarDate? {
        guard let a = anchor else { return nil }
        let candidates = [a.year - 1, a.year, a.year + 1].compactMap { CalendarDate(year: $0, month: month, day: day) }
        // News dates a day and month within months of the story: the nearest such day, unless the
        // sentence looks ahead. (Taking the past one for a past-tense sentence loses on reports of
        // what was said about coming dates, and event dates after publication are dropped later.)
        if tense == .future, let c = candidates.first(where: { $0 >= a }) { return c }
        return candidates.min { abs($0.dayNumber - a.dayNumber) < abs($1.dayNumber - a.dayNumber) }
    }

    func resolveMonth(_ month: Int, tense: Tense) -> TimeValue? {
        guard let a = anchor else { return nil }
        var y = a.year
        switch tense {
        case .past: if month > a.month { y -= 1 }
        case .future: if month < a.month { y += 1 }
        case .neutral:
            // The nearest such month.
            let diff = month - a.month
            if diff > 6 { y -= 1 } else if diff < -6 { y += 1 }
        }
        return .month(year: y, month: month)
    }

    /// The tense around token `i`: the nearest future or past word within eight tokens in the
    /// same sentence, else the sentence's.
    func tense(at i: Int, _ range: Range<Int>, sentence: Tense) -> Tense {
        // Markers are few: the nearest one within eight tokens, the earlier one on a tie.
        var best: (distance: Int, tense: Tense)?
        for (k, t) in markers where k != i {
            let d = abs(k - i)
            if d <= 8, best.map({ d < $0.distance }) ?? true { best = (d, t) }
        }
        return best?.tense ?? sentence
    }

    func resolveWeekday(_ weekday: Int, direction: Int, tense: Tense) -> CalendarDate? {
        guard let a = anchor else { return nil }
        let diff = (a.weekday - weekday + 7) % 7
        if direction < 0 { return a.adding(days: -(diff == 0 ? 7 : diff)) }
        let ahead = (weekday - a.weekday + 7) % 7
        if direction > 0 { return a.adding(days: ahead == 0 ? 7 : ahead) }
        switch tense {
        case .future: return a.adding(days: ahead)
        case .past: return a.adding(days: -diff)
        // News reports what happened: a bare weekday is the latest one on or before the
        // publication date ("early on Wednesday"), unless the words look ahead — or it is the
        // next day, which a week-old report would call "last Tuesday".
        case .neutral: return a.adding(days: ahead == 1 ? 1 : -diff)
        }
    }

    func shifted(_ unit: L.Unit, by n: Int) -> TimeValue? {
        guard let a = anchor else { return nil }
        switch unit {
        case .day: return a.adding(days: n).map(TimeValue.day)
        case .week:
            guard let d = a.adding(days: 7 * n) else { return nil }
            let w = d.isoWeek
            return .week(year: w.year, week: w.week)
        case .weekend:
            // The weekend just past, unless the anchor is in one.
            let back = a.weekday >= 4 ? 0 : 7
            guard let d = a.adding(days: 7 * n - back) else { return nil }
            let w = d.isoWeek
            return .weekend(year: w.year, week: w.week)
        case .month:
            let total = a.year * 12 + (a.month - 1) + n
            return .month(year: total / 12, month: total % 12 + 1)
        case .quarter:
            let total = a.year * 4 + (a.quarter - 1) + n
            return .quarter(year: total / 4, quarter: total % 4 + 1)
        case .year: return .year(a.year + n)
        case .decade: return .decade((a.year + 10 * n) / 10)
        }
    }

    // MARK: patterns

    func match(at i: Int, in range: Range<Int>, tense sentenceTense: Tense) -> TimeMention? {
        let t = tokens[i]
        // Cheap tests first: most capitalised words are names, most numbers are not dates.
        if t.isNumber { return numeric(at: i, range, tense(at: i, range, sentence: sentenceTense)) }
        if t.isCapitalized {
            if let m = monthName(i, range) {
                return monthExpression(
                    at: i, month: m.month, next: m.next, range, tense(at: i, range, sentence: sentenceTense))
            }
            if let wd = weekdays[t.key] {
                return weekday(at: i, wd, direction: 0, range, tense(at: i, range, sentence: sentenceTense))
            }
        }
        guard starters.contains(t) else { return nil }
        return wordExpression(at: i, range, tense(at: i, range, sentence: sentenceTense))
    }

    /// Widens a match to the left over "early", "late", "mid-", "the end of", "on the morning of".
    func widenedLeft(_ from: Int, _ range: Range<Int>) -> Int {
        var s = from
        if let k = key(s - 1, range), k == L.key.dash, L.edgeWords.contains(key: key(s - 2, range) ?? 0) {
            return s - 2
        }
        if L.edgeWords.contains(key: key(s - 1, range) ?? 0) { s -= 1 }
        if key(s - 1, range) == L.key.of,
            let k = key(s - 2, range), k == L.key.end || k == L.key.beginning || k == L.key.middle || k == L.key.start,
            key(s - 3, range) == L.key.the
        {
            s -= 3
        }
        return s
    }

    func numeric(at i: Int, _ range: Range<Int>, _ tense: Tense) -> TimeMention? {
        let t = tokens[i]
        let joined = { (k: Int) in range.contains(k) && !self.tokens[k].flags.contains(.spaceBefore) }
        // 2024-11-06
        if let y = year(i, range), key(i + 1, range) == L.key.dash, joined(i + 1), joined(i + 2),
            tokens[i + 2].isNumber, key(i + 3, range) == L.key.dash, joined(i + 3), joined(i + 4),
            tokens[i + 4].isNumber,
            let d = CalendarDate(year: y, month: tokens[i + 2].clampedInt, day: tokens[i + 4].clampedInt)
        {
            return TimeMention(tokens: i..<(i + 5), value: .day(d), relative: false)
        }
        // 07.11.2024, 7.11.2024: day, month, year, as Ukrainian and Russian sources write them.
        if t.isNumber, key(i + 1, range) == L.key.dot, joined(i + 1), joined(i + 2), let y = year(i + 2, range),
            let date = CalendarDate(dayDotMonth: t, year: y)
        {
            return TimeMention(tokens: i..<(i + 3), value: .day(date), relative: false)
        }
        // 11/6, 11/6/2024
        if t.byteLength <= 2, key(i + 1, range) == L.key.slash, joined(i + 1), joined(i + 2), tokens[i + 2].isNumber,
            tokens[i + 2].byteLength <= 2
        {
            let m = t.clampedInt
            let d = tokens[i + 2].clampedInt
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            if key(i + 3, range) == L.key.slash, joined(i + 3), joined(i + 4), tokens[i + 4].isNumber {
                var y = tokens[i + 4].clampedInt
                if tokens[i + 4].byteLength == 2 { y += y < 50 ? 2000 : 1900 }
                guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
                return TimeMention(tokens: i..<(i + 5), value: .day(date), relative: false)
            }
            // A bare "3/4" is a fraction as often as a date: only with a date word nearby.
            guard key(i - 1, range) == L.key.on, let date = resolveDay(month: m, day: d, tense: tense) else {
                return nil
            }
            return TimeMention(tokens: i..<(i + 3), value: .day(date), relative: true, yearless: true)
        }
        // 6 November 2024, 6th of November
        if let d = dayOfMonth(i, range) {
            var j = i + 1
            if key(j, range) == L.key.of { j += 1 }
            if range.contains(j), let m = monthName(j, range) {
                if let y = year(m.next, range) {
                    guard let date = CalendarDate(year: y, month: m.month, day: d) else { return nil }
                    return TimeMention(tokens: widenedLeft(i, range)..<(m.next + 1), value: .day(date), relative: false)
                }
                guard let date = resolveDay(month: m.month, day: d, tense: tense) else { return nil }
                return TimeMention(tokens: i..<m.next, value: .day(date), relative: true, yearless: true)
            }
        }
        // 2024, the 1990s, fiscal 1998
        if let y = year(i, range) {
            let prev = key(i - 1, range)
            if let p = prev, L.currencyMarks.contains(key: p) { return nil }
            if let n = key(i + 1, range), L.countNouns.contains(key: n) || n == L.key.percent { return nil }
            if key(i + 1, range) == L.key.s, joined(i + 1) {
                return TimeMention(tokens: widenedLeft(i, range)..<(i + 2), value: .decade(y / 10), relative: false)
            }
            var from = widenedLeft(i, range)
            if prev == L.key.fiscal { from = i - 1 }
            // "the 1988 second quarter"
            if let o = key(i + 1, range), let ord = L.ordinals[o], ord <= 4, key(i + 2, range) == L.key.quarter {
                return TimeMention(tokens: from..<(i + 3), value: .quarter(year: y, quarter: ord), relative: false)
            }
            return TimeMention(tokens: from..<(i + 1), value: .year(y), relative: false)
        }
        if t.byteLength <= 2, let n = Optional(t.clampedInt), n > 0, let m = agoExpression(at: i, count: n, range) {
            return m
        }
        return nil
    }

    func monthExpression(at i: Int, month: Int, next: Int, _ range: Range<Int>, _ tense: Tense) -> TimeMention? {
        let from = widenedLeft(i, range)
        if let d = dayOfMonth(next, range) {
            var end = next + 1
            var y: Int?
            if key(end, range) == L.key.comma, let yy = year(end + 1, range) {
                y = yy
                end += 2
            } else if let yy = year(end, range) {
                y = yy
                end += 1
            }
            if let y {
                guard let date = CalendarDate(year: y, month: month, day: d) else { return nil }
                return TimeMention(tokens: from..<end, value: .day(date), relative: false)
            }
            guard let date = resolveDay(month: month, day: d, tense: tense) else { return nil }
            return TimeMention(tokens: from..<end, value: .day(date), relative: true, yearless: true)
        }
        if let y = year(next, range) {
            return TimeMention(tokens: from..<(next + 1), value: .month(year: y, month: month), relative: false)
        }
        if key(next, range) == L.key.comma, let y = year(next + 1, range) {
            return TimeMention(tokens: from..<(next + 2), value: .month(year: y, month: month), relative: false)
        }
        // A month on its own: the ambiguous names need a preposition or modifier before them.
        if L.ambiguousMonths.contains(tokens[i]) || tokens[i].flags.contains(.sentenceStart) {
            guard let p = key(i - 1, range), L.monthPrepositions.contains(key: p) else { return nil }
        }
        var direction = 0
        if let p = key(i - 1, range) {
            if p == L.key.last { direction = -1 } else if p == L.key.next { direction = 1 }
        }
        let start = direction != 0 || key(i - 1, range) == L.key.this ? i - 1 : from
        if key(i - 1, range) == L.key.this, let a = anchor {
            return TimeMention(tokens: start..<next, value: .month(year: a.year, month: month), relative: true)
        }
        let value: TimeValue?
        if direction != 0, let a = anchor {
            var y = a.year
            if direction < 0 && month >= a.month { y -= 1 }
            if direction > 0 && month <= a.month { y += 1 }
            value = .month(year: y, month: month)
        } else {
            value = resolveMonth(month, tense: tense)
        }
        guard let value else { return nil }
        return TimeMention(tokens: start..<next, value: value, relative: true)
    }

    func weekday(at i: Int, _ wd: Int, direction: Int, _ range: Range<Int>, _ tense: Tense) -> TimeMention? {
        var from = i
        var dir = direction
        if let p = key(i - 1, range) {
            if p == L.key.last {
                dir = -1
                from = i - 1
            } else if p == L.key.next {
                dir = 1
                from = i - 1
            } else if p == L.key.this {
                from = i - 1
            }
        }
        var end = i + 1
        if let n = key(end, range), L.dayParts.contains(key: n) { end += 1 }
        // "Wednesday, Nov. 6": the explicit date wins.
        if key(end, range) == L.key.comma, range.contains(end + 1), let m = monthName(end + 1, range),
            let explicit = monthExpression(at: end + 1, month: m.month, next: m.next, range, tense),
            case .day = explicit.value
        {
            return TimeMention(tokens: from..<explicit.tokens.upperBound, value: explicit.value, relative: false)
        }
        guard let date = resolveWeekday(wd, direction: dir, tense: tense) else { return nil }
        return TimeMention(tokens: from..<end, value: .day(date), relative: true)
    }

    /// "three days ago", "a year earlier".
    func agoExpression(at i: Int, count: Int, _ range: Range<Int>) -> TimeMention? {
        guard let u = key(i + 1, range), let unit = L.units[u], let a = key(i + 2, range),
            a == L.key.ago || a == L.key.earlier
        else { return nil }
        var value: TimeValue?
        if unit == .year, let q = lastQuarter {
            value = .quarter(year: q.year - count, quarter: q.quarter)
        } else if unit == .day || unit == .week || unit == .month {
            value = shifted(unit, by: -count)
        } else if unit == .year {
            value = shifted(.year, by: -count)
        }
        guard let value else { return nil }
        return TimeMention(tokens: i..<(i + 3), value: value, relative: true)
    }

    func wordExpression(at i: Int, _ range: Range<Int>, _ tense: Tense) -> TimeMention? {
        let k = tokens[i].key
        guard let a = anchor else { return nil }
        func day(_ n: Int, _ len: Int = 1) -> TimeMention? {
            a.adding(days: n).map { TimeMention(tokens: i..<(i + len), value: .day($0), relative: true) }
        }
        func ref(_ v: TimeValue, _ len: Int = 1) -> TimeMention {
            TimeMention(tokens: i..<(i + len), value: v, relative: true)
        }
        switch k {
        case L.key.today, L.key.tonight: return day(0)
        case L.key.yesterday: return day(-1)
        case L.key.tomorrow: return day(1)
        case L.key.now, L.key.currently, L.key.nowadays: return ref(.presentRef)
        case L.key.recently: return ref(.pastRef)
        case L.key.soon: return ref(.futureRef)
        default: break
        }
        if let n = L.numberWords[k], n > 0, let m = agoExpression(at: i, count: n, range) { return m }
        let next = key(i + 1, range)
        if k == L.key.recent {
            if let n = next, n == L.key.years || n == L.key.months || n == L.key.weeks { return ref(.pastRef, 2) }
            return ref(.pastRef)
        }
        if k == L.key.these, next == Keys.days { return ref(.presentRef, 2) }
        if k == L.key.at, next == L.key.present { return ref(.presentRef, 2) }
        if k == L.key.this || k == L.key.last, let n = next,
            n == L.key.morning || n == L.key.afternoon || n == L.key.evening || n == L.key.night
        {
            return day(k == L.key.last || n == L.key.night && k == L.key.last ? -1 : 0, 2)
        }
        if k == L.key.the, let n = next {
            if n == L.key.past,
                !(range.contains(i + 2)
                    && (tokens[i + 2].isNumber || L.units[tokens[i + 2].key] != nil
                        || L.numberWords[tokens[i + 2].key] != nil))
            {
                return ref(.pastRef, 2)
            }
            if n == L.key.future { return ref(.futureRef, 2) }
            if n == L.key.weekend { return shifted(.weekend, by: 0).map { ref($0, 2) } }
            if n == L.key.year, key(i + 2, range) != L.key.before, key(i + 2, range) != Keys.hyphen {
                return ref(.year(a.year), 2)
            }
            if n == L.key.quarter
                || (n == L.key.latest && key(i + 2, range).map { $0 == L.key.quarter || $0 == L.key.period } == true)
            {
                let len = n == L.key.quarter ? 2 : 3
                if let q = lastQuarter { return ref(.quarter(year: q.year, quarter: q.quarter), len) }
                return shifted(.quarter, by: -1).map { ref($0, len) }
            }
            if n == L.key.yearAgo || n == L.key.year, key(i + 2, range) == L.key.dash || n == L.key.yearAgo {
                // "the year-ago quarter", "the year-earlier quarter"
                var j = i + 1
                while j < min(range.upperBound, i + 5) && tokens[j].key != L.key.quarter { j += 1 }
                if j < range.upperBound && tokens[j].key == L.key.quarter, let q = lastQuarter {
                    return ref(.quarter(year: q.year - 1, quarter: q.quarter), j + 1 - i)
                }
            }
        }
        // first/second half, third quarter
        if let ord = L.ordinals[k] {
            var j = i + 1
            if key(j, range) == L.key.dash { j += 1 }
            if key(j, range) == L.key.quarter, ord <= 4 {
                var from = i
                if key(i - 1, range) == L.key.the { from = i - 1 }
                var end = j + 1
                var y: Int?
                if key(end, range) == L.key.of, let yy = year(end + 1, range) {
                    y = yy
                    end += 2
                } else if let yy = year(end, range) {
                    y = yy
                    end += 1
                }
                let q = y ?? (ord > a.quarter ? a.year - 1 : a.year)
                return TimeMention(tokens: from..<end, value: .quarter(year: q, quarter: ord), relative: y == nil)
            }
            if key(j, range) == L.key.half, ord <= 2 {
                var end = j + 1
                var y = a.year
                if key(end, range) == L.key.of, let yy = year(end + 1, range) {
                    y = yy
                    end += 2
                }
                return TimeMention(tokens: i..<end, value: .half(year: y, half: ord), relative: true)
            }
        }
        // last / this / next + unit or season; "earlier this month", "early next year"
        var j = i
        var edge = false
        if L.edgeWords.contains(key: k) {
            edge = true
            j += 1
        }
        guard let mk = key(j, range), mk == L.key.last || mk == L.key.this || mk == L.key.next || mk == L.key.current,
            let uk = key(j + 1, range)
        else { return nil }
        let n = mk == L.key.last ? -1 : mk == L.key.next ? 1 : 0
        if let unit = L.units[uk], unit != .decade, tokens[j + 1].key != L.key.years {
            guard let v = shifted(unit, by: n) else { return nil }
            return TimeMention(tokens: (edge ? i : j)..<(j + 2), value: v, relative: true)
        }
        if let season = L.seasons[uk] {
            var y = a.year + n
            if n < 0, season == "WI" { y = a.year - (a.month <= 3 ? 1 : 0) }
            return TimeMention(
                tokens: (edge ? i : j)..<(j + 2), value: .season(year: y, season: season), relative: true)
        }
        return nil
    }
}
