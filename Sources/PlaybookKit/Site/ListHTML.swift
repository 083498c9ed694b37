/// Lists that most pages have, written as HTML here rather than looped over in a template.
/// In swift-mustache every name a loop looks up costs several dynamic casts, and the table
/// of contents and the breadcrumbs of a 10,000-page handbook were about a fifth of a clean
/// build's user CPU (docs/PERFORMANCE.md, "The clean build profiled"). As with Hugo's
/// `.TableOfContents`, the template places the HTML (`{{{tableOfContents}}}`,
/// `{{{breadcrumbTrail}}}`); `toc` and `breadcrumbs` stay in the view models for a template
/// that wants other markup. Text is escaped as `{{x}}` would.
enum ListHTML {
    private static let escaping = PlaybookHTMLEscaping()

    /// `<ol>`, one `<li>` a heading (`class="nested"` for a third-level one), `</ol>`.
    static func tableOfContents(_ items: [TOCItem]) -> String {
        var html = "<ol>\n"
        for item in items {
            appendItem(to: &html, opening: item.nested ? "<li class=\"nested\">" : "<li>", href: item.href, text: item.text)
        }
        html += "</ol>"
        return html
    }

    /// One `<li>` with its link for each enclosing page, each on a line of its own.
    static func breadcrumbTrail(_ links: [LinkView]) -> String {
        var html = ""
        for link in links {
            appendItem(to: &html, opening: "<li>", href: link.href, text: link.title)
        }
        return html
    }

    /// `<li><a href="…">…</a></li>` and a line break, `opening` being the `<li>` tag.
    private static func appendItem(to html: inout String, opening: String, href: String, text: String) {
        html += opening
        html += "<a href=\""
        html += escaping.escapeText(href)
        html += "\">"
        html += escaping.escapeText(text)
        html += "</a></li>\n"
    }
}
