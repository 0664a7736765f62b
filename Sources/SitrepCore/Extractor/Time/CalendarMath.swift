/// Day arithmetic on ``CalendarDate``: day numbers, weekdays and ISO weeks.
extension CalendarDate {
    /// Days since 1970-01-01 (proleptic Gregorian).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number; nil outside years 1–9999.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    public func adding(days: Int) -> CalendarDate? { CalendarDate(dayNumber: dayNumber + days) }

    /// The day and month of "07.11" (or "7.11") in "07.11.2024", which the tokenizer reads as one
    /// decimal number: the month is its two decimals. Nil for any other number or an impossible day.
    init?(dayDotMonth t: Token, year: Int) {
        guard t.isNumber, t.byteLength == 5 || (t.byteLength == 4 && t.number < 10) else { return nil }
        let hundredths = Int((t.number * 100).rounded())
        self.init(year: year, month: hundredths % 100, day: hundredths / 100)
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = dayNumber - weekday + 3
        guard let t = CalendarDate(dayNumber: thursday), let jan1 = CalendarDate(year: t.year, month: 1, day: 1)
        else { return (year, 1) }
        return (t.year, (thursday - jan1.dayNumber) / 7 + 1)
    }

    public var quarter: Int { (month - 1) / 3 + 1 }
}
