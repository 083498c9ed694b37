import Foundation
import Testing
@testable import PlaybookKit

/// The calendar file as a writer edits it: every mistake at its line and column, and the
/// team's own rhythm (content/lich-hop.yml) giving the dates the source describes.
@Suite struct CalendarFileTests {
    static let saigon = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    private func read(_ text: String) -> ([MeetingSeries], [String]) {
        let (series, diagnostics) = CalendarFileReader.read(text, file: "lich.yml", zone: Self.saigon)
        return (series, diagnostics.map(\.description))
    }

    @Test func mistakesAreReportedAtTheirPlace() {
        let (series, messages) = read("""
            series:
              - id: ok
                title: Fine
                start: 2026-01-05 09:00
                rrule: FREQ=WEEKLY;BYDAY=MO
              - id: Bad Id
                title: X
                start: 2026-01-05
              - id: rule
                title: Rule
                start: 2026-01-05 09:00
                rrule: FREQ=WEEKLY;BYWEEKNO=20
              - id: when
                title: When
                start: tomorrow
                reviews: next-year
                audience: [ceo]
                color: red
              - id: ok
                title: Again
                start: 2026-01-05 09:00
                exdates: [2026-01-12]
            """)
        #expect(series.map(\.id) == ["ok"])
        #expect(messages.contains("lich.yml:6:9: error: `id` must be lower-case letters, digits and hyphens, e.g. `weekly-review`; it names pages and calendar entries"))
        #expect(messages.contains { $0.hasPrefix("lich.yml:12:24: error: invalid rrule: ") && $0.contains("BYWEEKNO") })
        #expect(messages.contains("lich.yml:15:12: error: `start` must be `YYYY-MM-DD HH:MM` (or a date alone for a whole day); found `tomorrow`"))
        #expect(messages.contains { $0.hasPrefix("lich.yml:16:14: error: `reviews` is this-week") })
        #expect(messages.contains("lich.yml:17:15: error: unknown role `ceo`; use one of inbound, outbound, bd_manager, other"))
        #expect(messages.contains { $0.hasPrefix("lich.yml:18:12: error: unknown key `color`") })
        #expect(messages.contains { $0.hasPrefix("lich.yml:22:15: error: `exdates` are `YYYY-MM-DD HH:MM`") })
        #expect(messages.count == 7)
    }

