import Mustache

/// What templates see. Each is small and flat on purpose: templates never reach into the
/// content model, so changing the model cannot silently change a page.
struct LinkView: Sendable {
    var title: String
    var href: String
    var current = false
}

struct SiteView: Hashable, Sendable {
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
    /// The sidebar's entries, for a template that includes `{{>nav}}` itself.
    var nav: [NavSectionView]
    /// The `nav` partial as rendered for this sidebar, once for every page that has the
    /// same one: `{{{navigation}}}`.
    var navigation: String
    var breadcrumbs: [LinkView]
    var robots: String?
}

/// What the `nav` partial sees when it is rendered on its own for `{{{navigation}}}`.
struct NavigationView: Sendable {
    var site: SiteView
    var t: [String: String]
    var nav: [NavSectionView]
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

/// A view model rendered for one page: the site's values as that page sees them (its links
/// start with its depth), which `TemplateSet` writes into the templates that use them.
protocol SiteScopedView {
    var site: SiteView { get }
}

/// A whole page's view model, its chrome under `page`. Templates see the chrome's fields
/// first and then the page's own, as they did inside a `{{#page}}` section, but found in one
/// look-up: in the section every name of the page's own climbed past the chrome first, two
/// failed casts and a switch each, a dozen times a page.
protocol PageView: SiteScopedView, MustacheParent {
    var page: PageChrome { get }
    /// The page's own fields, `page` among them.
    func pageChild(named key: String) -> Any?
}

extension PageView {
    var site: SiteView { page.site }

    func child(named key: String) -> Any? {
        page.child(named: key) ?? pageChild(named: key)
    }
}

extension NavigationView: SiteScopedView {}

/// What a view model answers for a field that holds nothing. A nil answer makes Mustache look
/// further up the context, where a parent's field of the same name would show (a document
/// listed with its section's description); this stops the look-up, reads as false in a
/// section and renders as nothing.
struct NoValue: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// A string as templates see it. swift-mustache renders a plain `String` only after failing
/// four casts (template, custom renderable, lambda, optional) and then prints it with
/// `String(describing:)`; a custom renderable is rendered at the second cast. Transforms
/// (`{{uppercased(title)}}`) are the string's own, and like a string it has no fields: a
/// name looked up inside `{{#title}}` goes on up the context.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent, CustomStringConvertible {
    let text: String
    var renderText: String { text }
    var isNull: Bool { false }
    var description: String { text }

    func transform(_ name: String) -> Any? {
        text.transform(name)
    }

    func child(named name: String) -> Any? {
        nil
    }
}

/// A field's value for templates: itself, or `NoValue` when it is nil.
func templateValue(_ value: Any?) -> Any {
    value ?? NoValue()
}

func templateValue(_ value: String) -> Any {
    TemplateText(text: value)
}

func templateValue(_ value: String?) -> Any {
    value.map(TemplateText.init) ?? NoValue()
}

// Templates read these fields by name; a switch is many times faster than the
// Mirror reflection swift-mustache falls back to. TemplateFieldsTests checks none is missing.
extension LinkView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": templateValue(self.title)
        case "href": templateValue(self.href)
        case "current": templateValue(self.current)
        default: nil
        }
    }
}

extension SiteView: MustacheParent {
    func child(named key: String) -> Any? {
        text(named: key).map { templateValue($0) }
    }

    /// Every field is text; templates may have it written in (`TemplateStringInlining`).
    func text(named key: String) -> String? {
        switch key {
        case "title": title
        case "language": language
        case "homeHref": homeHref
        case "stylesheetHref": stylesheetHref
        case "faviconHref": faviconHref
        case "root": root
        case "searchScriptHref": searchScriptHref
        default: nil
        }
    }
}

extension TOCItem: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "text": templateValue(self.text)
        case "href": templateValue(self.href)
        case "nested": templateValue(self.nested)
        default: nil
        }
    }
}

extension NavSectionView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": templateValue(self.title)
        case "href": templateValue(self.href)
        case "current": templateValue(self.current)
        case "open": templateValue(self.open)
        case "pages": templateValue(self.pages)
        default: nil
        }
    }
}

extension DocumentSummaryView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": templateValue(self.title)
        case "href": templateValue(self.href)
        case "description": templateValue(self.description)
        case "roles": templateValue(self.roles)
        case "meta": templateValue(self.meta)
        default: nil
        }
    }
}

extension SectionSummaryView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": templateValue(self.title)
        case "href": templateValue(self.href)
        case "description": templateValue(self.description)
        case "documents": templateValue(self.documents)
        default: nil
        }
    }
}

extension NavigationView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "site": templateValue(self.site)
        case "t": templateValue(self.t)
        case "nav": templateValue(self.nav)
        default: nil
        }
    }
}

extension PageChrome: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "site": templateValue(self.site)
        case "t": templateValue(self.t)
        case "title": templateValue(self.title)
        case "headTitle": templateValue(self.headTitle)
        case "description": templateValue(self.description)
        case "nav": templateValue(self.nav)
        case "navigation": templateValue(self.navigation)
        case "breadcrumbs": templateValue(self.breadcrumbs)
        case "breadcrumbTrail": templateValue(ListHTML.breadcrumbTrail(self.breadcrumbs))
        case "robots": templateValue(self.robots)
        default: nil
        }
    }
}

extension DocumentPageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "content": templateValue(self.content)
        case "toc": templateValue(self.toc)
        case "tableOfContents": templateValue(ListHTML.tableOfContents(self.toc))
        case "roles": templateValue(self.roles)
        case "lastUpdated": templateValue(self.lastUpdated)
        case "previous": templateValue(self.previous)
        case "next": templateValue(self.next)
        case "onboarding": templateValue(self.onboarding)
        default: nil
        }
    }
}

extension SectionPageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "content": templateValue(self.content)
        case "documents": templateValue(self.documents)
        case "subsections": templateValue(self.subsections)
        default: nil
        }
    }
}

extension HomePageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        case "content": templateValue(self.content)
        case "onboarding": templateValue(self.onboarding)
        case "sections": templateValue(self.sections)
        case "documents": templateValue(self.documents)
        case "recentlyUpdated": templateValue(self.recentlyUpdated)
        case "nextMeetings": templateValue(self.nextMeetings)
        case "calendarHref": templateValue(self.calendarHref)
        default: nil
        }
    }
}

extension NotFoundPageView: PageView {
    func pageChild(named key: String) -> Any? {
        switch key {
        case "page": templateValue(self.page)
        default: nil
        }
    }
}

extension AliasPageView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "t": templateValue(self.t)
        case "language": templateValue(self.language)
        case "targetHref": templateValue(self.targetHref)
        case "title": templateValue(self.title)
        default: nil
        }
    }
}

extension SitemapView.Entry: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "location": templateValue(self.location)
        case "lastModified": templateValue(self.lastModified)
        default: nil
        }
    }
}

extension SitemapView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "entries": templateValue(self.entries)
        default: nil
        }
    }
}
