import Testing
@testable import PlaybookKit

/// One example of RFC 5545 §3.8.5.3: its rule and DTSTART (09:00 in New York) and the dates the
/// RFC lists; `through` ends the window where the RFC's list of a rule without end stops.
struct RFCExample: Sendable, CustomTestStringConvertible {
    var name: String
    var rule: String
    var start: String
    var through = "2010-12-31"
    var expected: [String]

    var testDescription: String { name }
}

/// Left out, for parts the calendar does not support: every third year on the 1st, 100th and
/// 200th day (BYYEARDAY); Monday of week 20 (BYWEEKNO); every 3 hours, every 15 minutes, every
/// hour and a half, and every 20 minutes in both its forms (HOURLY, MINUTELY, BYHOUR, BYMINUTE).
@Suite struct RecurrenceRuleRFCExampleTests {
    /// `days(1997, 9, [2, 4])` is `["1997-09-02", "1997-09-04"]`.
    private static func days(_ year: Int, _ month: Int, _ daysOfMonth: [Int]) -> [String] {
        daysOfMonth.map { LocalDay(year: year, month: month, day: $0)!.description }
    }

    private static func days(_ year: Int, _ month: Int, _ daysOfMonth: ClosedRange<Int>) -> [String] {
        days(year, month, Array(daysOfMonth))
    }

