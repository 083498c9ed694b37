import Foundation
import Testing
@testable import PlaybookKit

/// Stale data: the pages state the figures' age on the build day and warn past the site's
/// threshold; `--max-snapshot-age` refuses to publish old figures, as a data error.
@Suite struct SnapshotAgeTests {
    /// 2026-11-23T06:00:00+07:00, the as-of time of the snapshot below.
    static let asOf = 1_795_388_400
    static let snapshot = """
        {"schema_version": 1, "as_of": "2026-11-23T06:00:00+07:00",
         "reps": [{"id": "an", "name": "An", "role": "inbound"}],
         "customers": [], "leads": [], "deals": [], "activities": []}
        """

    static func site(config: String = "title: Test\nlast_updated: off\n") throws -> TestSite {
        try TestSite(files: ["a.md": "---\ntitle: A\n---\nText.\n", "data/pipeline.json": snapshot], config: config)
    }

    static func build(_ site: TestSite, hoursAfter hours: Int, limit: Int? = nil) throws(BuildFailure) -> SiteBuilder.Report {
        var options = site.options
        options.now = asOf + hours * 3600
        options.maxSnapshotAge = limit
        return try SiteBuilder(options: options).build()
    }

    /// How `body` failed; nil when it did not.
    static func failure(_ body: () throws(BuildFailure) -> Void) -> BuildFailure? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func lengthsOfTimeAreReadAsWritten() {
        #expect(AgeText.seconds("36h") == 129_600)
        #expect(AgeText.seconds("2d") == 172_800)
        #expect(AgeText.seconds("1d12h") == 129_600)
        #expect(AgeText.seconds("90m") == 5400)
        for wrong in ["", "36", "h", "36x", "-1h", "0h", "1.5h", "36 h", "9999999h"] {
            #expect(AgeText.seconds(wrong) == nil, "\(wrong)")
        }
        #expect(AgeText.text(129_600) == "36h")
        #expect(AgeText.text(11 * 86_400 + 4 * 3600 + 7 * 60) == "11d4h")
        #expect(AgeText.text(5400) == "1h30m")
    }

    @Test func aFreshSnapshotShowsItsAgeAndAHiddenWarning() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = try Self.build(site, hoursAfter: 10)
        let page = try site.page("kpi/index.html")
        #expect(page.contains("data-as-of=\"2026-11-23T06:00:00+07:00\" data-stale-after=\"129600\""))
        #expect(page.contains("<p class=\"data-age\">Trang dựng ngày 23/11/2026, cùng ngày chốt số liệu."))
        #expect(page.contains("<p class=\"stale-warning\" role=\"status\" hidden>"))
        #expect(page.contains("<script src=\"../assets/freshness.js\" defer></script>"))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/freshness.js").path))
    }

    @Test func figuresOlderThanTheThresholdAtTheBuildDayWarnWithoutAScript() throws {
        let site = try Self.site(config: "title: Test\nlast_updated: off\npipeline:\n  stale_after: 2d\n")
        defer { site.remove() }
        _ = try Self.build(site, hoursAfter: 24 * 3)
        let threeDays = try site.page("kpi/nhan-vien/index.html")
        #expect(threeDays.contains("Trang dựng ngày 26/11/2026, 3 ngày sau khi chốt số liệu."))
        #expect(threeDays.contains("<p class=\"stale-warning\" role=\"status\">Số liệu đã cũ hơn 2 ngày:"))
        // Two days after, the build day starts 42 hours after as-of: still under 2d at build.
        _ = try Self.build(site, hoursAfter: 24 * 2)
        #expect(try site.page("kpi/index.html").contains("role=\"status\" hidden>Số liệu đã cũ hơn 2 ngày"))
    }

    @Test func everyBuildOfOneDayWritesTheSameBytes() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = try Self.build(site, hoursAfter: 2)
        let morning = try TestSite.snapshot(of: site.output)
        var options = site.options
        options.now = Self.asOf + 17 * 3600
        options.clean = true
        _ = try SiteBuilder(options: options).build()
        #expect(try TestSite.snapshot(of: site.output) == morning)
        // The next day the pages say so, incrementally as in a clean build.
        let nextDay = try Self.build(site, hoursAfter: 30)
        #expect(nextDay.filesRendered > 0)
        #expect(try site.page("kpi/index.html").contains("Trang dựng ngày 24/11/2026, 1 ngày sau khi chốt số liệu."))
    }

    @Test func anOldSnapshotFailsTheLimitAsADataErrorAndLeavesTheSite() throws {
        let site = try Self.site()
        defer { site.remove() }
        _ = try Self.build(site, hoursAfter: 1, limit: 36 * 3600)
        let before = try TestSite.snapshot(of: site.output)
        // Still fresh: the no-op rebuild checks the age it recorded.
        #expect(try Self.build(site, hoursAfter: 15, limit: 36 * 3600).filesRendered == 0)
        let failure = Self.failure { () throws(BuildFailure) in _ = try Self.build(site, hoursAfter: 40, limit: 36 * 3600) }
        if case .data(let diagnostics) = failure {
            #expect(diagnostics.count == 1)
            #expect(diagnostics[0].file.hasSuffix("content/data/pipeline.json"))
            #expect(diagnostics[0].message.contains("the snapshot is 40h old (as of 2026-11-23T06:00:00+07:00), more than --max-snapshot-age 36h allows"))
        } else {
            Issue.record("a 40-hour-old snapshot under a 36-hour limit gave \(String(describing: failure))")
        }
        #expect(try TestSite.snapshot(of: site.output) == before)
        #expect(try Self.build(site, hoursAfter: 40).filesRendered > 0)
    }

    @Test func aContentErrorBesideAnOldSnapshotIsTheWritersToFix() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.write("---\ntitle: [unclosed\n---\n", to: "content/b.md")
        let failure = Self.failure { () throws(BuildFailure) in _ = try Self.build(site, hoursAfter: 100, limit: 36 * 3600) }
        if case .input(let diagnostics) = failure {
            #expect(diagnostics.filter { $0.severity == .error }.count == 2)
        } else {
            Issue.record("bad content beside an old snapshot gave \(String(describing: failure))")
        }
    }

    @Test func withNoSnapshotTheLimitHasNothingToAccept() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        #expect(throws: BuildFailure.self) { try Self.build(site, hoursAfter: 0, limit: 3600) }
        #expect(try Self.build(site, hoursAfter: 0).pagesWritten > 0)
    }
}
