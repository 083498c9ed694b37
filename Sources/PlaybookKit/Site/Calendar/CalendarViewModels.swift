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
        case "time": self.time
        case "title": self.title
        case "href": self.href
        case "location": self.location
        case "reviewHref": self.reviewHref
        default: nil
        }
    }
}

extension DayCellView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "number": self.number
        case "inMonth": self.inMonth
        case "isToday": self.isToday
        case "events": self.events
        default: nil
        }
    }
}

extension MonthGridView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "weekdays": self.weekdays
        case "weeks": self.weeks
        default: nil
        }
    }
}

extension AgendaDayView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "date": self.date
        case "isToday": self.isToday
        case "events": self.events
        default: nil
        }
    }
}

extension SeriesSummaryView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "href": self.href
        case "rhythm": self.rhythm
        case "next": self.next
        default: nil
        }
    }
}

extension CalendarPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "months": self.months
        case "agenda": self.agenda
        case "series": self.series
        case "icsHref": self.icsHref
        case "jsonHref": self.jsonHref
        default: nil
        }
    }
}

extension SeriesPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "content": self.content
        case "when": self.when
        case "location": self.location
        case "audience": self.audience
        case "rule": self.rule
        case "exdates": self.exdates
        case "rdates": self.rdates
        case "checklist": self.checklist
        case "icsHref": self.icsHref
        case "upcoming": self.upcoming
        case "reviews": self.reviews
        default: nil
        }
    }
}

extension ReviewFigureCell: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "value": self.value
        case "change": self.change
        case "json": self.json
        case "metric": self.metric
        case "owner": self.owner
        case "period": self.period
        default: nil
        }
    }
}

extension ReviewFigureRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "cells": self.cells
        default: nil
        }
    }
}

extension ReviewFiguresView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caption": self.caption
        case "headers": self.headers
        case "rows": self.rows
        default: nil
        }
    }
}

extension ReviewItemView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "id": self.id
        case "text": self.text
        case "depth": self.depth
        case "checked": self.checked
        case "figures": self.figures
        default: nil
        }
    }
}

extension ReviewPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "kpi": self.kpi
        case "meeting": self.meeting
        case "period": self.period
        case "series": self.series
        case "checklist": self.checklist
        case "items": self.items
        case "revenueByRep": self.revenueByRep
        case "scriptHref": self.scriptHref
        default: nil
        }
    }
}
