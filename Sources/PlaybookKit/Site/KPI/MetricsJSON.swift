/// `api/metrics.json`: every metric of the team and each rep for every period, and the care
/// lists, straight from `PipelineMetrics` (the numbers the pages show).
enum MetricsJSON {
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
        JSONText.object(MetricRow.all.map { ($0.key, MetricRow.json($0.value(metrics))) })
    }
}
