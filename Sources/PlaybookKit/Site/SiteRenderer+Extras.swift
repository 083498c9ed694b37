import Foundation

/// The files around the pages: 404, redirects for aliases and the sitemap.
extension SiteRenderer {
    func notFoundPage() -> OutputFile {
        let url = SiteURL(pagePath: "")
        var page = chrome(
            title: input.strings["not_found_title"], description: nil, url: url,
            currentSection: nil, currentPage: nil, breadcrumbs: [])
        page.robots = "noindex"
        if let base = input.config.baseURL {
            page = absolutized(page, base: base)
        }
        return OutputFile(path: "404.html", content: .text(input.templates.render(NotFoundPageView(page: page), layout: "404")))
    }

    /// A static host serves 404.html at any depth; with a base URL its links can be absolute
    /// and work wherever it is shown.
    private func absolutized(_ page: PageChrome, base: String) -> PageChrome {
        var page = page
        page.site.homeHref = base + page.site.homeHref
        page.site.stylesheetHref = base + page.site.stylesheetHref
        page.site.faviconHref = base + page.site.faviconHref
        page.site.root = base + page.site.root
        page.site.searchScriptHref = base + page.site.searchScriptHref
        page.nav = page.nav.map { entry in
            var entry = entry
            entry.href = base + entry.href
            return entry
        }
        page.navigation = navigationHTML(site: page.site, nav: page.nav)
        return page
    }

    func aliasPages(_ page: ContentTree.Page) -> [OutputFile] {
        page.aliases.map { alias in
            let url = SiteURL(pagePath: alias)
            let view = AliasPageView(
                t: input.strings.strings, language: input.strings.language,
                targetHref: url.page(page.urlPath), title: page.document.title)
            return OutputFile(path: SiteURL.outputPath(of: alias), content: .text(input.templates.render(view, layout: "alias")))
        }
    }

    func sitemap() -> OutputFile {
        let base = input.config.baseURL ?? ""
        let tree = input.tree
        var entries = [SitemapView.Entry(location: base.isEmpty ? "./" : base, lastModified: nil)]
        for folder in tree.sections.keys.sorted() where !folder.isEmpty {
            entries.append(.init(location: base + tree.sections[folder]!.urlPath + "/", lastModified: nil))
        }
        for page in tree.pagesInOrder {
            entries.append(.init(
                location: base + SiteURL.percentEncoded(page.urlPath) + "/",
                lastModified: input.lastUpdated[page.document.sourcePath].map { dates.isoDay($0) }))
        }
        return OutputFile(path: "sitemap.xml", content: .text(input.templates.render(SitemapView(entries: entries), layout: "sitemap")))
    }
}
