/// The team dashboard and the director's view: where the money is, against target.
extension SiteRenderer {
    static let monthsAhead = 6
    static let biggestDealsCount = 10
    static let recentWinsDays = 30

    func teamDashboard(_ kpi: KPIContext) -> OutputFile {
        let url = SiteURL(pagePath: KPIPaths.root)
        let (page, header) = kpiChrome(kpi, title: input.strings["kpi_team_title"], url: url, view: .team)
        let view = TeamDashboardView(
            page: page, kpi: header, cards: periodCards(kpi, rep: nil),
            byStage: pipelineByStage(kpi), byMonth: moneyByCloseMonth(kpi),
            leaderboard: leaderboard(kpi, url: url),
            care: careLists(kpi, kpi.metrics.teamCare, url: url, showOwner: true),
            trends: trendCharts(kpi, rep: nil), changes: changesLinks(kpi, url: url))
        return render(view, layout: "kpi-team", at: url.pagePath)
    }

    func directorPage(_ kpi: KPIContext) -> OutputFile {
        let url = SiteURL(pagePath: KPIPaths.director)
        let (page, header) = kpiChrome(kpi, title: input.strings["kpi_director_title"], url: url, view: .director)
        let view = DirectorPageView(
            page: page, kpi: header, cards: periodCards(kpi, rep: nil, kinds: [.month, .quarter]),
            byStage: pipelineByStage(kpi), byMonth: moneyByCloseMonth(kpi),
            biggestDeals: biggestDeals(kpi, url: url), careByRep: careByRep(kpi, url: url),
            ordering: careLists(kpi, kpi.metrics.teamCare, url: url, showOwner: true,
                                keys: ["repeat_due", "overdue_purchase", "stopped_buying"]),
            recentWins: recentWins(kpi, url: url))
        return render(view, layout: "kpi-director", at: url.pagePath)
    }

    /// Open deals by the CRM's stage: how many, their value and their weighted value.
    func pipelineByStage(_ kpi: KPIContext) -> TableView {
        var byStage: [String: (count: Int, amount: Int, weighted: Int)] = [:]
        for deal in kpi.snapshot.deals where deal.status == .open {
            let stage = deal.stage ?? input.strings["kpi_no_stage"]
            var entry = byStage[stage] ?? (0, 0, 0)
            entry.count += 1
            entry.amount += deal.amount
            entry.weighted += Int.weighted(deal.amount, percent: deal.probability)
            byStage[stage] = entry
        }
        let ordered = byStage.sorted { ($1.value.amount, $0.key) < ($0.value.amount, $1.key) }
        let numbers = kpi.numbers
        var rows = ordered.map { stage, entry in
            TableView.Row(id: nil, cells: [
                .init(text: stage, href: nil, numeric: false), .number(numbers.count(entry.count)),
                .number(numbers.money(entry.amount)), .number(numbers.money(entry.weighted)),
            ])
        }
        if !ordered.isEmpty {
            let total = ordered.reduce((0, 0, 0)) { ($0.0 + $1.value.count, $0.1 + $1.value.amount, $0.2 + $1.value.weighted) }
            rows.append(TableView.Row(id: nil, cells: [
                .init(text: input.strings["kpi_total"], href: nil, numeric: false), .number(numbers.count(total.0)),
                .number(numbers.money(total.1)), .number(numbers.money(total.2)),
            ]))
        }
        return TableView(
            caption: input.strings["kpi_by_stage"],
            headers: ["kpi_stage", "kpi_open_deals", "kpi_value", "kpi_weighted_value"].map { input.strings[$0] },
            rows: rows, emptyText: input.strings["kpi_no_open_deals"])
    }

    /// Open deals by expected-close month, from those already late through six months ahead.
    func moneyByCloseMonth(_ kpi: KPIContext) -> ChartView {
        let first = kpi.current(.month)
        var months = [first]
        while months.count < Self.monthsAhead { months.append(months.last!.next) }
        var amount = Array(repeating: 0, count: months.count + 1)
        var weighted = amount
        for deal in kpi.snapshot.deals where deal.status == .open {
            guard let close = deal.expectedClose else { continue }
            let slot: Int
            if close < first.firstDay {
                slot = 0
            } else if let index = months.firstIndex(where: { close <= $0.lastDay }) {
                slot = index + 1
            } else {
                continue
            }
            amount[slot] += deal.amount
            weighted[slot] += Int.weighted(deal.amount, percent: deal.probability)
        }
        let numbers = kpi.numbers
        let chart = BarChart(
            id: "close-month", title: input.strings["kpi_by_close_month"],
            categories: [input.strings["kpi_late"]] + months.map(monthLabel),
            series: [
                .init(name: input.strings["kpi_value"], values: amount),
                .init(name: input.strings["kpi_weighted_value"], values: weighted),
            ],
            target: nil, valueLabel: { numbers.shortMoney($0) })
        return ChartView(svg: chart.svg, table: chart.table)
    }

    /// `T11/2026`.
    func monthLabel(_ period: Period) -> String {
        guard case .month(let year, let month) = period else { return period.description }
        return input.strings["kpi_month_short"]
            .replacingOccurrences(of: "{month}", with: String(month))
            .replacingOccurrences(of: "{year}", with: String(year))
    }

