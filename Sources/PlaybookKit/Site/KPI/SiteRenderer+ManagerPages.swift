/// The manager's view (each rep's month so far, and who needs help) and the list of reps.
extension SiteRenderer {
    /// A rep below this share of the month's pace (attainment against days gone) needs help.
    static let paceShortfallPercent = 80

    func managerPage(_ kpi: KPIContext) -> OutputFile {
        let url = SiteURL(pagePath: KPIPaths.manager)
        let (page, header) = kpiChrome(kpi, title: input.strings["kpi_manager_title"], url: url, view: .manager)
        let month = kpi.current(.month)
        let numbers = kpi.numbers
        let active = kpi.snapshot.reps.indices.filter { kpi.snapshot.reps[$0].active }
        let table = TableView(
            caption: input.strings["kpi_month_so_far"] + " · " + monthLabel(month),
            headers: ["kpi_rep", "metric_leads", "metric_warm_leads", "metric_cold_leads", "metric_meetings", "metric_calls",
                      "metric_won_deals", "metric_actual_revenue", "metric_expected_revenue", "metric_revenue_target",
                      "metric_attainment", "metric_close_rate"].map { input.strings[$0] },
            rows: active.map { rep in
                let figures = kpi.figures(rep: rep, month)
                return TableView.Row(id: nil, cells: [
                    .init(text: kpi.snapshot.reps[rep].name, href: url.page(kpi.paths.repPages[rep]), numeric: false),
                    .number(numbers.count(figures.leads)), .number(numbers.count(figures.warmLeads)),
                    .number(numbers.count(figures.coldLeads)), .number(numbers.count(figures.meetings)),
                    .number(numbers.count(figures.calls)), .number(numbers.count(figures.wonDeals)),
                    .number(numbers.money(figures.actualRevenue)), .number(numbers.money(figures.expectedRevenue)),
                    .number(figures.revenueTarget.map(numbers.money) ?? "–"),
                    .number(numbers.percent(figures.attainment)), .number(numbers.percent(figures.closeRate)),
                ])
            },
            emptyText: input.strings["kpi_no_reps"])
        let needsHelp = active.compactMap { rep -> (Int, NeedsHelpView)? in
            let reasons = helpReasons(kpi, rep: rep, month: month)
            guard !reasons.isEmpty else { return nil }
            return (reasons.count, NeedsHelpView(name: kpi.snapshot.reps[rep].name, href: url.page(kpi.paths.repPages[rep]), reasons: reasons))
        }.sorted { ($1.0, $0.1.name) < ($0.0, $1.1.name) }.map(\.1)
        let dayOfMonth = kpi.today - month.firstDay + 1
        let daysInMonth = month.lastDay - month.firstDay + 1
        let view = ManagerPageView(
            page: page, kpi: header,
            month: input.strings["kpi_month_elapsed"]
                .replacingOccurrences(of: "{day}", with: String(dayOfMonth))
                .replacingOccurrences(of: "{days}", with: String(daysInMonth)),
            reps: table, needsHelp: needsHelp)
        return render(view, layout: "kpi-manager", at: url.pagePath)
    }

    /// Why a rep may need the manager this week, most pressing first.
    func helpReasons(_ kpi: KPIContext, rep: Int, month: Period) -> [String] {
        var reasons: [String] = []
        let figures = kpi.figures(rep: rep, month)
        let elapsed = Ratio(numerator: kpi.today - month.firstDay + 1, denominator: month.lastDay - month.firstDay + 1)
        if let attainment = figures.attainment,
           attainment.scaled(digits: 4) * 100 < elapsed.scaled(digits: 4) * Self.paceShortfallPercent {
            reasons.append(input.strings["help_behind_pace"]
                .replacingOccurrences(of: "{attainment}", with: kpi.numbers.percent(attainment))
                .replacingOccurrences(of: "{elapsed}", with: kpi.numbers.percent(elapsed)))
        }
        let care = kpi.metrics.repCare[rep]
        for (key, ids) in care.named where ["overdue_tasks", "stale_deals", "neglected", "stopped_buying"].contains(key) && !ids.isEmpty {
            reasons.append(input.strings["help_\(key)"]
                .replacingOccurrences(of: "{count}", with: kpi.numbers.count(ids.count))
                .replacingOccurrences(of: "{days}", with: String(threshold(of: key))))
        }
        if kpi.figures(rep: rep, kpi.current(.week)).meetings == 0 && kpi.figures(rep: rep, kpi.current(.week).previous).meetings == 0 {
            reasons.append(input.strings["help_no_meetings"])
        }
        return reasons
    }

    func repsIndex(_ kpi: KPIContext) -> OutputFile {
        let url = SiteURL(pagePath: KPIPaths.reps)
        let (page, header) = kpiChrome(kpi, title: input.strings["kpi_reps_title"], url: url, view: .reps)
        let month = kpi.current(.month)
        let table = TableView(
            caption: input.strings["kpi_reps_caption"],
            headers: ["kpi_rep", "kpi_role", "kpi_status", "metric_actual_revenue", "care_overdue_tasks", "care_repeat_due"].map { input.strings[$0] },
            rows: kpi.snapshot.reps.indices.sorted { kpi.snapshot.reps[$0].id.unicodeScalars.lexicographicallyPrecedes(kpi.snapshot.reps[$1].id.unicodeScalars) }.map { rep in
                let person = kpi.snapshot.reps[rep]
                return TableView.Row(id: nil, cells: [
                    .init(text: person.name, href: url.page(kpi.paths.repPages[rep]), numeric: false),
                    .init(text: input.strings["role_\(person.role.rawValue)"], href: nil, numeric: false),
                    .init(text: input.strings[person.active ? "kpi_active" : "kpi_inactive"], href: nil, numeric: false),
                    .number(kpi.numbers.money(kpi.figures(rep: rep, month).actualRevenue)),
                    .number(kpi.numbers.count(kpi.metrics.repCare[rep].overdueTasks.count)),
                    .number(kpi.numbers.count(kpi.metrics.repCare[rep].repeatDue.count)),
                ])
            },
            emptyText: input.strings["kpi_no_reps"])
        return render(RepsIndexView(page: page, kpi: header, reps: table), layout: "kpi-reps", at: url.pagePath)
    }
}
