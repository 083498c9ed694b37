/// Every start of `rule` from `start` (the DTSTART) through the day `last`, in order. As RFC 5545
/// says, `start` is the first occurrence whether or not it matches the rule, and COUNT includes
/// it. Every occurrence keeps the start's wall-clock time.
///
/// The work is bounded by the window, not by the rule: periods after `last` (or UNTIL) are never
/// looked at, COUNT only stops the walk early, and a rule that gives no day in a whole 400-year
/// cycle of the calendar gives up.
public func occurrences(of rule: RecurrenceRule, start: LocalDateTime, through last: LocalDay) -> [LocalDateTime] {
    guard start.day <= last else { return [] }
    var occurrences = [start]
    let count = rule.count.map { max($0, 1) } ?? Int.max
    let lastDay = min(last, rule.until?.day ?? last)
    var periods = RecurrencePeriods(rule: rule, start: start.day)
    var emptyPeriods = 0
    while occurrences.count < count, periods.firstDay <= lastDay, emptyPeriods < periods.periodsPerCycle {
        periods.collectDays()
        emptyPeriods = periods.days.isEmpty ? emptyPeriods + 1 : 0
        for day in periods.days {
            let occurrence = LocalDateTime(day: day, minuteOfDay: start.minuteOfDay)
            guard occurrence > start else { continue }
            guard day <= lastDay, rule.until.map({ occurrence <= $0 }) ?? true else { return occurrences }
            occurrences.append(occurrence)
            if occurrences.count == count { return occurrences }
        }
        periods.advance()
    }
    return occurrences
}
