/// The thresholds of the care lists, set in `playbook.yml` under `care:`.
public struct CareSettings: Sendable, Equatable {
    public var repeatWindowDays = 14
    public var neglectDays = 30
    public var staleDays = 14

    public init() {}
}

/// Who needs attention, as of the snapshot's local date: each list holds ids, sorted.
public struct CareLists: Sendable, Equatable {
    public var repeatDue: [String] = []
    public var overduePurchase: [String] = []
    public var stoppedBuying: [String] = []
    public var neglected: [String] = []
    public var overdueTasks: [String] = []
    public var staleDeals: [String] = []

    public init() {}

    /// The lists in the order metrics.json and the pages show them, with their JSON keys.
    public var named: [(key: String, ids: [String])] {
        [("repeat_due", repeatDue), ("overdue_purchase", overduePurchase), ("stopped_buying", stoppedBuying),
         ("neglected", neglected), ("overdue_tasks", overdueTasks), ("stale_deals", staleDeals)]
    }

    mutating func sortByCodePoint() {
        for keyPath in [\CareLists.repeatDue, \.overduePurchase, \.stoppedBuying, \.neglected, \.overdueTasks, \.staleDeals] {
            self[keyPath: keyPath].sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        }
    }

    /// The team's lists: the union of the reps'.
    static func union(_ lists: [CareLists]) -> CareLists {
        var team = CareLists()
        for keyPath in [\CareLists.repeatDue, \.overduePurchase, \.stoppedBuying, \.neglected, \.overdueTasks, \.staleDeals] {
            team[keyPath: keyPath] = Array(Set(lists.flatMap { $0[keyPath: keyPath] }))
        }
        team.sortByCodePoint()
        return team
    }
}
