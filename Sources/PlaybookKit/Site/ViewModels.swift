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
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "current": current
        default: nil
        }
    }
}

extension SiteView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "language": language
        case "homeHref": homeHref
        case "stylesheetHref": stylesheetHref
        case "faviconHref": faviconHref
        default: nil
        }
    }
}

extension TOCItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "href": href
        case "nested": nested
        default: nil
        }
    }
}

extension NavSectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "current": current
        case "open": open
        case "pages": pages
        default: nil
        }
    }
}

extension DocumentSummaryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "description": description
        case "roles": roles
        case "meta": meta
        default: nil
        }
    }
}

extension SectionSummaryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "description": description
        case "documents": documents
        default: nil
        }
    }
}

extension PageChrome: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "t": t
        case "title": title
        case "headTitle": headTitle
        case "description": description
        case "nav": nav
        case "breadcrumbs": breadcrumbs
        case "robots": robots
        default: nil
        }
    }
}

extension DocumentPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "content": content
        case "toc": toc
        case "roles": roles
        case "lastUpdated": lastUpdated
        case "previous": previous
        case "next": next
        case "onboardingStep": onboardingStep
        default: nil
        }
    }
}

extension SectionPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "content": content
        case "documents": documents
        case "subsections": subsections
        default: nil
        }
    }
}

extension HomePageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        case "content": content
        case "onboarding": onboarding
        case "sections": sections
        case "documents": documents
        case "recentlyUpdated": recentlyUpdated
        case "nextMeetings": nextMeetings
        case "calendarHref": calendarHref
        default: nil
        }
    }
}

extension NotFoundPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "page": page
        default: nil
        }
    }
}

extension AliasPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "t": t
        case "language": language
        case "targetHref": targetHref
        case "title": title
        default: nil
        }
    }
}

extension SitemapView.Entry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "location": location
        case "lastModified": lastModified
        default: nil
        }
    }
}

extension SitemapView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "entries": entries
        default: nil
        }
    }
}
