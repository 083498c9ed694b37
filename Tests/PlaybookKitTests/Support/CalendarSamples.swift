import Foundation
@testable import PlaybookKit

/// Shorthands for the calendar tests: wall-clock times, rules and the feed's lines.
enum CalendarSamples {
    static let saigon = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    /// 2026-11-23T00:00:00Z.
    static let stamp = Date(timeIntervalSince1970: 1_795_392_000)

    static func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(day: LocalDay(year: year, month: month, day: day)!, minuteOfDay: hour * 60 + minute)
    }

    static func rule(
        _ frequency: RecurrenceRule.Frequency, interval: Int = 1, count: Int? = nil, until: LocalDateTime? = nil,
        byDay: [RecurrenceRule.WeekdayNumber] = [], byMonthDay: [Int] = [], byMonth: [Int] = []
    ) -> RecurrenceRule {
        var rule = RecurrenceRule(frequency: frequency)
        rule.interval = interval
        rule.count = count
        rule.until = until
        rule.byDay = byDay
        rule.byMonthDay = byMonthDay
        rule.byMonth = byMonth
        return rule
    }

    static func weekday(_ weekday: Int, _ ordinal: Int? = nil) -> RecurrenceRule.WeekdayNumber {
        RecurrenceRule.WeekdayNumber(ordinal: ordinal, weekday: weekday)
    }

    /// The content lines of a feed with the folds undone (RFC 5545 §3.1).
    static func unfoldedLines(_ feed: String) -> [String] {
        feed.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    /// The lines from `BEGIN:name` through the next `END:name`.
    static func component(_ name: String, in lines: [String]) -> [String] {
        guard let start = lines.firstIndex(of: "BEGIN:\(name)"),
              let end = lines[start...].firstIndex(of: "END:\(name)") else { return [] }
        return Array(lines[start...end])
    }
}
