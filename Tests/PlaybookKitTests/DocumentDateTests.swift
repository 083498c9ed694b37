import Foundation
import Testing
@testable import PlaybookKit

/// With `last_updated: mtime` a save changes the document's date. The date is not part of
/// the structure every page depends on: only the outputs that show dates (the page itself,
/// the home and section pages' lists, the sitemap) depend on them, and they must still
/// follow a date that moves to another day.
@Suite struct DocumentDateTests {
    static let september13 = Date(timeIntervalSince1970: 1_600_000_000)

    @Test func aDocumentSavedOnAnotherDayShowsItsNewDateAfterAnIncrementalBuild() throws {
        let site = try TestSite(files: [
            "phan/_index.md": "---\ntitle: Phần\n---\nCác trang.\n",
            "phan/trang-0.md": "---\ntitle: Trang 0\nweight: 0\n---\nKhông.\n",
            "phan/trang-1.md": "---\ntitle: Trang 1\nweight: 1\n---\nMột.\n",
        ], config: "title: T\nlast_updated: mtime\n")
        defer { site.remove() }
        // The shipped section list shows no dates; a template's may (`{{meta}}`).
        let templates = site.root.appendingPathComponent("site-templates")
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("site-templates"), to: templates)
        let list = templates.appendingPathComponent("partials/document-list.mustache")
        try String(contentsOf: list, encoding: .utf8).replacingOccurrences(of: "<a href=\"{{href}}\">{{title}}</a>", with: "<a href=\"{{href}}\">{{title}}</a> <time>{{meta}}</time>")
            .write(to: list, atomically: true, encoding: .utf8)
        for page in ["phan/trang-0.md", "phan/trang-1.md"] {
            try FileManager.default.setAttributes(
                [.modificationDate: Self.september13], ofItemAtPath: site.root.appendingPathComponent("content/" + page).path)
        }
        try site.build()
        let oldDay = "<lastmod>2020-09-13</lastmod>"
        #expect(try site.page("sitemap.xml").components(separatedBy: oldDay).count - 1 == 2)
        #expect(try site.page("phan/index.html").components(separatedBy: "<time>13/09/2020</time>").count - 1 == 2)

        try site.write("---\ntitle: Trang 1\nweight: 1\n---\nMột, sửa.\n", to: "content/phan/trang-1.md")
        try site.build()
        #expect(try site.page("sitemap.xml").components(separatedBy: oldDay).count - 1 == 1)
        #expect(try site.page("phan/index.html").components(separatedBy: "<time>13/09/2020</time>").count - 1 == 1)
        #expect(try TestSite.tree(of: site.output) == StagingFolderTests.cleanBuild(of: site))

        // Saved with nothing changed but its time: the page's own date moves all the same.
        try FileManager.default.setAttributes(
            [.modificationDate: Date()], ofItemAtPath: site.root.appendingPathComponent("content/phan/trang-0.md").path)
        try site.build()
        #expect(try !site.page("phan/trang-0/index.html").contains("13/09/2020"))
        #expect(try TestSite.tree(of: site.output) == StagingFolderTests.cleanBuild(of: site))
    }
}
