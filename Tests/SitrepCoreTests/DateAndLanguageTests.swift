import SitrepTestSupport
import Testing

@testable import SitrepCore

@Suite struct DateMentionTests {
    @Test func newsForms() {
        let (days, years) = DateMentions.scan(
            "It was said on Nov. 6 and on 7 November 2024, on November 8th, 2023, on the morning of Dec. 1 and on 2024-01-02."
        )
        #expect(
            days.map { "\($0.year ?? 0)-\($0.month)-\($0.day)" } == [
                "0-11-6", "2024-11-7", "2023-11-8", "0-12-1", "2024-1-2",
            ])
        let allReported = days.allSatisfy { $0.reported }
        #expect(allReported)
        #expect(years.sorted() == [2023, 2024, 2024])
    }

    @Test func modalMayDecimalsAndImpossibleDaysAreNoDates() {
        let (days, years) = DateMentions.scan(
            "Prices may 5 times rise; the index closed at 2082.1 on Feb. 30 and 12,000 left.")
        #expect(days.isEmpty)
        #expect(years.isEmpty)
    }

    @Test func plansTermsAndDeadlinesAreNotReports() {
        let text =
            "The rights expire Nov. 21. The firm plans to redeem on Nov. 16 its notes, due March 15, 2007. It fell on Oct. 13."
        let reported = DateMentions.scan(text).days.filter { $0.reported }.map { $0.day }
        #expect(reported == [13])
    }

    @Test func inferenceTakesTheLatestReportAndTheCommonestYear() {
        let text =
            "The base was hit, a source said on Nov. 6. Russia attacked on Nov. 7. Most cases were in 2024; "
            + "the 2024 budget; a trend since November 2023; the 2025 budget. Talks will resume on Dec. 2."
        #expect(DateMentions.inferPublication(text)?.description == "2024-11-07")
    }

    /// The inference's shortcut (only stretches after an "on" read; lone years counted from
    /// their bytes) must find exactly the reported days and the years of the full scan.
    static let shortcutTexts = [
        "on 2024-11-07 and 2024-11-08; in 2023, 2023.5, 1,2024, FY2024, 2024's, 2024’s, 1998-1999 and (2020).",
        "Said on Nov. 6, 2024. The 2025 plan; since November 2023; On the morning of Dec. 1, 2019, on 7th of June.",
        "Month first: September 7 2021 was hot; on\u{A0}Nov. 9, 2022; Moon Nov. 3; upon 4 May 2020; on-May 5, 2021.",
        "Day first: on 07.11.2024 and on 7.11.2024, not 07.11 .2024 or 107.11.2024; 17.10.2024 was unreported.",
    ]

    @Test(arguments: shortcutTexts.indices.map { "text \($0)" } + seedNames)
    func inferenceShortcutReadsWhatTheFullScanReads(name: String) {
        let text =
            name.hasPrefix("text ")
            ? Self.shortcutTexts[Int(name.dropFirst(5)) ?? 0] : String(decoding: seedBytes(name), as: UTF8.self)
        let full = DateMentions.scan(text)
        let quick = DateMentions.scan(text, reportedOnly: true)
        #expect(quick.days.filter(\.reported) == full.days.filter(\.reported))
        #expect(quick.years.sorted() == full.years.sorted())
        #expect(!full.years.isEmpty)
    }

    /// Dates of headers, meta tags and scrapers' fields as sites and feeds write them.
    @Test(arguments: [
        ("2024-11-07T14:30:00Z", "2024-11-07"),
        ("2024-11-7 22:17:36", "2024-11-07"),
        ("Thu, 07 Nov 2024 14:30:00 +0000", "2024-11-07"),
        ("Thu Nov 07 2024 01:00:00 GMT+0100 (Central European Standard Time)", "2024-11-07"),
        ("November 7, 2024", "2024-11-07"),
        ("07.11.2024 18:50", "2024-11-07"),
    ])
    func statedDates(raw: String, date: String) {
        #expect(DateMentions.stated(raw)?.description == date, "\(raw)")
    }

    /// No day with its year, or one that could be either day-month or month-day: nothing.
    @Test func vagueStatedDatesAreNone() {
        for raw in ["10/05/2022 05:22 pm", "Nov. 7", "2024", "yesterday", ""] {
            #expect(DateMentions.stated(raw) == nil, "\(raw)")
        }
    }

    @Test func noYearOrNoReportedDayInfersNothing() {
        #expect(DateMentions.inferPublication("Russia attacked on Nov. 7.") == nil)
        #expect(DateMentions.inferPublication("In 2024 the war went on.") == nil)
    }
}

@Suite struct LanguageGuessTests {
    @Test(arguments: [
        ("en", "Russia carried out a large-scale drone assault on Kyiv, and the mayor said that the attack was heavy."),
        (
            "de",
            "Die Stadt wurde in der Nacht angegriffen, und die Behörden sagten, dass es nicht die erste Attacke war."
        ),
        ("fr", "La ville a été attaquée dans la nuit et les autorités ont dit que ce n'est pas la première attaque."),
        ("es", "La ciudad fue atacada por la noche y las autoridades dijeron que no es el primer ataque con drones."),
        ("uk", "Росія атакувала Київ вночі, і мер сказав, що це не перша атака на місто, але вона була сильною."),
        ("ru", "Россия атаковала Киев ночью, и мэр сказал, что это не первая атака на город, но она была сильной."),
    ])
    func guessesTheLanguage(code: String, text: String) {
        #expect(LanguageGuess.guess(text) == code)
    }

    @Test func tooShortIsUnknown() {
        #expect(LanguageGuess.guess("Kyiv Kharkiv") == nil)
    }
}
