import Foundation

/// The pipeline pages: the team dashboard, the three five-minute views (director, manager,
/// rep), one page per rep, and `api/metrics.json`. All are `noindex` and left out of the
/// sitemap: they are the team's numbers, not public reading.
extension SiteRenderer {
    enum KPIView: CaseIterable {
        case team, director, manager, reps

        static let layouts = ["kpi-team", "kpi-director", "kpi-manager", "kpi-reps", "kpi-rep"]

        var path: String {
            switch self {
            case .team: return KPIPaths.root
            case .director: return KPIPaths.director
            case .manager: return KPIPaths.manager
            case .reps: return KPIPaths.reps
            }
        }

        var titleKey: String {
            switch self {
            case .team: return "kpi_team_title"
            case .director: return "kpi_director_title"
            case .manager: return "kpi_manager_title"
            case .reps: return "kpi_reps_title"
            }
        }
    }

    func kpiFiles(_ kpi: KPIContext) -> [OutputFile] {
        var files = [
            teamDashboard(kpi), directorPage(kpi), managerPage(kpi), repsIndex(kpi),
        ]
        files += Array(kpi.snapshot.reps.indices).concurrentMap { repPage(kpi, rep: $0) }
        files += changesFiles(kpi)
        files.append(OutputFile(
            path: KPIPaths.metricsJSON,
            content: .text(MetricsJSON.render(snapshot: kpi.snapshot, metrics: kpi.metrics))))
        return files
    }

    /// The chrome of a pipeline page: `noindex`, breadcrumbs through the team dashboard.
    func kpiChrome(_ kpi: KPIContext, title: String, url: SiteURL, view: KPIView?) -> (PageChrome, KPIHeaderView) {
        var breadcrumbs = [LinkView(title: input.strings["home"], href: url.page(""))]
        if url.pagePath != KPIPaths.root {
            breadcrumbs.append(LinkView(title: input.strings["kpi_team_title"], href: url.page(KPIPaths.root)))
        }
        if url.pagePath.hasPrefix(KPIPaths.reps + "/") {
            breadcrumbs.append(LinkView(title: input.strings["kpi_reps_title"], href: url.page(KPIPaths.reps)))
        }
        var page = chrome(
            title: title, description: nil, url: url, currentSection: KPIPaths.root, currentPage: nil,
            breadcrumbs: breadcrumbs)
        page.robots = "noindex"
        let header = KPIHeaderView(
            asOf: input.strings["kpi_as_of"]
                .replacingOccurrences(of: "{time}", with: kpi.asOfText)
                .replacingOccurrences(of: "{zone}", with: kpi.snapshot.timezone),
            freshness: freshness(kpi, url: url),
            definitionsHref: definitionsPage.map { url.page($0.urlPath) },
            views: KPIView.allCases.map { candidate in
                LinkView(title: input.strings[candidate.titleKey], href: url.page(candidate.path), current: candidate == view)
            })
        return (page, header)
    }

    /// The figures' age on the build day. Only the day enters the page, so every build of
    /// one day writes the same bytes; the script states the age to the minute.
    func freshness(_ kpi: KPIContext, url: SiteURL) -> FreshnessView {
        let asOf = kpi.snapshot.asOf.secondsSinceEpoch
        let zone = input.config.timeZone
        let buildDayStart = Int(LocalDateTime(day: input.buildDay, minuteOfDay: 0).instant(in: zone).timeIntervalSince1970)
        // Both days in the site's zone: the snapshot's own zone may differ.
        let asOfDay = LocalDateTime(kpi.snapshot.asOf, in: zone).day
        let days = input.buildDay.daysSinceEpoch - asOfDay.daysSinceEpoch
        let builtText = days <= 0
            ? input.strings["kpi_built_same_day"].replacingOccurrences(of: "{day}", with: input.buildDay.vietnamese)
            : input.strings["kpi_built_days_after"]
                .replacingOccurrences(of: "{day}", with: input.buildDay.vietnamese)
                .replacingOccurrences(of: "{days}", with: String(days))
        return FreshnessView(
            asOf: kpi.snapshot.asOf.rfc3339,
            staleAfterSeconds: String(input.config.staleAfter),
            builtText: builtText,
            staleAtBuild: buildDayStart - asOf > input.config.staleAfter,
            warning: input.strings["kpi_stale_warning"].replacingOccurrences(of: "{limit}", with: durationText(input.config.staleAfter)),
            scriptHref: url.file("assets/freshness.js"))
    }

    /// `36 giờ`, `2 ngày`: the threshold in the largest unit that divides it whole.
    private func durationText(_ seconds: Int) -> String {
        let (count, key) = seconds % 86_400 == 0 && seconds >= 2 * 86_400 ? (seconds / 86_400, "duration_days")
            : seconds % 3600 == 0 ? (seconds / 3600, "duration_hours")
            : (max(1, seconds / 60), "duration_minutes")
        return input.strings[key].replacingOccurrences(of: "{n}", with: String(count))
    }

    /// The handbook page that defines the numbers, when the content has it.
    var definitionsPage: ContentTree.Page? {
        input.tree.pages[input.config.definitionsPage]
    }

    /// This week, month and quarter against the period before, for the team or one rep.
    func periodCards(_ kpi: KPIContext, rep: Int?, kinds: [Period.Kind] = Period.Kind.allCases) -> [PeriodCardView] {
        kinds.map { kind in
            let period = kpi.current(kind)
            let current = kpi.figures(rep: rep, period)
            let previous = kpi.figures(rep: rep, period.previous)
            let attainment = current.attainment
            return PeriodCardView(
                title: input.strings["kpi_this_\(kind.description)"] + " · " + period.description,
                range: period.firstDay.vietnamese + " – " + period.lastDay.vietnamese,
                previousTitle: input.strings["kpi_previous_\(kind.description)"],
                attainment: attainment.map { input.strings["kpi_attainment_of_target"].replacingOccurrences(of: "{percent}", with: kpi.numbers.percent($0)) }
                    ?? input.strings["kpi_no_target"],
                hasTarget: attainment != nil,
                attainmentWidth: attainment.map { min(100, max(0, $0.scaled(digits: 2))) } ?? 0,
                rows: MetricRow.all.map { $0.figures(current, against: previous, numbers: kpi.numbers, strings: input.strings) })
        }
    }

    func render(_ view: some PageView, layout: String, at path: String) -> OutputFile {
        OutputFile(path: SiteURL.outputPath(of: path), content: .text(input.templates.render(view, layout: layout)))
    }
}
