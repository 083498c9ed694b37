import Testing
@testable import PlaybookKit

@Suite struct PeriodTests {
    private func day(_ text: String) -> LocalDay {
        guard case .day(let day)? = WrittenDate(text) else { fatalError("bad test date \(text)") }
        return day
    }

    @Test func isoWeek53Of2026() {
        #expect(Period.containing(day("2026-12-28"), kind: .week).description == "2026-W53")
        #expect(Period.containing(day("2027-01-03"), kind: .week).description == "2026-W53")
        #expect(Period.containing(day("2027-01-04"), kind: .week).description == "2027-W01")
        #expect(Period("2026-W53")?.firstDay == day("2026-12-28"))
        #expect(Period("2026-W53")?.lastDay == day("2027-01-03"))
        #expect(Period("2025-W53") == nil)
        #expect(Period("2026-W53")?.next.description == "2027-W01")
        #expect(Period("2027-W01")?.previous.description == "2026-W53")
    }

    @Test func weeksRunMondayToSunday() {
        #expect(Period.containing(day("2026-11-29"), kind: .week).description == "2026-W48")
        #expect(Period.containing(day("2026-11-30"), kind: .week).description == "2026-W49")
        #expect(day("2026-11-30").isoWeekday == 1)
        #expect(day("2026-11-29").isoWeekday == 7)
    }

    @Test func monthsAndQuarters() {
        #expect(Period("2026-Q4")?.months.map(\.description) == ["2026-10", "2026-11", "2026-12"])
        #expect(Period("2026-12")?.next.description == "2027-01")
        #expect(Period("2026-Q1")?.previous.description == "2025-Q4")
        #expect(Period("2026-13") == nil)
        #expect(Period("2026-Q5") == nil)
        #expect(Period.containing(day("2028-02-29"), kind: .quarter).description == "2028-Q1")
    }

    @Test func civilDaysRoundTrip() {
        for text in ["1970-01-01", "2000-02-29", "2026-12-31", "2028-02-29", "1969-12-31"] {
            #expect(day(text).description == text)
        }
        #expect(LocalDay(year: 2026, month: 2, day: 29) == nil)
    }

    @Test func instantsBucketInTheSnapshotZone() {
        var zone = ZoneCalendar(zone: .init(identifier: "Asia/Ho_Chi_Minh")!)
        #expect(zone.localDay(of: WrittenDate("2026-11-29T23:30:00+07:00")!).description == "2026-11-29")
        #expect(zone.localDay(of: WrittenDate("2026-11-29T17:30:00Z")!).description == "2026-11-30")
        var berlin = ZoneCalendar(zone: .init(identifier: "Europe/Berlin")!)
        #expect(berlin.localDay(of: WrittenDate("2026-03-28T23:30:00Z")!).description == "2026-03-29")
        #expect(berlin.localDay(of: WrittenDate("2026-10-24T22:30:00Z")!).description == "2026-10-25")
        #expect(berlin.localDay(of: WrittenDate("2026-10-25T22:30:00Z")!).description == "2026-10-25")
    }
}
