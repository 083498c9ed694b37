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
    func child(named key: String) -> Any? {
        switch key {
        case "label": self.label
        case "current": self.current
        case "previous": self.previous
        case "change": self.change
        default: nil
        }
    }
}

extension PeriodCardView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "range": self.range
        case "previousTitle": self.previousTitle
        case "attainment": self.attainment
        case "hasTarget": self.hasTarget
        case "attainmentWidth": self.attainmentWidth
        case "rows": self.rows
        default: nil
        }
    }
}

extension ChartView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "svg": self.svg
        case "table": self.table
        default: nil
        }
    }
}

extension CareItemView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "href": self.href
        case "detail": self.detail
        case "owner": self.owner
        case "ownerHref": self.ownerHref
        default: nil
        }
    }
}

extension CareListView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "key": self.key
        case "title": self.title
        case "explanation": self.explanation
        case "count": self.count
        case "items": self.items
        case "more": self.more
        default: nil
        }
    }
}

extension TableView.Cell: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "text": self.text
        case "href": self.href
        case "numeric": self.numeric
        default: nil
        }
    }
}

extension TableView.Row: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "id": self.id
        case "cells": self.cells
        default: nil
        }
    }
}

extension TableView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caption": self.caption
        case "headers": self.headers
        case "rows": self.rows
        case "emptyText": self.emptyText
        default: nil
        }
    }
}

extension KPIHeaderView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "asOf": self.asOf
        case "definitionsHref": self.definitionsHref
        case "views": self.views
        default: nil
        }
    }
}

extension TeamDashboardView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "kpi": self.kpi
        case "cards": self.cards
        case "byStage": self.byStage
        case "byMonth": self.byMonth
        case "leaderboard": self.leaderboard
        case "care": self.care
        default: nil
        }
    }
}

extension RepPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "kpi": self.kpi
        case "role": self.role
        case "today": self.today
        case "week": self.week
        case "cards": self.cards
        case "revenueChart": self.revenueChart
        case "activityChart": self.activityChart
        case "care": self.care
        case "openDeals": self.openDeals
        case "customers": self.customers
        default: nil
        }
    }
}

extension WorkListView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "customers": self.customers
        case "tasks": self.tasks
        case "deals": self.deals
        case "isEmpty": self.isEmpty
        default: nil
        }
    }
}

extension WorkDayView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "day": self.day
        case "today": self.today
        case "groups": self.groups
        default: nil
        }
    }
}

extension WorkGroupView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "customers": self.customers
        default: nil
        }
    }
}

extension DirectorPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "kpi": self.kpi
        case "cards": self.cards
        case "byStage": self.byStage
        case "byMonth": self.byMonth
        case "biggestDeals": self.biggestDeals
        case "careByRep": self.careByRep
        case "ordering": self.ordering
        case "recentWins": self.recentWins
        default: nil
        }
    }
}

extension ManagerPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "kpi": self.kpi
        case "month": self.month
        case "reps": self.reps
        case "needsHelp": self.needsHelp
        default: nil
        }
    }
}

extension NeedsHelpView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "href": self.href
        case "reasons": self.reasons
        default: nil
        }
    }
}

extension RepsIndexView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "kpi": self.kpi
        case "reps": self.reps
        default: nil
        }
    }
}
