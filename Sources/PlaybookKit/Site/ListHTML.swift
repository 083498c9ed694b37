/// Lists that most pages have, written as HTML here rather than looped over in a template.
/// In swift-mustache every name a loop looks up costs several dynamic casts, and the table
/// of contents and the breadcrumbs of a 10,000-page handbook were about a fifth of a clean
/// build's user CPU (docs/PERFORMANCE.md, "The clean build profiled"). As with Hugo's `.TableOfContents`, the template places the
/// HTML (`{{{tableOfContents}}}`, `{{{breadcrumbTrail}}}`); `toc` and `breadcrumbs` stay in
/// the view models for a template that wants other markup. Text is escaped as `{{x}}` would.
enum ListHTML {
    private static let escaping = PlaybookHTMLEscaping()

    /// `<ol>`, one `<li>` a heading (`class="nested"` for a third-level one), `</ol>`.
    static func tableOfContents(_ items: [TOCItem]) -> String {
        var html = "<ol>\n"
        for item in items {
            html += item.nested ? "<li class=\"nested\"><a href=\"" : "<li><a href=\""
            html += escaping.escapeText(item.href)
            html += "\">"
            html += escaping.escapeText(item.text)
            html += "</a></li>\n"
        }
        html += "</ol>"
        return html
    }

    /// One `<li>` with its link for each enclosing page, each on a line of its own.
    static func breadcrumbTrail(_ links: [LinkView]) -> String {
        var html = ""
        for link in links {
            html += "<li><a href=\""
            html += escaping.escapeText(link.href)
            html += "\">"
            html += escaping.escapeText(link.title)
            html += "</a></li>\n"
        }
        return html
    }
}
