import Foundation
import Testing
@testable import PlaybookKit

/// The pipeline pages as a reader and an attacker meet them: built from a snapshot in
/// `content/data/`, escaped wherever CRM text lands, left out when the config says so.
@Suite struct PipelinePagesTests {
    static let payload = "<img src=x onerror=alert(1)>"

    /// A small snapshot whose every free-text field carries the payload (ids too, where the
    /// schema allows any string).
    static let hostileSnapshot = """
        {"schema_version": 1, "as_of": "2026-11-23T06:00:00+07:00",
         "products": [{"id": "p1", "name": "\(payload)", "line": "\(payload)"}],
         "reps": [{"id": "\(payload)", "name": "\(payload)", "role": "inbound"}],
         "targets": [{"rep": "\(payload)", "period": "2026-11", "revenue": 1000}],
         "customers": [{"id": "c\(payload)", "name": "\(payload)", "rep": "\(payload)", "group": "\(payload)", "care_day": "mon", "purchase_cycle_days": 10}],
         "leads": [{"id": "l1", "rep": "\(payload)", "company": "\(payload)", "status": "warm", "created": "2026-11-20"}],
         "deals": [
           {"id": "d\(payload)", "rep": "\(payload)", "customer": "c\(payload)", "name": "\(payload)", "product": "p1", "stage": "\(payload)", "amount": 500, "probability": 50, "status": "open", "created": "2026-10-01", "expected_close": "2026-11-01"},
           {"id": "d2", "rep": "\(payload)", "customer": "c\(payload)", "name": "\(payload)", "amount": 700, "probability": 100, "status": "won", "created": "2026-10-01", "closed": "2026-11-10"}],
         "activities": [{"id": "a\(payload)", "rep": "\(payload)", "type": "task", "customer": "c\(payload)", "date": "2026-11-01", "done": false, "subject": "\(payload)"}]}
        """

    @Test func crmTextIsEscapedInEveryPageChartAndJSONFile() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\nText.\n", "data/pipeline.json": Self.hostileSnapshot])
        defer { site.remove() }
        try site.build()
        let files = try TestSite.snapshot(of: site.output)
        let pipelineFiles = files.keys.filter { $0.hasPrefix("kpi/") || $0.hasPrefix("api/") }
        #expect(pipelineFiles.count >= 6)
        var escapedSomewhere = 0
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<img"), "\(path) carries live markup")
            if text.contains("&lt;img src=x onerror=alert(1)&gt;") || text.contains("\\u003cimg src=x onerror=alert(1)\\u003e") {
                escapedSomewhere += 1
            }
        }
        #expect(escapedSomewhere >= 6)
        let repPage = try #require(files.keys.first { $0.hasPrefix("kpi/nhan-vien/") && $0 != "kpi/nhan-vien/index.html" })
        #expect(repPage == "kpi/nhan-vien/img-src-x-onerror-alert-1/index.html")
        let svg = String(decoding: files[repPage]!, as: UTF8.self)
        #expect(svg.contains("<svg"))
        let metrics = String(decoding: files["api/metrics.json"]!, as: UTF8.self)
        #expect(metrics.contains("\"\\u003cimg src=x onerror=alert(1)\\u003e\": {"))
        #expect(try JSONSerialization.jsonObject(with: files["api/metrics.json"]!) is [String: Any])
    }

    @Test func pipelinePagesAreNoindexAndOutOfTheSitemap() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\nText.\n", "data/pipeline.json": Self.hostileSnapshot])
        defer { site.remove() }
        try site.build()
        for path in ["kpi/index.html", "kpi/giam-doc/index.html", "kpi/quan-ly/index.html", "kpi/nhan-vien/index.html"] {
            let html = try site.page(path)
            #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"), "\(path)")
            #expect(html.contains("Số liệu tính đến 06:00 23/11/2026"), "\(path) does not state the as-of time")
        }
        #expect(!(try site.page("a/index.html")).contains("noindex"))
        #expect(!(try site.page("sitemap.xml")).contains("kpi"))
        #expect(try site.page("a/index.html").contains("kpi/index.html"))
    }

    @Test func theConfigSwitchBuildsTheHandbookAlone() throws {
        let site = try TestSite(
            files: ["a.md": "---\ntitle: A\n---\nText.\n", "data/pipeline.json": Self.hostileSnapshot],
            config: "title: Test\nlast_updated: off\npipeline:\n  enabled: false\n")
        defer { site.remove() }
        try site.build()
        let files = try TestSite.snapshot(of: site.output)
        #expect(!files.keys.contains { $0.hasPrefix("kpi/") || $0.hasPrefix("api/") || $0.hasPrefix("data/") })
        #expect(!(try site.page("a/index.html")).contains("kpi/"))
    }

    @Test func aSnapshotWithFiftyMistakesFailsTheBuildAndLeavesThePreviousSite() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\nText.\n", "data/pipeline.json": Self.hostileSnapshot])
        defer { site.remove() }
        try site.build()
        let before = try TestSite.snapshot(of: site.output)
        let broken = try String(contentsOf: TestSite.fixturesRoot.appendingPathComponent("snapshots/fifty-errors.json"), encoding: .utf8)
        try site.write(broken, to: "content/data/pipeline.json")
        let errors = site.failingBuild()
        #expect(errors.count == 50)
        #expect(errors.allSatisfy { $0.file.hasSuffix("content/data/pipeline.json") && $0.line != nil && $0.column != nil })
        #expect(try TestSite.snapshot(of: site.output) == before)
    }

    @Test func contentAtThePipelineAddressIsAnError() throws {
        let site = try TestSite(files: [
            "kpi/_index.md": "---\ntitle: KPI\n---\n",
            "api.md": "---\ntitle: API\n---\n",
            "data/pipeline.json": Self.hostileSnapshot,
        ])
        defer { site.remove() }
        let errors = site.failingBuild()
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.message.contains("taken by generated pages (api/, kpi/)") })
    }

    /// A rep with 1,502 customers and no activity: the "neglected" list names its first
    /// hundred, and its heading and the line below count as the KPI pages do.
    @Test func aLongCareListCountsItsItemsWithGroupedDigits() throws {
        let customers = (0..<1502).map { #"{"id": "c\#($0)", "name": "Khách \#($0)", "rep": "an"}"# }
        let snapshot = """
            {"schema_version": 1, "as_of": "2026-11-23T06:00:00+07:00", "products": [],
             "reps": [{"id": "an", "name": "An", "role": "inbound"}], "targets": [],
             "customers": [\(customers.joined(separator: ","))], "leads": [], "deals": [], "activities": []}
            """
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\nText.\n", "data/pipeline.json": snapshot])
        defer { site.remove() }
        try site.build()
        for path in ["kpi/index.html", "kpi/nhan-vien/an/index.html"] {
            let page = try site.page(path)
            let list = try #require(page.components(separatedBy: "<section class=\"care-list\" id=\"care-neglected\">").dropFirst().first?
                .components(separatedBy: "</section>").first, "\(path)")
            #expect(list.contains("<h3>Đang bỏ sót, lãng quên <span class=\"count\">1.502</span></h3>"), "\(path)")
            #expect(list.components(separatedBy: "<li").count - 1 == 100, "\(path)")
            #expect(list.contains("<p class=\"more\">… và 1.402 mục khác (đủ danh sách trong api/metrics.json)</p>"), "\(path)")
        }
    }

    @Test func aNamedSnapshotThatDoesNotExistIsAnError() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\n"])
        defer { site.remove() }
        var options = site.options
        options.snapshotFile = site.root.appendingPathComponent("missing.json")
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: options).build() }
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}