    /// A start in year 1 would expand two thousand years of occurrences on every build; an id
    /// names files, which have a length limit.
    @Test func aStartBefore1970AndAnIdTooLongForAFileNameAreMistakes() {
        let (series, messages) = read("""
            series:
              - id: xua
                title: Xưa
                start: 0001-01-01 09:00
                rrule: FREQ=DAILY
              - id: \(String(repeating: "a", count: 251))
                title: Dài
                start: 2026-01-05 09:00
            """)
        #expect(series.isEmpty)
        #expect(messages == [
            "lich.yml:4:12: error: `start` must not be before 1970; found `0001-01-01 09:00`",
            "lich.yml:6:9: error: `id` is 251 characters long; it names pages and files, so keep it to 250",
        ])
    }

    @Test func aChecklistThatLeadsNowhereIsAnErrorInTheCalendarFile() throws {
        let site = try TestSite(files: [
            "a.md": "---\ntitle: A\n---\n## Sáng thứ 2\n- [ ] Việc\n",
            "lich-hop.yml": "series:\n  - id: x\n    title: X\n    start: 2026-01-05 09:00\n    checklist: a.md#sang-thu-6\n  - id: y\n    title: Y\n    start: 2026-01-05 09:00\n    checklist: b.md\n",
        ])
        defer { site.remove() }
        let messages = site.failingBuild().map(\.description)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.hasSuffix("lich-hop.yml:5:16: error: `a.md` has no heading `#sang-thu-6`; its headings are #sang-thu-2") })
        #expect(messages.contains { $0.hasSuffix("lich-hop.yml:9:16: error: checklist `b.md` is not a document of content/; write its path from the content folder") })
    }

    /// The shipped rhythm, 2026-2028, against the source's words.
    @Test func theTeamsRhythmFallsOnTheRightDays() throws {
        let text = try String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("content/lich-hop.yml"), encoding: .utf8)
        let (series, messages) = read(text)
        #expect(messages.isEmpty, "\(messages)")
        let byID = Dictionary(uniqueKeysWithValues: series.map { ($0.id, $0) })
        let end = LocalDay(year: 2028, month: 12, day: 31)!
        func starts(_ id: String, in year: Int) throws -> [String] {
            try #require(byID[id]).starts(through: end).filter { $0.day.components.year == year }.map(\.description)
        }
        // Monday 09:00 and Friday 16:00 every week, but for Tet.
        #expect(try starts("weekly-tasks", in: 2027).count == 51)
        #expect(try !starts("weekly-tasks", in: 2027).contains("2027-02-08T09:00"))
        #expect(try starts("weekly", in: 2026).first == "2026-01-02T16:00")
        // The first Friday of the next month; the first Friday of January 2027 is the 1st.
        #expect(try starts("monthly", in: 2027).prefix(3) == ["2027-01-01T14:00", "2027-02-05T14:00", "2027-03-05T14:00"])
        // The quarterly review, and the all-team Monday after it.
        #expect(try starts("quarterly", in: 2027) == ["2027-01-01T09:00", "2027-04-02T09:00", "2027-07-02T09:00", "2027-10-01T09:00"])
        #expect(try starts("all-team", in: 2027) == ["2027-01-04T14:00", "2027-04-05T14:00", "2027-07-05T14:00", "2027-10-04T14:00"])
        #expect(try starts("all-team", in: 2026) == ["2026-01-05T14:00", "2026-04-06T14:00", "2026-07-06T14:00", "2026-10-05T14:00"])
        #expect(try starts("quarter-end", in: 2026) == ["2026-03-27T09:00", "2026-06-26T09:00", "2026-09-25T09:00", "2026-12-25T09:00"])
        #expect(try starts("mid-month", in: 2028).count == 12 && starts("month-end", in: 2028).allSatisfy { $0.contains("-28T09:00") })
        #expect(try starts("hr-commission", in: 2028).first == "2028-01-01T00:00" && byID["hr-commission"]!.isAllDay)
        #expect(try starts("yearly", in: 2027) == ["2027-12-17T09:00"])
        // Every all-team Monday follows a quarterly Friday by three days, 2026-2028.
        for year in 2026...2028 {
            let fridays = try starts("quarterly", in: year).map { CalendarFileReader.dateTime($0.replacingOccurrences(of: "T", with: " "))!.day }
            let mondays = try starts("all-team", in: year).map { CalendarFileReader.dateTime($0.replacingOccurrences(of: "T", with: " "))!.day }
            #expect(zip(fridays, mondays).allSatisfy { $1 - $0 == 3 && $1.isoWeekday == 1 })
        }
    }

    @Test func aMeetingReviewsThePeriodItNames() throws {
        let friday = LocalDay(year: 2026, month: 11, day: 20)!
        #expect(MeetingSeries.ReviewedPeriod("this-week")?.period(for: friday).description == "2026-W47")
        #expect(MeetingSeries.ReviewedPeriod("previous-week")?.period(for: friday).description == "2026-W46")
        #expect(MeetingSeries.ReviewedPeriod("previous-month")?.period(for: LocalDay(year: 2027, month: 1, day: 1)!).description == "2026-12")
        #expect(MeetingSeries.ReviewedPeriod("previous-quarter")?.period(for: LocalDay(year: 2027, month: 1, day: 4)!).description == "2026-Q4")
        #expect(MeetingSeries.ReviewedPeriod("next-week") == nil)
    }
}
