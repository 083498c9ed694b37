import Testing
@testable import PlaybookKit

@Suite struct RecurrenceRuleParserTests {
    private let zone = RecurrenceTesting.hoChiMinhCity

    @Test func readsPartsInAnyOrderAndCase() throws {
        let rule = try RecurrenceRule(parsing: "RRULE:bymonthday=4,5,6,7,8,9,10;byday=mo;Freq=Monthly;BYMONTH=1,4,7,10", timeZone: zone)
        var expected = RecurrenceRule(frequency: .monthly)
        expected.byMonthDay = [4, 5, 6, 7, 8, 9, 10]
        expected.byDay = [.init(weekday: 1)]
        expected.byMonth = [1, 4, 7, 10]
        #expect(rule == expected)
    }

    @Test func readsIntervalCountPositionsAndWeekStart() throws {
        let rule = try RecurrenceRule(
            parsing: "FREQ=YEARLY;INTERVAL=2;COUNT=8;BYMONTH=3,6;BYDAY=-1FR,+2MO,TU;BYMONTHDAY=-1;BYSETPOS=1,-2;WKST=SU", timeZone: zone
        )
        var expected = RecurrenceRule(frequency: .yearly)
        expected.interval = 2
        expected.count = 8
        expected.byMonth = [3, 6]
        expected.byDay = [.init(ordinal: -1, weekday: 5), .init(ordinal: 2, weekday: 1), .init(weekday: 2)]
        expected.byMonthDay = [-1]
        expected.bySetPos = [1, -2]
        expected.weekStart = 7
        #expect(rule == expected)
    }

    /// A date allows every start that day; a UTC time is the wall-clock time it names in the zone.
    @Test(arguments: [
        ("20261231", "2026-12-31T23:59"),
        ("20261231T170000", "2026-12-31T17:00"),
        ("20261231T170000Z", "2027-01-01T00:00"),
        ("20261231t165959z", "2026-12-31T23:59"),
    ])
    func untilInHoChiMinhCity(_ until: String, _ expected: String) throws {
        #expect(try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=\(until)", timeZone: zone).until?.description == expected)
    }

    @Test func utcUntilTakesTheZonesOffsetOnThatDay() throws {
        let newYork = RecurrenceTesting.newYork
        #expect(try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=19971224T000000Z", timeZone: newYork).until?.description == "1997-12-23T19:00")
        #expect(try RecurrenceRule(parsing: "FREQ=DAILY;UNTIL=19970704T000000Z", timeZone: newYork).until?.description == "1997-07-03T20:00")
    }

