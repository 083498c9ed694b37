/// A rule's periods (days, weeks, months or years, INTERVAL apart, from the one that holds the
/// start) and the days each gives, with the BY parts applied in RFC 5545's order (BYMONTH,
/// BYMONTHDAY, BYDAY), then BYSETPOS on the period's whole set of days.
struct RecurrencePeriods {
    /// A rule's periods give the same days again once the calendar repeats, every 400 years
    /// (146097 days, 20871 weeks, 4800 months): a rule that gives no day in a cycle's worth of
    /// periods in a row never will.
    let periodsPerCycle: Int
    /// The current period's days, in order, once `collectDays()` has run.
    private(set) var days: [LocalDay] = []

    private let frequency: RecurrenceRule.Frequency
    private let interval: Int
    private let months: [Int]
    private let monthDays: [Int]
    private let weekdays: [RecurrenceRule.WeekdayNumber]
    private let setPositions: [Int]
    private let startMonth: Int
    private let startDayOfMonth: Int
    /// The current period: its first day since the epoch (DAILY, WEEKLY), months since the
    /// start of year 0 (MONTHLY) or the year (YEARLY).
    private var cursor: Int
    private var selected: [LocalDay] = []

    init(rule: RecurrenceRule, start: LocalDay) {
        frequency = rule.frequency
        // The model's fields are public: values the parser rejects are dropped here, so that a
        // rule built in code cannot trap or loop either.
        interval = min(max(rule.interval, 1), Int(Int32.max))
        months = Set(rule.byMonth.filter { (1...12).contains($0) }).sorted()
        monthDays = Set(rule.byMonthDay.filter { $0 != 0 && (-31...31).contains($0) }).sorted()
        let weekdays = Set(rule.byDay.filter { entry in
            (1...7).contains(entry.weekday) && entry.ordinal.map { $0 != 0 && (-53...53).contains($0) } ?? true
        })
        // A WEEKLY rule without BYDAY repeats on the start's weekday.
        self.weekdays = weekdays.isEmpty && frequency == .weekly ? [.init(weekday: start.isoWeekday)] : Array(weekdays)
        setPositions = rule.bySetPos.filter { $0 != 0 && (-366...366).contains($0) }
        let (year, month, dayOfMonth) = start.components
        startMonth = month
        startDayOfMonth = dayOfMonth
        let weekStart = (1...7).contains(rule.weekStart) ? rule.weekStart : 1
        let cycle: Int
        switch frequency {
        case .daily:
            cursor = start.daysSinceEpoch
            cycle = 146_097
        case .weekly:
            cursor = start.daysSinceEpoch - (start.isoWeekday - weekStart + 7) % 7
            cycle = 20_871
        case .monthly:
            cursor = year * 12 + month - 1
            cycle = 4_800
        case .yearly:
            cursor = year
            cycle = 400
        }
        periodsPerCycle = cycle / greatestCommonDivisor(interval, cycle)
    }

    var firstDay: LocalDay {
        switch frequency {
        case .daily, .weekly:
            LocalDay(daysSinceEpoch: cursor)
        case .monthly:
            DaySpan(month: cursorMonth.month, year: cursorMonth.year).first
        case .yearly:
            DaySpan(month: 1, year: cursor).first
        }
    }

    /// A MONTHLY rule's current year and month (1 to 12).
    private var cursorMonth: (year: Int, month: Int) {
        let (year, monthIndex) = cursor.quotientAndRemainder(dividingBy: 12)
        return monthIndex < 0 ? (year - 1, monthIndex + 13) : (year, monthIndex + 1)
    }

    mutating func advance() {
        cursor += frequency == .weekly ? 7 * interval : interval
    }

    mutating func collectDays() {
        days.removeAll(keepingCapacity: true)
        switch frequency {
        case .daily:
            let day = LocalDay(daysSinceEpoch: cursor)
            if passesDailyLimits(day) { days.append(day) }
        case .weekly:
            appendWeekdays(in: DaySpan(first: LocalDay(daysSinceEpoch: cursor), length: 7))
            if !months.isEmpty { days.removeAll { !months.contains($0.components.month) } }
        case .monthly:
            let (year, month) = cursorMonth
            if months.isEmpty || months.contains(month) {
                let monthSpan = DaySpan(month: month, year: year)
                appendDays(of: monthSpan, positionsWithin: monthSpan)
            }
        case .yearly:
            appendDays(ofYear: cursor)
        }
        Self.sortRemovingDuplicates(&days)
        selectSetPositions()
    }

