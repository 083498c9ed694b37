import Mustache

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
    /// `../` once per folder down to the page: the search script finds its index from it.
    var root: String
    var searchScriptHref: String
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

/// `description` is empty, never nil, when there is none: a nil would let the template's
/// `{{description}}` find the page's own description further up the context.
struct DocumentSummaryView: Sendable {
    var title: String
    var href: String
    var description: String
    var roles: [String]
    var meta: String?
}

struct SectionSummaryView: Sendable {
    var title: String
    var href: String
    var description: String
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
    var onboarding: OnboardingNavView?
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
    var onboarding: OnboardingPathView?
    var sections: [SectionSummaryView]
    var documents: [DocumentSummaryView]
    var recentlyUpdated: [DocumentSummaryView]
    var nextMeetings: [EventView]
    var calendarHref: String?
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

// Templates read these fields by name; a switch is many times faster than the
// Mirror reflection swift-mustache falls back to. TemplateFieldsTests checks none is missing.
extension LinkView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "href": self.href
        case "current": self.current
        default: nil
        }
    }
}

extension SiteView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "language": self.language
        case "homeHref": self.homeHref
        case "stylesheetHref": self.stylesheetHref
        case "faviconHref": self.faviconHref
        case "root": self.root
        case "searchScriptHref": self.searchScriptHref
        default: nil
        }
    }
}

extension TOCItem: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "text": self.text
        case "href": self.href
        case "nested": self.nested
        default: nil
        }
    }
}

extension NavSectionView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "href": self.href
        case "current": self.current
        case "open": self.open
        case "pages": self.pages
        default: nil
        }
    }
}

extension DocumentSummaryView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "href": self.href
        case "description": self.description
        case "roles": self.roles
        case "meta": self.meta
        default: nil
        }
    }
}

extension SectionSummaryView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "href": self.href
        case "description": self.description
        case "documents": self.documents
        default: nil
        }
    }
}

extension PageChrome: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "t": self.t
        case "title": self.title
        case "headTitle": self.headTitle
        case "description": self.description
        case "nav": self.nav
        case "breadcrumbs": self.breadcrumbs
        case "robots": self.robots
        default: nil
        }
    }
}

extension DocumentPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "content": self.content
        case "toc": self.toc
        case "roles": self.roles
        case "lastUpdated": self.lastUpdated
        case "previous": self.previous
        case "next": self.next
        case "onboarding": self.onboarding
        default: nil
        }
    }
}

extension SectionPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "content": self.content
        case "documents": self.documents
        case "subsections": self.subsections
        default: nil
        }
    }
}

extension HomePageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        case "content": self.content
        case "onboarding": self.onboarding
        case "sections": self.sections
        case "documents": self.documents
        case "recentlyUpdated": self.recentlyUpdated
        case "nextMeetings": self.nextMeetings
        case "calendarHref": self.calendarHref
        default: nil
        }
    }
}

extension NotFoundPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "page": self.page
        default: nil
        }
    }
}

extension AliasPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "t": self.t
        case "language": self.language
        case "targetHref": self.targetHref
        case "title": self.title
        default: nil
        }
    }
}

extension SitemapView.Entry: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "location": self.location
        case "lastModified": self.lastModified
        default: nil
        }
    }
}

extension SitemapView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "entries": self.entries
        default: nil
        }
    }
}
