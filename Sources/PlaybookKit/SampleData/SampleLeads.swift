struct SampleLead {
    let rep: Int
    let company: String
    let customer: Int?
    let source: String?
    let status: Lead.Status
    let created: LocalDay

    func json(id: String, repID: String, customerID: String?) -> String {
        var members = [("id", JSONText.quoted(id)), ("rep", JSONText.quoted(repID)), ("company", JSONText.quoted(company))]
        if let customerID { members.append(("customer", JSONText.quoted(customerID))) }
        if let source { members.append(("source", JSONText.quoted(source))) }
        members.append(("status", JSONText.quoted(status.rawValue)))
        members.append(("created", JSONText.quoted(created.description)))
        return JSONText.object(members)
    }
}

/// A year of leads, in the order they came in: one behind each customer won or pursued this
/// year, and companies that have not (yet) become customers, whose status depends on their age.
struct SampleLeads {
    static let leadsPerRep = 150

    let leads: [SampleLead]

    private static let recentStatuses = WeightedChoice<Lead.Status>([(.new, 50), (.warm, 30), (.cold, 10), (.qualified, 10)])
    private static let monthOldStatuses = WeightedChoice<Lead.Status>([(.new, 10), (.warm, 30), (.cold, 25), (.qualified, 15), (.lost, 20)])
    private static let oldStatuses = WeightedChoice<Lead.Status>([(.new, 3), (.warm, 10), (.cold, 35), (.qualified, 7), (.lost, 45)])

    init(team: SampleTeam, deals: SampleDeals, calendar: SampleCalendar, seed: UInt64) {
        var random = SampleRandom(seed: seed, stream: 3)
        var made: [SampleLead] = []
        for (index, customer) in team.customers.enumerated() {
            let own = deals.dealsOfCustomer[index].map { deals.deals[$0] }
            guard let first = own.first, !first.isRenewal else { continue }
            let status: Lead.Status = own.contains { $0.status == .won } ? .converted : own.contains { $0.status == .open } ? .qualified : .lost
            made.append(SampleLead(
                rep: customer.rep, company: customer.name, customer: index, source: Self.source(for: team.reps[customer.rep], &random),
                status: status, created: max(calendar.firstDay, first.created.adding(days: -random.int(in: 2...30)))))
        }
        let owners = WeightedChoice(team.reps.indices.map { ($0, Self.leadWeight(of: team.reps[$0].role)) })
        for number in 0..<max(0, team.reps.count * Self.leadsPerRep - made.count) {
            let rep = random.pick(owners)
            let created = SampleCalendar.day(from: calendar.firstDay, to: team.reps[rep].lastDay ?? calendar.today, &random)
            let age = calendar.today - created
            let statuses = age <= 14 ? Self.recentStatuses : age <= 60 ? Self.monthOldStatuses : Self.oldStatuses
            made.append(SampleLead(
                rep: rep, company: VietnameseNames.company(team.customers.count + number).name, customer: nil,
                source: Self.source(for: team.reps[rep], &random), status: random.pick(statuses), created: created))
        }
        let order = made.indices.sorted { (made[$0].created, $0) < (made[$1].created, $1) }
        leads = order.map { made[$0] }
    }

    /// Inbound reps take most of the leads; managers get the few that come through partners.
    private static func leadWeight(of role: Role) -> Int {
        switch role {
        case .inbound: return 5
        case .outbound: return 4
        case .bdManager, .other: return 1
        }
    }

    private static func source(for rep: SampleRep, _ random: inout SampleRandom) -> String? {
        guard random.chance(percent: 95) else { return nil }
        return random.pick(rep.role == .outbound ? SampleCatalog.outboundSources : SampleCatalog.inboundSources)
    }
}
