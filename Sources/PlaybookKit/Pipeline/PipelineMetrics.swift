/// Every metric for the team and each rep, for every week, month and quarter of the
/// snapshot's range, and the care lists: the one computation the dashboards, the review
/// pages and `api/metrics.json` all read, so their figures cannot disagree.
public struct PipelineMetrics: Sendable {
    /// Every period of the range: weeks, then months, then quarters, each in date order.
    public let periods: [Period]
    public let team: [Period: PeriodMetrics]
    /// By rep index.
    public let reps: [[Period: PeriodMetrics]]
    public let teamCare: CareLists
    /// By rep index.
    public let repCare: [CareLists]

    public init(snapshot: Snapshot, care settings: CareSettings) {
        let calendar = PeriodTable(snapshot: snapshot)
        var counters = Array(repeating: PeriodMetrics(), count: snapshot.reps.count * calendar.periods.count)
        var teamNewCustomers = Array(repeating: 0, count: calendar.periods.count)
        let width = calendar.periods.count
        func add(_ rep: Int, _ day: LocalDay, _ update: (inout PeriodMetrics) -> Void) {
            calendar.forEachPeriod(containing: day) { update(&counters[rep * width + $0]) }
        }

        for lead in snapshot.leads {
            add(lead.rep, lead.created) { metrics in
                metrics.leads += 1
                if lead.status == .warm { metrics.warmLeads += 1 }
                if lead.status == .cold { metrics.coldLeads += 1 }
            }
        }
        for activity in snapshot.activities where activity.done {
            switch activity.kind {
            case .meeting: add(activity.rep, activity.date) { $0.meetings += 1 }
            case .call: add(activity.rep, activity.date) { $0.calls += 1 }
            default: break
            }
        }
        for deal in snapshot.deals {
            switch (deal.status, deal.closed) {
            case (.won, let closed?):
                add(deal.rep, closed) { metrics in
                    metrics.wonDeals += 1
                    metrics.actualRevenue += deal.amount
                    metrics.expectedRevenue += deal.amount
                }
            case (.lost, let closed?):
                add(deal.rep, closed) { $0.lostDeals += 1 }
            case (.open, _):
                if let expectedClose = deal.expectedClose {
                    let weighted = Int.weighted(deal.amount, percent: deal.probability)
                    add(deal.rep, expectedClose) { $0.expectedRevenue += weighted }
                }
            default:
                break
            }
        }
        for (day, winners) in Self.firstPurchases(snapshot) {
            for rep in winners { add(rep, day) { $0.newCustomers += 1 } }
            calendar.forEachPeriod(containing: day) { teamNewCustomers[$0] += 1 }
        }

        let targets = TargetTable(snapshot: snapshot)
        var reps = Array(repeating: [Period: PeriodMetrics](), count: snapshot.reps.count)
        var team: [Period: PeriodMetrics] = [:]
        for (index, period) in calendar.periods.enumerated() {
            var sum = PeriodMetrics()
            var teamTarget: Int?
            for rep in snapshot.reps.indices {
                var metrics = counters[rep * width + index]
                metrics.revenueTarget = targets.revenue(rep: rep, period: period)
                reps[rep][period] = metrics
                sum.leads += metrics.leads
                sum.warmLeads += metrics.warmLeads
                sum.coldLeads += metrics.coldLeads
                sum.meetings += metrics.meetings
                sum.calls += metrics.calls
                sum.wonDeals += metrics.wonDeals
                sum.lostDeals += metrics.lostDeals
                sum.actualRevenue += metrics.actualRevenue
                sum.expectedRevenue += metrics.expectedRevenue
                if let target = metrics.revenueTarget { teamTarget = (teamTarget ?? 0) + target }
            }
            sum.newCustomers = teamNewCustomers[index]
            sum.revenueTarget = teamTarget
            team[period] = sum
        }
        self.periods = calendar.periods
        self.team = team
        self.reps = reps
        let repCare = CareListBuilder(snapshot: snapshot, settings: settings).lists()
        self.repCare = repCare
        self.teamCare = CareLists.union(repCare)
    }

    /// For each customer's first won deal date (over all reps), the reps who won on that date.
    static func firstPurchases(_ snapshot: Snapshot) -> [(LocalDay, Set<Int>)] {
        var first: [Int: (day: LocalDay, reps: Set<Int>)] = [:]
        for deal in snapshot.deals where deal.status == .won {
            guard let day = deal.closed else { continue }
            if let current = first[deal.customer] {
                if day < current.day {
                    first[deal.customer] = (day, [deal.rep])
                } else if day == current.day {
                    first[deal.customer]!.reps.insert(deal.rep)
                }
            } else {
                first[deal.customer] = (day, [deal.rep])
            }
        }
        return first.keys.sorted().map { (first[$0]!.day, first[$0]!.reps) }
    }
}

/// The periods of the snapshot's range, and which of them contain a given day: from the
/// earliest dated record (or the as-of date, if earlier) through the as-of period and the
/// next one, for weeks, months and quarters alike.
struct PeriodTable {
    let periods: [Period]
    private let firstDay: LocalDay
    /// For each day from `firstDay`, the index in `periods` of its week, month and quarter (or -1).
    private let indexes: [[Int32]]

    init(snapshot: Snapshot) {
        var earliest = snapshot.asOfDay
        for lead in snapshot.leads where lead.created < earliest { earliest = lead.created }
        for deal in snapshot.deals {
            for day in [deal.created, deal.expectedClose, deal.closed].compactMap({ $0 }) where day < earliest { earliest = day }
        }
        for activity in snapshot.activities {
            if activity.date < earliest { earliest = activity.date }
            if let due = activity.due, due < earliest { earliest = due }
        }
        var periods: [Period] = []
        var lastDay = snapshot.asOfDay
        for kind in Period.Kind.allCases {
            let end = Period.containing(snapshot.asOfDay, kind: kind).next
            var period = Period.containing(earliest, kind: kind)
            while period <= end {
                periods.append(period)
                period = period.next
            }
            lastDay = max(lastDay, end.lastDay)
        }
        let position = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, Int32($0)) })
        var indexes: [[Int32]] = Period.Kind.allCases.map { _ in [] }
        for offset in 0...(lastDay - earliest) {
            let day = earliest.adding(days: offset)
            for kind in Period.Kind.allCases {
                indexes[kind.rawValue].append(position[Period.containing(day, kind: kind)] ?? -1)
            }
        }
        self.periods = periods
        self.firstDay = earliest
        self.indexes = indexes
    }

    /// Calls `body` with the index of each period (week, month, quarter) that holds `day`.
    func forEachPeriod(containing day: LocalDay, _ body: (Int) -> Void) {
        let offset = day - firstDay
        guard offset >= 0, offset < indexes[0].count else { return }
        for kind in indexes {
            let index = kind[offset]
            if index >= 0 { body(Int(index)) }
        }
    }
}

/// Revenue targets by rep and period; a quarter without its own takes the sum of its three
/// months when all three have one.
struct TargetTable {
    private var revenue: [Int: [Period: Int]] = [:]

    init(snapshot: Snapshot) {
        for target in snapshot.targets {
            if let amount = target.revenue { revenue[target.rep, default: [:]][target.period] = amount }
        }
    }

    func revenue(rep: Int, period: Period) -> Int? {
        guard let own = revenue[rep] else { return nil }
        if let amount = own[period] { return amount }
        guard case .quarter = period else { return nil }
        let months = period.months.compactMap { own[$0] }
        return months.count == 3 ? months.reduce(0, +) : nil
    }
}
