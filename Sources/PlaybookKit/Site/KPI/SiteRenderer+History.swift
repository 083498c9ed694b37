import Foundation

/// What the dated snapshots add to the pipeline pages: trend lines on the team and rep
/// pages, and one "what changed since the last meeting" page per weekly meeting.
extension SiteRenderer {
    /// Two charts, the pipeline's value and the open deals beside the warm leads, once the
    /// history gives at least two points; none before.
    func trendCharts(_ kpi: KPIContext, rep: Int?) -> [ChartView] {
        guard let points = kpi.history?.points, points.count >= 2 else { return [] }
        let repID = rep.map { kpi.snapshot.reps[$0].id }
        let figures = points.map { point in repID.map { point.reps[$0] ?? HistoryPoint.Figures() } ?? point.team }
        let labels = points.map { point in
            LocalDateTime(point.asOf, in: input.config.timeZone).day.vietnamese
        }
        let numbers = kpi.numbers
        let charts = [
            LineChart(
                id: "trend-value", title: input.strings["kpi_trend_value"], labels: labels,
                series: [.init(name: input.strings["kpi_trend_pipeline"], values: figures.map(\.pipelineValue))],
                valueLabel: { numbers.money($0) }, axisLabel: { numbers.shortMoney($0) }),
            LineChart(
                id: "trend-counts", title: input.strings["kpi_trend_counts"], labels: labels,
                series: [
                    .init(name: input.strings["kpi_trend_open_deals"], values: figures.map(\.openDeals)),
                    .init(name: input.strings["kpi_trend_warm_leads"], values: figures.map(\.warmLeads)),
                ],
                valueLabel: { numbers.count($0) }, axisLabel: { numbers.count($0) }),
        ]
        return charts.map { ChartView(svg: $0.svg, table: $0.table) }
    }

    /// The weekly meetings with a "what changed" page, in calendar order.
    func changesSeries(_ kpi: KPIContext) -> [MeetingSeries] {
        seriesChanges(kpi).map(\.series)
    }

    /// Those meetings with what changed since each.
    private func seriesChanges(_ kpi: KPIContext) -> [(series: MeetingSeries, changes: MeetingChanges)] {
        guard let since = kpi.history?.sinceMeetings else { return [] }
        return input.calendar.compactMap { series in since[series.id].map { (series, $0) } }
    }

    func changesLinks(_ kpi: KPIContext, url: SiteURL) -> [LinkView] {
        changesSeries(kpi).map { series in
            LinkView(title: series.title, href: url.page(KPIPaths.changes(since: series.id)))
        }
    }

    /// The rows each heading of a "what changed" page shows, the rest counted below them, as
    /// the care lists do. Against an old baseline a heading can hold tens of thousands (the
    /// bench's million-activity snapshot: 55,000 a page, 15 MB of HTML each, most of the
    /// build), more than anyone reads before a meeting; `api/changes/<series>.json` lists
    /// every one.
    static let changeListLimit = 100

    /// Each weekly series' page and its JSON, on every core.
    func changesFiles(_ kpi: KPIContext) -> [OutputFile] {
        seriesChanges(kpi).concurrentMap { series, changes in
            [changesPage(kpi, series: series, changes: changes), changesJSON(kpi, series: series, changes: changes)]
        }.flatMap { $0 }
    }

    /// Every change a page lists, whole, by id and in its order: `api/changes/<series>.json`.
    private func changesJSON(_ kpi: KPIContext, series: MeetingSeries, changes: MeetingChanges) -> OutputFile {
        let found = changes.baseline?.changes
        let deals = { (list: [SnapshotChanges.DealChange]?) in
            JSONText.array((list ?? []).map { JSONText.quoted(kpi.snapshot.deals[$0.deal].id) })
        }
        let leads = { (list: [Int]?) in
            JSONText.array((list ?? []).map { JSONText.quoted(kpi.snapshot.leads[$0].id) })
        }
        let document = JSONText.object([
            ("series", JSONText.quoted(series.id)),
            ("meeting_local", JSONText.quoted(changes.meeting.day.description + "T" + changes.meeting.timeText)),
            ("baseline_as_of", changes.baseline.map { JSONText.quoted($0.asOf.rfc3339) } ?? "null"),
            ("latest_as_of", JSONText.quoted(kpi.snapshot.asOf.rfc3339)),
            ("won", deals(found?.won)),
            ("lost", deals(found?.lost)),
            ("new", deals(found?.new)),
            ("moved_stage", deals(found?.movedStage)),
            ("changed_amount", deals(found?.changedAmount)),
            ("turned_warm", leads(found?.turnedWarm)),
            ("turned_cold", leads(found?.turnedCold)),
        ], multiline: true)
        return OutputFile(path: KPIPaths.changesJSON(since: series.id), content: .text(document + "\n"))
    }

