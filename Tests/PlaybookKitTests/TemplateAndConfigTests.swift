import Foundation
import Testing
@testable import PlaybookKit

@Suite struct TemplateAndConfigTests {
    /// A copy of the shipped templates with `edits` applied, in the test site's own folder.
    private func site(editing edits: [String: String]) throws -> TestSite {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\n"])
        try FileManager.default.copyItem(
            at: TestSite.repositoryRoot.appendingPathComponent("site-templates"),
            to: site.root.appendingPathComponent("site-templates"))
        for (path, text) in edits { try site.write(text, to: "site-templates/" + path) }
        return site
    }

    @Test func templateMistakesAreReportedAtFileAndLine() throws {
        let site = try site(editing: [
            "layouts/404.mustache": "{{<baseof}}\n{{$main}}\n{{#page}}\n<p>{{t.no_such_string}}</p>\n{{/main}}\n{{/baseof}}\n",
            "layouts/alias.mustache": "<p>\n{{>missing-partial}}\n</p>\n",
            "partials/loop-a.mustache": "{{>loop-b}}",
            "partials/loop-b.mustache": "x\n  {{> loop-a }}",
        ])
        defer { site.remove() }
        let templates = site.root.path + "/site-templates/"
        let messages = site.failingBuildMessages()
        #expect(messages == [
            templates + "layouts/404.mustache:4:4: error: no string `no_such_string` in the strings table for `vi`; add it to i18n/vi.yml",
            templates + "layouts/404.mustache:5:4: error: template syntax: a section is closed with a different name than it was opened with",
            templates + "layouts/alias.mustache:2:1: error: no template named `missing-partial`; add missing-partial.mustache to partials/ or fix the name",
            templates + "partials/loop-a.mustache:1:1: error: template includes itself: loop-a -> loop-b -> loop-a; break the loop",
            templates + "partials/loop-b.mustache:2:3: error: template includes itself: loop-b -> loop-a -> loop-b; break the loop",
        ])
    }

    @Test func unknownStringsAreReported() throws {
        let site = try site(editing: ["layouts/404.mustache": "<p>\n  {{t.no_such_string}}</p>\n"])
        defer { site.remove() }
        #expect(site.failingBuild().map(\.description) == [
            site.root.path + "/site-templates/layouts/404.mustache:2:3: error: no string `no_such_string` in the strings table for `vi`; add it to i18n/vi.yml",
        ])
    }

    @Test func configMistakesAreReportedAtTheirLine() throws {
        let site = try TestSite(
            files: ["a.md": "---\ntitle: A\n---\n"],
            config: "title: T\ntimezone: Asia/Hanoi_City\nbase_url: ftp://x\nlast_updated: sometimes\nnavigation: [nope]\nlanguage: fr\n")
        defer { site.remove() }
        let config = site.root.path + "/playbook.yml"
        let messages = site.failingBuildMessages()
        #expect(messages.contains(config + ":2:11: error: unknown time zone `Asia/Hanoi_City`; use an IANA name such as Asia/Ho_Chi_Minh"))
        #expect(messages.contains(config + ":3:11: error: `base_url` must be an http or https address without a query or fragment, such as https://example.com/playbook/"))
        #expect(messages.contains(config + ":4:15: error: `last_updated` must be one of git, mtime, off"))
        #expect(messages.contains { $0.contains("i18n/fr.yml: error: no strings table for language `fr`") })
    }

    /// A base URL is followed by page paths, so a query or fragment in it would break every
    /// link of the sitemap; a language names a file, so it is a code, never a path.
    @Test func aBaseURLWithAQueryAndALanguageThatIsAPathAreMistakes() throws {
        let site = try TestSite(
            files: ["a.md": "---\ntitle: A\n---\n"],
            config: "title: T\nbase_url: https://example.com/p?x=1#frag\nlanguage: ../../etc/x\n")
        defer { site.remove() }
        let config = site.root.path + "/playbook.yml"
        #expect(site.failingBuildMessages() == [
            config + ":2:11: error: `base_url` must be an http or https address without a query or fragment, such as https://example.com/playbook/",
            config + ":3:11: error: `language` must be a language code such as vi or en (it names site-templates/i18n/<language>.yml); found `../../etc/x`",
        ])
    }

    @Test func englishPagesTakeTheirWordsFromTheEnglishTable() throws {
        let site = try TestSite(
            files: ["a.md": "---\ntitle: A\n---\n## Heading\n"],
            config: "title: T\nlanguage: en\nlast_updated: off\nbase_url: https://example.com/team\n")
        defer { site.remove() }
        try site.build()
        let page = try site.page("a/index.html")
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("On this page"))
        #expect(!page.contains("Trên trang này"))
        #expect(try site.page("sitemap.xml").contains("<loc>https://example.com/team/a/</loc>"))
        let notFound = try site.page("404.html")
        #expect(notFound.contains("href=\"https://example.com/team/assets/style.css\""))
        #expect(notFound.contains("<li><a href=\"https://example.com/team/a/index.html\">A</a>"))
    }

    /// The site's values are written into the templates once per folder depth: every page
    /// gets its own depth's links, and a title that could not be written in (it holds a
    /// brace) is still looked up and shown.
    @Test func siteValuesAreWrittenInForEachDepth() throws {
        let site = try TestSite(
            files: ["a.md": "---\ntitle: A\n---\n", "s/b.md": "---\ntitle: B\n---\n", "s/t/c.md": "---\ntitle: C\n---\n"],
            config: "title: Đội {bán} <hàng>\nlast_updated: off\n")
        defer { site.remove() }
        try site.build()
        for (path, root) in [("index.html", ""), ("a/index.html", "../"), ("s/b/index.html", "../../"), ("s/t/c/index.html", "../../../")] {
            let page = try site.page(path)
            #expect(page.contains("<link rel=\"stylesheet\" href=\"\(root)assets/style.css\">"), "\(path)")
            #expect(page.contains("data-root=\"\(root)\""), "\(path)")
            #expect(page.contains("<a class=\"site-title\" href=\"\(root)index.html\">Đội {bán} &lt;hàng&gt;</a>"), "\(path)")
        }
    }

    /// A nil in a view model makes Mustache look further up the context: a document with no
    /// description must not be listed with its section's.
    @Test func aDocumentWithoutDescriptionIsNotListedWithThePagesOwn() throws {
        let site = try TestSite(files: [
            "phan/_index.md": "---\ntitle: Phần\ndescription: Mô tả của phần\n---\n",
            "phan/trang.md": "---\ntitle: Trang\n---\nNội dung.\n",
        ])
        defer { site.remove() }
        try site.build()
        let section = try site.page("phan/index.html")
        #expect(section.components(separatedBy: "Mô tả của phần").count - 1 == 2)
        #expect(section.contains("<meta name=\"description\" content=\"Mô tả của phần\">"))
        #expect(!section.contains("<p>Mô tả của phần</p>\n</li>") && !section.contains("<p>Mô tả của phần</p></li>"))
    }
}
