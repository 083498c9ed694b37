import Foundation
import Testing
@testable import PlaybookKit

/// One of the team's meetings in Ho Chi Minh City, with a plain description of its days that
/// the expansion is checked against, day by day.
struct TeamMeeting: Sendable, CustomTestStringConvertible {
    var name: String
    var rule: String
    var minuteOfDay: Int
    var isMeetingDay: @Sendable (LocalDay) -> Bool

    var testDescription: String { name }
}

@Suite struct RecurrenceRuleTests {
    private static func day(_ text: String) -> LocalDay { RecurrenceTesting.day(text) }

    private static func dayOfMonth(_ day: LocalDay) -> Int { day.components.day }

    private static func isInMonths(_ day: LocalDay, _ months: Set<Int>) -> Bool { months.contains(day.components.month) }

    private static func isLastOfItsWeekdayInTheMonth(_ day: LocalDay) -> Bool {
        let (year, month, dayOfMonth) = day.components
        return dayOfMonth + 7 > LocalDay.daysIn(month: month, year: year)
    }

    static let teamMeetings: [TeamMeeting] = [
        TeamMeeting(name: "Monday 09:00", rule: "FREQ=WEEKLY;BYDAY=MO", minuteOfDay: 9 * 60) { $0.isoWeekday == 1 },
        TeamMeeting(name: "Friday 16:00", rule: "FREQ=WEEKLY;BYDAY=FR", minuteOfDay: 16 * 60) { $0.isoWeekday == 5 },
        TeamMeeting(name: "the 1st of the month", rule: "FREQ=MONTHLY;BYMONTHDAY=1", minuteOfDay: 9 * 60) { dayOfMonth($0) == 1 },
        TeamMeeting(name: "monthly review, first Friday", rule: "FREQ=MONTHLY;BYDAY=1FR", minuteOfDay: 14 * 60) {
            $0.isoWeekday == 5 && dayOfMonth($0) <= 7
        },
        TeamMeeting(name: "quarterly review, monthly form", rule: "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=1FR", minuteOfDay: 14 * 60) {
            isInMonths($0, [1, 4, 7, 10]) && $0.isoWeekday == 5 && dayOfMonth($0) <= 7
        },
        TeamMeeting(name: "quarterly review, yearly form", rule: "FREQ=YEARLY;BYMONTH=1,4,7,10;BYDAY=1FR", minuteOfDay: 14 * 60) {
            isInMonths($0, [1, 4, 7, 10]) && $0.isoWeekday == 5 && dayOfMonth($0) <= 7
        },
        TeamMeeting(
            name: "all-team Monday after the quarterly review", rule: "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=MO;BYMONTHDAY=4,5,6,7,8,9,10",
            minuteOfDay: 9 * 60
        ) { isInMonths($0, [1, 4, 7, 10]) && $0.isoWeekday == 1 && (4...10).contains(dayOfMonth($0)) },
        TeamMeeting(name: "BD manager on the 15th and 28th", rule: "FREQ=MONTHLY;BYMONTHDAY=15,28", minuteOfDay: 10 * 60) {
            [15, 28].contains(dayOfMonth($0))
        },
        TeamMeeting(name: "last Friday of the quarter", rule: "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=-1FR", minuteOfDay: 15 * 60) {
            isInMonths($0, [3, 6, 9, 12]) && $0.isoWeekday == 5 && isLastOfItsWeekdayInTheMonth($0)
        },
    ]

    @Test(arguments: teamMeetings)
    func teamRhythmFrom2026To2028(_ meeting: TeamMeeting) throws {
        let last = Self.day("2028-12-31")
        let meetingDays = (Self.day("2026-01-01").daysSinceEpoch...last.daysSinceEpoch).map(LocalDay.init).filter(meeting.isMeetingDay)
        let expected = meetingDays.map { LocalDateTime(day: $0, minuteOfDay: meeting.minuteOfDay) }
        let rule = try RecurrenceRule(parsing: meeting.rule, timeZone: RecurrenceTesting.hoChiMinhCity)
        #expect(occurrences(of: rule, start: expected[0], through: last) == expected)
    }

