import Mustache
import Testing
@testable import PlaybookKit

/// The table of contents and the breadcrumb trail are written as HTML in Swift; they must be
/// the bytes the loops the templates used to hold made, escaping and all.
@Suite struct ListHTMLTests {
    static let hostile = "</a><script>alert('x')</script> & \"Bước 1\""

    @Test func theTableOfContentsIsWhatTheTemplateLoopMade() throws {
        let items = [
            TOCItem(text: "Vì sao cần làm", href: "#vi-sao-can-lam", nested: false),
            TOCItem(text: Self.hostile, href: "#\"><img src=x onerror=alert(1)>", nested: true),
            TOCItem(text: "Trước khi kết thúc", href: "#truoc-khi-ket-thuc", nested: false),
        ]
        let loop = try MustacheTemplate(string: PlaybookHTMLEscaping.pragma + """
            <ol>
            {{#toc}}
            <li{{#nested}} class="nested"{{/nested}}><a href="{{href}}">{{text}}</a></li>
            {{/toc}}
            </ol>
            """)
        let view = DocumentPageView(
            page: TemplateFieldsTests.chrome, content: "", toc: items, roles: [], lastUpdated: nil, previous: nil, next: nil, onboarding: nil)
        let html = ListHTML.tableOfContents(items)
        #expect(html == loop.render(view))
        #expect(html.contains(##"<li class="nested"><a href="#&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;/a&gt;&lt;script&gt;"##))
        #expect(!html.contains("<script>"))
    }

    @Test func theBreadcrumbTrailIsWhatTheTemplateLoopMade() throws {
        let links = [
            LinkView(title: "Trang chủ", href: "../../index.html"),
            LinkView(title: Self.hostile, href: "../'x'/index.html"),
        ]
        let loop = try MustacheTemplate(string: PlaybookHTMLEscaping.pragma + """
            {{#breadcrumbs}}
            <li><a href="{{href}}">{{title}}</a></li>
            {{/breadcrumbs}}
            """)
        var chrome = TemplateFieldsTests.chrome
        chrome.breadcrumbs = links
        #expect(ListHTML.breadcrumbTrail(links) == loop.render(chrome))
        #expect(ListHTML.breadcrumbTrail(links).hasSuffix(#"<li><a href="../&#39;x&#39;/index.html">&lt;/a&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bước 1&quot;</a></li>"# + "\n"))
        #expect(ListHTML.breadcrumbTrail([]).isEmpty)
    }
}
