/// The six care lists of each rep as of the snapshot's local date D. Records dated after D
/// are ignored: the lists say what was true that morning.
struct CareListBuilder {
    let snapshot: Snapshot
    let settings: CareSettings

    func lists() -> [CareLists] {
        let today = snapshot.asOfDay
        var lists = Array(repeating: CareLists(), count: snapshot.reps.count)
        let purchases = CustomerPurchases(snapshot: snapshot)

        for (index, customer) in snapshot.customers.enumerated() {
            if let status = purchases.status(of: index, customer: customer, on: today, repeatWindow: settings.repeatWindowDays) {
                switch status {
                case .repeatDue: lists[customer.rep].repeatDue.append(customer.id)
                case .overdue: lists[customer.rep].overduePurchase.append(customer.id)
                case .stopped: lists[customer.rep].stoppedBuying.append(customer.id)
                }
            }
        }

        let neglectStart = today.adding(days: -settings.neglectDays)
        var recentlyCaredFor = Set<Int>()
        let staleStart = today.adding(days: -settings.staleDays)
        var recentlyWorkedDeals = Set<Int>()
        for activity in snapshot.activities where activity.date <= today {
            if activity.done, activity.date > neglectStart, let customer = activity.customer { recentlyCaredFor.insert(customer) }
            if activity.date > staleStart, let deal = activity.deal { recentlyWorkedDeals.insert(deal) }
            if activity.kind == .task, !activity.done, (activity.due ?? activity.date) < today {
                lists[activity.rep].overdueTasks.append(activity.id)
            }
        }
        for (index, customer) in snapshot.customers.enumerated() where !recentlyCaredFor.contains(index) {
            lists[customer.rep].neglected.append(customer.id)
        }
        for (index, deal) in snapshot.deals.enumerated() where deal.status == .open && deal.created <= today {
            let pastExpectedClose = deal.expectedClose.map { $0 < today } ?? false
            let untouched = deal.created <= staleStart && !recentlyWorkedDeals.contains(index)
            if pastExpectedClose || untouched { lists[deal.rep].staleDeals.append(deal.id) }
        }
        for index in lists.indices { lists[index].sortByCodePoint() }
        return lists
    }
}

/// Each customer's won-deal dates on or before a day, and where that puts the customer in
/// its purchase cycle.
struct CustomerPurchases {
    enum Status {
        case repeatDue, overdue, stopped
    }

    /// Distinct won-deal dates per customer index, ascending.
    private let wonDays: [[LocalDay]]

    init(snapshot: Snapshot) {
        var days = Array(repeating: Set<LocalDay>(), count: snapshot.customers.count)
        for deal in snapshot.deals where deal.status == .won {
            if let closed = deal.closed, closed <= snapshot.asOfDay { days[deal.customer].insert(closed) }
        }
        wonDays = days.map { $0.sorted() }
    }

    /// The latest purchase on or before the as-of day.
    func lastPurchase(of customer: Int) -> LocalDay? {
        wonDays[customer].last
    }

    /// The customer's purchase cycle: its own, else the median gap between its purchase dates
    /// (the lower middle one for an even count), else none.
    func cycle(of index: Int, customer: Customer) -> Int? {
        if let days = customer.purchaseCycleDays { return days }
        let days = wonDays[index]
        guard days.count >= 2 else { return nil }
        let gaps = zip(days.dropFirst(), days).map { $0 - $1 }.sorted()
        return gaps[(gaps.count - 1) / 2]
    }

    func status(of index: Int, customer: Customer, on today: LocalDay, repeatWindow: Int) -> Status? {
        guard let last = lastPurchase(of: index), let cycle = cycle(of: index, customer: customer) else { return nil }
        let due = last.adding(days: cycle)
        if due >= today && due <= today.adding(days: repeatWindow) { return .repeatDue }
        if due < today && today <= last.adding(days: 2 * cycle) { return .overdue }
        if today > last.adding(days: 2 * cycle) { return .stopped }
        return nil
    }
}
