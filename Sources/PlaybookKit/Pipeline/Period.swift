/// A reporting period: ISO week (Monday to Sunday), calendar month or calendar quarter.
public enum Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    case week(year: Int, week: Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)

    public enum Kind: Int, CaseIterable, Sendable, CustomStringConvertible {
        case week, month, quarter

        /// `week`, `month`, `quarter`: the word config, calendar files and string keys use.
        public var description: String {
            switch self {
            case .week: return "week"
            case .month: return "month"
            case .quarter: return "quarter"
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .week: return .week
        case .month: return .month
        case .quarter: return .quarter
        }
    }

    /// The period of `kind` that contains `day`.
    public static func containing(_ day: LocalDay, kind: Kind) -> Period {
        let (year, month, _) = day.components
        switch kind {
        case .week:
            // The ISO week belongs to the year of its Thursday.
            let thursday = day.adding(days: 4 - day.isoWeekday)
            let weekYear = thursday.components.year
            let firstDay = LocalDay(year: weekYear, month: 1, day: 1)!
            return .week(year: weekYear, week: (thursday - firstDay) / 7 + 1)
        case .month:
            return .month(year: year, month: month)
        case .quarter:
            return .quarter(year: year, quarter: (month - 1) / 3 + 1)
        }
    }

    public var firstDay: LocalDay {
        switch self {
        case .week(let year, let week):
            let januaryFourth = LocalDay(year: year, month: 1, day: 4)!
            return januaryFourth.adding(days: 1 - januaryFourth.isoWeekday + (week - 1) * 7)
        case .month(let year, let month):
            return LocalDay(year: year, month: month, day: 1)!
        case .quarter(let year, let quarter):
            return LocalDay(year: year, month: quarter * 3 - 2, day: 1)!
        }
    }

    public var lastDay: LocalDay {
        next.firstDay.adding(days: -1)
    }

    public var next: Period {
        switch self {
        case .week:
            return Period.containing(firstDay.adding(days: 7), kind: .week)
        case .month(let year, let month):
            return month == 12 ? .month(year: year + 1, month: 1) : .month(year: year, month: month + 1)
        case .quarter(let year, let quarter):
            return quarter == 4 ? .quarter(year: year + 1, quarter: 1) : .quarter(year: year, quarter: quarter + 1)
        }
    }

    public var previous: Period {
        switch self {
        case .week:
            return Period.containing(firstDay.adding(days: -7), kind: .week)
        case .month(let year, let month):
            return month == 1 ? .month(year: year - 1, month: 12) : .month(year: year, month: month - 1)
        case .quarter(let year, let quarter):
            return quarter == 1 ? .quarter(year: year - 1, quarter: 4) : .quarter(year: year, quarter: quarter - 1)
        }
    }

    /// For a quarter, its three months.
    public var months: [Period] {
        guard case .quarter(let year, let quarter) = self else { return [] }
        return (0..<3).map { .month(year: year, month: quarter * 3 - 2 + $0) }
    }

    /// `2026-W47`, `2026-11`, `2026-Q4`: the keys of the snapshot's targets and metrics.json.
    public var description: String {
        switch self {
        case .week(let year, let week): return "\(year)-W\(LocalDay.twoDigits(week))"
        case .month(let year, let month): return "\(year)-\(LocalDay.twoDigits(month))"
        case .quarter(let year, let quarter): return "\(year)-Q\(quarter)"
        }
    }

    /// Parses a period key; nil unless it names a real week, month or quarter.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        let rest = parts[1]
        if rest.hasPrefix("W"), rest.count == 3, let week = Int(rest.dropFirst()) {
            let period = Period.week(year: year, week: week)
            guard week >= 1, Period.containing(period.firstDay, kind: .week) == period else { return nil }
            self = period
        } else if rest.hasPrefix("Q"), rest.count == 2, let quarter = Int(rest.dropFirst()), (1...4).contains(quarter) {
            self = .quarter(year: year, quarter: quarter)
        } else if rest.count == 2, rest.allSatisfy(\.isNumber), let month = Int(rest), (1...12).contains(month) {
            self = .month(year: year, month: month)
        } else {
            return nil
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.kind.rawValue, lhs.firstDay) < (rhs.kind.rawValue, rhs.firstDay)
    }
}
