/// What templates see. Each is small and flat on purpose: templates never reach into the
/// content model, so changing the model cannot silently change a page.
struct LinkView: Sendable {
    var title: String
    var href: String
    var current = false
}

struct SiteView: Sendable {
    var title: String
    var language: String
    var homeHref: String
    var stylesheetHref: String
    var faviconHref: String
}

struct TOCItem: Sendable {
    var text: String
    var href: String
    var nested: Bool
}

struct NavSectionView: Sendable {
    var title: String
    var href: String
    var current: Bool
    var open: Bool
    var pages: [LinkView]
}

struct DocumentSummaryView: Sendable {
    var title: String
    var href: String
    var description: String?
    var roles: [String]
    var meta: String?
}

struct SectionSummaryView: Sendable {
    var title: String
    var href: String
    var description: String?
    var documents: [DocumentSummaryView]
}

/// Everything every HTML page has: the chrome around the content.
struct PageChrome: Sendable {
    var site: SiteView
    var t: [String: String]
    var title: String
    /// The `<title>`: the page's title and the site's, or the site's alone on the home page.
    var headTitle: String
    var description: String?
    var nav: [NavSectionView]
    var breadcrumbs: [LinkView]
    var robots: String?
}

struct DocumentPageView: Sendable {
    var page: PageChrome
    var content: String
    var toc: [TOCItem]
    var roles: [String]
    var lastUpdated: String?
    var previous: LinkView?
    var next: LinkView?
    var onboardingStep: String?
}

struct SectionPageView: Sendable {
    var page: PageChrome
    var content: String
    var documents: [DocumentSummaryView]
    var subsections: [SectionSummaryView]
}

struct HomePageView: Sendable {
    var page: PageChrome
    var content: String
    var onboarding: [DocumentSummaryView]
    var sections: [SectionSummaryView]
    var documents: [DocumentSummaryView]
    var recentlyUpdated: [DocumentSummaryView]
}

struct NotFoundPageView: Sendable {
    var page: PageChrome
}

struct AliasPageView: Sendable {
    var t: [String: String]
    var language: String
    var targetHref: String
    var title: String
}

struct SitemapView: Sendable {
    struct Entry: Sendable {
        var location: String
        var lastModified: String?
    }

    var entries: [Entry]
}
