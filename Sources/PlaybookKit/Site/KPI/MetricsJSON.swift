/// `api/metrics.json`: every metric of the team and each rep for every period, and the care
/// lists, straight from `PipelineMetrics` (the numbers the pages show).
enum MetricsJSON {
    static let metricKeys = [
        "leads", "warm_leads", "cold_leads", "new_customers", "meetings", "calls", "won_deals", "lost_deals",
        "actual_revenue", "expected_revenue", "revenue_target", "attainment", "close_rate",
    ]

    static func render(snapshot: Snapshot, metrics: PipelineMetrics) -> String {
        var reps: [(String, String)] = []
        let order = snapshot.reps.indices.sorted {
            snapshot.reps[$0].id.unicodeScalars.lexicographicallyPrecedes(snapshot.reps[$1].id.unicodeScalars)
        }
        for index in order {
            reps.append((snapshot.reps[index].id, owner(periods: metrics.reps[index], care: metrics.repCare[index], metrics: metrics)))
        }
        let document = JSONText.object([
            ("as_of", JSONText.quoted(snapshot.asOfDay.description)),
            ("currency", JSONText.quoted(snapshot.currency)),
            ("timezone", JSONText.quoted(snapshot.timezone)),
            ("team", owner(periods: metrics.team, care: metrics.teamCare, metrics: metrics)),
            ("reps", JSONText.object(reps, multiline: true)),
        ], multiline: true)
        return document + "\n"
    }

    private static func owner(periods: [Period: PeriodMetrics], care: CareLists, metrics: PipelineMetrics) -> String {
        let periodMembers = metrics.periods.map { period in
            (period.description, values(periods[period] ?? PeriodMetrics()))
        }
        let careMembers = care.named.map { ($0.key, JSONText.array($0.ids.map(JSONText.quoted))) }
        return JSONText.object([
            ("periods", JSONText.object(periodMembers, multiline: true)),
            ("care", JSONText.object(careMembers)),
        ], multiline: true)
    }

    static func values(_ metrics: PeriodMetrics) -> String {
        JSONText.object([
            ("leads", String(metrics.leads)),
            ("warm_leads", String(metrics.warmLeads)),
            ("cold_leads", String(metrics.coldLeads)),
            ("new_customers", String(metrics.newCustomers)),
            ("meetings", String(metrics.meetings)),
            ("calls", String(metrics.calls)),
            ("won_deals", String(metrics.wonDeals)),
            ("lost_deals", String(metrics.lostDeals)),
            ("actual_revenue", String(metrics.actualRevenue)),
            ("expected_revenue", String(metrics.expectedRevenue)),
            ("revenue_target", JSONText.number(metrics.revenueTarget)),
            ("attainment", metrics.attainment?.decimalText ?? "null"),
            ("close_rate", metrics.closeRate?.decimalText ?? "null"),
        ])
    }
}
