import Mustache

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

// Templates read these fields by name; a switch is many times faster than the
// Mirror reflection swift-mustache falls back to. TemplateFieldsTests checks none is missing.
extension FigureRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "current": current
        case "previous": previous
        case "change": change
        default: nil
        }
    }
}

extension PeriodCardView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "range": range
        case "previousTitle": previousTitle
        case "attainment": attainment
        case "hasTarget": hasTarget
        case "attainmentWidth": attainmentWidth
        case "rows": rows
        default: nil
        }
    }
}

extension ChartView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "svg": svg
        case "table": table
        default: nil
        }
    }
}

extension CareItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": name
        case "href": href
        case "detail": detail
        case "owner": owner
        case "ownerHref": ownerHref
        default: nil
        }
    }
}

extension CareListView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "title": title
        case "explanation": explanation
        case "count": count
        case "items": items
        case "more": more
        default: nil
        }
    }
}

extension TableView.Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "href": href
        case "numeric": numeric
        default: nil
        }
    }
}

extension TableView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "cells": cells
        default: nil
        }
    }
}

extension TableView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "caption": caption
        case "headers": headers
        case "rows": rows
        case "emptyText": emptyText
        default: nil
        }
    }
}

extension KPIHeaderView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "asOf": asOf
        case "definitionsHref": definitionsHref
        case "views": views
        default: nil
        }
    }
}

extension TeamDashboardView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "kpi": kpi
        case "cards": cards
        case "byStage": byStage
        case "byMonth": byMonth
        case "leaderboard": leaderboard
        case "care": care
        default: nil
        }
    }
}

extension RepPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "kpi": kpi
        case "role": role
        case "today": today
        case "week": week
        case "cards": cards
        case "revenueChart": revenueChart
        case "activityChart": activityChart
        case "care": care
        case "openDeals": openDeals
        case "customers": customers
        default: nil
        }
    }
}

extension WorkListView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "customers": customers
        case "tasks": tasks
        case "deals": deals
        case "isEmpty": isEmpty
        default: nil
        }
    }
}

extension WorkDayView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "day": day
        case "today": today
        case "groups": groups
        default: nil
        }
    }
}

extension WorkGroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": name
        case "customers": customers
        default: nil
        }
    }
}

extension DirectorPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "kpi": kpi
        case "cards": cards
        case "byStage": byStage
        case "byMonth": byMonth
        case "biggestDeals": biggestDeals
        case "careByRep": careByRep
        case "ordering": ordering
        case "recentWins": recentWins
        default: nil
        }
    }
}

extension ManagerPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "kpi": kpi
        case "month": month
        case "reps": reps
        case "needsHelp": needsHelp
        default: nil
        }
    }
}

extension NeedsHelpView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": name
        case "href": href
        case "reasons": reasons
        default: nil
        }
    }
}

extension RepsIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "kpi": kpi
        case "reps": reps
        default: nil
        }
    }
}
