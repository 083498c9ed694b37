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
    func child(named name: String) -> Any? {
        switch name {
        case "time": time
        case "title": title
        case "href": href
        case "location": location
        case "reviewHref": reviewHref
        default: nil
        }
    }
}

extension DayCellView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "inMonth": inMonth
        case "isToday": isToday
        case "events": events
        default: nil
        }
    }
}

extension MonthGridView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "weekdays": weekdays
        case "weeks": weeks
        default: nil
        }
    }
}

extension AgendaDayView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "date": date
        case "isToday": isToday
        case "events": events
        default: nil
        }
    }
}

extension SeriesSummaryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "rhythm": rhythm
        case "next": next
        default: nil
        }
    }
}

extension CalendarPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "months": months
        case "agenda": agenda
        case "series": series
        case "icsHref": icsHref
        case "jsonHref": jsonHref
        default: nil
        }
    }
}

extension SeriesPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "content": content
        case "when": when
        case "location": location
        case "audience": audience
        case "rule": rule
        case "exdates": exdates
        case "rdates": rdates
        case "checklist": checklist
        case "icsHref": icsHref
        case "upcoming": upcoming
        case "reviews": reviews
        default: nil
        }
    }
}

extension ReviewFigureCell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "change": change
        case "json": json
        case "metric": metric
        case "owner": owner
        case "period": period
        default: nil
        }
    }
}

extension ReviewFigureRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": name
        case "cells": cells
        default: nil
        }
    }
}

extension ReviewFiguresView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "caption": caption
        case "headers": headers
        case "rows": rows
        default: nil
        }
    }
}

extension ReviewItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "text": text
        case "depth": depth
        case "checked": checked
        case "figures": figures
        default: nil
        }
    }
}

extension ReviewPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "kpi": kpi
        case "meeting": meeting
        case "period": period
        case "series": series
        case "checklist": checklist
        case "items": items
        case "revenueByRep": revenueByRep
        case "scriptHref": scriptHref
        default: nil
        }
    }
}
