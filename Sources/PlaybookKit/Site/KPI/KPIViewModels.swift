/// View models of the pipeline pages. Every text is already formatted: templates only place.
struct FigureRowView: Sendable {
    var label: String
    var current: String
    var previous: String
    var change: String
}

struct PeriodCardView: Sendable {
    var title: String
    var range: String
    var previousTitle: String
    var attainment: String
    var hasTarget: Bool
    /// 0…100, how full the attainment meter is.
    var attainmentWidth: Int
    var rows: [FigureRowView]
}

struct ChartView: Sendable {
    var svg: String
    var table: ChartTableView
}

struct CareItemView: Sendable {
    var name: String
    var href: String?
    var detail: String?
    var owner: String?
    var ownerHref: String?
}

struct CareListView: Sendable {
    var key: String
    var title: String
    var explanation: String
    var count: Int
    var items: [CareItemView]
    var more: String?
}

struct TableView: Sendable {
    struct Cell: Sendable {
        var text: String
        var href: String?
        var numeric: Bool
    }

    struct Row: Sendable {
        var id: String?
        var cells: [Cell]
    }

    var caption: String
    var headers: [String]
    var rows: [Row]
    var emptyText: String
}

struct KPIHeaderView: Sendable {
    var asOf: String
    var definitionsHref: String?
    var views: [LinkView]
}

struct TeamDashboardView: Sendable {
    var page: PageChrome
    var kpi: KPIHeaderView
    var cards: [PeriodCardView]
    var byStage: TableView
    var byMonth: ChartView
    var leaderboard: TableView
    var care: [CareListView]
}

struct RepPageView: Sendable {
    var page: PageChrome
    var kpi: KPIHeaderView
    var role: String
    var today: WorkListView
    var week: [WorkDayView]
    var cards: [PeriodCardView]
    var revenueChart: ChartView
    var activityChart: ChartView
    var care: [CareListView]
    var openDeals: TableView
    var customers: TableView
}

struct WorkListView: Sendable {
    var title: String
    var customers: [CareItemView]
    var tasks: [CareItemView]
    var deals: [CareItemView]
    var isEmpty: Bool
}

struct WorkDayView: Sendable {
    var day: String
    var today: Bool
    var groups: [WorkGroupView]
}

struct WorkGroupView: Sendable {
    var name: String
    var customers: [CareItemView]
}

struct DirectorPageView: Sendable {
    var page: PageChrome
    var kpi: KPIHeaderView
    var cards: [PeriodCardView]
    var byStage: TableView
    var byMonth: ChartView
    var biggestDeals: TableView
    var careByRep: TableView
    var ordering: [CareListView]
    var recentWins: TableView
}

struct ManagerPageView: Sendable {
    var page: PageChrome
    var kpi: KPIHeaderView
    var month: String
    var reps: TableView
    var needsHelp: [NeedsHelpView]
}

struct NeedsHelpView: Sendable {
    var name: String
    var href: String
    var reasons: [String]
}

struct RepsIndexView: Sendable {
    var page: PageChrome
    var kpi: KPIHeaderView
    var reps: TableView
}
