import Foundation

// libFuzzer target: the RRULE parser, and the expansion of whatever it accepts over three
// years from a fixed start, in a zone with daylight saving.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecurrenceRule(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let rule = try? RecurrenceRule(parsing: text, timeZone: TimeZone(identifier: "Europe/Berlin")!) else { return 0 }
    let first = LocalDateTime(day: LocalDay(year: 2026, month: 1, day: 31)!, minuteOfDay: 9 * 60)
    let dates = occurrences(of: rule, start: first, through: LocalDay(year: 2028, month: 12, day: 31)!)
    precondition(zip(dates, dates.dropFirst()).allSatisfy { $0 < $1 }, "occurrences out of order")
    return 0
}
