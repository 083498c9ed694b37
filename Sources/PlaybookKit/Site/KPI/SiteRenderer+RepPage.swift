/// One rep's page: first the work list the rep reads in fifteen minutes (today's care-day
/// customers, promised tasks, deals left hanging), then the figures, charts and customers.
extension SiteRenderer {
    static let chartMonths = 12
    static let chartWeeks = 12

    func repPage(_ kpi: KPIContext, rep: Int) -> OutputFile {
        let url = SiteURL(pagePath: kpi.paths.repPages[rep])
        let person = kpi.snapshot.reps[rep]
        let (page, header) = kpiChrome(kpi, title: person.name, url: url, view: nil)
        let care = kpi.metrics.repCare[rep]
        let view = RepPageView(
            page: page, kpi: header,
            role: input.strings["role_\(person.role.rawValue)"] + (person.active ? "" : " · " + input.strings["kpi_inactive"]),
            today: todayList(kpi, rep: rep, url: url),
            week: careWeek(kpi, rep: rep, url: url),
            cards: periodCards(kpi, rep: rep),
            revenueChart: revenueChart(kpi, rep: rep),
            activityChart: activityChart(kpi, rep: rep),
            trends: trendCharts(kpi, rep: rep),
            care: careLists(kpi, care, url: url, showOwner: false),
            openDeals: openDeals(kpi, rep: rep),
            customers: customerTable(kpi, rep: rep))
        return render(view, layout: "kpi-rep", at: url.pagePath)
    }

    /// Today's care-day customers, tasks due today or late, and deals going stale.
    func todayList(_ kpi: KPIContext, rep: Int, url: SiteURL) -> WorkListView {
        let weekday = kpi.today.isoWeekday
        let customers = kpi.customersByRep[rep].filter { kpi.snapshot.customers[$0].careDay == weekday }.map { index in
            CareItemView(
                name: kpi.snapshot.customers[index].name, href: "#" + kpi.customerAnchors[index],
                detail: kpi.snapshot.customers[index].group, owner: nil, ownerHref: nil)
        }
        let lists = careLists(kpi, kpi.metrics.repCare[rep], url: url, showOwner: false, keys: ["overdue_tasks", "stale_deals"])
        let tasks = lists[0].items, deals = lists[1].items
        return WorkListView(
            title: input.strings["kpi_today"] + " · " + input.strings["weekday_\(weekday)"] + " " + kpi.today.vietnamese,
            customers: customers, tasks: tasks, deals: deals,
            isEmpty: customers.isEmpty && tasks.isEmpty && deals.isEmpty)
    }

    /// The care-day rotation: for each weekday, the rep's customers by group.
    func careWeek(_ kpi: KPIContext, rep: Int, url: SiteURL) -> [WorkDayView] {
        (1...7).compactMap { weekday in
            let customers = kpi.customersByRep[rep].filter { kpi.snapshot.customers[$0].careDay == weekday }
            guard !customers.isEmpty else { return nil }
            let ungrouped = input.strings["kpi_no_group"]
            let groups = Dictionary(grouping: customers) { kpi.snapshot.customers[$0].group ?? ungrouped }
            return WorkDayView(
                day: input.strings["weekday_\(weekday)"], today: weekday == kpi.today.isoWeekday,
                groups: groups.keys.sorted { TextFolding.fold($0) < TextFolding.fold($1) }.map { name in
                    WorkGroupView(name: name, customers: groups[name]!.map { index in
                        CareItemView(
                            name: kpi.snapshot.customers[index].name,
                            href: "#" + kpi.customerAnchors[index],
                            detail: nil, owner: nil, ownerHref: nil)
                    })
                })
        }
    }

