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
    /// Formatted as every count on the KPI pages is (`1.502`), like the "more" line below it.
    var count: String
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
    /// A line below the rows shown, counting those left out.
    var more: String?
}

struct KPIHeaderView: Sendable {
    var asOf: String
    var freshness: FreshnessView
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
    var trends: [ChartView]
    var changes: [LinkView]
}

/// What changed since a weekly meeting, heading by heading.
struct ChangesPageView: Sendable {
    var page: PageChrome
    var kpi: KPIHeaderView
    var intro: String
    var sections: [TableView]
    var seriesHref: String
}

extension ChangesPageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "kpi": templateValue(self.kpi)
        case "intro": templateValue(self.intro)
        case "sections": templateValue(self.sections)
        case "seriesHref": templateValue(self.seriesHref)
        default: nil
        }
    }
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
    var trends: [ChartView]
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
        case "label": templateValue(self.label)
        case "current": templateValue(self.current)
        case "previous": templateValue(self.previous)
        case "change": templateValue(self.change)
        default: nil
        }
    }
}

extension PeriodCardView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": templateValue(self.title)
        case "range": templateValue(self.range)
        case "previousTitle": templateValue(self.previousTitle)
        case "attainment": templateValue(self.attainment)
        case "hasTarget": templateValue(self.hasTarget)
        case "attainmentWidth": templateValue(self.attainmentWidth)
        case "rows": templateValue(self.rows)
        default: nil
        }
    }
}

extension ChartView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "svg": templateValue(self.svg)
        case "table": templateValue(self.table)
        default: nil
        }
    }
}

extension CareItemView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": templateValue(self.name)
        case "href": templateValue(self.href)
        case "detail": templateValue(self.detail)
        case "owner": templateValue(self.owner)
        case "ownerHref": templateValue(self.ownerHref)
        default: nil
        }
    }
}

extension CareListView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "key": templateValue(self.key)
        case "title": templateValue(self.title)
        case "explanation": templateValue(self.explanation)
        case "count": templateValue(self.count)
        case "items": templateValue(self.items)
        case "more": templateValue(self.more)
        default: nil
        }
    }
}

extension TableView.Cell: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "text": templateValue(self.text)
        case "href": templateValue(self.href)
        case "numeric": templateValue(self.numeric)
        default: nil
        }
    }
}

extension TableView.Row: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "id": templateValue(self.id)
        case "cells": templateValue(self.cells)
        default: nil
        }
    }
}

extension TableView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caption": templateValue(self.caption)
        case "headers": templateValue(self.headers)
        case "rows": templateValue(self.rows)
        case "emptyText": templateValue(self.emptyText)
        case "more": templateValue(self.more)
        default: nil
        }
    }
}

extension KPIHeaderView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "asOf": templateValue(self.asOf)
        case "freshness": templateValue(self.freshness)
        case "definitionsHref": templateValue(self.definitionsHref)
        case "views": templateValue(self.views)
        default: nil
        }
    }
}

extension TeamDashboardView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "kpi": templateValue(self.kpi)
        case "cards": templateValue(self.cards)
        case "byStage": templateValue(self.byStage)
        case "byMonth": templateValue(self.byMonth)
        case "leaderboard": templateValue(self.leaderboard)
        case "care": templateValue(self.care)
        case "trends": templateValue(self.trends)
        case "changes": templateValue(self.changes)
        default: nil
        }
    }
}

extension RepPageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "kpi": templateValue(self.kpi)
        case "role": templateValue(self.role)
        case "today": templateValue(self.today)
        case "week": templateValue(self.week)
        case "cards": templateValue(self.cards)
        case "revenueChart": templateValue(self.revenueChart)
        case "activityChart": templateValue(self.activityChart)
        case "trends": templateValue(self.trends)
        case "care": templateValue(self.care)
        case "openDeals": templateValue(self.openDeals)
        case "customers": templateValue(self.customers)
        default: nil
        }
    }
}

extension WorkListView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": templateValue(self.title)
        case "customers": templateValue(self.customers)
        case "tasks": templateValue(self.tasks)
        case "deals": templateValue(self.deals)
        case "isEmpty": templateValue(self.isEmpty)
        default: nil
        }
    }
}

extension WorkDayView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "day": templateValue(self.day)
        case "today": templateValue(self.today)
        case "groups": templateValue(self.groups)
        default: nil
        }
    }
}

extension WorkGroupView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": templateValue(self.name)
        case "customers": templateValue(self.customers)
        default: nil
        }
    }
}

extension DirectorPageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "kpi": templateValue(self.kpi)
        case "cards": templateValue(self.cards)
        case "byStage": templateValue(self.byStage)
        case "byMonth": templateValue(self.byMonth)
        case "biggestDeals": templateValue(self.biggestDeals)
        case "careByRep": templateValue(self.careByRep)
        case "ordering": templateValue(self.ordering)
        case "recentWins": templateValue(self.recentWins)
        default: nil
        }
    }
}

extension ManagerPageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "kpi": templateValue(self.kpi)
        case "month": templateValue(self.month)
        case "reps": templateValue(self.reps)
        case "needsHelp": templateValue(self.needsHelp)
        default: nil
        }
    }
}

extension NeedsHelpView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": templateValue(self.name)
        case "href": templateValue(self.href)
        case "reasons": templateValue(self.reasons)
        default: nil
        }
    }
}

extension RepsIndexView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "kpi": templateValue(self.kpi)
        case "reps": templateValue(self.reps)
        default: nil
        }
    }
}

/// How old the figures are: against the build day in the page, against now by a script.
struct FreshnessView: Sendable {
    /// The snapshot's as-of time, RFC 3339, for the script.
    var asOf: String
    var staleAfterSeconds: String
    /// The age on the day the page was built.
    var builtText: String
    /// True when the figures were already too old at the start of the build day.
    var staleAtBuild: Bool
    var warning: String
    var scriptHref: String
}

extension FreshnessView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "asOf": templateValue(self.asOf)
        case "staleAfterSeconds": templateValue(self.staleAfterSeconds)
        case "builtText": templateValue(self.builtText)
        case "staleAtBuild": templateValue(self.staleAtBuild)
        case "warning": templateValue(self.warning)
        case "scriptHref": templateValue(self.scriptHref)
        default: nil
        }
    }
}
