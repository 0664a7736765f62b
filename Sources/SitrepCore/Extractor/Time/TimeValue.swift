/// A resolved time expression: a calendar value at some granularity, or a reference to the
/// present, past or future. Its ``timex`` form follows TIMEX3 (TempEval), which is what the
/// resolver is scored against; ``recordDate`` is what an event record carries (SPEC §5).
public enum TimeValue: Sendable, Equatable, Hashable {
    case day(CalendarDate)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    /// SP, SU, FA, WI.
    case season(year: Int, season: String)
    case year(Int)
    /// The decade's first three digits ("199" for the 1990s).
    case decade(Int)
    case presentRef, pastRef, futureRef

    /// TIMEX3 value, e.g. `2024-11-06`, `2024-W45`, `1998-Q3`, `PRESENT_REF`.
    public var timex: String {
        switch self {
        case .day(let d): d.description
        case .week(let y, let w): "\(Clock.pad(y, 4))-W\(Clock.pad(w, 2))"
        case .weekend(let y, let w): "\(Clock.pad(y, 4))-W\(Clock.pad(w, 2))-WE"
        case .month(let y, let m): "\(Clock.pad(y, 4))-\(Clock.pad(m, 2))"
        case .quarter(let y, let q): "\(Clock.pad(y, 4))-Q\(q)"
        case .half(let y, let h): "\(Clock.pad(y, 4))-H\(h)"
        case .season(let y, let s): "\(Clock.pad(y, 4))-\(s)"
        case .year(let y): Clock.pad(y, 4)
        case .decade(let d): Clock.pad(d, 3)
        case .presentRef: "PRESENT_REF"
        case .pastRef: "PAST_REF"
        case .futureRef: "FUTURE_REF"
        }
    }

    /// Event-record precision (SPEC §5).
    public enum Precision: String, Sendable { case day, week, month, year }

    /// The date an event record carries and its precision: quarters, halves and seasons are
    /// written as their year (true, if coarser); references and decades give no date.
    public var recordDate: (date: String, precision: Precision)? {
        switch self {
        case .day(let d): (d.description, .day)
        case .week(let y, let w), .weekend(let y, let w): ("\(Clock.pad(y, 4))-W\(Clock.pad(w, 2))", .week)
        case .month(let y, let m): ("\(Clock.pad(y, 4))-\(Clock.pad(m, 2))", .month)
        case .quarter(let y, _), .half(let y, _), .season(let y, _), .year(let y): (Clock.pad(y, 4), .year)
        case .decade, .presentRef, .pastRef, .futureRef: nil
        }
    }

    /// First and last day covered, for comparisons (nil for references and decades).
    public var dayRange: ClosedRange<Int>? {
        func days(_ a: CalendarDate?, _ b: CalendarDate?) -> ClosedRange<Int>? {
            guard let a, let b else { return nil }
            return a.dayNumber...b.dayNumber
        }
        switch self {
        case .day(let d): return d.dayNumber...d.dayNumber
        case .week(let y, let w), .weekend(let y, let w):
            guard let jan4 = CalendarDate(year: y, month: 1, day: 4) else { return nil }
            let monday = jan4.dayNumber - jan4.weekday + (w - 1) * 7
            return monday...(monday + 6)
        case .month(let y, let m):
            return days(
                CalendarDate(year: y, month: m, day: 1),
                CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y)))
        case .quarter(let y, let q):
            return days(
                CalendarDate(year: y, month: q * 3 - 2, day: 1),
                CalendarDate(year: y, month: q * 3, day: CalendarDate.daysIn(month: q * 3, year: y)))
        case .half(let y, let h):
            return days(CalendarDate(year: y, month: h * 6 - 5, day: 1), CalendarDate(year: y, month: h * 6, day: 30))
        case .season(let y, _), .year(let y):
            return days(CalendarDate(year: y, month: 1, day: 1), CalendarDate(year: y, month: 12, day: 31))
        case .decade, .presentRef, .pastRef, .futureRef: return nil
        }
    }

    /// Granularity rank: smaller is finer.
    public var rank: Int {
        switch self {
        case .day: 0
        case .weekend, .week: 1
        case .month: 2
        case .quarter, .half, .season: 3
        case .year: 4
        default: 5
        }
    }
}
