/// The figures of one rep (or the team) for one period, as defined in docs/METRICS.md.
public struct PeriodMetrics: Sendable, Equatable {
    public var leads = 0
    public var warmLeads = 0
    public var coldLeads = 0
    public var newCustomers = 0
    public var meetings = 0
    public var calls = 0
    public var wonDeals = 0
    public var lostDeals = 0
    public var actualRevenue = 0
    /// `actualRevenue` plus the probability-weighted open deals expected to close in the period.
    public var expectedRevenue = 0
    public var revenueTarget: Int?

    public init() {}

    public var attainment: Ratio? {
        guard let revenueTarget, revenueTarget != 0 else { return nil }
        return Ratio(numerator: actualRevenue, denominator: revenueTarget)
    }

    public var closeRate: Ratio? {
        let decided = wonDeals + lostDeals
        return decided == 0 ? nil : Ratio(numerator: wonDeals, denominator: decided)
    }
}

/// An exact quotient of two integers, shown rounded only at the last step.
public struct Ratio: Sendable, Equatable {
    public var numerator: Int
    public var denominator: Int

    /// Rounded half up to `1 / 10^digits`, as an integer count of those units.
    public func scaled(digits: Int) -> Int {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let (product, overflow) = numerator.multipliedReportingOverflow(by: scale * 2)
        if overflow {
            return Int((Double(numerator) / Double(denominator) * Double(scale)).rounded())
        }
        let doubled = product / denominator
        return (doubled + (doubled >= 0 ? 1 : -1)) / 2
    }

    /// `0.8734`: four decimals at most, trailing zeros dropped, as metrics.json writes it.
    public var decimalText: String {
        let units = scaled(digits: 4)
        let sign = units < 0 ? "-" : ""
        let magnitude = abs(units)
        var fraction = String(magnitude % 10000).leftPadded(to: 4)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(magnitude / 10000) + (fraction.isEmpty ? "" : "." + fraction)
    }
}

extension Int {
    /// `amount × percent / 100`, rounded half up, for non-negative amounts and percents.
    static func weighted(_ amount: Int, percent: Int) -> Int {
        (amount * percent + 50) / 100
    }
}
