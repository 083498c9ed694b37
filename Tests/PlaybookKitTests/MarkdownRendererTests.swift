import Testing
@testable import PlaybookKit

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func headingsGetFoldedUniqueIDs() {
        let rendered = renderer.render("## Sáng thứ 2\n\ntext\n\n## Sáng thứ 2\n\n### Ngày 15 hằng tháng\n")
        #expect(rendered.headings.map(\.id) == ["sang-thu-2", "sang-thu-2-1", "ngay-15-hang-thang"])
        #expect(rendered.html.contains("<h2 id=\"sang-thu-2\">Sáng thứ 2</h2>"))
        #expect(rendered.html.contains("<h3 id=\"ngay-15-hang-thang\">Ngày 15 hằng tháng</h3>"))
    }

    /// The text goes to cmark-gfm unvalidated (a Swift string is valid UTF-8): a NUL still
    /// becomes U+FFFD, and an empty document renders as nothing.
    @Test func aNulByteBecomesTheReplacementCharacterAndNothingRendersAsNothing() {
        #expect(renderer.render("a\u{0}b *Đội*\n").html == "<p>a\u{FFFD}b <em>Đội</em></p>\n")
        #expect(renderer.render("").html == "")
    }

    /// Ids are written into the page's heading tags in order; a heading tag that raw HTML
    /// brings (allowed) is not a heading's and gets none.
    @Test func headingIDsGoToTheHeadingsWhereverTheyStand() {
        let markdown = "# Một\n\n> ## Hai\n\n- ### Ba\n\n```\n<h2>mã</h2>\n```\n\nBốn\n---\n\n<h4>thô</h4>\n\n###### Sáu\n\n## \u{301}dấu\n"
        let rendered = renderer.render(markdown)
        #expect(rendered.headings.map(\.id) == ["mot", "hai", "ba", "bon", "sau", "dau"])
        #expect(rendered.html.hasSuffix("<h2 id=\"dau\">\u{301}dấu</h2>\n"))
        for (level, id) in [(1, "mot"), (2, "hai"), (3, "ba"), (2, "bon"), (6, "sau")] {
            #expect(rendered.html.contains("<h\(level) id=\"\(id)\">"), "\(id)")
        }
        #expect(rendered.html.contains("&lt;h2&gt;mã&lt;/h2&gt;"))
        let raw = MarkdownRenderer(allowsRawHTML: true).render(markdown)
        #expect(raw.html.contains("<h4>thô</h4>"))
        #expect(raw.html.contains("<h6 id=\"sau\">Sáu</h6>"))
        #expect(raw.html.replacingOccurrences(of: "<h4>thô</h4>\n", with: "") == rendered.html.replacingOccurrences(of: "<!-- raw HTML omitted -->\n", with: ""))
    }

    @Test func insertingIDsNeedsOneTagForEachID() {
        #expect(MarkdownRenderer.insertingIDs(["a"], into: "<h2>x</h2><h3>y</h3>") == nil)
        #expect(MarkdownRenderer.insertingIDs(["a", "b", "c"], into: "<h2>x</h2><h3>y</h3>") == nil)
        #expect(MarkdownRenderer.insertingIDs(["a", "b"], into: "<h2>x</h2><hr /><h3>y</h3>") == "<h2 id=\"a\">x</h2><hr /><h3 id=\"b\">y</h3>")
    }

    @Test func rawHTMLIsDroppedByDefault() {
        let rendered = renderer.render("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>\n")
        #expect(!rendered.html.contains("<script"))
        #expect(!rendered.html.contains("onclick"))
        #expect(rendered.html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func rawHTMLAllowedStillFiltersScriptTags() {
        let rendered = MarkdownRenderer(allowsRawHTML: true).render("<div class=\"note\">ok</div>\n\n<script>alert(1)</script>\n")
        #expect(rendered.html.contains("<div class=\"note\">ok</div>"))
        #expect(!rendered.html.contains("<script>"))
    }

    @Test func dangerousLinkSchemesAreEmptied() {
        let rendered = renderer.render("[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) ![d](data:image/png;base64,AA)\n")
        #expect(!rendered.html.lowercased().contains("javascript:"))
        #expect(!rendered.html.contains("data:text/html"))
        #expect(rendered.html.contains("data:image/png;base64,AA"))
    }

    @Test func headingMarkupIsEscaped() {
        let rendered = renderer.render("## Tiêu đề `<script>` và <i>html</i>\n")
        #expect(rendered.html.contains("&lt;script&gt;"))
        #expect(!rendered.html.contains("<script>"))
        #expect(!rendered.html.contains("<i>"))
    }

    @Test func gfmExtensionsAreOn() {
        let rendered = renderer.render("- [ ] việc cần làm\n- [x] xong\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~cũ~~ https://example.com\n")
        #expect(rendered.html.contains("<li><label class=\"task\"><input type=\"checkbox\" disabled=\"\" /> việc cần làm</label></li>"))
        #expect(rendered.html.contains("<li><label class=\"task\"><input type=\"checkbox\" checked=\"\" disabled=\"\" /> xong</label></li>"))
        #expect(rendered.html.contains("<table>"))
        #expect(rendered.html.contains("<del>cũ</del>"))
        #expect(rendered.html.contains("<a href=\"https://example.com\">"))
    }

    @Test func brokenLinksAreReportedWithTheirPositions() {
        var seen: [String] = []
        let rendered = renderer.render("Đoạn đầu.\n\nXem [vai trò](roles/a.md) và\n  [lịch](b.md#x), [ok](c.md).\n") { destination in
            seen.append(destination)
            return destination == "c.md" ? .replace("/rewritten") : .broken("no \(destination)")
        }
        #expect(seen == ["roles/a.md", "b.md#x", "c.md"])
        #expect(rendered.brokenLinks == [
            BrokenLink(destination: "roles/a.md", message: "no roles/a.md", position: SourcePosition(line: 3, column: 15)),
            BrokenLink(destination: "b.md#x", message: "no b.md#x", position: SourcePosition(line: 4, column: 10)),
        ])
        #expect(rendered.html.contains("<a href=\"roles/a.md\">vai trò</a>"))
        #expect(rendered.html.contains("<a href=\"/rewritten\">ok</a>"))
    }
}

extension MarkdownRendererTests {
    @Test func linksInTableCellsAndListsPointAtTheirDestination() {
        let rendered = renderer.render("| a | b |\n|---|---|\n| x | [g](cell.md) |\n\n- mục\n  - [b](nested.md)\n") { _ in
            .broken("missing")
        }
        #expect(rendered.brokenLinks.map(\.position) == [SourcePosition(line: 3, column: 11), SourcePosition(line: 6, column: 9)])
    }
}
