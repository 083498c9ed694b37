/// The parts every page shares: navigation, breadcrumbs and the site header.
extension SiteRenderer {
    /// Top-level entries (section folders and root documents) in navigation order:
    /// those `navigation` lists, in its order, then the rest by weight and title.
    static func topLevelOrder(tree: ContentTree, config: SiteConfig) -> ([String], [Diagnostic]) {
        let home = tree.home
        let natural = home.subsections + home.documents
        var diagnostics: [Diagnostic] = []
        var listed: [String] = []
        for entry in config.navigation {
            let key = entry.hasSuffix("/") ? String(entry.dropLast()) : entry
            if natural.contains(key) {
                if !listed.contains(key) { listed.append(key) }
            } else if tree.unplaced.contains(key) {
                diagnostics.append(.error(
                    "`navigation` names `\(entry)`, which has no page until the error at that document is fixed",
                    in: config.sourceFile, at: config.positions["navigation"]))
            } else {
                diagnostics.append(.error(
                    "`navigation` names `\(entry)`, which is neither a top-level folder nor a document of content/",
                    in: config.sourceFile, at: config.positions["navigation"]))
            }
        }
        let weighted = natural.filter { !listed.contains($0) }.sorted { lhs, rhs in
            sortKey(lhs, tree: tree) < sortKey(rhs, tree: tree)
        }
        return (listed + weighted, diagnostics)
    }

    private static func sortKey(_ entry: String, tree: ContentTree) -> (Int, String, String) {
        if let section = tree.sections[entry] {
            return (section.weight, TextFolding.fold(section.title), entry)
        }
        let document = tree.pages[entry]!.document
        return (document.frontMatter.weight ?? 0, TextFolding.fold(document.title), entry)
    }

    func chrome(title: String, description: String?, url: SiteURL, currentSection: String?, currentPage: String?, breadcrumbs: [LinkView]) -> PageChrome {
        let site = SiteView(
            title: input.config.title, language: input.strings.language, homeHref: url.page(""),
            stylesheetHref: url.file("assets/style.css"), faviconHref: url.file("assets/favicon.svg"),
            root: url.rootPrefix, searchScriptHref: url.file("assets/search.js"))
        let sidebar = sidebars.value(for: SidebarKey(url: url, currentSection: currentSection, currentPage: currentPage)) { _ in
            let nav = navigation(url: url, currentSection: currentSection, currentPage: currentPage)
            return Sidebar(nav: nav, html: navigationHTML(site: site, nav: nav))
        }
        return PageChrome(
            site: site,
            t: input.strings.strings,
            title: title,
            headTitle: title == input.config.title ? title : "\(title) · \(input.config.title)",
            description: description,
            nav: sidebar.nav,
            navigation: sidebar.html,
            breadcrumbs: breadcrumbs,
            robots: nil)
    }

    /// The `nav` partial rendered for a sidebar.
    func navigationHTML(site: SiteView, nav: [NavSectionView]) -> String {
        input.templates.render(NavigationView(site: site, t: input.strings.strings, nav: nav), layout: "nav")
    }

    /// Top-level sections, with the pages listed only for the open one, so the sidebar of
    /// every page stays the size of one section rather than the whole site.
    private func navigation(url: SiteURL, currentSection: String?, currentPage: String?) -> [NavSectionView] {
        let tree = input.tree
        let openTopLevel = currentSection.flatMap { $0.split(separator: "/").first.map(String.init) }
        return navigationOrder.map { entry in
            if let section = tree.sections[entry] {
                let open = entry == openTopLevel
                var pages: [LinkView] = []
                if open {
                    pages = section.documents.map { path in
                        let page = tree.pages[path]!
                        return LinkView(title: page.document.title, href: url.page(page.urlPath), current: path == currentPage)
                    } + section.subsections.map { folder in
                        let subsection = tree.sections[folder]!
                        return LinkView(title: subsection.title, href: url.page(subsection.urlPath), current: folder == currentSection && currentPage == nil)
                    }
                }
                return NavSectionView(
                    title: section.title, href: url.page(section.urlPath),
                    current: entry == currentSection && currentPage == nil, open: open, pages: pages)
            }
            let page = tree.pages[entry]!
            return NavSectionView(title: page.document.title, href: url.page(page.urlPath), current: entry == currentPage, open: false, pages: [])
        } + calendarNavigation(url: url, currentSection: currentSection) + pipelineNavigation(url: url, currentSection: currentSection)
    }

    private func calendarNavigation(url: SiteURL, currentSection: String?) -> [NavSectionView] {
        guard calendar != nil else { return [] }
        return [NavSectionView(
            title: input.strings["cal_title"], href: url.page(CalendarPaths.root),
            current: url.pagePath == CalendarPaths.root, open: false, pages: [])]
    }

    /// The pipeline's entry, last: the dashboard and, on its pages, the views under it.
    private func pipelineNavigation(url: SiteURL, currentSection: String?) -> [NavSectionView] {
        guard kpi != nil else { return [] }
        let open = currentSection == KPIPaths.root
        return [NavSectionView(
            title: input.strings["kpi_nav"], href: url.page(KPIPaths.root),
            current: url.pagePath == KPIPaths.root, open: open,
            pages: open ? KPIView.allCases.dropFirst().map { view in
                LinkView(title: input.strings[view.titleKey], href: url.page(view.path), current: url.pagePath == view.path)
            } : [])]
    }

    /// Home, then each enclosing section down to (not including) the page itself.
    func breadcrumbs(toSection folder: String, url: SiteURL) -> [LinkView] {
        trails.value(for: TrailKey(folder: folder, rootPrefix: url.rootPrefix)) { _ in trail(toSection: folder, url: url) }
    }

    private func trail(toSection folder: String, url: SiteURL) -> [LinkView] {
        var trail = [LinkView(title: input.strings["home"], href: url.page(""))]
        var path: [String] = []
        for component in folder.split(separator: "/") {
            path.append(String(component))
            let section = input.tree.sections[path.joined(separator: "/")]!
            trail.append(LinkView(title: section.title, href: url.page(section.urlPath)))
        }
        return trail
    }

    func roleLabels(_ roles: [Role]) -> [String] {
        roles.map { input.strings["role_\($0.rawValue)"] }
    }

    func summary(of page: ContentTree.Page, url: SiteURL) -> DocumentSummaryView {
        let document = page.document
        return DocumentSummaryView(
            title: document.title, href: url.page(page.urlPath),
            description: document.frontMatter.description ?? "", roles: roleLabels(document.frontMatter.roles),
            meta: input.lastUpdated[document.sourcePath].map { dates.day($0) })
    }
}
