import Mustache
import Testing
@testable import PlaybookKit

@Suite struct TemplateStringInliningTests {
    let strings = StringsTable(language: "vi", strings: [
        "next": "Tiếp <theo> & \"sau\"",
        "braces": "a {{b}} c",
        "plain": "Mục lục",
        "brace": "a { b",
        "empty": "",
    ])

    @Test func stringsBecomeTextEscapedAsTheTemplateWouldEscapeThem() {
        let inlined = TemplateStringInlining.inline("<a>{{t.next}}</a>|{{{t.next}}}|{{& t.next}}|{{ t.plain }}", strings: strings)
        #expect(inlined == "<a>Tiếp &lt;theo&gt; &amp; &quot;sau&quot;</a>|Tiếp <theo> & \"sau\"|Tiếp <theo> & \"sau\"|Mục lục")
    }

    @Test func whatCannotBeInlinedIsLeftAsWritten() {
        let kept = "{{t.braces}} {{t.brace}} {{t.empty}} {{t.missing}} {{#t.plain}}x{{/t.plain}} {{title}} {{! t.plain }} {{lowercased(t.plain)}}"
        #expect(TemplateStringInlining.inline(kept, strings: strings) == kept)
        let delimiters = "{{t.plain}}{{=<% %>=}}<% t.plain %>{{t.plain}}"
        #expect(TemplateStringInlining.inline(delimiters, strings: strings) == delimiters)
        #expect(TemplateStringInlining.inline("{{t.plain", strings: strings) == "{{t.plain")
    }

    @Test func theSitesValuesAreWrittenInAsTheyAreForOnePage() {
        let site = SiteView(
            title: "Đội <bán>", language: "vi", homeHref: "../index.html", stylesheetHref: "../assets/style.css",
            faviconHref: "../assets/favicon.svg", root: "", searchScriptHref: "../assets/search.js")
        let text = "<a href=\"{{site.homeHref}}\">{{site.title}}</a>{{{site.title}}}|{{site.root}}|{{site.other}}|{{t.plain}}"
        #expect(TemplateStringInlining.inline(text, site: site)
            == "<a href=\"../index.html\">Đội &lt;bán&gt;</a>Đội <bán>|{{site.root}}|{{site.other}}|{{t.plain}}")
    }

    /// An empty string written in would leave a section tag alone on its line, and Mustache
    /// drops such a line's break: the empty string stays a tag.
    @Test func anEmptyStringBesideASectionTagKeepsTheLineAsItRenders() throws {
        let text = "a\n{{#flag}}{{t.empty}}\nb\n{{/flag}}c"
        let inlined = TemplateStringInlining.inline(text, strings: strings)
        let view: [String: Any] = ["flag": true, "t": strings.strings]
        let original = try MustacheTemplate(string: PlaybookHTMLEscaping.pragma + text)
        #expect(try MustacheTemplate(string: PlaybookHTMLEscaping.pragma + inlined).render(view) == original.render(view))
        #expect(original.render(view) == "a\n\nb\nc")
    }

    /// The same page, word for word, whether the strings are looked up or written in.
    @Test func anInlinedTemplateRendersAsTheOriginal() throws {
        struct Page: MustacheParent {
            let t: [String: String]
            let items: [String]
            func child(named key: String) -> Any? {
                switch key {
                case "t": t
                case "items": items
                default: nil
                }
            }
        }
        let text = "{{#items}}<li>{{.}} {{t.next}}</li>{{/items}}{{^items}}{{t.plain}}{{/items}}{{{t.next}}}"
        let page = Page(t: strings.strings, items: ["một", "hai"])
        let original = try MustacheTemplate(string: PlaybookHTMLEscaping.pragma + text)
        let inlined = try MustacheTemplate(string: PlaybookHTMLEscaping.pragma + TemplateStringInlining.inline(text, strings: strings))
        #expect(inlined.render(page) == original.render(page))
        #expect(inlined.render(page).contains("Tiếp &lt;theo&gt;"))
    }
}