    private func changesPage(_ kpi: KPIContext, series: MeetingSeries, changes: MeetingChanges) -> OutputFile {
        let url = SiteURL(pagePath: KPIPaths.changes(since: series.id))
        let title = input.strings["kpi_changes_title"].replacingOccurrences(of: "{meeting}", with: series.title)
        let (page, header) = kpiChrome(kpi, title: title, url: url, view: nil)
        let meeting = changes.meeting.day.vietnamese + " " + changes.meeting.timeText
        var view = ChangesPageView(page: page, kpi: header, intro: "", sections: [], seriesHref: url.page(SiteRenderer.CalendarPaths.series(series.id)))
        guard let baseline = changes.baseline else {
            view.intro = input.strings["kpi_changes_no_baseline"].replacingOccurrences(of: "{meeting}", with: meeting)
            return render(view, layout: "kpi-changes", at: url.pagePath)
        }
        view.intro = input.strings["kpi_changes_intro"]
            .replacingOccurrences(of: "{meeting}", with: meeting)
            .replacingOccurrences(of: "{baseline}", with: instantText(baseline.asOf))
            .replacingOccurrences(of: "{latest}", with: kpi.asOfText)
        let found = baseline.changes
        view.sections = [
            dealSection(kpi, series.id, "kpi_changes_won", found.won, url: url, columns: [.customer, .value]),
            dealSection(kpi, series.id, "kpi_changes_lost", found.lost, url: url, columns: [.customer, .value]),
            dealSection(kpi, series.id, "kpi_changes_new", found.new, url: url, columns: [.customer, .stage, .value]),
            dealSection(kpi, series.id, "kpi_changes_moved", found.movedStage, url: url, columns: [.previousStage, .stage]),
            dealSection(kpi, series.id, "kpi_changes_amount", found.changedAmount, url: url, columns: [.previousValue, .value, .difference]),
            leadSection(kpi, series.id, "kpi_changes_warm", found.turnedWarm, url: url),
            leadSection(kpi, series.id, "kpi_changes_cold", found.turnedCold, url: url),
        ]
        return render(view, layout: "kpi-changes", at: url.pagePath)
    }

    /// "… and 54,900 more", naming the JSON that lists them; nil when none is left out.
    private func moreChanges(_ kpi: KPIContext, listed: Int, series: String) -> String? {
        let hidden = listed - Self.changeListLimit
        guard hidden > 0 else { return nil }
        return input.strings["kpi_changes_more"]
            .replacingOccurrences(of: "{count}", with: kpi.numbers.count(hidden))
            .replacingOccurrences(of: "{json}", with: KPIPaths.changesJSON(since: series))
    }

    private enum DealColumn {
        case customer, stage, previousStage, value, previousValue, difference

        var header: String {
            switch self {
            case .customer: "kpi_customer"
            case .stage: "kpi_changes_stage_now"
            case .previousStage: "kpi_changes_stage_before"
            case .value: "kpi_value"
            case .previousValue: "kpi_changes_value_before"
            case .difference: "kpi_changes_difference"
            }
        }
    }

    private func dealSection(
        _ kpi: KPIContext, _ series: String, _ key: String, _ changes: [SnapshotChanges.DealChange], url: SiteURL, columns: [DealColumn]
    ) -> TableView {
        let ordered = changes.prefix(Self.changeListLimit)
        return TableView(
            caption: input.strings[key] + " (\(kpi.numbers.count(changes.count)))",
            headers: (["kpi_deal", "kpi_rep"] + columns.map(\.header)).map { input.strings[$0] },
            rows: ordered.map { change in
                let deal = kpi.snapshot.deals[change.deal]
                var cells: [TableView.Cell] = [
                    .init(text: deal.name, href: kpi.dealAnchors[change.deal].map { url.page(kpi.paths.repPages[deal.rep], fragment: $0) }, numeric: false),
                    .init(text: kpi.snapshot.reps[deal.rep].name, href: url.page(kpi.paths.repPages[deal.rep]), numeric: false),
                ]
                for column in columns {
                    switch column {
                    case .customer:
                        cells.append(.init(text: kpi.snapshot.customers[deal.customer].name, href: customerHref(kpi, deal.customer, url: url), numeric: false))
                    case .stage: cells.append(.init(text: deal.stage ?? "–", href: nil, numeric: false))
                    case .previousStage: cells.append(.init(text: change.previousStage ?? "–", href: nil, numeric: false))
                    case .value: cells.append(.number(kpi.numbers.money(deal.amount)))
                    case .previousValue: cells.append(.number(change.previousAmount.map(kpi.numbers.money) ?? "–"))
                    case .difference:
                        let difference = deal.amount - (change.previousAmount ?? 0)
                        cells.append(.number((difference > 0 ? "+" : "") + kpi.numbers.money(difference)))
                    }
                }
                return TableView.Row(id: nil, cells: cells)
            },
            emptyText: input.strings["kpi_changes_none"],
            more: moreChanges(kpi, listed: changes.count, series: series))
    }

    private func leadSection(_ kpi: KPIContext, _ series: String, _ key: String, _ leads: [Int], url: SiteURL) -> TableView {
        let ordered = leads.prefix(Self.changeListLimit)
        return TableView(
            caption: input.strings[key] + " (\(kpi.numbers.count(leads.count)))",
            headers: ["kpi_lead", "kpi_rep", "kpi_lead_created"].map { input.strings[$0] },
            rows: ordered.map { index in
                let lead = kpi.snapshot.leads[index]
                return TableView.Row(id: nil, cells: [
                    .init(text: lead.company, href: nil, numeric: false),
                    .init(text: kpi.snapshot.reps[lead.rep].name, href: url.page(kpi.paths.repPages[lead.rep]), numeric: false),
                    .number(lead.created.vietnamese),
                ])
            },
            emptyText: input.strings["kpi_changes_none"],
            more: moreChanges(kpi, listed: leads.count, series: series))
    }

    /// `06:00 16/11/2026`, an instant in the site's zone.
    private func instantText(_ instant: Instant) -> String {
        let local = LocalDateTime(instant, in: input.config.timeZone)
        return local.timeText + " " + local.day.vietnamese
    }
}
