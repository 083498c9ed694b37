/// The handbook's HTML pages: home, one per section, one per document.
extension SiteRenderer {
    static let recentlyUpdatedCount = 5
    static let nextMeetingsCount = 5

    func documentPage(_ page: ContentTree.Page) -> RenderedPage {
        let url = SiteURL(pagePath: page.urlPath)
        let document = page.document
        let (rendered, problems) = renderMarkdown(of: document, url: url)
        let siblings = input.tree.sections[page.section]!.documents
        let index = sectionPositions.value(for: page.section) { _ in
            Dictionary(siblings.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }[document.sourcePath]!
        let pages = input.tree.pages
        let link = { (path: String) -> LinkView in
            let sibling = pages[path]!
            return LinkView(title: sibling.document.title, href: url.page(sibling.urlPath))
        }
        let view = DocumentPageView(
            page: chrome(
                title: document.title, description: document.frontMatter.description, url: url,
                currentSection: page.section, currentPage: document.sourcePath,
                breadcrumbs: breadcrumbs(toSection: page.section, url: url)),
            content: rendered.html,
            toc: rendered.headings.filter { (2...3).contains($0.level) }.map {
                TOCItem(text: $0.text, href: "#" + $0.id, nested: $0.level == 3)
            },
            roles: roleLabels(document.frontMatter.roles),
            lastUpdated: input.lastUpdated[document.sourcePath].map { dates.day($0) },
            previous: index > 0 ? link(siblings[index - 1]) : nil,
            next: index + 1 < siblings.count ? link(siblings[index + 1]) : nil,
            onboarding: onboardingNav(of: page, url: url))
        return (
            OutputFile(path: SiteURL.outputPath(of: page.urlPath), content: .text(input.templates.render(view, layout: "page"))), problems,
            SearchOutline(document, rendered))
    }

    func sectionPage(_ section: ContentTree.Section) -> RenderedPage {
        let url = SiteURL(pagePath: section.urlPath)
        let (content, problems, outline) = section.indexDocument
            .flatMap { input.tree.indexDocuments[$0] }
            .map { document in
                let (rendered, problems) = renderMarkdown(of: document, url: url)
                return (rendered.html, problems, Optional(SearchOutline(document, rendered)))
            } ?? ("", [Diagnostic](), nil)
        let parent = section.folder.split(separator: "/").dropLast().joined(separator: "/")
        let view = SectionPageView(
            page: chrome(
                title: section.title, description: section.description, url: url,
                currentSection: section.folder, currentPage: nil,
                breadcrumbs: breadcrumbs(toSection: parent, url: url)),
            content: content,
            documents: section.documents.map { summary(of: input.tree.pages[$0]!, url: url) },
            subsections: section.subsections.map { sectionSummary(input.tree.sections[$0]!, url: url) })
        return (
            OutputFile(path: SiteURL.outputPath(of: section.urlPath), content: .text(input.templates.render(view, layout: "section"))), problems,
            outline)
    }

    func sectionSummary(_ section: ContentTree.Section, url: SiteURL) -> SectionSummaryView {
        SectionSummaryView(
            title: section.title, href: url.page(section.urlPath), description: section.description ?? "",
            documents: section.documents.map { summary(of: input.tree.pages[$0]!, url: url) })
    }

    func homePage() -> RenderedPage {
        let url = SiteURL(pagePath: "")
        let tree = input.tree
        let home = tree.home
        let (content, problems, outline) = home.indexDocument
            .flatMap { tree.indexDocuments[$0] }
            .map { document in
                let (rendered, problems) = renderMarkdown(of: document, url: url)
                return (rendered.html, problems, Optional(SearchOutline(document, rendered)))
            } ?? ("", [Diagnostic](), nil)
        let recent = tree.pages.values
            .compactMap { page in input.lastUpdated[page.document.sourcePath].map { (page, $0) } }
            .sorted { ($1.1, $0.0.document.sourcePath) < ($0.1, $1.0.document.sourcePath) }
            .prefix(Self.recentlyUpdatedCount)
        let view = HomePageView(
            page: chrome(
                title: input.config.title, description: home.description ?? input.config.description, url: url,
                currentSection: "", currentPage: nil, breadcrumbs: []),
            content: content,
            onboarding: onboardingPathView(url: url),
            sections: navigationOrder.compactMap { tree.sections[$0] }.map { sectionSummary($0, url: url) },
            documents: navigationOrder.compactMap { tree.pages[$0] }.map { summary(of: $0, url: url) },
            recentlyUpdated: recent.map { summary(of: $0.0, url: url) },
            nextMeetings: calendar.map { calendar in
                calendar.upcoming(from: calendar.today, limit: Self.nextMeetingsCount).map { entry, start in
                    var view = event(entry, start, url: url)
                    view.time = startText(entry.series, start)
                    return view
                }
            } ?? [],
            calendarHref: calendar.map { _ in url.page(CalendarPaths.root) })
        return (OutputFile(path: "index.html", content: .text(input.templates.render(view, layout: "home"))), problems, outline)
    }
}
