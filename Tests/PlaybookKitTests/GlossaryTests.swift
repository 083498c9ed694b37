import Foundation
import Testing
@testable import PlaybookKit

/// Documents with `glossary: true` link the glossary's terms, named by its headings, to
/// their anchors; the glossary names itself in `playbook.yml` and links nothing.
@Suite struct GlossaryTests {
    static let glossary = """
        ---
        title: Thuật ngữ
        glossary: true
        ---
        ## Khách hàng

        ### Lead
        Khách hàng tiềm năng. Lead warm là lead đang quan tâm.

        ### Lead warm
        Lead đang quan tâm.

        ## CRM / Hubspot
        Nơi lưu lead và deal.

        """

    static func site(config: String = "title: T\nlast_updated: off\n", glossaryPath: String = "thuat-ngu.md") throws -> TestSite {
        try TestSite(files: [
            glossaryPath: glossary,
            "vai-tro/sales.md": "---\ntitle: Sales\nglossary: true\n---\n## Lead\nNhận LEAD mới, rồi lead warm; cập nhật trên hubspot và CRM.\n",
            "vai-tro/khac.md": "---\ntitle: Khác\n---\nNhận lead mới.\n",
        ], config: config)
    }

    @Test func termsAreLinkedToTheirHeadingsOnFirstUse() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let page = try site.page("vai-tro/sales/index.html")
        #expect(page.contains("<h2 id=\"lead\">Lead</h2>"))
        #expect(page.contains("""
            <p>Nhận <a href="../../thuat-ngu/index.html#lead">LEAD</a> mới, rồi <a href="../../thuat-ngu/index.html#lead-warm">lead warm</a>; \
            cập nhật trên <a href="../../thuat-ngu/index.html#crm-hubspot">hubspot</a> và CRM.</p>
            """))
        #expect(try site.page("vai-tro/khac/index.html").contains("<p>Nhận lead mới.</p>"))
    }

    @Test func theGlossaryItselfLinksNothing() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let page = try site.page("thuat-ngu/index.html")
        #expect(page.contains("<p>Khách hàng tiềm năng. Lead warm là lead đang quan tâm.</p>"))
        #expect(!page.contains("index.html#lead"))
    }

    @Test func headingsThatGroupTermsAreNotTerms() {
        let headings = [
            MarkdownHeading(level: 2, text: "Khách hàng", id: "khach-hang"), MarkdownHeading(level: 3, text: "Lead", id: "lead"),
            MarkdownHeading(level: 2, text: "CRM / Hubspot", id: "crm-hubspot"), MarkdownHeading(level: 4, text: "Ví dụ", id: "vi-du"),
        ]
        #expect(Glossary.entries(of: headings) == [
            .init(phrases: ["Lead"], anchor: "lead"), .init(phrases: ["CRM", "Hubspot"], anchor: "crm-hubspot"),
        ])
    }

    @Test func theConfigNamesTheGlossary() throws {
        let site = try Self.site(config: "title: T\nlast_updated: off\nglossary: tu-dien/chung.md\n", glossaryPath: "tu-dien/chung.md")
        defer { site.remove() }
        try site.build()
        #expect(try site.page("vai-tro/sales/index.html").contains("<a href=\"../../tu-dien/chung/index.html#lead\">LEAD</a>"))
    }

    @Test func aMissingGlossaryIsAWarningAtTheConfigKey() throws {
        let site = try Self.site(config: "title: T\nlast_updated: off\nglossary: khong-co.md\n")
        defer { site.remove() }
        let report = try site.build()
        #expect(report.warnings.map(\.description) == [
            site.root.path + "/playbook.yml:3:11: warning: `glossary` names `khong-co.md`, which is not a published document of content/; the documents with `glossary: true` get no term links",
        ])
        #expect(try site.page("vai-tro/sales/index.html").contains("Nhận LEAD mới"))
    }

    @Test func changingTheGlossaryRendersAgainThePagesThatLinkIt() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        try site.write(Self.glossary.replacingOccurrences(of: "### Lead warm", with: "### Lead nóng / Lead warm"), to: "content/thuat-ngu.md")
        let report = try site.build()
        // The glossary's page, the page that links it, and the search index file holding them.
        #expect(report.filesRendered == 3)
        #expect(try site.page("vai-tro/sales/index.html").contains("<a href=\"../../thuat-ngu/index.html#lead-nong-lead-warm\">lead warm</a>"))
    }
}
