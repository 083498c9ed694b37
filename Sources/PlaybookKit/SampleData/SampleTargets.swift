/// The team's targets, encoded: a revenue target for every whole month a rep worked (set near what
/// the rep actually sells, so attainment varies around 100%), quarterly meeting and lead
/// targets for the current and last quarter, and this week's meetings for outbound reps.
/// No rep gets two targets for one period.
enum SampleTargets {
    static func records(team: SampleTeam, deals: SampleDeals, calendar: SampleCalendar, seed: UInt64) -> [String] {
        var random = SampleRandom(seed: seed, stream: 4)
        var wonRevenue = Array(repeating: 0, count: team.reps.count)
        for deal in deals.deals where deal.status == .won {
            wonRevenue[deal.rep] += deal.amount
        }
        let firstMonth = Period.containing(calendar.firstDay.adding(days: -1), kind: .month).next
        let lastMonth = Period.containing(calendar.today, kind: .month).next
        let thisQuarter = Period.containing(calendar.today, kind: .quarter)
        let thisWeek = Period.containing(calendar.today, kind: .week)
        var records: [String] = []
        for (index, rep) in team.reps.enumerated() {
            let repID = JSONText.quoted(rep.id)
            let monthlyRevenue = max(30_000_000, wonRevenue[index] / 12)
            var month = firstMonth
            while month <= lastMonth, rep.works(on: month.firstDay) {
                var members = [("rep", repID), ("period", JSONText.quoted(month.description))]
                members.append(("revenue", String(roundedToTenMillion(monthlyRevenue * random.int(in: 90...130) / 100))))
                if rep.role != .bdManager { members.append(("new_customers", String(random.int(in: 1...4)))) }
                records.append(JSONText.object(members))
                month = month.next
            }
            guard rep.lastDay == nil else { continue }
            for quarter in [thisQuarter.previous, thisQuarter] {
                let (meetings, leads) = quarterlyGoals(of: rep.role, &random)
                records.append(JSONText.object([
                    ("rep", repID), ("period", JSONText.quoted(quarter.description)), ("meetings", String(meetings)), ("leads", String(leads)),
                ]))
            }
            if rep.role == .outbound {
                records.append(JSONText.object([
                    ("rep", repID), ("period", JSONText.quoted(thisWeek.description)), ("meetings", String(random.int(in: 8...12))),
                ]))
            }
        }
        return records
    }

    private static func quarterlyGoals(of role: Role, _ random: inout SampleRandom) -> (meetings: Int, leads: Int) {
        switch role {
        case .inbound: return (random.int(in: 20...35), random.int(in: 120...180))
        case .outbound: return (random.int(in: 30...50), random.int(in: 90...150))
        case .bdManager, .other: return (random.int(in: 40...60), random.int(in: 20...40))
        }
    }

    private static func roundedToTenMillion(_ amount: Int) -> Int {
        (amount + 5_000_000) / 10_000_000 * 10_000_000
    }
}