    /// Actual and expected revenue for the last twelve months, with the target as a tick.
    func revenueChart(_ kpi: KPIContext, rep: Int) -> ChartView {
        let months = kpi.trailing(.month, count: Self.chartMonths)
        let figures = months.map { kpi.figures(rep: rep, $0) }
        let numbers = kpi.numbers
        let chart = BarChart(
            id: "revenue", title: input.strings["kpi_revenue_chart"],
            categories: months.map(monthLabel),
            series: [
                .init(name: input.strings["metric_actual_revenue"], values: figures.map(\.actualRevenue)),
                .init(name: input.strings["metric_expected_revenue"], values: figures.map(\.expectedRevenue)),
            ],
            target: (input.strings["metric_revenue_target"], figures.map(\.revenueTarget)),
            valueLabel: { numbers.shortMoney($0) })
        return ChartView(svg: chart.svg, table: chart.table)
    }

    /// Meetings and calls done, week by week.
    func activityChart(_ kpi: KPIContext, rep: Int) -> ChartView {
        let weeks = kpi.trailing(.week, count: Self.chartWeeks)
        let figures = weeks.map { kpi.figures(rep: rep, $0) }
        let numbers = kpi.numbers
        let chart = BarChart(
            id: "activity", title: input.strings["kpi_activity_chart"],
            categories: weeks.map { week in
                guard case .week(_, let number) = week else { return week.description }
                return "W\(LocalDay.twoDigits(number))"
            },
            series: [
                .init(name: input.strings["metric_meetings"], values: figures.map(\.meetings)),
                .init(name: input.strings["metric_calls"], values: figures.map(\.calls)),
            ],
            target: nil, valueLabel: { numbers.count($0) })
        return ChartView(svg: chart.svg, table: chart.table)
    }

    func openDeals(_ kpi: KPIContext, rep: Int) -> TableView {
        TableView(
            caption: input.strings["kpi_open_deals"],
            headers: ["kpi_deal", "kpi_customer", "kpi_product", "kpi_stage", "kpi_value", "kpi_probability", "kpi_expected_close"].map { input.strings[$0] },
            rows: kpi.openDealsByRep[rep].map { index in
                let deal = kpi.snapshot.deals[index]
                return TableView.Row(id: kpi.dealAnchors[index], cells: [
                    .init(text: deal.name, href: nil, numeric: false),
                    .init(text: kpi.snapshot.customers[deal.customer].name, href: "#" + kpi.customerAnchors[deal.customer], numeric: false),
                    .init(text: deal.product.map { kpi.snapshot.products[$0].name } ?? "–", href: nil, numeric: false),
                    .init(text: deal.stage ?? "–", href: nil, numeric: false),
                    .number(kpi.numbers.money(deal.amount)),
                    .number("\(deal.probability)%"),
                    .number(deal.expectedClose?.vietnamese ?? "–"),
                ])
            },
            emptyText: input.strings["kpi_no_open_deals"])
    }

    /// Every customer of the rep: what they bought, what they have not yet, and their cycle.
    func customerTable(_ kpi: KPIContext, rep: Int) -> TableView {
        let products = kpi.snapshot.products
        return TableView(
            caption: input.strings["kpi_customers"],
            headers: ["kpi_customer", "kpi_group", "kpi_care_day", "kpi_bought", "kpi_not_bought", "kpi_last_purchase", "kpi_cycle"].map { input.strings[$0] },
            rows: kpi.customersByRep[rep].map { index in
                let customer = kpi.snapshot.customers[index]
                let bought = kpi.boughtProducts[index]
                let cycle = kpi.purchases.cycle(of: index, customer: customer)
                return TableView.Row(id: kpi.customerAnchors[index], cells: [
                    .init(text: customer.name, href: nil, numeric: false),
                    .init(text: customer.group ?? "–", href: nil, numeric: false),
                    .init(text: customer.careDay.map { input.strings["weekday_\($0)"] } ?? "–", href: nil, numeric: false),
                    .init(text: products.indices.filter(bought.contains).map { products[$0].name }.joined(separator: ", "), href: nil, numeric: false),
                    .init(text: products.indices.filter { !bought.contains($0) }.map { products[$0].name }.joined(separator: ", "), href: nil, numeric: false),
                    .number(kpi.purchases.lastPurchase(of: index)?.vietnamese ?? "–"),
                    .number(cycle.map { input.strings["care_cycle"].replacingOccurrences(of: "{days}", with: String($0)) } ?? "–"),
                ])
            },
            emptyText: input.strings["kpi_no_customers"])
    }
}
