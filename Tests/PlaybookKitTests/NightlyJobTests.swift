import Foundation
import Testing
@testable import PlaybookKit

/// The nightly run as the scheduled job meets it: exports in, a published site and a report
/// out, and a failure that says whose it is and leaves the published site alone.
@Suite struct NightlyJobTests {
    static let exports = TestSite.fixturesRoot.appendingPathComponent("hubspot")
    /// 2026-11-23T06:00:00+07:00: the fixtures' export day.
    static let asOf = Instant(secondsSinceEpoch: 1_795_388_400, offsetSeconds: 7 * 3600)

    static func job(_ site: TestSite, exports: URL = exports, hoursAfter hours: Int = 2) -> NightlyJob {
        var options = site.options
        options.now = asOf.secondsSinceEpoch + hours * 3600
        options.maxSnapshotAge = 36 * 3600
        let targets = NightlyJob.importTargets(for: options)
        var importJob = ImportJob(mappingFile: CSVImportTests.mappingFile, exports: [exports], snapshotFile: targets.snapshot)
        importJob.historyFolder = targets.history
        importJob.asOf = asOf
        return NightlyJob(importJob: importJob, build: options, reportFile: site.output.appendingPathComponent("build-report.json"))
    }

    static func report(at file: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] ?? [:]
    }

    @Test func exportsBecomeAPublishedSiteAndAReport() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\nXem [B](b.md#muc).\n", "b.md": "---\ntitle: B\n---\n## Mục\n"])
        defer { site.remove() }
        let (made, file) = Self.job(site).run { _ in }
        #expect(made.exitCode == 0, "\(made.errors)")
        #expect(file == site.output.appendingPathComponent("build-report.json"))
        let report = try Self.report(at: try #require(file))
        #expect(report["status"] as? String == "published")
        #expect(report["snapshot_as_of"] as? String == "2026-11-22T23:00:00Z")
        let imported = try #require(report["import"] as? [String: Any])
        #expect(imported["rows_read"] as? Int == 27 && imported["imported"] as? Int == 25)
        #expect(imported["history_file"] as? String != nil)
        let links = try #require(report["links"] as? [String: Any])
        #expect((links["checked"] as? Int ?? 0) > 100 && links["broken"] as? Int == 0)
        let durations = try #require(report["durations_ms"] as? [String: Int])
        #expect(Set(durations.keys) == ["import", "load", "render", "swap", "links", "total"])
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/data/history/2026-11-23.json").path))
        #expect(try site.page("kpi/index.html").contains("data-as-of=\"2026-11-23T06:00:00+07:00\""))

        // The next night with the same exports: nothing to write again.
        let (again, _) = Self.job(site, hoursAfter: 3).run { _ in }
        #expect(again.exitCode == 0 && again.build?.filesRendered == 0)
    }

    @Test func oldExportsFailAsDataAndTheReportGoesBesideTheSite() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        _ = Self.job(site).run { _ in }
        let before = try TestSite.snapshot(of: site.output)
        let (made, file) = Self.job(site, hoursAfter: 48).run { _ in }
        #expect(made.exitCode == 3 && made.failure == .data && made.failedStep == "build")
        #expect(file == site.root.appendingPathComponent(".playbook/build-report.json"))
        #expect(try TestSite.snapshot(of: site.output) == before)
        let report = try Self.report(at: try #require(file))
        #expect(report["failure"] as? String == "data")
        #expect((report["errors"] as? [[String: Any]])?.first?["message"] as? String ?? "" == "as_of: the snapshot is 48h old (as of 2026-11-23T06:00:00+07:00), more than --max-snapshot-age 36h allows; check that the CRM export reached the build, or build without the limit to publish these figures anyway")
    }

    @Test func badRowsUnderStrictStopAtTheImportAndKeepTheSnapshot() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        _ = Self.job(site).run { _ in }
        let snapshot = site.root.appendingPathComponent("content/data/pipeline.json")
        let before = try Data(contentsOf: snapshot)
        var job = Self.job(site, exports: TestSite.fixturesRoot.appendingPathComponent("hubspot-bad"))
        job.importJob?.strict = true
        let (made, file) = job.run { _ in }
        #expect(made.exitCode == 3 && made.failedStep == "import" && made.build == nil)
        #expect(made.errors.count == 20)
        #expect(try Data(contentsOf: snapshot) == before)
        #expect(file == site.root.appendingPathComponent(".playbook/build-report.json"))
    }

    @Test func aDeadLinkInATemplateIsTheContentsToFix() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("site-templates")
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("site-templates"), to: templates)
        let footer = templates.appendingPathComponent("partials/baseof.mustache")
        let text = try String(contentsOf: footer, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "<p>{{site.title}}</p>", with: "<p><a href=\"{{site.homeHref}}#no-such-place\">{{site.title}}</a></p>").utf8).write(to: footer)
        let (made, _) = Self.job(site).run { _ in }
        #expect(made.exitCode == 1 && made.failure == .content && made.failedStep == "links")
        #expect(made.errors.count == made.links?.broken.count)
        #expect(made.errors.contains { $0.file.hasSuffix("public/a/index.html") && $0.message == "link to `../index.html#no-such-place`: no element with id `no-such-place` in index.html" })
    }
}

@Suite struct OutputLinkCheckerTests {
    @Test func everyKindOfDeadLinkIsFoundAndLiveOnesPass() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        let pages = [
            "index.html": """
                <a href="a/index.html#top">a</a> <a href="a/">folder</a> <a href="b%C3%A0i/x.html">encoded</a>
                <a href="https://example.com/x">away</a> <a href="mailto:a@b.c">mail</a> <img src="assets/p.svg" alt="">
                <a href="#here">here</a><h2 id="here">h</h2> <a href="a/index.html?x=1">query</a>
                """,
            "a/index.html": """
                <h1 id="top">A</h1> <a href="../missing.html">gone</a> <a href="../index.html#nowhere">no id</a>
                <a href="../../outside.html">out</a> <a href="../empty/">empty folder</a> <a href="">empty</a>
                """,
            "bài/x.html": "<p id=\"x\">x</p>",
            "assets/p.svg": "<svg/>",
            "empty/readme.txt": "",
        ]
        for (path, text) in pages { try site.write(text, to: "public/" + path) }
        let result = OutputLinkChecker.check(output: site.output)
        #expect(result.pagesChecked == 3 && result.linksChecked == 13)
        #expect(result.broken.map(\.message).sorted() == [
            "link to `../../outside.html`: leaves the site",
            "link to `../empty/`: a folder without index.html",
            "link to `../index.html#nowhere`: no element with id `nowhere` in index.html",
            "link to `../missing.html`: no such file",
            "link to ``: an empty address",
        ])
        #expect(result.broken.allSatisfy { $0.file.hasSuffix("public/a/index.html") })
    }

    @Test func theShippedSiteHasNoDeadLink() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        let result = OutputLinkChecker.check(output: try site.buildShippedPlaybook())
        #expect(result.pagesChecked > 100)
        #expect(result.broken.isEmpty, "\(result.broken.prefix(5))")
    }
}
