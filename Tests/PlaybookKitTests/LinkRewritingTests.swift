import Foundation
import Testing
@testable import PlaybookKit

@Suite struct LinkRewritingTests {
    @Test func markdownLinksBecomeRelativePageURLs() throws {
        let site = try TestSite(files: [
            "_index.md": "---\ntitle: Home\n---\nSee [BD Manager](roles/bd-manager.md) and [dates](<routines/Các mốc.md#ngay-15>).\n",
            "roles/bd-manager.md": "---\ntitle: BD Manager\n---\nBack to [routines](../routines/) and [home](../_index.md), [web](https://example.com).\n",
            "routines/Các mốc.md": "---\ntitle: Các mốc\n---\n## Ngày 15\n",
        ])
        defer { site.remove() }
        try site.build()
        let home = try site.page("index.html")
        #expect(home.contains("href=\"roles/bd-manager/index.html\""))
        #expect(home.contains("href=\"routines/cac-moc/index.html#ngay-15\""))
        let manager = try site.page("roles/bd-manager/index.html")
        #expect(manager.contains("href=\"../../routines/index.html\""))
        #expect(manager.contains("href=\"../../index.html\">home</a>"))
        #expect(manager.contains("href=\"https://example.com\""))
    }

    @Test func relativePathsJoinOntoTheirFolder() {
        #expect(LinkResolver.join("roles/bd", "../routines/Các mốc.md") == "roles/routines/Các mốc.md")
        #expect(LinkResolver.join("roles", "./a//b/./c.md") == "roles/a/b/c.md")
        #expect(LinkResolver.join("", "routines/") == "routines/")
        #expect(LinkResolver.join("roles", "..") == "")
        #expect(LinkResolver.join("roles", "../") == "")
        #expect(LinkResolver.join("roles", "../../x.md") == nil)
        #expect(LinkResolver.join("a/b", "c/../../d/") == "a/d/")
    }

    @Test func brokenLinksAreErrorsAtTheirFileLineAndColumn() throws {
        let site = try TestSite(files: [
            "a.md": "---\ntitle: A\n---\nIntro.\n\nSee [missing](nope.md) and\n[outside](../../etc/passwd.md).\n",
            "b.md": "---\ntitle: B\n---\n- [draft](c.md)\n- [số liệu](data/ghi-chu.txt)\n",
            "c.md": "---\ntitle: C\ndraft: true\n---\n",
        ])
        defer { site.remove() }
        let errors = site.failingBuild()
        #expect(errors.map(\.description) == [
            "content/a.md:6:15: error: link to a missing document `nope.md`; check the path (it is relative to this file)",
            "content/a.md:7:11: error: link `../../etc/passwd.md` points outside the content folder",
            "content/b.md:4:11: error: link to `c.md`, which is a draft and not published",
            "content/b.md:5:13: error: link to `data/ghi-chu.txt`, which is never published (YAML files and the data/ folder stay out of the site); link to a page that shows it",
        ].map { $0.replacingOccurrences(of: "content/", with: site.root.path + "/content/") })
    }

    /// A destination with a scheme is left as written; one whose part before `:` is no
    /// scheme is a path, cut at its first `#` or `?` (a query to a page is dropped).
    @Test func schemesAreKeptAndPathsResolved() throws {
        let site = try TestSite(files: [
            "a.md": "---\ntitle: A\n---\n[m](mailto:an@example.com) [t](Tel:+84-28.1) [p](b.md?x=1#top) [q](./b.md#a?b)\n",
            "b.md": "---\ntitle: B\n---\n",
        ])
        defer { site.remove() }
        try site.build()
        let page = try site.page("a/index.html")
        #expect(page.contains("<a href=\"mailto:an@example.com\">m</a> <a href=\"Tel:+84-28.1\">t</a>"))
        #expect(page.contains("<a href=\"../b/index.html\">p</a> <a href=\"../b/index.html#a?b\">q</a>"))
        try site.write("---\ntitle: A\n---\n[x](1x:b.md) [đ](đ:b.md)\n", to: "content/a.md")
        #expect(site.failingBuild().map(\.description) == [
            "content/a.md:4:5: error: link to a missing document `1x:b.md`; check the path (it is relative to this file)",
            "content/a.md:4:18: error: link to a missing document `đ:b.md`; check the path (it is relative to this file)",
        ].map { $0.replacingOccurrences(of: "content/", with: site.root.path + "/content/") })
    }
}
