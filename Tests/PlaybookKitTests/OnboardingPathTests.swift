import Testing
@testable import PlaybookKit

/// The new-hire path: each step links its neighbours along the path, whatever section they
/// are in, and carries a "read" box that only the script shows; the home page lists the path.
@Suite struct OnboardingPathTests {
    static func site() throws -> TestSite {
        try TestSite(files: [
            "bat-dau.md": "---\ntitle: Bắt đầu\nonboarding: 1\n---\nChào.\n",
            "vai-tro/sales.md": "---\ntitle: Sales\nweight: 1\nonboarding: 2\n---\nViệc.\n",
            "vai-tro/quan-ly.md": "---\ntitle: Quản lý\nweight: 2\n---\nKhông nằm trên lộ trình.\n",
            "quy-trinh/tuan.md": "---\ntitle: Hằng tuần\ndescription: Mỗi tuần.\nonboarding: 3\n---\nNhịp.\n",
        ])
    }

    @Test func aStepLinksItsNeighboursAlongThePath() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let page = try site.page("vai-tro/sales/index.html")
        #expect(page.contains("<p class=\"onboarding-step\">Bước 2 / 3 của lộ trình người mới</p>"))
        #expect(page.contains("""
            <nav class="onboarding-nav" aria-label="Lộ trình người mới">
            <label class="onboarding-read" hidden><input type="checkbox" id="onboarding-read" data-onboarding-key="/vai-tro/sales/" hidden> Đã đọc</label>
            <a class="previous" href="../../bat-dau/index.html"><span>Bước trước:</span> Bắt đầu</a>
            <a class="next" href="../../quy-trinh/tuan/index.html"><span>Bước tiếp:</span> Hằng tuần</a>
            </nav>
            <script src="../../assets/onboarding.js" defer></script>
            """))
        // The section's own pager still names the section's next page.
        #expect(page.contains("<a class=\"next\" rel=\"next\" href=\"../../vai-tro/quan-ly/index.html\"><span>Tiếp:</span> Quản lý</a>"))
    }

    @Test func theEndsOfThePathHaveOneNeighbour() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let first = try site.page("bat-dau/index.html")
        #expect(!first.contains("Bước trước:") && first.contains("<span>Bước tiếp:</span> Sales"))
        let last = try site.page("quy-trinh/tuan/index.html")
        #expect(last.contains("<span>Bước trước:</span> Sales") && !last.contains("Bước tiếp:"))
    }

    @Test func pagesOffThePathHaveNoReadBoxAndNoScript() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let page = try site.page("vai-tro/quan-ly/index.html")
        #expect(!page.contains("onboarding"))
    }

    @Test func theHomePageListsThePathForTheScriptToMark() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let home = try site.page("index.html")
        #expect(home.contains("""
            <p class="onboarding-progress" data-onboarding-progress="Đã đọc {read} / 3" hidden></p>
            <ol class="onboarding-path" data-read-label="đã đọc" data-unread-label="chưa đọc">
            <li data-onboarding-key="/bat-dau/"><a href="bat-dau/index.html">Bắt đầu</a> <span class="onboarding-status" hidden></span></li>
            <li data-onboarding-key="/vai-tro/sales/"><a href="vai-tro/sales/index.html">Sales</a> <span class="onboarding-status" hidden></span></li>
            <li data-onboarding-key="/quy-trinh/tuan/"><a href="quy-trinh/tuan/index.html">Hằng tuần</a> <span class="onboarding-status" hidden></span><p>Mỗi tuần.</p></li>
            </ol>
            <script src="assets/onboarding.js" defer></script>
            """))
        #expect(try site.page("assets/onboarding.js").contains("localStorage"))
    }

    @Test func aHomePageWithoutAPathLoadsNoScript() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\nChữ.\n"])
        defer { site.remove() }
        try site.build()
        #expect(!(try site.page("index.html")).contains("onboarding"))
    }
}
