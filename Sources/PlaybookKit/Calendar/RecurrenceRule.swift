/// The RFC 5545 `RRULE` parts the calendar supports: FREQ (DAILY, WEEKLY, MONTHLY, YEARLY),
/// INTERVAL, COUNT, UNTIL, BYDAY (with ordinals such as `1FR`, `-1FR`), BYMONTHDAY (also
/// negative), BYMONTH, BYSETPOS and WKST. Weekdays are 1 = Monday … 7 = Sunday.
public struct RecurrenceRule: Hashable, Sendable {
    public enum Frequency: String, Sendable, CaseIterable {
        case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY"
    }

    /// A BYDAY entry: a weekday, and for MONTHLY and YEARLY rules optionally which one of
    /// the month or year (`1` first, `-1` last).
    public struct WeekdayNumber: Hashable, Sendable {
        public var ordinal: Int?
        public var weekday: Int

        public init(ordinal: Int? = nil, weekday: Int) {
            self.ordinal = ordinal
            self.weekday = weekday
        }
    }

    public var frequency: Frequency
    public var interval = 1
    public var count: Int?
    /// The last start allowed, as a local wall-clock time (a UTC `…Z` UNTIL is converted).
    public var until: LocalDateTime?
    public var byDay: [WeekdayNumber] = []
    public var byMonthDay: [Int] = []
    public var byMonth: [Int] = []
    public var bySetPos: [Int] = []
    public var weekStart = 1

    public init(frequency: Frequency) {
        self.frequency = frequency
    }
}