    @Test(arguments: [
        ("", "the rule is empty", 0),
        ("RRULE:", "the rule is empty", 6),
        ("BYDAY=MO", "FREQ is missing", 0),
        ("FREQ=WEEKLY;FREQ=DAILY", "FREQ is given twice", 12),
        ("FREQ=WEEKLY;BYDAY=MO;BYDAY=FR", "BYDAY is given twice; give each part once, with a comma-separated list", 21),
        ("FREQ=DAILY;COUNT=5;COUNT=6", "COUNT is given twice", 19),
        ("FREQ=DAILY;COUNT=5;UNTIL=20261231", "COUNT and UNTIL cannot both be given", 19),
        ("FREQ=DAILY;UNTIL=20261231;COUNT=5", "COUNT and UNTIL cannot both be given", 26),
        ("FREQ=WEEKLY;BYWEEKNO=20", "BYWEEKNO is not supported; use BYMONTH with BYDAY", 12),
        ("FREQ=DAILY;BYHOUR=9,17", "BYHOUR is not supported; every occurrence starts at the start's time of day", 11),
        ("FREQ=YEARLY;BYYEARDAY=100", "BYYEARDAY is not supported; use BYMONTH with BYMONTHDAY", 12),
        ("FREQ=DAILY;FOO=1", "unknown rule part `FOO`", 11),
        ("FREQ=HOURLY", "FREQ=HOURLY is not supported", 5),
        ("FREQ=FORTNIGHTLY", "unknown frequency `FORTNIGHTLY`; use DAILY, WEEKLY, MONTHLY or YEARLY", 5),
        ("FREQ=", "FREQ has no value; write e.g. `FREQ=WEEKLY`", 5),
        ("FREQ=DAILY;COUNT=", "COUNT has no value", 17),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL takes 1 to 2147483647, not `0`", 20),
        ("FREQ=DAILY;COUNT=abc", "`abc` is not a whole number; write e.g. `COUNT=10`", 17),
        ("FREQ=DAILY;COUNT=99999999999999999999999", "COUNT takes 1 to 2147483647, not `99999999999999999999999`", 17),
        ("FREQ=DAILY;COUNT=-3", "COUNT takes 1 to 2147483647, not `-3`", 17),
        ("FREQ=MONTHLY;BYMONTHDAY=15,32", "BYMONTHDAY takes 1 to 31, or -1 to -31 counted from the end, not `32`", 27),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY takes 1 to 31", 24),
        ("FREQ=YEARLY;BYMONTH=1,13", "BYMONTH takes 1 to 12, not `13`", 22),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=367", "BYSETPOS takes 1 to 366, or -1 to -366", 31),
        ("FREQ=WEEKLY;BYDAY=1MO", "`1MO` has a position, which only MONTHLY and YEARLY rules allow; write `MO`", 18),
        ("FREQ=DAILY;BYDAY=MO,-1FR", "`-1FR` has a position", 20),
        ("FREQ=MONTHLY;BYDAY=6FR", "`6FR`: a month has at most 5 of each weekday", 19),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=-6FR", "`-6FR`: a month has at most 5", 28),
        ("FREQ=YEARLY;BYDAY=54MO", "`54MO`: a year has at most 53", 18),
        ("FREQ=WEEKLY;BYDAY=MO,XX", "`XX` is not a weekday; use MO, TU, WE, TH, FR, SA or SU", 21),
        ("FREQ=WEEKLY;BYDAY=thứ2", "`thứ2` is not a weekday", 18),
        ("FREQ=WEEKLY;BYDAY=MO,,FR", "empty value in the BYDAY list; remove the extra `,`", 21),
        ("FREQ=WEEKLY;;BYDAY=MO", "empty rule part; remove the extra `;`", 12),
        ("FREQ=WEEKLY;", "empty rule part", 12),
        ("FREQ=WEEKLY;BYDAY", "`BYDAY` has no `=`; write each part as NAME=VALUE", 12),
        ("FREQ=WEEKLY;=MO", "a rule part has no name before `=`", 12),
        ("FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY cannot be used with FREQ=WEEKLY", 12),
        ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS picks among the days the other BY parts give", 13),
        ("FREQ=DAILY;UNTIL=2026-12-31", "`2026-12-31` is not a date; write UNTIL as YYYYMMDD", 17),
        ("FREQ=DAILY;UNTIL=20260230", "`20260230` is not a real date", 17),
        ("FREQ=DAILY;UNTIL=20261231T250000", "`250000` is not a time of day", 26),
        ("FREQ=WEEKLY;WKST=XY", "`XY` is not a weekday; WKST takes MO", 17),
        ("RRULE:FREQ=WEEKLY;BYDAY=1MO", "`1MO` has a position", 24),
        // Offsets count characters as editors do: CR LF is one.
        ("\r\n\u{3000}FREQ=WEEKLY;BYDAY=1MO", "`1MO` has a position", 20),
    ])
    func reportsWhatIsWrongAndWhere(_ text: String, _ fragment: String, _ offset: Int) {
        do {
            let rule = try RecurrenceRule(parsing: text, timeZone: zone)
            Issue.record("read \(text.debugDescription) as \(rule)")
        } catch {
            #expect(error.message.contains(fragment), "\(error.message)")
            #expect(error.offset == offset)
        }
    }

    @Test(arguments: [
        " ", ";", "=", "==", ",", "FREQ", "RRULE", "rrule:;", "\u{0}", "🙂", "FREQ=🙂", "FREQ=WEEKLY;BYDAY=🙂",
        "FREQ=DAILY;COUNT=" + String(repeating: "9", count: 5_000),
        "FREQ=MONTHLY;BYDAY=-", "FREQ=MONTHLY;BYDAY=+FR", "FREQ=MONTHLY;BYDAY=--1FR", "FREQ=MONTHLY;BYDAY=99999999999999999999999FR",
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-99999999999999999999", "FREQ=MONTHLY;BYMONTHDAY=-", "FREQ=WEEKLY;INTERVAL=+",
        "FREQ=YEARLY;UNTIL=2026123", "FREQ=YEARLY;UNTIL=-0261231", "FREQ=YEARLY;UNTIL=20261231X120000", "FREQ=YEARLY;UNTIL=20261231T12000Z",
        "FREQ=YEARLY;UNTIL=２０２６１２３１", "FREQ=YEARLY;UNTIL=20261231T120000+",
        String(repeating: "FREQ=DAILY;", count: 10_000),
    ])
    func rejectsGarbageWithoutTrapping(_ text: String) {
        #expect(throws: RecurrenceRuleError.self) { try RecurrenceRule(parsing: text, timeZone: zone) }
    }
}
