import Foundation
import Testing
@testable import PlaybookKit

/// The sidebar is rendered once per distinct navigation and shared by the pages that show it;
/// these check that sharing never shows a page another page's sidebar.
@Suite struct NavigationTests {
    private static let files = [
        "intro.md": "---\ntitle: Intro\n---\n",
        "guide/_index.md": "---\ntitle: Guide\n---\n",
        "guide/first.md": "---\ntitle: First\n---\n",
        "guide/second.md": "---\ntitle: Second\n---\n",
        "guide/deep/_index.md": "---\ntitle: Deep\n---\n",
        "guide/deep/third.md": "---\ntitle: Third\n---\n",
        "other/fourth.md": "---\ntitle: Fourth\n---\n",
        "guide/wide/_index.md": "---\ntitle: Wide\n---\n",
        "guide/wide/fifth.md": "---\ntitle: Fifth\n---\n",
    ]

    private static func sidebar(of page: String) -> String {
        guard let start = page.range(of: "<nav id=\"site-nav\""), let end = page.range(of: "</nav>", range: start.upperBound..<page.endIndex) else {
            return ""
        }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func eachPageMarksItselfAndOpensOnlyItsOwnSection() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        _ = try site.build()
        let first = Self.sidebar(of: try site.page("guide/first/index.html"))
        let second = Self.sidebar(of: try site.page("guide/second/index.html"))
        #expect(first.contains("<a href=\"../../guide/first/index.html\" aria-current=\"page\">First</a>"))
        #expect(!first.contains("<a href=\"../../guide/second/index.html\" aria-current"))
        #expect(second.contains("<a href=\"../../guide/second/index.html\" aria-current=\"page\">Second</a>"))
        #expect(first.contains("<li class=\"open\"><a href=\"../../guide/index.html\">Guide</a>"))
        #expect(!first.contains("Fourth"))
        let intro = Self.sidebar(of: try site.page("intro/index.html"))
        #expect(intro.contains("<a href=\"../intro/index.html\" aria-current=\"page\">Intro</a>"))
        #expect(!intro.contains("class=\"open\""))
    }

    @Test func pagesOfOneSectionAtOneDepthShareTheirSidebar() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        _ = try site.build()
        let third = Self.sidebar(of: try site.page("guide/deep/third/index.html"))
        let deep = Self.sidebar(of: try site.page("guide/deep/index.html"))
        #expect(third.contains("<a href=\"../../../guide/deep/index.html\">Deep</a>"))
        #expect(deep.contains("<a href=\"../../guide/deep/index.html\" aria-current=\"page\">Deep</a>"))
        #expect(third == Self.sidebar(of: try site.page("guide/wide/fifth/index.html")))
        #expect(!third.contains("aria-current"))
        let fourth = Self.sidebar(of: try site.page("other/fourth/index.html"))
        #expect(fourth.contains("<a href=\"../../other/fourth/index.html\" aria-current=\"page\">Fourth</a>"))
    }

    /// Templates written before `{{{navigation}}}` include the partial themselves; that still
    /// renders the same sidebar, only once per page.
    @Test func aLayoutIncludingTheNavPartialItselfShowsTheSameSidebar() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        _ = try site.build()
        let cached = try site.page("guide/first/index.html")
        try FileManager.default.copyItem(
            at: TestSite.repositoryRoot.appendingPathComponent("site-templates"),
            to: site.root.appendingPathComponent("site-templates"))
        let baseof = site.root.appendingPathComponent("site-templates/partials/baseof.mustache")
        let text = try String(contentsOf: baseof, encoding: .utf8)
        #expect(text.contains("{{{navigation}}}</div>"))
        try site.write(text.replacingOccurrences(of: "{{{navigation}}}</div>", with: "{{>nav}}\n</div>"), to: "site-templates/partials/baseof.mustache")
        _ = try site.build()
        #expect(try site.page("guide/first/index.html") == cached)
    }

    @Test func aValueIsMadeOncePerKey() {
        let cache = RenderCache<String, String>()
        var made: [String] = []
        for key in ["a", "b", "a", "a", "b"] {
            _ = cache.value(for: key) { key in
                made.append(key)
                return "<\(key)>"
            }
        }
        #expect(made == ["a", "b"])
        #expect(cache.value(for: "a") { _ in "other" } == "<a>")
    }
}
