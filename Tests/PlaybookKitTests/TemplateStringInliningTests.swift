import Mustache
import Testing
@testable import PlaybookKit

@Suite struct TemplateStringInliningTests {
    let strings = StringsTable(language: "vi", strings: [
        "next": "Tiếp <theo> & \"sau\"",
        "braces": "a {{b}} c",
        "plain": "Mục lục",
    ])

    @Test func stringsBecomeTextEscapedAsTheTemplateWouldEscapeThem() {
        let inlined = TemplateStringInlining.inline("<a>{{t.next}}</a>|{{{t.next}}}|{{& t.next}}|{{ t.plain }}", strings: strings)
        #expect(inlined == "<a>Tiếp &lt;theo&gt; &amp; &quot;sau&quot;</a>|Tiếp <theo> & \"sau\"|Tiếp <theo> & \"sau\"|Mục lục")
    }

    @Test func whatCannotBeInlinedIsLeftAsWritten() {
        let kept = "{{t.braces}} {{t.missing}} {{#t.plain}}x{{/t.plain}} {{title}} {{! t.plain }} {{lowercased(t.plain)}}"
        #expect(TemplateStringInlining.inline(kept, strings: strings) == kept)
        let delimiters = "{{t.plain}}{{=<% %>=}}<% t.plain %>{{t.plain}}"
        #expect(TemplateStringInlining.inline(delimiters, strings: strings) == delimiters)
        #expect(TemplateStringInlining.inline("{{t.plain", strings: strings) == "{{t.plain")
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
