/// A calendar date in the snapshot's time zone, as days since 1970-01-01. Day arithmetic,
/// weeks and months are integer math (Howard Hinnant's civil-date algorithms), so bucketing a
/// million records costs no calendar objects and cannot depend on the machine's locale.
public struct LocalDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// The years a snapshot's as-of date may fall in. The KPI pages list every week, month
    /// and quarter from the earliest record to the as-of date, so a year mistyped as `0202`
    /// or `9999` would make tens of thousands of periods (hundreds of megabytes of pages)
    /// rather than a message; records and calendar starts may not come before 1970 either.
    /// Later dates cost nothing: nothing is listed past the as-of date's periods.
    public static let supportedYears = 1970...2099

    public var isInSupportedYears: Bool { Self.supportedYears.contains(components.year) }

    /// Before 1970-01-01, the first day of the supported years.
    public var isBeforeSupportedYears: Bool { daysSinceEpoch < 0 }

    /// Nil unless `year-month-day` is a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= LocalDay.daysIn(month: month, year: year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        daysSinceEpoch = era * 146097 + dayOfEra - 719468
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let weekday = (daysSinceEpoch + 3) % 7
        return (weekday < 0 ? weekday + 7 : weekday) + 1
    }

    public func adding(days: Int) -> LocalDay {
        LocalDay(daysSinceEpoch: daysSinceEpoch + days)
    }

    public static func - (lhs: LocalDay, rhs: LocalDay) -> Int {
        lhs.daysSinceEpoch - rhs.daysSinceEpoch
    }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        return "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    /// `dd/mm/yyyy`, the way the team writes dates.
    public var vietnamese: String {
        let (year, month, day) = components
        return "\(Self.twoDigits(day))/\(Self.twoDigits(month))/\(year)"
    }

    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}