    /// Active reps by this month's revenue, then attainment.
    func leaderboard(_ kpi: KPIContext, url: SiteURL) -> TableView {
        let month = kpi.current(.month)
        let numbers = kpi.numbers
        let reps = kpi.snapshot.reps.indices.filter { kpi.snapshot.reps[$0].active }.sorted { lhs, rhs in
            let left = kpi.figures(rep: lhs, month), right = kpi.figures(rep: rhs, month)
            return (-left.actualRevenue, -(left.attainment?.scaled(digits: 4) ?? -1), kpi.snapshot.reps[lhs].id)
                < (-right.actualRevenue, -(right.attainment?.scaled(digits: 4) ?? -1), kpi.snapshot.reps[rhs].id)
        }
        let rows = reps.enumerated().map { rank, rep in
            let figures = kpi.figures(rep: rep, month)
            return TableView.Row(id: nil, cells: [
                .number(String(rank + 1)),
                .init(text: kpi.snapshot.reps[rep].name, href: url.page(kpi.paths.repPages[rep]), numeric: false),
                .number(numbers.money(figures.actualRevenue)),
                .number(figures.revenueTarget.map(numbers.money) ?? "–"),
                .number(numbers.percent(figures.attainment)),
                .number(numbers.money(figures.expectedRevenue)),
                .number(numbers.count(figures.wonDeals)),
                .number(numbers.count(figures.newCustomers)),
                .number(numbers.count(figures.meetings)),
            ])
        }
        return TableView(
            caption: input.strings["kpi_leaderboard"] + " · " + monthLabel(month),
            headers: ["kpi_rank", "kpi_rep", "metric_actual_revenue", "metric_revenue_target", "metric_attainment",
                      "metric_expected_revenue", "metric_won_deals", "metric_new_customers", "metric_meetings"].map { input.strings[$0] },
            rows: rows, emptyText: input.strings["kpi_no_reps"])
    }

    func biggestDeals(_ kpi: KPIContext, url: SiteURL) -> TableView {
        let deals = kpi.openDealsByRep.joined().sorted {
            (-kpi.snapshot.deals[$0].amount, kpi.snapshot.deals[$0].id) < (-kpi.snapshot.deals[$1].amount, kpi.snapshot.deals[$1].id)
        }.prefix(Self.biggestDealsCount)
        return TableView(
            caption: input.strings["kpi_biggest_deals"],
            headers: ["kpi_deal", "kpi_customer", "kpi_rep", "kpi_value", "kpi_probability", "kpi_expected_close"].map { input.strings[$0] },
            rows: deals.map { index in
                let deal = kpi.snapshot.deals[index]
                return TableView.Row(id: nil, cells: [
                    .init(text: deal.name, href: url.page(kpi.paths.repPages[deal.rep], fragment: kpi.dealAnchors[index]), numeric: false),
                    .init(text: kpi.snapshot.customers[deal.customer].name, href: customerHref(kpi, deal.customer, url: url), numeric: false),
                    .init(text: kpi.snapshot.reps[deal.rep].name, href: url.page(kpi.paths.repPages[deal.rep]), numeric: false),
                    .number(kpi.numbers.money(deal.amount)),
                    .number("\(deal.probability)%"),
                    .number(deal.expectedClose?.vietnamese ?? "–"),
                ])
            },
            emptyText: input.strings["kpi_no_open_deals"])
    }

    /// How many of each care list every rep has: who is keeping up with their customers.
    func careByRep(_ kpi: KPIContext, url: SiteURL) -> TableView {
        let keys = CareLists().named.map(\.key)
        return TableView(
            caption: input.strings["kpi_care_by_rep"],
            headers: [input.strings["kpi_rep"]] + keys.map { input.strings["care_\($0)"] },
            rows: kpi.snapshot.reps.indices.filter { kpi.snapshot.reps[$0].active }.map { rep in
                TableView.Row(id: nil, cells: [
                    .init(text: kpi.snapshot.reps[rep].name, href: url.page(kpi.paths.repPages[rep]), numeric: false),
                ] + kpi.metrics.repCare[rep].named.map { .number(kpi.numbers.count($0.ids.count)) })
            },
            emptyText: input.strings["kpi_no_reps"])
    }

    func recentWins(_ kpi: KPIContext, url: SiteURL) -> TableView {
        let since = kpi.today.adding(days: -Self.recentWinsDays)
        let wins = kpi.snapshot.deals.indices.filter { index in
            let deal = kpi.snapshot.deals[index]
            guard deal.status == .won, let closed = deal.closed else { return false }
            return closed > since && closed <= kpi.today
        }.sorted { lhs, rhs in
            let left = kpi.snapshot.deals[lhs], right = kpi.snapshot.deals[rhs]
            return (-left.closed!.daysSinceEpoch, -left.amount, left.id) < (-right.closed!.daysSinceEpoch, -right.amount, right.id)
        }
        return TableView(
            caption: input.strings["kpi_recent_wins"],
            headers: ["kpi_closed", "kpi_deal", "kpi_customer", "kpi_rep", "kpi_value"].map { input.strings[$0] },
            rows: wins.map { index in
                let deal = kpi.snapshot.deals[index]
                return TableView.Row(id: nil, cells: [
                    .number(deal.closed!.vietnamese),
                    .init(text: deal.name, href: nil, numeric: false),
                    .init(text: kpi.snapshot.customers[deal.customer].name, href: customerHref(kpi, deal.customer, url: url), numeric: false),
                    .init(text: kpi.snapshot.reps[deal.rep].name, href: url.page(kpi.paths.repPages[deal.rep]), numeric: false),
                    .number(kpi.numbers.money(deal.amount)),
                ])
            },
            emptyText: input.strings["kpi_no_recent_wins"])
    }
}

extension TableView.Cell {
    static func number(_ text: String) -> TableView.Cell {
        TableView.Cell(text: text, href: nil, numeric: true)
    }
}
