import Testing
@testable import PlaybookKit

/// An image nobody described is a warning at its place in the file: the build still succeeds.
@Suite struct AltTextTests {
    @Test func anImageWithoutAltTextIsAWarningWithItsPosition() throws {
        let site = try TestSite(files: [
            "a.md": "---\ntitle: A\n---\nĐoạn đầu.\n\n![](so-do.png)\n\nCó mô tả: ![Sơ đồ pipeline](so-do.png) và  ![ ](anh.png)\n",
            "so-do.png": "png", "anh.png": "png",
        ])
        defer { site.remove() }
        let report = try site.build()
        let file = site.root.path + "/content/a.md"
        #expect(report.warnings.map(\.description) == [
            file + ":6:5: warning: image without alt text; describe it for screen readers: ![mô tả](so-do.png)",
            file + ":8:49: warning: image without alt text; describe it for screen readers: ![mô tả](anh.png)",
        ])
        #expect(try site.page("a/index.html").contains("<img src=\"../so-do.png\" alt=\"Sơ đồ pipeline\" />"))
    }
}
