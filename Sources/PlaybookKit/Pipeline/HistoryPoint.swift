/// What a trend line shows of one dated snapshot: the open pipeline's value, the open deals
/// and the warm leads, for the team and for each rep (by rep id, since indexes differ from
/// one snapshot to the next). Figures of the moment, not of a period: see docs/METRICS.md.
public struct HistoryPoint: Sendable, Equatable {
    public struct Figures: Sendable, Equatable {
        /// The sum of the open deals' amounts, unweighted.
        public var pipelineValue = 0
        public var openDeals = 0
        /// Leads whose status is `warm`, whenever they were created.
        public var warmLeads = 0

        public init(pipelineValue: Int = 0, openDeals: Int = 0, warmLeads: Int = 0) {
            self.pipelineValue = pipelineValue
            self.openDeals = openDeals
            self.warmLeads = warmLeads
        }
    }

    public var asOf: Instant
    public var team = Figures()
    public var reps: [String: Figures] = [:]

    /// A point with no figures yet, filled in by whoever read them (the history record).
    public init(asOf: Instant) {
        self.asOf = asOf
    }

    public init(snapshot: Snapshot) {
        asOf = snapshot.asOf
        var byRep = Array(repeating: Figures(), count: snapshot.reps.count)
        for deal in snapshot.deals where deal.status == .open {
            byRep[deal.rep].pipelineValue += deal.amount
            byRep[deal.rep].openDeals += 1
        }
        for lead in snapshot.leads where lead.status == .warm {
            byRep[lead.rep].warmLeads += 1
        }
        for (index, rep) in snapshot.reps.enumerated() {
            reps[rep.id] = byRep[index]
            team.pipelineValue += byRep[index].pipelineValue
            team.openDeals += byRep[index].openDeals
            team.warmLeads += byRep[index].warmLeads
        }
    }
}
