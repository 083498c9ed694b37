/// The team's calls, meetings, e-mails, tasks, Zalo messages and notes: a year of them up to
/// the as-of date, mostly done, then a few weeks of planned ones. They are made day by day
/// and handed over one encoded record at a time, so a million never sit in memory together.
struct SampleActivities {
    static let activitiesPerRep = 1_500
    /// A task is due at most this many days after it was set.
    static let longestTaskDays = 5

    let count: Int
    let team: SampleTeam
    let deals: SampleDeals
    let calendar: SampleCalendar
    let seed: UInt64

    private static let pastKinds: [Role: WeightedChoice<Activity.Kind>] = [
        .inbound: WeightedChoice([(.call, 30), (.zalo, 22), (.email, 18), (.task, 15), (.meeting, 7), (.note, 8)]),
        .outbound: WeightedChoice([(.call, 45), (.zalo, 15), (.email, 12), (.task, 13), (.meeting, 7), (.note, 8)]),
        .bdManager: WeightedChoice([(.meeting, 25), (.call, 20), (.email, 15), (.task, 20), (.zalo, 10), (.note, 10)]),
        .other: WeightedChoice([(.task, 40), (.email, 30), (.note, 30)]),
    ]
    private static let plannedKinds = WeightedChoice<Activity.Kind>([(.task, 50), (.meeting, 25), (.call, 25)])

    /// Calls `body` with each activity's JSON, in date order.
    func forEach(_ body: (String) -> Void) {
        var random = SampleRandom(seed: seed, stream: 5)
        let quoted = QuotedActivityValues(team: team, deals: deals, from: calendar.firstDay, through: calendar.lastPlannedDay.adding(days: Self.longestTaskDays))
        let idWidth = max(6, String(count).count)
        let days = Array(calendar.firstDay.daysSinceEpoch...calendar.lastPlannedDay.daysSinceEpoch).map(LocalDay.init(daysSinceEpoch:))
        let weights = days.map(dayWeight)
        let totalWeight = weights.reduce(0, +)
        var written = 0
        var cumulativeWeight = 0
        // Reps only ever leave, so a new count of working reps means a new set of them.
        var workers: (count: Int, choice: WeightedChoice<Int>)?
        for (day, weight) in zip(days, weights) {
            cumulativeWeight += weight
            let due = count * cumulativeWeight / totalWeight
            guard due > written else { continue }
            let working = team.reps.indices.filter { team.reps[$0].works(on: day) }
            if workers?.count != working.count {
                workers = (working.count, WeightedChoice(working.map { ($0, Self.workWeight(of: team.reps[$0].role)) }))
            }
            while written < due {
                written += 1
                let id = "act-" + String(written).leftPadded(to: idWidth)
                body(activity(id: id, day: day, rep: random.pick(workers!.choice), quoted, &random))
            }
        }
    }

    /// Weekdays are busy, Saturdays light, Sundays nearly empty; after the as-of date only
    /// what is planned for weekdays.
    private func dayWeight(_ day: LocalDay) -> Int {
        let weekday = day.isoWeekday
        if day > calendar.today { return weekday <= 5 ? 2 : 0 }
        return weekday <= 5 ? 10 : weekday == 6 ? 3 : 1
    }

    private static func workWeight(of role: Role) -> Int {
        switch role {
        case .outbound: return 13
        case .inbound: return 10
        case .bdManager, .other: return 6
        }
    }

    private func activity(id: String, day: LocalDay, rep: Int, _ quoted: QuotedActivityValues, _ random: inout SampleRandom) -> String {
        let planned = day > calendar.today
        let kind = random.pick(planned ? Self.plannedKinds : Self.pastKinds[team.reps[rep].role]!)
        var text = ActivityRecordText()
        text.add(ActivityRecordText.id, JSONText.quoted(id))
        text.add(ActivityRecordText.rep, quoted.reps[rep])
        text.add(ActivityRecordText.type, quoted.kinds[kind]!)
        if random.chance(percent: planned ? 95 : 85), let customer = customer(of: rep, on: day, &random) {
            text.add(ActivityRecordText.customer, quoted.customers[customer])
            if kind != .note, let deal = deals.dealsOfCustomer[customer].last(where: { deals.deals[$0].isOpen(on: day) }),
               random.chance(percent: 75) {
                text.add(ActivityRecordText.deal, quoted.deals[deal])
            }
        }
        let timed = random.chance(percent: kind == .meeting ? 10 : 1)
        text.add(ActivityRecordText.date, timed ? JSONText.quoted(SampleCalendar.officeTime(on: day, &random)) : quoted.day(day))
        var done = !planned
        if kind == .task {
            let due = day.adding(days: random.int(in: 0...Self.longestTaskDays))
            text.add(ActivityRecordText.due, quoted.day(due))
            done = !planned && random.chance(percent: taskDonePercent(due: due))
        }
        text.add(ActivityRecordText.done, done ? "true" : "false")
        if random.chance(percent: 95), let subjects = quoted.subjects[kind] {
            text.add(ActivityRecordText.subject, random.pick(subjects))
        }
        return text.closed
    }

    /// Old tasks were nearly all ticked off; the last three weeks leave some overdue, and
    /// tasks not yet due are mostly still open.
    private func taskDonePercent(due: LocalDay) -> Int {
        if due < calendar.today.adding(days: -21) { return 97 }
        return due < calendar.today ? 70 : 35
    }

    /// One of the rep's customers; one nobody looks after any more only up to its last day of care.
    private func customer(of rep: Int, on day: LocalDay, _ random: inout SampleRandom) -> Int? {
        let own = team.customersOfRep[rep]
        guard !own.isEmpty else { return nil }
        let customer = random.pick(own)
        if let lastCared = team.customers[customer].lastCared, day > lastCared {
            let cared = team.caredCustomersOfRep[rep]
            return cared.isEmpty ? nil : random.pick(cared)
        }
        return customer
    }
}
