/// What changed between two snapshots, matched by id: what a weekly meeting talks about.
/// A deal or lead is listed under every heading that applies (a deal made and won since the
/// baseline is both new and won). Every list is ordered by id, as the page and its JSON show
/// it. Definitions in docs/METRICS.md.
public struct SnapshotChanges: Sendable, Equatable {
    /// A deal of the latest snapshot, with what it was in the baseline when it was there.
    public struct DealChange: Sendable, Equatable {
        /// Index into the latest snapshot's deals.
        public var deal: Int
        public var previousStage: String?
        public var previousAmount: Int?
    }

    public var won: [DealChange] = []
    public var lost: [DealChange] = []
    /// Deals not in the baseline.
    public var new: [DealChange] = []
    /// Open deals whose stage is not what it was.
    public var movedStage: [DealChange] = []
    public var changedAmount: [DealChange] = []
    /// Indexes into the latest snapshot's leads: warm (or cold) now, not in the baseline.
    public var turnedWarm: [Int] = []
    public var turnedCold: [Int] = []

    public var isEmpty: Bool {
        won.isEmpty && lost.isEmpty && new.isEmpty && movedStage.isEmpty && changedAmount.isEmpty
            && turnedWarm.isEmpty && turnedCold.isEmpty
    }

    public init(from baseline: Snapshot, to latest: Snapshot) {
        let earlierDeals = Dictionary(baseline.deals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for index in latest.deals.indices.sorted(by: { latest.deals[$0].id < latest.deals[$1].id }) {
            let deal = latest.deals[index]
            let earlier = earlierDeals[deal.id]
            let change = DealChange(deal: index, previousStage: earlier?.stage, previousAmount: earlier?.amount)
            guard let earlier else {
                new.append(change)
                if deal.status == .won { won.append(change) }
                if deal.status == .lost { lost.append(change) }
                continue
            }
            if deal.status == .won && earlier.status != .won { won.append(change) }
            if deal.status == .lost && earlier.status != .lost { lost.append(change) }
            if deal.status == .open && deal.stage != earlier.stage { movedStage.append(change) }
            if deal.amount != earlier.amount { changedAmount.append(change) }
        }
        let earlierLeads = Dictionary(baseline.leads.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        for index in latest.leads.indices.sorted(by: { latest.leads[$0].id < latest.leads[$1].id }) {
            let lead = latest.leads[index]
            guard earlierLeads[lead.id] != lead.status else { continue }
            if lead.status == .warm { turnedWarm.append(index) }
            if lead.status == .cold { turnedCold.append(index) }
        }
    }
}
