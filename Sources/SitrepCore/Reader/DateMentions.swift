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
    static let forwardWords: Set<String> = [
        "will", "would", "shall", "plan", "plans", "planned", "expect", "expects", "expected", "scheduled", "due",
        "until", "till", "by", "effective", "expire", "expires", "expiring", "begin", "begins", "start", "starts",
        "next", "deadline", "ending", "ends", "through", "from", "since", "maturing", "matures", "set",
    ]

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    struct Token {
        var text: Substring
        var number: Int?
        var capitalized: Bool
        /// Sentence or clause punctuation (`.`, `!`, `?`, `;`) stands between this token and the
        /// one before: look-backs stop here.
        var boundaryBefore = false
    }

    /// Alphanumeric runs; `-` inside digits is kept so that ISO dates stay one token, and a
    /// `.` or `,` between digits so that "2082.1" or "12,000" is never a year.
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var start: String.Index?
        var i = text.startIndex
        var sawBoundary = false
        func flush(_ end: String.Index) {
            guard let s = start else { return }
            let t = text[s..<end]
            let number = t.count <= 4 && t.allSatisfy(\.isNumber) ? Int(t) : nil
            out.append(
                Token(text: t, number: number, capitalized: t.first?.isUppercase ?? false, boundaryBefore: sawBoundary))
            sawBoundary = false
            start = nil
        }
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i) < text.endIndex ? text[text.index(after: i)] : " "
            let joinsDigits =
                (c == "-" || c == "." || c == ",") && start != nil
                && text[start!..<i].last?.isNumber == true && next.isNumber
            let isPart = (c.isASCII && (c.isLetter || c.isNumber)) || joinsDigits
            if isPart {
                if start == nil { start = i }
            } else {
                flush(i)
                if c == "." || c == "!" || c == "?" || c == ";" { sawBoundary = true }
            }
            i = text.index(after: i)
        }
        flush(text.endIndex)
        return out
    }

    static func ordinalDay(_ t: Token) -> Int? {
        if let n = t.number { return (1...31).contains(n) ? n : nil }
        let lower = t.text.lowercased()
        for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) {
            if let n = Int(lower.dropLast(2)), (1...31).contains(n) { return n }
        }
        return nil
    }

    static func year(_ t: Token) -> Int? {
        guard let n = t.number, t.text.count == 4, (1900...2099).contains(n) else { return nil }
        return n
    }

    /// Every day-of-month mention and every year mentioned on its own or with a date.
    public static func scan(_ text: String) -> (days: [DayMention], years: [Int]) {
        let toks = tokens(text)
        var days: [DayMention] = []
        var years: [Int] = []
        for (i, t) in toks.enumerated() {
            if let y = year(t) { years.append(y) }
            if t.text.count == 10, let date = CalendarDate(iso: t.text) {
                days.append(DayMention(year: date.year, month: date.month, day: date.day, reported: reported(toks, i)))
                years.append(date.year)
                continue
            }
            // A month name, capitalised (so the verb "may" is no month).
            guard t.capitalized, let month = months[t.text.lowercased()] else { continue }
            if i + 1 < toks.count, let day = ordinalDay(toks[i + 1]) {
                // "Nov. 7", "November 7th, 2024"
                let y = i + 2 < toks.count ? year(toks[i + 2]) : nil
                if valid(y, month, day) {
                    days.append(DayMention(year: y, month: month, day: day, reported: reported(toks, i)))
                }
            } else if i >= 1,
                let day = ordinalDay(toks[i - 1])
                    ?? (i >= 2 && toks[i - 1].text == "of" ? ordinalDay(toks[i - 2]) : nil)
            {
                // "7 November 2024", "7th of November"
                let y = i + 1 < toks.count ? year(toks[i + 1]) : nil
                let first = toks[i - 1].text == "of" ? i - 2 : i - 1
                if valid(y, month, day) {
                    days.append(DayMention(year: y, month: month, day: day, reported: reported(toks, first)))
                }
            }
        }
        return (days, years)
    }

    /// The date starting at token `i` is introduced by "on" ("on Nov. 6", "on the morning of
    /// Nov. 6") and no forward-looking word stands in the six tokens before it.
    static func reported(_ toks: [Token], _ i: Int) -> Bool {
        func word(_ k: Int) -> String { k >= 0 ? toks[k].text.lowercased() : "" }
        var on = word(i - 1) == "on"
        if !on && word(i - 1) == "of" && word(i - 3) == "the" && word(i - 4) == "on" { on = true }
        guard on else { return false }
        var k = i - 1
        while k >= max(0, i - 7) {
            if forwardWords.contains(word(k)) { return false }
            if toks[k].boundaryBefore { break }
            k -= 1
        }
        return true
    }

    static func valid(_ year: Int?, _ month: Int, _ day: Int) -> Bool {
        day <= CalendarDate.daysIn(month: month, year: year ?? 2024)
    }

    /// The publication date a text implies when nothing states it: the latest day it reports
    /// (see ``DayMention/reported``), its year from the mention or else the year the text names
    /// most (ties: the later one). Nil when no reported day or no year can be had: never a
    /// guess from the clock.
    public static func inferPublication(_ text: String) -> CalendarDate? {
        let (all, years) = scan(text)
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