    /// DAILY's BY parts only limit: the day's month, day of the month and weekday must be named.
    private func passesDailyLimits(_ day: LocalDay) -> Bool {
        if months.isEmpty, monthDays.isEmpty, weekdays.isEmpty { return true }
        let (year, month, _) = day.components
        guard months.isEmpty || months.contains(month) else { return false }
        if monthDays.isEmpty, weekdays.isEmpty { return true }
        let monthSpan = DaySpan(month: month, year: year)
        return (monthDays.isEmpty || monthDays.contains { monthSpan.day(numbered: $0) == day })
            && (weekdays.isEmpty || matchesWeekdays(day, positionsWithin: monthSpan))
    }

    /// BYMONTH picks the months, or BYMONTHDAY takes every month, or BYDAY alone takes the whole
    /// year (its positions then count within the year); with none, the start's month and day.
    private mutating func appendDays(ofYear year: Int) {
        let yearSpan = DaySpan(year: year)
        if months.isEmpty, monthDays.isEmpty, !weekdays.isEmpty {
            appendWeekdays(in: yearSpan)
            return
        }
        for month in !months.isEmpty ? months : monthDays.isEmpty ? [startMonth] : Array(1...12) {
            let monthSpan = DaySpan(month: month, year: year)
            appendDays(of: monthSpan, positionsWithin: months.isEmpty ? yearSpan : monthSpan)
        }
    }

    /// BYMONTHDAY names the days (and BYDAY, if given, limits them), else BYDAY names them, else
    /// the start's day of the month does.
    private mutating func appendDays(of month: DaySpan, positionsWithin scope: DaySpan) {
        if !monthDays.isEmpty {
            for number in monthDays {
                if let day = month.day(numbered: number), weekdays.isEmpty || matchesWeekdays(day, positionsWithin: scope) {
                    days.append(day)
                }
            }
        } else if !weekdays.isEmpty {
            appendWeekdays(in: month)
        } else if let day = month.day(numbered: startDayOfMonth) {
            days.append(day)
        }
    }

    /// Each day of `span` that BYDAY names: every such weekday, or the one its position picks.
    private mutating func appendWeekdays(in span: DaySpan) {
        for entry in weekdays {
            let firstOffset = (entry.weekday - span.first.isoWeekday + 7) % 7
            let matches = (span.length - firstOffset + 6) / 7
            if let ordinal = entry.ordinal {
                if let index = index(ofPosition: ordinal, among: matches) {
                    days.append(span.first.adding(days: firstOffset + 7 * index))
                }
            } else {
                for index in 0..<matches { days.append(span.first.adding(days: firstOffset + 7 * index)) }
            }
        }
    }

    /// Whether BYDAY names `day`, its positions counted within `scope`.
    private func matchesWeekdays(_ day: LocalDay, positionsWithin scope: DaySpan) -> Bool {
        let offset = day - scope.first
        let matches = (scope.length - offset % 7 + 6) / 7
        return weekdays.contains { entry in
            entry.weekday == day.isoWeekday && (entry.ordinal.map { index(ofPosition: $0, among: matches) == offset / 7 } ?? true)
        }
    }

    private mutating func selectSetPositions() {
        guard !setPositions.isEmpty else { return }
        selected.removeAll(keepingCapacity: true)
        for position in setPositions {
            if let index = index(ofPosition: position, among: days.count) { selected.append(days[index]) }
        }
        Self.sortRemovingDuplicates(&selected)
        swap(&days, &selected)
    }

    private static func sortRemovingDuplicates(_ days: inout [LocalDay]) {
        guard days.count > 1 else { return }
        days.sort()
        var kept = 1
        for index in 1..<days.count where days[index] != days[kept - 1] {
            days[kept] = days[index]
            kept += 1
        }
        days.removeLast(days.count - kept)
    }
}

/// Consecutive days: a week, a month or a year.
private struct DaySpan {
    var first: LocalDay
    var length: Int

    init(first: LocalDay, length: Int) {
        self.first = first
        self.length = length
    }

    init(month: Int, year: Int) {
        // `month` is one of the rule's checked months or comes from this file's arithmetic, so
        // always 1 to 12, and the first of a month always exists.
        first = LocalDay(year: year, month: month, day: 1)!
        length = LocalDay.daysIn(month: month, year: year)
    }

    init(year: Int) {
        self.init(first: DaySpan(month: 1, year: year).first, length: LocalDay.isLeap(year) ? 366 : 365)
    }

    /// The day RFC 5545's `number` names, 1 the first and -1 the last; nil past the span's end
    /// (30 February).
    func day(numbered number: Int) -> LocalDay? {
        index(ofPosition: number, among: length).map { first.adding(days: $0) }
    }
}

/// The 0-based index of RFC 5545's position `position` among `count` items: 1 the first, -1
/// the last.
private func index(ofPosition position: Int, among count: Int) -> Int? {
    let index = position > 0 ? position - 1 : count + position
    return (0..<count).contains(index) ? index : nil
}

private func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
    b == 0 ? a : greatestCommonDivisor(b, a % b)
}
