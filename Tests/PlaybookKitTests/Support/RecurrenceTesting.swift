import Foundation
import Testing
@testable import PlaybookKit

/// Shorthands for the recurrence tests, which write days as `YYYY-MM-DD`.
enum RecurrenceTesting {
    static let hoChiMinhCity = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let berlin = TimeZone(identifier: "Europe/Berlin")!

    static func day(_ text: String) -> LocalDay {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let day = LocalDay(year: parts[0], month: parts[1], day: parts[2]) else {
            fatalError("bad test date \(text)")
        }
        return day
    }

    /// The days on which `rule` starts, from `start` at `minuteOfDay` through `last`; checks on
    /// the way that every occurrence keeps the start's wall-clock time.
    static func expand(
        _ rule: String, from start: String, at minuteOfDay: Int = 9 * 60, through last: String, in zone: TimeZone = hoChiMinhCity
    ) throws -> [String] {
        let parsed = try RecurrenceRule(parsing: rule, timeZone: zone)
        let starts = occurrences(of: parsed, start: LocalDateTime(day: day(start), minuteOfDay: minuteOfDay), through: day(last))
        #expect(starts.allSatisfy { $0.minuteOfDay == minuteOfDay })
        return starts.map(\.day.description)
    }
}
