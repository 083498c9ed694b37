/// A page's sidebar: its entries and the `nav` partial rendered from them. Rendering the
/// partial for every page was a fifth of a clean build's instructions; building and
/// comparing the entries for every page, another 3%.
struct Sidebar: Sendable {
    var nav: [NavSectionView]
    var html: String
}

/// What a page's sidebar is made from: the page's depth (every href starts with it), the
/// section it is in (which one is open, which is current), the page itself where the
/// sidebar lists it (a document of the root or of a top-level section), and a generated
/// page's own path (the calendar's and the pipeline's entries mark it). Pages with the same
/// key have the same sidebar.
struct SidebarKey: Hashable, Sendable {
    var rootPrefix: String
    var currentSection: String?
    var listedPage: String?
    var generatedPage: String?

    init(url: SiteURL, currentSection: String?, currentPage: String?) {
        rootPrefix = url.rootPrefix
        self.currentSection = currentSection
        if let currentPage {
            listedPage = (currentSection ?? "").contains("/") ? nil : currentPage
        } else {
            generatedPage = url.pagePath
        }
    }
}

/// What a page's breadcrumbs are made from: its section and its depth.
struct TrailKey: Hashable, Sendable {
    var folder: String
    var rootPrefix: String
}
