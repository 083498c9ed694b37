import Mustache
import Testing
@testable import PlaybookKit

/// Templates read view models through `child(named:)`, written out by hand for speed: every
/// stored property must be reachable by its name, or a template would silently show nothing.
@Suite struct TemplateFieldsTests {
    static let link = LinkView(title: "t", href: "h", current: true)
    static let table = TableView(
        caption: "c", headers: ["h"], rows: [.init(id: "r", cells: [.init(text: "x", href: "y", numeric: true)])], emptyText: "e", more: "m")
    static let chrome = PageChrome(
        site: SiteView(title: "s", language: "vi", homeHref: "h", stylesheetHref: "s", faviconHref: "f", root: "r", searchScriptHref: "j"),
        t: ["k": "v"], title: "t", headTitle: "h", description: "d",
        nav: [NavSectionView(title: "n", href: "h", current: true, open: true, pages: [link])],
        navigation: "<nav></nav>", breadcrumbs: [link], robots: "noindex")
    static let care = CareListView(
        key: "k", title: "t", explanation: "e", count: "1",
        items: [CareItemView(name: "n", href: "h", detail: "d", owner: "o", ownerHref: "oh")], more: "m")
    static let freshness = FreshnessView(asOf: "a", staleAfterSeconds: "s", builtText: "b", staleAtBuild: true, warning: "w", scriptHref: "h")
    static let header = KPIHeaderView(asOf: "a", freshness: freshness, definitionsHref: "d", views: [link])
    static let onboardingNav = OnboardingNavView(step: "s", previousStep: link, nextStep: link, key: "k", scriptHref: "h")
    static let onboardingPath = OnboardingPathView(
        items: [.init(title: "t", href: "h", summary: "d", key: "k")], progress: "p", scriptHref: "h")

    static let samples: [any Sendable] = [
        link, table, table.rows[0], onboardingNav, onboardingPath, onboardingPath.items[0], table.rows[0].cells[0], chrome, chrome.site, chrome.nav[0], NavigationView(site: chrome.site, t: [:], nav: chrome.nav), care, care.items[0], header, freshness,
        TOCItem(text: "t", href: "h", nested: true),
        DocumentSummaryView(title: "t", href: "h", description: "d", roles: ["r"], meta: "m"),
        SectionSummaryView(title: "t", href: "h", description: "d", documents: []),
        DocumentPageView(page: chrome, content: "c", toc: [], roles: [], lastUpdated: "l", previous: link, next: link, onboarding: onboardingNav),
        SectionPageView(page: chrome, content: "c", documents: [], subsections: []),
        HomePageView(page: chrome, content: "c", onboarding: onboardingPath, sections: [], documents: [], recentlyUpdated: [], nextMeetings: [], calendarHref: "c"),
        NotFoundPageView(page: chrome),
        AliasPageView(t: [:], language: "vi", targetHref: "t", title: "t"),
        SitemapView(entries: [.init(location: "l", lastModified: "m")]), SitemapView.Entry(location: "l", lastModified: "m"),
        FigureRowView(label: "l", current: "c", previous: "p", change: "c"),
        PeriodCardView(title: "t", range: "r", previousTitle: "p", attainment: "a", hasTarget: true, attainmentWidth: 5, rows: []),
        ChartView(svg: "s", table: ChartTableView(caption: "c", headers: [], rows: [])),
        ChartTableView(caption: "c", headers: ["h"], rows: [.init(label: "l", cells: ["c"])]), ChartTableView.Row(label: "l", cells: ["c"]),
        TeamDashboardView(page: chrome, kpi: header, cards: [], byStage: table, byMonth: ChartView(svg: "s", table: ChartTableView(caption: "c", headers: [], rows: [])), leaderboard: table, care: [care], trends: [ChartView(svg: "s", table: ChartTableView(caption: "c", headers: [], rows: []))], changes: [link]),
        ChangesPageView(page: chrome, kpi: header, intro: "i", sections: [table], seriesHref: "h"),
        WorkListView(title: "t", customers: [], tasks: [], deals: [], isEmpty: true),
        WorkDayView(day: "d", today: true, groups: [WorkGroupView(name: "n", customers: [])]), WorkGroupView(name: "n", customers: []),
        ManagerPageView(page: chrome, kpi: header, month: "m", reps: table, needsHelp: [NeedsHelpView(name: "n", href: "h", reasons: ["r"])]),
        NeedsHelpView(name: "n", href: "h", reasons: ["r"]), RepsIndexView(page: chrome, kpi: header, reps: table),
        EventView(time: "t", title: "t", href: "h", location: "l", reviewHref: "r"),
        DayCellView(number: "1", inMonth: true, isToday: true, events: []),
        MonthGridView(title: "t", weekdays: ["w"], weeks: [[]]), AgendaDayView(date: "d", isToday: true, events: []),
        SeriesSummaryView(title: "t", href: "h", rhythm: "r", next: "n"),
        ReviewFigureCell(value: "v", change: "c", json: "j", metric: "m", owner: "o", period: "p"),
        ReviewFigureRow(name: "n", cells: []), ReviewFiguresView(caption: "c", headers: [], rows: []),
        ReviewItemView(id: "i", text: "t", depth: 0, checked: true, figures: []),
    ]

    /// The value an optional holds (every sample's optionals hold one).
    static func unwrapped(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional, let wrapped = mirror.children.first else { return value }
        return wrapped.value
    }

    @Test(arguments: 0..<samples.count)
    func everyStoredPropertyIsReachableByName(index: Int) throws {
        let sample = Self.samples[index]
        let parent = try #require(sample as? MustacheParent, "\(type(of: sample)) is not a MustacheParent")
        for child in Mirror(reflecting: sample).children {
            let label = try #require(child.label)
            let reached = try #require(parent.child(named: label), "\(type(of: sample)).\(label) is not reachable from templates")
            #expect(String(describing: reached) == String(describing: Self.unwrapped(child.value)), "\(type(of: sample)).\(label) answers another value")
        }
        #expect(parent.child(named: "noSuchField") == nil)
    }

    /// Text reaches templates wrapped, to be rendered with fewer casts; it must render,
    /// transform and scope as the string itself would.
    @Test func textRendersTransformsAndScopesAsAString() throws {
        let link = LinkView(title: "Đội <A>", href: "x.html")
        let template = try MustacheTemplate(string: PlaybookHTMLEscaping.pragma
            + "{{title}}|{{{title}}}|{{uppercased(title)}}|{{#title}}{{.}}:{{href}}{{/title}}|{{^empty(title)}}full{{/empty(title)}}")
        let plain: [String: Any] = ["title": "Đội <A>", "href": "x.html"]
        #expect(template.render(link) == template.render(plain))
        #expect(template.render(link) == "Đội &lt;A&gt;|Đội <A>|ĐỘI &lt;A&gt;|Đội &lt;A&gt;:x.html|full")
    }

    /// A field that holds nothing answers `NoValue`, not nil, so Mustache does not go on to
    /// show a parent's field of the same name.
    @Test func aFieldHoldingNothingStopsTheLookUp() {
        let item = CareItemView(name: "n", href: nil, detail: nil, owner: nil, ownerHref: nil)
        for field in ["href", "detail", "owner", "ownerHref"] {
            #expect(item.child(named: field) is NoValue, "\(field)")
        }
        #expect((Self.chrome.child(named: "robots") as? TemplateText)?.text == "noindex")
    }
}
