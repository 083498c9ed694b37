/// Review pages: for each review meeting up to the site's day, and the next one, the
/// checklist with the figures of the period under review beside the items that name them,
/// from the same computation as the dashboards and `api/metrics.json`.
extension SiteRenderer {
    struct ReviewOccasion {
        var start: LocalDateTime
        var period: Period
        var path: String
    }

    /// The meetings of each reviewing series that get a page: all up to the site's day, and
    /// the next one; a second meeting on the same period gets its date in the address.
    static func reviewOccasions(_ calendar: CalendarContext) -> [String: [LocalDateTime: ReviewOccasion]] {
        var occasions: [String: [LocalDateTime: ReviewOccasion]] = [:]
        for entry in calendar.entries {
            guard let reviews = entry.series.reviews else { continue }
            var starts = entry.starts.filter { $0.day <= calendar.today }
            if let next = entry.starts.first(where: { $0.day > calendar.today }) { starts.append(next) }
            var used: Set<String> = []
            for start in starts {
                let period = reviews.period(for: start.day)
                var path = "\(CalendarPaths.reviews)/\(period)-\(entry.series.id)"
                if !used.insert(path).inserted {
                    path += "-\(start.day)"
                    used.insert(path)
                }
                occasions[entry.series.id, default: [:]][start] = ReviewOccasion(start: start, period: period, path: path)
            }
        }
        return occasions
    }

    /// A series' review pages in meeting order.
    func reviews(of series: MeetingSeries) -> [ReviewOccasion] {
        (reviewOccasions[series.id] ?? [:]).values.sorted { $0.start < $1.start }
    }

    func reviewFiles(_ kpi: KPIContext, _ calendar: CalendarContext) -> [OutputFile] {
        calendar.entries
            .flatMap { entry in reviews(of: entry.series).map { (entry, $0) } }
            .concurrentMap { reviewPage(kpi, $0.0, $0.1) }
    }

    func reviewPage(_ kpi: KPIContext, _ entry: CalendarContext.Entry, _ occasion: ReviewOccasion) -> OutputFile {
        let series = entry.series
        let url = SiteURL(pagePath: occasion.path)
        var (page, header) = kpiChrome(kpi, title: series.title, url: url, view: nil)
        page.breadcrumbs = [
            LinkView(title: input.strings["home"], href: url.page("")),
            LinkView(title: input.strings["cal_title"], href: url.page(CalendarPaths.root)),
            LinkView(title: series.title, href: url.page(CalendarPaths.series(series.id))),
        ]
        page.title = series.title + " · " + occasion.start.day.vietnamese
        let view = ReviewPageView(
            page: page, kpi: header,
            meeting: startText(series, occasion.start) + (series.location.map { " · " + $0 } ?? ""),
            period: periodTitle(occasion.period),
            series: LinkView(title: series.title, href: url.page(CalendarPaths.series(series.id))),
            checklist: entry.checklistPage.map { LinkView(title: $0.document.title, href: url.page($0.urlPath, fragment: series.checklist?.anchor)) },
            items: entry.checklist.enumerated().map { index, item in
                ReviewItemView(
                    id: "item-\(index + 1)", text: item.text, depth: item.depth, checked: item.checked,
                    figures: item.markers.map { reviewFigures(kpi, $0, reviewed: occasion.period) })
            },
            revenueByRep: series.checklist == nil ? revenueByRep(kpi, period: occasion.period) : nil,
            scriptHref: url.file("assets/checklist.js"))
        return render(view, layout: "review", at: url.pagePath)
    }

    /// The marker's metrics for the team and every active rep, against the period before.
    func reviewFigures(_ kpi: KPIContext, _ marker: MetricMarker, reviewed: Period) -> ReviewFiguresView {
        let period = marker.period
            .flatMap { word in Period.Kind.allCases.first { $0.description == word } }
            .map { Period.containing(reviewed.lastDay, kind: $0) } ?? reviewed
        let rows = marker.keys.compactMap { key in MetricRow.all.first { $0.key == key } }
        let owners: [(name: String, id: String, rep: Int?)] = [(input.strings["review_team"], "team", nil)]
            + kpi.snapshot.reps.indices.filter { kpi.snapshot.reps[$0].active }.map { (kpi.snapshot.reps[$0].name, kpi.snapshot.reps[$0].id, $0) }
        return ReviewFiguresView(
            caption: input.strings["review_figures_caption"]
                .replacingOccurrences(of: "{period}", with: periodTitle(period))
                .replacingOccurrences(of: "{previous}", with: periodTitle(period.previous)),
            headers: [input.strings["kpi_rep"]] + rows.map { input.strings["metric_\($0.key)"] },
            rows: owners.map { owner in
                let current = kpi.figures(rep: owner.rep, period)
                let previous = kpi.figures(rep: owner.rep, period.previous)
                return ReviewFigureRow(name: owner.name, cells: rows.map { row in
                    let now = row.value(current)
                    return ReviewFigureCell(
                        value: MetricRow.text(now, kpi.numbers),
                        change: MetricRow.change(from: row.value(previous), to: now, numbers: kpi.numbers, strings: input.strings),
                        json: MetricRow.json(now), metric: row.key, owner: owner.id, period: period.description)
                })
            })
    }

    /// Each rep's revenue for the period: what the 1st-of-month sheet to HR carries.
    func revenueByRep(_ kpi: KPIContext, period: Period) -> TableView {
        let numbers = kpi.numbers
        let owners: [(String, Int?)] = kpi.snapshot.reps.indices.map { (kpi.snapshot.reps[$0].name, $0) } + [(input.strings["review_team"], nil)]
        return TableView(
            caption: input.strings["review_revenue_by_rep"].replacingOccurrences(of: "{period}", with: periodTitle(period)),
            headers: ["kpi_rep", "metric_actual_revenue", "metric_won_deals", "metric_revenue_target", "metric_attainment"].map { input.strings[$0] },
            rows: owners.map { name, rep in
                let figures = kpi.figures(rep: rep, period)
                return TableView.Row(id: nil, cells: [
                    .init(text: name, href: nil, numeric: false),
                    .number(numbers.money(figures.actualRevenue)), .number(numbers.count(figures.wonDeals)),
                    .number(figures.revenueTarget.map(numbers.money) ?? "–"), .number(numbers.percent(figures.attainment)),
                ])
            },
            emptyText: input.strings["kpi_no_reps"])
    }
}