    static let examples: [RFCExample] = [
        RFCExample(name: "daily for 10 occurrences", rule: "FREQ=DAILY;COUNT=10", start: "1997-09-02", expected: days(1997, 9, 2...11)),
        RFCExample(
            name: "daily until December 24, 1997", rule: "FREQ=DAILY;UNTIL=19971224T000000Z", start: "1997-09-02",
            expected: days(1997, 9, 2...30) + days(1997, 10, 1...31) + days(1997, 11, 1...30) + days(1997, 12, 1...23)
        ),
        RFCExample(
            name: "every other day", rule: "FREQ=DAILY;INTERVAL=2", start: "1997-09-02", through: "1997-12-03",
            expected: days(1997, 9, Array(stride(from: 2, through: 30, by: 2))) + days(1997, 10, Array(stride(from: 2, through: 30, by: 2)))
                + days(1997, 11, Array(stride(from: 1, through: 29, by: 2))) + days(1997, 12, [1, 3])
        ),
        RFCExample(
            name: "every 10 days, 5 occurrences", rule: "FREQ=DAILY;INTERVAL=10;COUNT=5", start: "1997-09-02",
            expected: days(1997, 9, [2, 12, 22]) + days(1997, 10, [2, 12])
        ),
        RFCExample(
            name: "every day in January for 3 years, yearly", rule: "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA",
            start: "1998-01-01", expected: days(1998, 1, 1...31) + days(1999, 1, 1...31) + days(2000, 1, 1...31)
        ),
        RFCExample(
            name: "every day in January for 3 years, daily", rule: "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1",
            start: "1998-01-01", expected: days(1998, 1, 1...31) + days(1999, 1, 1...31) + days(2000, 1, 1...31)
        ),
        RFCExample(
            name: "weekly for 10 occurrences", rule: "FREQ=WEEKLY;COUNT=10", start: "1997-09-02",
            expected: days(1997, 9, [2, 9, 16, 23, 30]) + days(1997, 10, [7, 14, 21, 28]) + days(1997, 11, [4])
        ),
        RFCExample(
            name: "weekly until December 24, 1997", rule: "FREQ=WEEKLY;UNTIL=19971224T000000Z", start: "1997-09-02",
            expected: days(1997, 9, [2, 9, 16, 23, 30]) + days(1997, 10, [7, 14, 21, 28]) + days(1997, 11, [4, 11, 18, 25])
                + days(1997, 12, [2, 9, 16, 23])
        ),
        RFCExample(
            name: "every other week", rule: "FREQ=WEEKLY;INTERVAL=2;WKST=SU", start: "1997-09-02", through: "1998-02-17",
            expected: days(1997, 9, [2, 16, 30]) + days(1997, 10, [14, 28]) + days(1997, 11, [11, 25]) + days(1997, 12, [9, 23])
                + days(1998, 1, [6, 20]) + days(1998, 2, [3, 17])
        ),
        RFCExample(
            name: "weekly on Tuesday and Thursday for five weeks, until", rule: "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH",
            start: "1997-09-02", expected: days(1997, 9, [2, 4, 9, 11, 16, 18, 23, 25, 30]) + days(1997, 10, [2])
        ),
        RFCExample(
            name: "weekly on Tuesday and Thursday for five weeks, count", rule: "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH",
            start: "1997-09-02", expected: days(1997, 9, [2, 4, 9, 11, 16, 18, 23, 25, 30]) + days(1997, 10, [2])
        ),
        RFCExample(
            name: "every other week on Monday, Wednesday and Friday until December 24, 1997",
            rule: "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", start: "1997-09-01",
            expected: days(1997, 9, [1, 3, 5, 15, 17, 19, 29]) + days(1997, 10, [1, 3, 13, 15, 17, 27, 29, 31])
                + days(1997, 11, [10, 12, 14, 24, 26, 28]) + days(1997, 12, [8, 10, 12, 22])
        ),
        RFCExample(
            name: "every other week on Tuesday and Thursday, 8 occurrences", rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH",
            start: "1997-09-02", expected: days(1997, 9, [2, 4, 16, 18, 30]) + days(1997, 10, [2, 14, 16])
        ),
        RFCExample(
            name: "monthly on the first Friday for 10 occurrences", rule: "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", start: "1997-09-05",
            expected: days(1997, 9, [5]) + days(1997, 10, [3]) + days(1997, 11, [7]) + days(1997, 12, [5]) + days(1998, 1, [2])
                + days(1998, 2, [6]) + days(1998, 3, [6]) + days(1998, 4, [3]) + days(1998, 5, [1]) + days(1998, 6, [5])
        ),
        RFCExample(
            name: "monthly on the first Friday until December 24, 1997", rule: "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR",
            start: "1997-09-05", expected: days(1997, 9, [5]) + days(1997, 10, [3]) + days(1997, 11, [7]) + days(1997, 12, [5])
        ),
        RFCExample(
            name: "every other month on the first and last Sunday, 10 occurrences", rule: "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU",
            start: "1997-09-07",
            expected: days(1997, 9, [7, 28]) + days(1997, 11, [2, 30]) + days(1998, 1, [4, 25]) + days(1998, 3, [1, 29]) + days(1998, 5, [3, 31])
        ),
        RFCExample(
            name: "monthly on the second-to-last Monday for 6 months", rule: "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", start: "1997-09-22",
            expected: days(1997, 9, [22]) + days(1997, 10, [20]) + days(1997, 11, [17]) + days(1997, 12, [22]) + days(1998, 1, [19])
                + days(1998, 2, [16])
        ),
        RFCExample(
            name: "monthly on the third-to-last day", rule: "FREQ=MONTHLY;BYMONTHDAY=-3", start: "1997-09-28", through: "1998-02-28",
            expected: days(1997, 9, [28]) + days(1997, 10, [29]) + days(1997, 11, [28]) + days(1997, 12, [29]) + days(1998, 1, [29])
                + days(1998, 2, [26])
        ),
        RFCExample(
            name: "monthly on the 2nd and 15th for 10 occurrences", rule: "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", start: "1997-09-02",
            expected: days(1997, 9, [2, 15]) + days(1997, 10, [2, 15]) + days(1997, 11, [2, 15]) + days(1997, 12, [2, 15]) + days(1998, 1, [2, 15])
        ),
        RFCExample(
            name: "monthly on the first and last day for 10 occurrences", rule: "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", start: "1997-09-30",
            expected: days(1997, 9, [30]) + days(1997, 10, [1, 31]) + days(1997, 11, [1, 30]) + days(1997, 12, [1, 31]) + days(1998, 1, [1, 31])
                + days(1998, 2, [1])
        ),
        RFCExample(
            name: "every 18 months on the 10th to 15th, 10 occurrences", rule: "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15",
            start: "1997-09-10", expected: days(1997, 9, 10...15) + days(1999, 3, 10...13)
        ),
        RFCExample(
            name: "every Tuesday, every other month", rule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", start: "1997-09-02", through: "1998-03-31",
            expected: days(1997, 9, [2, 9, 16, 23, 30]) + days(1997, 11, [4, 11, 18, 25]) + days(1998, 1, [6, 13, 20, 27])
                + days(1998, 3, [3, 10, 17, 24, 31])
        ),
        RFCExample(
            name: "yearly in June and July for 10 occurrences", rule: "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", start: "1997-06-10",
            expected: (1997...2001).flatMap { days($0, 6, [10]) + days($0, 7, [10]) }
        ),
        RFCExample(
            name: "every other year on January, February and March, 10 occurrences", rule: "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3",
            start: "1997-03-10", expected: days(1997, 3, [10]) + [1999, 2001, 2003].flatMap { year in (1...3).flatMap { days(year, $0, [10]) } }
        ),
        RFCExample(
            name: "every 20th Monday of the year", rule: "FREQ=YEARLY;BYDAY=20MO", start: "1997-05-19", through: "1999-12-31",
            expected: days(1997, 5, [19]) + days(1998, 5, [18]) + days(1999, 5, [17])
        ),
        RFCExample(
            name: "every Thursday in March", rule: "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", start: "1997-03-13", through: "1999-12-31",
            expected: days(1997, 3, [13, 20, 27]) + days(1998, 3, [5, 12, 19, 26]) + days(1999, 3, [4, 11, 18, 25])
        ),
        RFCExample(
            name: "every Thursday in June, July and August", rule: "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", start: "1997-06-05",
            through: "1999-12-31",
            expected: days(1997, 6, [5, 12, 19, 26]) + days(1997, 7, [3, 10, 17, 24, 31]) + days(1997, 8, [7, 14, 21, 28])
                + days(1998, 6, [4, 11, 18, 25]) + days(1998, 7, [2, 9, 16, 23, 30]) + days(1998, 8, [6, 13, 20, 27])
                + days(1999, 6, [3, 10, 17, 24]) + days(1999, 7, [1, 8, 15, 22, 29]) + days(1999, 8, [5, 12, 19, 26])
        ),
        // The RFC removes the DTSTART, 2 September 1997, with an EXDATE, which is the caller's
        // business: the rule itself keeps it as the first occurrence.
        RFCExample(
            name: "every Friday the 13th", rule: "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", start: "1997-09-02", through: "2000-12-31",
            expected: ["1997-09-02"] + days(1998, 2, [13]) + days(1998, 3, [13]) + days(1998, 11, [13]) + days(1999, 8, [13]) + days(2000, 10, [13])
        ),
        RFCExample(
            name: "the first Saturday that follows the first Sunday of the month", rule: "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13",
            start: "1997-09-13", through: "1998-06-30",
            expected: days(1997, 9, [13]) + days(1997, 10, [11]) + days(1997, 11, [8]) + days(1997, 12, [13]) + days(1998, 1, [10])
                + days(1998, 2, [7]) + days(1998, 3, [7]) + days(1998, 4, [11]) + days(1998, 5, [9]) + days(1998, 6, [13])
        ),
        RFCExample(
            name: "every 4 years, U.S. Presidential Election day", rule: "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
            start: "1996-11-05", through: "2004-12-31", expected: days(1996, 11, [5]) + days(2000, 11, [7]) + days(2004, 11, [2])
        ),
        RFCExample(
            name: "the third Tuesday, Wednesday or Thursday of the month, for 3 months", rule: "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3",
            start: "1997-09-04", expected: days(1997, 9, [4]) + days(1997, 10, [7]) + days(1997, 11, [6])
        ),
        RFCExample(
            name: "the second-to-last weekday of the month", rule: "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", start: "1997-09-29",
            through: "1998-03-31",
            expected: days(1997, 9, [29]) + days(1997, 10, [30]) + days(1997, 11, [27]) + days(1997, 12, [30]) + days(1998, 1, [29])
                + days(1998, 2, [26]) + days(1998, 3, [30])
        ),
        RFCExample(
            name: "every other week on Tuesday and Sunday, weeks from Monday", rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO",
            start: "1997-08-05", expected: days(1997, 8, [5, 10, 19, 24])
        ),
        RFCExample(
            name: "every other week on Tuesday and Sunday, weeks from Sunday", rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU",
            start: "1997-08-05", expected: days(1997, 8, [5, 17, 19, 31])
        ),
        RFCExample(
            name: "an invalid date (30 February) is skipped", rule: "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", start: "2007-01-15",
            expected: days(2007, 1, [15, 30]) + days(2007, 2, [15]) + days(2007, 3, [15, 30])
        ),
    ]

    @Test(arguments: examples)
    func rfcExample(_ example: RFCExample) throws {
        let dates = try RecurrenceTesting.expand(example.rule, from: example.start, through: example.through, in: RecurrenceTesting.newYork)
        #expect(dates == example.expected)
    }
}
