/// One metric as pages show it: its label key in the strings table and how to read and
/// format it, in the order of docs/METRICS.md. Review checklists and dashboards share it.
struct MetricRow: Sendable {
    enum Value {
        case count(Int)
        case money(Int)
        case optionalMoney(Int?)
        case ratio(Ratio?)
    }

    let key: String
    let value: @Sendable (PeriodMetrics) -> Value

    static let all: [MetricRow] = [
        MetricRow(key: "leads") { .count($0.leads) },
        MetricRow(key: "warm_leads") { .count($0.warmLeads) },
        MetricRow(key: "cold_leads") { .count($0.coldLeads) },
        MetricRow(key: "new_customers") { .count($0.newCustomers) },
        MetricRow(key: "meetings") { .count($0.meetings) },
        MetricRow(key: "calls") { .count($0.calls) },
        MetricRow(key: "won_deals") { .count($0.wonDeals) },
        MetricRow(key: "lost_deals") { .count($0.lostDeals) },
        MetricRow(key: "actual_revenue") { .money($0.actualRevenue) },
        MetricRow(key: "expected_revenue") { .money($0.expectedRevenue) },
        MetricRow(key: "revenue_target") { .optionalMoney($0.revenueTarget) },
        MetricRow(key: "attainment") { .ratio($0.attainment) },
        MetricRow(key: "close_rate") { .ratio($0.closeRate) },
    ]

    static let keys = all.map(\.key)
    static let periodWords = ["week", "month", "quarter"]

    /// What is wrong with a checklist item's `{metrics: …}` marker, if anything.
    static func problems(in marker: MetricMarker) -> [String] {
        var problems: [String] = []
        if marker.keys.isEmpty {
            problems.append("`{metrics: …}` names no metric; list keys such as `leads, warm_leads` (docs/METRICS.md)")
        }
        for key in marker.keys where !keys.contains(key) {
            problems.append("unknown metric `\(key)` in `{metrics: …}`; use one of \(keys.joined(separator: ", "))")
        }
        if let period = marker.period, !periodWords.contains(period) {
            problems.append("unknown period `\(period)` in `{metrics \(period): …}`; write week, month or quarter, or nothing for the period under review")
        }
        return problems
    }

    /// The figure for `current`, the one for `previous` and the change between them.
    func figures(_ current: PeriodMetrics, against previous: PeriodMetrics, numbers: NumberText, strings: StringsTable) -> FigureRowView {
        let now = value(current)
        let before = value(previous)
        return FigureRowView(
            label: strings["metric_\(key)"],
            current: Self.text(now, numbers),
            previous: Self.text(before, numbers),
            change: Self.change(from: before, to: now, numbers: numbers, strings: strings))
    }

    /// The value as `api/metrics.json` writes it.
    static func json(_ value: Value) -> String {
        switch value {
        case .count(let count), .money(let count): return String(count)
        case .optionalMoney(let amount): return JSONText.number(amount)
        case .ratio(let ratio): return ratio?.decimalText ?? "null"
        }
    }

    static func text(_ value: Value, _ numbers: NumberText) -> String {
        switch value {
        case .count(let count): return numbers.count(count)
        case .money(let amount): return numbers.money(amount)
        case .optionalMoney(let amount): return amount.map(numbers.money) ?? "–"
        case .ratio(let ratio): return numbers.percent(ratio)
        }
    }

    /// Relative change for counts and money; percentage points for ratios.
    static func change(from previous: Value, to current: Value, numbers: NumberText, strings: StringsTable) -> String {
        switch (previous, current) {
        case (.count(let before), .count(let now)), (.money(let before), .money(let now)):
            return numbers.change(from: before, to: now)
        case (.optionalMoney(let before?), .optionalMoney(let now?)):
            return numbers.change(from: before, to: now)
        case (.ratio(let before?), .ratio(let now?)):
            // Tenths of a percentage point, each side rounded first so no product can overflow.
            let tenths = now.scaled(digits: 3) - before.scaled(digits: 3)
            let text = numbers.decimal(Ratio(numerator: tenths, denominator: 10), digits: 1)
            return (tenths > 0 ? "+" : "") + text + " " + strings["kpi_points"]
        default:
            return "–"
        }
    }
}
