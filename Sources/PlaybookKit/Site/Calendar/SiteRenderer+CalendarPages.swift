/// The calendar: a month grid for this month and the next, the next eight weeks as an
/// agenda, one page per series, and the feeds (`calendar.ics`, `api/calendar.json`).
extension SiteRenderer {
    static let agendaWeeks = 8
    static let upcomingPerSeries = 6

    enum CalendarPaths {
        static let root = "lich"
        static let reviews = "reviews"
        static let feed = "calendar.ics"
        static let json = "api/calendar.json"

        static func series(_ id: String) -> String { "\(root)/\(id)" }
        static func seriesFeed(_ id: String) -> String { "\(root)/\(id).ics" }
    }

    func calendarFiles(_ calendar: CalendarContext) -> [OutputFile] {
        var files = [calendarPage(calendar)]
        files += calendar.entries.map { seriesPage(calendar, $0) }
        files += calendarFeeds(calendar)
        files.append(OutputFile(path: CalendarPaths.json, content: .text(CalendarJSON.render(calendar, zone: input.config.timeZone.identifier))))
        return files
    }

    func calendarPage(_ calendar: CalendarContext) -> OutputFile {
        let url = SiteURL(pagePath: CalendarPaths.root)
        let page = chrome(
            title: input.strings["cal_title"], description: input.strings["cal_intro"], url: url,
            currentSection: CalendarPaths.root, currentPage: nil,
            breadcrumbs: [LinkView(title: input.strings["home"], href: url.page(""))])
        let thisMonth = Period.containing(calendar.today, kind: .month)
        let agendaEnd = calendar.today.adding(days: 7 * Self.agendaWeeks - 1)
        let agenda = calendar.entries
            .flatMap { entry in entry.starts.filter { $0.day >= calendar.today && $0.day <= agendaEnd }.map { (entry, $0) } }
            .sorted { ($0.1, $0.0.series.id) < ($1.1, $1.0.series.id) }
        let agendaDays = Dictionary(grouping: agenda) { $0.1.day }.keys.sorted().map { day in
            AgendaDayView(
                date: weekdayDate(day), isToday: day == calendar.today,
                events: agenda.filter { $0.1.day == day }.map { event($0.0, $0.1, url: url) })
        }
        let view = CalendarPageView(
            page: page,
            months: [thisMonth, thisMonth.next].map { monthGrid($0, calendar, url: url) },
            agenda: agendaDays,
            series: calendar.entries.map { entry in
                SeriesSummaryView(
                    title: entry.series.title, href: url.page(CalendarPaths.series(entry.series.id)),
                    rhythm: rhythm(entry.series),
                    next: entry.starts.first { $0.day >= calendar.today }.map { input.strings["cal_next"].replacingOccurrences(of: "{date}", with: startText(entry.series, $0)) })
            },
            icsHref: url.file(CalendarPaths.feed), jsonHref: url.file(CalendarPaths.json))
        return render(view, layout: "calendar", at: url.pagePath)
    }

    func monthGrid(_ month: Period, _ calendar: CalendarContext, url: SiteURL) -> MonthGridView {
        let first = month.firstDay.adding(days: 1 - month.firstDay.isoWeekday)
        let last = month.lastDay.adding(days: 7 - month.lastDay.isoWeekday)
        var byDay: [LocalDay: [EventView]] = [:]
        for entry in calendar.entries {
            for start in entry.starts where start.day >= first && start.day <= last {
                byDay[start.day, default: []].append(event(entry, start, url: url))
            }
        }
        let weeks = stride(from: 0, through: last - first, by: 7).map { offset in
            (0..<7).map { weekday in
                let day = first.adding(days: offset + weekday)
                return DayCellView(
                    number: String(day.components.day), inMonth: day >= month.firstDay && day <= month.lastDay,
                    isToday: day == calendar.today, events: (byDay[day] ?? []).sorted { $0.time < $1.time })
            }
        }
        return MonthGridView(
            title: periodTitle(month), weekdays: (1...7).map { input.strings["weekday_short_\($0)"] }, weeks: weeks)
    }