    @Test func quarterlyReviewAndTheAllTeamMondayAfterIt() throws {
        let reviews = try RecurrenceTesting.expand("FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=1FR", from: "2026-01-02", through: "2028-12-31")
        #expect(reviews == [
            "2026-01-02", "2026-04-03", "2026-07-03", "2026-10-02", "2027-01-01", "2027-04-02",
            "2027-07-02", "2027-10-01", "2028-01-07", "2028-04-07", "2028-07-07", "2028-10-06",
        ])
        let mondays = try RecurrenceTesting.expand(
            "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=MO;BYMONTHDAY=4,5,6,7,8,9,10", from: "2026-01-05", through: "2028-12-31"
        )
        #expect(mondays == reviews.map { Self.day($0).adding(days: 3).description })
        #expect(mondays.contains("2026-04-06"))
        #expect(mondays.contains("2027-01-04"))
    }

    @Test func lastFridayOfEachQuarter() throws {
        let fridays = try RecurrenceTesting.expand("FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=-1FR", from: "2026-03-27", through: "2028-12-31")
        #expect(fridays == [
            "2026-03-27", "2026-06-26", "2026-09-25", "2026-12-25", "2027-03-26", "2027-06-25",
            "2027-09-24", "2027-12-31", "2028-03-31", "2028-06-30", "2028-09-29", "2028-12-29",
        ])
    }

    /// Berlin moves its clocks on 2026-03-29 and 2026-10-25; the meeting stays at 09:00 there.
    @Test func mondayMeetingKeepsItsWallClockTimeAcrossDaylightSaving() throws {
        let berlin = RecurrenceTesting.berlin
        let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=MO", timeZone: berlin)
        let starts = occurrences(of: rule, start: LocalDateTime(day: Self.day("2026-03-23"), minuteOfDay: 9 * 60), through: Self.day("2026-11-02"))
        #expect(starts.count == 33)
        #expect(starts.allSatisfy { $0.timeText == "09:00" })
        let utcHours = { (zone: TimeZone) in starts.map { Int($0.instant(in: zone).timeIntervalSince1970) % 86_400 / 3_600 } }
        #expect(utcHours(berlin) == [8] + Array(repeating: 7, count: 30) + [8, 8])
        #expect(utcHours(RecurrenceTesting.hoChiMinhCity) == Array(repeating: 2, count: 33))
        #expect(starts.allSatisfy { LocalDateTime($0.instant(in: berlin), in: berlin) == $0 })
    }

    @Test(arguments: [
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31",
        "FREQ=MONTHLY;INTERVAL=12;BYMONTH=2",
    ])
    func ruleThatNeverMatchesGivesOnlyItsStart(_ text: String) throws {
        let rule = try RecurrenceRule(parsing: text, timeZone: RecurrenceTesting.hoChiMinhCity)
        let start = LocalDateTime(day: Self.day("2026-03-02"), minuteOfDay: 9 * 60)
        #expect(occurrences(of: rule, start: start, through: LocalDay(daysSinceEpoch: 1 << 40)) == [start])
    }

    @Test func countFarBeyondTheWindowStopsAtTheWindow() throws {
        let days = try RecurrenceTesting.expand("FREQ=DAILY;COUNT=1000000000", from: "2026-01-01", through: "2026-12-31")
        #expect(days.count == 365)
        #expect(days.last == "2026-12-31")
    }

    /// 2100 is no leap year: eight years pass between two leap days, and the walk must not give up.
    @Test(arguments: ["FREQ=YEARLY", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29"])
    func leapDayAcrossTheSkippedCenturyLeapYear(_ text: String) throws {
        #expect(try RecurrenceTesting.expand(text, from: "2096-02-29", through: "2112-12-31") == [
            "2096-02-29", "2104-02-29", "2108-02-29", "2112-02-29",
        ])
    }

    @Test func startIsTheFirstOccurrenceAndCountsEvenWhenOffTheRule() throws {
        #expect(try RecurrenceTesting.expand("FREQ=MONTHLY;BYDAY=1FR;COUNT=3", from: "2026-01-05", through: "2026-12-31") == [
            "2026-01-05", "2026-02-06", "2026-03-06",
        ])
    }

    /// UNTIL allows a start at the very minute it names: 09:00 in Ho Chi Minh City is 02:00 UTC.
    @Test(arguments: [
        ("20260126", 4), ("20260126T090000", 4), ("20260126T085959", 3), ("20260126T020000Z", 4), ("20260126T015959Z", 3),
    ])
    func untilIncludesItsLastStart(_ until: String, _ count: Int) throws {
        let days = try RecurrenceTesting.expand("FREQ=WEEKLY;UNTIL=\(until)", from: "2026-01-05", through: "2026-12-31")
        #expect(days == Array(["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"].prefix(count)))
    }

    @Test func monthlyOnThe31stSkipsShorterMonths() throws {
        #expect(try RecurrenceTesting.expand("FREQ=MONTHLY", from: "2026-01-31", through: "2026-12-31") == [
            "2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31", "2026-10-31", "2026-12-31",
        ])
    }

    /// The model's fields are public; values the parser would reject must not trap or hang.
    @Test func ruleBuiltInCodeWithImpossibleValues() {
        var rule = RecurrenceRule(frequency: .monthly)
        rule.interval = 0
        rule.byDay = [.init(ordinal: .min, weekday: 99), .init(ordinal: 1, weekday: 5)]
        rule.byMonthDay = [.max, .min, 0]
        rule.byMonth = [.min, 13]
        rule.bySetPos = [.min, 0]
        rule.weekStart = 0
        let start = LocalDateTime(day: Self.day("2026-01-02"), minuteOfDay: 9 * 60)
        #expect(occurrences(of: rule, start: start, through: Self.day("2026-06-30")).map(\.day.description) == [
            "2026-01-02", "2026-02-06", "2026-03-06", "2026-04-03", "2026-05-01", "2026-06-05",
        ])
        rule.interval = .max
        #expect(occurrences(of: rule, start: start, through: Self.day("2030-12-31")) == [start])
        rule.interval = 1
        rule.count = .min
        #expect(occurrences(of: rule, start: start, through: Self.day("2030-12-31")) == [start])
    }
}
