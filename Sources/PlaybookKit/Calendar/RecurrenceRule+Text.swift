import Foundation

extension RecurrenceRule {
    /// The two-letter weekday codes of RFC 5545, indexed by weekday - 1 (1 = Monday).
    private static let weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// The rule as an `RRULE` value, parts always in one order so that the same rule gives
    /// the same bytes: FREQ, INTERVAL (unless 1), COUNT or else UNTIL, BYMONTH, BYDAY,
    /// BYMONTHDAY, BYSETPOS, WKST (unless Monday), e.g.
    /// `FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=MO;BYMONTHDAY=4,5,6,7,8,9,10`. List values keep
    /// the rule's order.
    ///
    /// UNTIL is written in UTC, the instant `until` names in `zone`, because RFC 5545
    /// (§3.3.10) requires UTC when DTSTART carries a TZID. COUNT wins when a rule has both,
    /// since RFC 5545 allows only one. A weekday outside 1…7 has no code and is left out.
    public func text(in zone: TimeZone) -> String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if let count {
            parts.append("COUNT=\(count)")
        } else if let until {
            parts.append("UNTIL=" + ICalendarValue.utcDateTime(until.instant(in: zone)))
        }
        if !byMonth.isEmpty { parts.append("BYMONTH=" + Self.list(byMonth)) }
        let days = byDay.compactMap(Self.text(of:))
        if !days.isEmpty { parts.append("BYDAY=" + days.joined(separator: ",")) }
        if !byMonthDay.isEmpty { parts.append("BYMONTHDAY=" + Self.list(byMonthDay)) }
        if !bySetPos.isEmpty { parts.append("BYSETPOS=" + Self.list(bySetPos)) }
        if weekStart != 1, let code = Self.code(of: weekStart) { parts.append("WKST=" + code) }
        return parts.joined(separator: ";")
    }

    /// `1FR`, `-1FR`, `MO`.
    private static func text(of day: WeekdayNumber) -> String? {
        guard let code = code(of: day.weekday) else { return nil }
        return day.ordinal.map { "\($0)\(code)" } ?? code
    }

    private static func code(of weekday: Int) -> String? {
        (1...7).contains(weekday) ? weekdayCodes[weekday - 1] : nil
    }

    private static func list(_ numbers: [Int]) -> String {
        numbers.map(String.init).joined(separator: ",")
    }
}
