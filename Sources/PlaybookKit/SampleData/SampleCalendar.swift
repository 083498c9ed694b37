/// The days the sample covers: a year of history ending on the as-of date, then a few weeks
/// of planned work and expected closes.
struct SampleCalendar {
    static let historyDays = 365
    static let plannedDays = 21
    static let expectedCloseDays = 60
    /// Asia/Ho_Chi_Minh has kept +07:00 since 1975, so a time written with it falls on the
    /// same local date the generator chose.
    static let timezone = SnapshotDecoder.defaultTimezone
    static let offset = "+07:00"

    /// The as-of date in the snapshot's zone: "today" for the care lists.
    let today: LocalDay
    let firstDay: LocalDay

    init(today: LocalDay) {
        self.today = today
        firstDay = today.adding(days: 1 - Self.historyDays)
    }

    var lastPlannedDay: LocalDay { today.adding(days: Self.plannedDays) }

    /// A day in `from...to`, or `to` when the range is empty.
    static func day(from: LocalDay, to: LocalDay, _ random: inout SampleRandom) -> LocalDay {
        from > to ? to : from.adding(days: random.int(in: 0...(to - from)))
    }

    /// `2026-11-20T14:35:00+07:00`: a moment during office hours on `day`.
    static func officeTime(on day: LocalDay, _ random: inout SampleRandom) -> String {
        let hour = String(random.int(in: 8...17)).leftPadded(to: 2)
        let minute = String(random.below(12) * 5).leftPadded(to: 2)
        return "\(day)T\(hour):\(minute):00\(offset)"
    }
}