    func seriesPage(_ calendar: CalendarContext, _ entry: CalendarContext.Entry) -> OutputFile {
        let series = entry.series
        let url = SiteURL(pagePath: CalendarPaths.series(series.id))
        let page = chrome(
            title: series.title, description: nil, url: url, currentSection: CalendarPaths.root, currentPage: nil,
            breadcrumbs: [
                LinkView(title: input.strings["home"], href: url.page("")),
                LinkView(title: input.strings["cal_title"], href: url.page(CalendarPaths.root)),
            ])
        let duration = input.strings["cal_duration"].replacingOccurrences(of: "{minutes}", with: String(series.durationMinutes))
        let view = SeriesPageView(
            page: page,
            content: markdown.render(series.description).html,
            when: series.isAllDay ? rhythm(series) + " · " + input.strings["cal_all_day"] : rhythm(series) + " · " + series.start.timeText + " · " + duration,
            location: series.location,
            audience: roleLabels(series.audience),
            rule: series.ruleText,
            exdates: series.exdates.map { startText(series, $0) },
            rdates: series.rdates.map { startText(series, $0) },
            checklist: entry.checklistPage.map { checklistPage in
                LinkView(
                    title: checklistPage.document.title,
                    href: url.page(checklistPage.urlPath, fragment: series.checklist?.anchor))
            },
            icsHref: url.file(CalendarPaths.seriesFeed(series.id)),
            upcoming: entry.starts.filter { $0.day >= calendar.today }.prefix(Self.upcomingPerSeries).map { event(entry, $0, url: url) },
            reviews: reviews(of: series).reversed().map { occasion in
                LinkView(title: startText(series, occasion.start) + " · " + periodTitle(occasion.period), href: url.page(occasion.path))
            })
        return render(view, layout: "series", at: url.pagePath)
    }

    func event(_ entry: CalendarContext.Entry, _ start: LocalDateTime, url: SiteURL) -> EventView {
        let review = reviewOccasions[entry.series.id]?[start]?.path
        return EventView(
            time: entry.series.isAllDay ? input.strings["cal_all_day"] : start.timeText,
            title: entry.series.title, href: url.page(CalendarPaths.series(entry.series.id)),
            location: entry.series.location, reviewHref: review.map { url.page($0) })
    }

    /// `Thứ 6 20/11/2026 16:00`, or the date alone for a whole-day deadline.
    func startText(_ series: MeetingSeries, _ start: LocalDateTime) -> String {
        weekdayDate(start.day) + (series.isAllDay ? "" : " " + start.timeText)
    }

    func weekdayDate(_ day: LocalDay) -> String {
        input.strings["weekday_\(day.isoWeekday)"] + " " + day.vietnamese
    }

    /// The rule in the reader's words where the calendar file says it (its description),
    /// else the RFC 5545 text.
    func rhythm(_ series: MeetingSeries) -> String {
        series.ruleText.map { input.strings["cal_repeats"].replacingOccurrences(of: "{rule}", with: $0) }
            ?? input.strings["cal_on_dates"]
    }

    /// `Tuần 47/2026 (16/11 – 22/11/2026)`, `Tháng 11/2026`, `Quý 4/2026`.
    func periodTitle(_ period: Period) -> String {
        switch period {
        case .week(let year, let week):
            return input.strings["period_week"].replacingOccurrences(of: "{number}", with: String(week))
                .replacingOccurrences(of: "{year}", with: String(year))
                + " (" + period.firstDay.vietnamese + " – " + period.lastDay.vietnamese + ")"
        case .month(let year, let month):
            return input.strings["period_month"].replacingOccurrences(of: "{number}", with: String(month))
                .replacingOccurrences(of: "{year}", with: String(year))
        case .quarter(let year, let quarter):
            return input.strings["period_quarter"].replacingOccurrences(of: "{number}", with: String(quarter))
                .replacingOccurrences(of: "{year}", with: String(year))
        }
    }
}
