import Foundation

/// What the pipeline pages look up again and again, computed once per build in one pass
/// over each record list, so a page costs what it shows, not the size of the snapshot.
struct KPIContext: Sendable {
    let snapshot: Snapshot
    let metrics: PipelineMetrics
    let history: PipelineHistory?
    let paths: KPIPaths
    let numbers: NumberText
    let today: LocalDay
    /// Customer indexes of each rep, by name.
    let customersByRep: [[Int]]
    /// Open deal indexes of each rep, largest first.
    let openDealsByRep: [[Int]]
    /// Anchor of each customer's row on its rep's page, and of each open deal's.
    let customerAnchors: [String]
    let dealAnchors: [Int: String]
    let purchases: CustomerPurchases
    /// Products each customer has bought (won deals up to today), by customer index.
    let boughtProducts: [Set<Int>]
    /// The latest `done` activity of each customer up to today.
    let lastCare: [LocalDay?]
    let customerIndex: [String: Int]
    let dealIndex: [String: Int]
    /// Only the activities a care list names: a million activities need no id table.
    let listedActivities: [String: Int]

    init(_ pipeline: PipelineInput) {
        let snapshot = pipeline.snapshot
        self.snapshot = snapshot
        self.metrics = pipeline.metrics
        self.history = pipeline.history
        self.paths = KPIPaths(reps: snapshot.reps)
        self.numbers = NumberText(currency: snapshot.currency)
        self.today = snapshot.asOfDay
        // Folded once per customer: folding inside the comparator costs n log n foldings.
        let foldedNames = snapshot.customers.map { TextFolding.fold($0.name) }
        let byName: (Int, Int) -> Bool = { lhs, rhs in
            (foldedNames[lhs], snapshot.customers[lhs].id) < (foldedNames[rhs], snapshot.customers[rhs].id)
        }
        var customersByRep = Array(repeating: [Int](), count: snapshot.reps.count)
        for (index, customer) in snapshot.customers.enumerated() { customersByRep[customer.rep].append(index) }
        self.customersByRep = customersByRep.map { $0.sorted(by: byName) }
        var openDealsByRep = Array(repeating: [Int](), count: snapshot.reps.count)
        var bought = Array(repeating: Set<Int>(), count: snapshot.customers.count)
        for (index, deal) in snapshot.deals.enumerated() {
            if deal.status == .open { openDealsByRep[deal.rep].append(index) }
            if deal.status == .won, let closed = deal.closed, closed <= snapshot.asOfDay, let product = deal.product {
                bought[deal.customer].insert(product)
            }
        }
        self.openDealsByRep = openDealsByRep.map { deals in
            deals.sorted { (-snapshot.deals[$0].amount, snapshot.deals[$0].id) < (-snapshot.deals[$1].amount, snapshot.deals[$1].id) }
        }
        self.boughtProducts = bought
        self.customerAnchors = UniqueSlugs.make(snapshot.customers.map { "kh-" + $0.id }, fallback: "kh")
        let openDeals = snapshot.deals.indices.filter { snapshot.deals[$0].status == .open }
        self.dealAnchors = Dictionary(uniqueKeysWithValues: zip(
            openDeals, UniqueSlugs.make(openDeals.map { "co-hoi-" + snapshot.deals[$0].id }, fallback: "co-hoi")))
        self.purchases = CustomerPurchases(snapshot: snapshot)
        self.customerIndex = Dictionary(snapshot.customers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.dealIndex = Dictionary(snapshot.deals.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let listed = Set(pipeline.metrics.teamCare.overdueTasks)
        var listedActivities: [String: Int] = [:]
        var lastCare = Array(repeating: LocalDay?.none, count: snapshot.customers.count)
        for (index, activity) in snapshot.activities.enumerated() {
            if listed.contains(activity.id) { listedActivities[activity.id] = index }
            if activity.done, activity.date <= snapshot.asOfDay, let customer = activity.customer,
               lastCare[customer].map({ $0 < activity.date }) ?? true {
                lastCare[customer] = activity.date
            }
        }
        self.listedActivities = listedActivities
        self.lastCare = lastCare
    }

    /// The period of each kind that holds the as-of day.
    func current(_ kind: Period.Kind) -> Period {
        Period.containing(today, kind: kind)
    }

    /// The last `count` periods of `kind`, oldest first, ending with the current one.
    func trailing(_ kind: Period.Kind, count: Int) -> [Period] {
        var periods = [current(kind)]
        while periods.count < count { periods.insert(periods[0].previous, at: 0) }
        return periods
    }

    func figures(rep: Int?, _ period: Period) -> PeriodMetrics {
        (rep.map { metrics.reps[$0][period] } ?? metrics.team[period]) ?? PeriodMetrics()
    }

    /// `06:00 23/11/2026`, the snapshot's as-of time in its own zone.
    var asOfText: String {
        let zone = TimeZone(identifier: snapshot.timezone) ?? .gmt
        let seconds = snapshot.asOf.secondsSinceEpoch
        let local = seconds + zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let secondsOfDay = ((local % 86_400) + 86_400) % 86_400
        let time = LocalDay.twoDigits(secondsOfDay / 3600) + ":" + LocalDay.twoDigits(secondsOfDay % 3600 / 60)
        return "\(time) \(snapshot.asOfDay.vietnamese)"
    }
}
