import Testing
@testable import PlaybookKit

/// Glossary terms are linked by the Markdown module from a plain list of phrases and
/// destinations: on their first use only, whole words, whatever the case and diacritics.
@Suite struct TermLinkingTests {
    let renderer = MarkdownRenderer()
    static let terms = [
        LinkedTerm(phrase: "Lead", destination: "g.html#lead"),
        LinkedTerm(phrase: "Lead warm", destination: "g.html#lead-warm"),
        LinkedTerm(phrase: "Doanh thu dự kiến", destination: "g.html#doanh-thu-du-kien"),
        LinkedTerm(phrase: "CRM", destination: "g.html#crm-hubspot"),
        LinkedTerm(phrase: "Hubspot", destination: "g.html#crm-hubspot"),
    ]

    func html(_ markdown: String) -> String {
        renderer.render(markdown, linkingFirstUsesOf: Self.terms).html
    }

    @Test func onlyTheFirstUseOfATermIsLinked() {
        #expect(html("Một lead mới, rồi lead nữa.\n\nLead thứ ba.\n")
            == "<p>Một <a href=\"g.html#lead\">lead</a> mới, rồi lead nữa.</p>\n<p>Lead thứ ba.</p>\n")
    }

    @Test func matchingIgnoresCaseAndDiacriticsAndKeepsTheWordsAsWritten() {
        #expect(html("Xem DOANH THU DU KIEN.\n").contains("<a href=\"g.html#doanh-thu-du-kien\">DOANH THU DU KIEN</a>."))
        #expect(html("Tổng doanh thu dự kiến.\n").contains("<a href=\"g.html#doanh-thu-du-kien\">doanh thu dự kiến</a>."))
    }

    @Test func onlyWholeWordsMatchAndTheLongerTermWins() {
        #expect(html("Leader và Leads.\n") == "<p>Leader và Leads.</p>\n")
        #expect(html("Lead warm, rồi Lead.\n")
            == "<p><a href=\"g.html#lead-warm\">Lead warm</a>, rồi <a href=\"g.html#lead\">Lead</a>.</p>\n")
    }

    @Test func spellingsOfOneTermAreLinkedOnce() {
        #expect(html("Mở Hubspot, tức là CRM.\n") == "<p>Mở <a href=\"g.html#crm-hubspot\">Hubspot</a>, tức là CRM.</p>\n")
    }

    @Test func headingsLinksImagesAndCodeAreLeftAlone() {
        let rendered = html("## Lead\n\n[Lead](x.md) ![Lead](a.png) `Lead` **Lead**\n\n    Lead\n")
        #expect(rendered.contains("<h2 id=\"lead\">Lead</h2>"))
        #expect(rendered.contains("<a href=\"x.md\">Lead</a> <img src=\"a.png\" alt=\"Lead\" /> <code>Lead</code> <strong><a href=\"g.html#lead\">Lead</a></strong>"))
        #expect(rendered.contains("<pre><code>Lead\n</code></pre>"))
    }

    @Test func termsInTaskItemsAndTablesAreLinkedAndTheItemTextIsKept() {
        let rendered = renderer.render("| Con số |\n| --- |\n| Lead |\n\n- [ ] Check Hubspot\n", linkingFirstUsesOf: Self.terms)
        #expect(rendered.html.contains("<td><a href=\"g.html#lead\">Lead</a></td>"))
        #expect(rendered.html.contains("Check <a href=\"g.html#crm-hubspot\">Hubspot</a>"))
        #expect(rendered.taskItems.map(\.text) == ["Check Hubspot"])
    }
}
