import Mustache

/// View models of the calendar, series and review pages. Every text is formatted already.
struct EventView: Sendable {
    var time: String
    var title: String
    var href: String
    var location: String?
    var reviewHref: String?
}

struct DayCellView: Sendable {
    var number: String
    var inMonth: Bool
    var isToday: Bool
    var events: [EventView]
}

struct MonthGridView: Sendable {
    var title: String
    var weekdays: [String]
    var weeks: [[DayCellView]]
}

struct AgendaDayView: Sendable {
    var date: String
    var isToday: Bool
    var events: [EventView]
}

struct SeriesSummaryView: Sendable {
    var title: String
    var href: String
    var rhythm: String
    var next: String?
}

struct CalendarPageView: Sendable {
    var page: PageChrome
    var months: [MonthGridView]
    var agenda: [AgendaDayView]
    var series: [SeriesSummaryView]
    var icsHref: String
    var jsonHref: String
}

struct SeriesPageView: Sendable {
    var page: PageChrome
    var content: String
    var when: String
    var location: String?
    var audience: [String]
    var rule: String?
    var exdates: [String]
    var rdates: [String]
    var checklist: LinkView?
    var icsHref: String
    var upcoming: [EventView]
    var reviews: [LinkView]
}

struct ReviewFigureCell: Sendable {
    var value: String
    var change: String
    /// What `api/metrics.json` holds for this owner, period and metric, for tests and scripts.
    var json: String
    var metric: String
    var owner: String
    var period: String
}

struct ReviewFigureRow: Sendable {
    var name: String
    var cells: [ReviewFigureCell]
}

struct ReviewFiguresView: Sendable {
    var caption: String
    var headers: [String]
    var rows: [ReviewFigureRow]
}

struct ReviewItemView: Sendable {
    var id: String
    var text: String
    var depth: Int
    var checked: Bool
    var figures: [ReviewFiguresView]
}

struct ReviewPageView: Sendable {
    var page: PageChrome
    var kpi: KPIHeaderView
    var meeting: String
    var period: String
    var series: LinkView
    var checklist: LinkView?
    var items: [ReviewItemView]
    var revenueByRep: TableView?
    var scriptHref: String
}

// Templates read these fields by name; a switch is many times faster than the
// Mirror reflection swift-mustache falls back to. TemplateFieldsTests checks none is missing.
extension EventView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "time": templateValue(self.time)
        case "title": templateValue(self.title)
        case "href": templateValue(self.href)
        case "location": templateValue(self.location)
        case "reviewHref": templateValue(self.reviewHref)
        default: nil
        }
    }
}

extension DayCellView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "number": templateValue(self.number)
        case "inMonth": templateValue(self.inMonth)
        case "isToday": templateValue(self.isToday)
        case "events": templateValue(self.events)
        default: nil
        }
    }
}

extension MonthGridView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": templateValue(self.title)
        case "weekdays": templateValue(self.weekdays)
        case "weeks": templateValue(self.weeks)
        default: nil
        }
    }
}

extension AgendaDayView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "date": templateValue(self.date)
        case "isToday": templateValue(self.isToday)
        case "events": templateValue(self.events)
        default: nil
        }
    }
}

extension SeriesSummaryView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": templateValue(self.title)
        case "href": templateValue(self.href)
        case "rhythm": templateValue(self.rhythm)
        case "next": templateValue(self.next)
        default: nil
        }
    }
}

extension CalendarPageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "months": templateValue(self.months)
        case "agenda": templateValue(self.agenda)
        case "series": templateValue(self.series)
        case "icsHref": templateValue(self.icsHref)
        case "jsonHref": templateValue(self.jsonHref)
        default: nil
        }
    }
}

extension SeriesPageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "content": templateValue(self.content)
        case "when": templateValue(self.when)
        case "location": templateValue(self.location)
        case "audience": templateValue(self.audience)
        case "rule": templateValue(self.rule)
        case "exdates": templateValue(self.exdates)
        case "rdates": templateValue(self.rdates)
        case "checklist": templateValue(self.checklist)
        case "icsHref": templateValue(self.icsHref)
        case "upcoming": templateValue(self.upcoming)
        case "reviews": templateValue(self.reviews)
        default: nil
        }
    }
}

extension ReviewFigureCell: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "value": templateValue(self.value)
        case "change": templateValue(self.change)
        case "json": templateValue(self.json)
        case "metric": templateValue(self.metric)
        case "owner": templateValue(self.owner)
        case "period": templateValue(self.period)
        default: nil
        }
    }
}

extension ReviewFigureRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": templateValue(self.name)
        case "cells": templateValue(self.cells)
        default: nil
        }
    }
}

extension ReviewFiguresView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caption": templateValue(self.caption)
        case "headers": templateValue(self.headers)
        case "rows": templateValue(self.rows)
        default: nil
        }
    }
}

extension ReviewItemView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "id": templateValue(self.id)
        case "text": templateValue(self.text)
        case "depth": templateValue(self.depth)
        case "checked": templateValue(self.checked)
        case "figures": templateValue(self.figures)
        default: nil
        }
    }
}

extension ReviewPageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "kpi": templateValue(self.kpi)
        case "meeting": templateValue(self.meeting)
        case "period": templateValue(self.period)
        case "series": templateValue(self.series)
        case "checklist": templateValue(self.checklist)
        case "items": templateValue(self.items)
        case "revenueByRep": templateValue(self.revenueByRep)
        case "scriptHref": templateValue(self.scriptHref)
        default: nil
        }
    }
}
