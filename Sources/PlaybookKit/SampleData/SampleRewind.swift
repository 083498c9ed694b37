/// The sample as it stood some weeks before its as-of date, for the history folder: leads and
/// deals made since are not there yet, deals closed since were still open (a stage or two
/// earlier), some open deals sat at an earlier stage or another amount, and leads qualified
/// warm or cold since were still new. Only leads and deals are rewound; activities are left
/// out, since nothing the history shows reads them. Deterministic like the sample itself.
struct SampleRewind {
    let weeks: Int
    /// The last day the earlier snapshot saw.
    let day: LocalDay

    init(weeks: Int, today: LocalDay) {
        self.weeks = weeks
        day = today.adding(days: -7 * weeks)
    }

    /// The lead as it was, or nil when it came in later.
    func lead(_ lead: SampleLead) -> SampleLead? {
        guard lead.created <= day else { return nil }
        let qualifiedSince = (lead.status == .warm || lead.status == .cold) && lead.created > day.adding(days: -10)
        return qualifiedSince
            ? SampleLead(rep: lead.rep, company: lead.company, customer: lead.customer, source: lead.source, status: .new, created: lead.created)
            : lead
    }

    /// The deal at `index` as it was, or nil when it was made later.
    func deal(_ deal: SampleDeal, index: Int) -> SampleDeal? {
        guard deal.created <= day else { return nil }
        let stages = SampleCatalog.openStages
        if let closed = deal.closed, closed.day > day {
            let stage = stages[(index + weeks) % stages.count]
            return SampleDeal(
                rep: deal.rep, customer: deal.customer, product: deal.product, name: deal.name, stage: stage.name,
                amount: deal.amount, probability: stage.probability, status: .open, isRenewal: deal.isRenewal,
                created: deal.created, expectedClose: closed.day, closed: nil)
        }
        guard deal.status == .open, let current = stages.firstIndex(where: { $0.name == deal.stage }) else { return deal }
        // One open deal in five was a stage earlier; one in seven was quoted another amount.
        let movedSince = index % 5 == weeks % 5 && current > 0
        let stage = movedSince ? stages[current - 1] : stages[current]
        let amount = index % 7 == weeks % 7 ? deal.amount / 10 * 9 : deal.amount
        return SampleDeal(
            rep: deal.rep, customer: deal.customer, product: deal.product, name: deal.name, stage: stage.name,
            amount: amount, probability: stage.probability, status: .open, isRenewal: deal.isRenewal,
            created: deal.created, expectedClose: deal.expectedClose, closed: nil)
    }
}
