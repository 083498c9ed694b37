import Foundation
import Testing
@testable import PlaybookKit

/// A build whose every input carries the stamp it had for the build that made the output,
/// with every output still there, stops after looking at the files. Anything else builds.
@Suite struct UpToDateTests {
    static let upToDate = "up-to-date check"

    static func makeSite(config: String = "title: Test\nlast_updated: off\n") throws -> (TestSite, BuildOptions) {
        let site = try TestSite(files: [
            "a.md": "---\ntitle: A\n---\n## Mục\nXem [B](b.md).\n",
            "b.md": "---\ntitle: B\n---\nChữ.\n",
        ], config: config)
        var options = site.options
        // Files written a moment ago count as settled: the test writes, then builds.
        options.racyMargin = 0
        return (site, options)
    }

    static func stoppedEarly(_ report: SiteBuilder.Report) -> Bool {
        report.phases.map(\.name) == [upToDate]
    }

    @Test func nothingChangedStopsAfterLookingAtTheFiles() throws {
        let (site, options) = try Self.makeSite()
        defer { site.remove() }
        let first = try SiteBuilder(options: options).build()
        let before = try IncrementalBuildTests.modificationTimes(of: site.output)
        let second = try SiteBuilder(options: options).build()
        #expect(Self.stoppedEarly(second))
        #expect(second.filesUnchanged == first.filesWritten && second.pagesWritten == first.pagesWritten)
        #expect(try IncrementalBuildTests.modificationTimes(of: site.output) == before)
    }

    @Test func anEditADeletedOutputOrAnotherSnapshotBuildsAgain() throws {
        let (site, options) = try Self.makeSite()
        defer { site.remove() }
        _ = try SiteBuilder(options: options).build()
        try site.write("---\ntitle: B\n---\nChữ mới.\n", to: "content/b.md")
        #expect(!Self.stoppedEarly(try SiteBuilder(options: options).build()))
        #expect(try site.page("b/index.html").contains("Chữ mới."))
        #expect(Self.stoppedEarly(try SiteBuilder(options: options).build()))

        try FileManager.default.removeItem(at: site.output.appendingPathComponent("a/index.html"))
        #expect(!Self.stoppedEarly(try SiteBuilder(options: options).build()))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("a/index.html").path))

        // A snapshot outside content/, named on the command line.
        var withSnapshot = options
        let snapshot = site.root.appendingPathComponent("elsewhere/pipeline.json")
        try site.write(try String(contentsOf: TestSite.fixturesRoot.appendingPathComponent("snapshots/edges.json"), encoding: .utf8), to: "elsewhere/pipeline.json")
        withSnapshot.snapshotFile = snapshot
        _ = try SiteBuilder(options: withSnapshot).build()
        #expect(Self.stoppedEarly(try SiteBuilder(options: withSnapshot).build()))
        let text = try String(contentsOf: snapshot, encoding: .utf8)
        try site.write(text.replacingOccurrences(of: "\"amount\": 1000000,", with: "\"amount\": 1000001,"), to: "elsewhere/pipeline.json")
        #expect(!Self.stoppedEarly(try SiteBuilder(options: withSnapshot).build()))
    }

    @Test func aBuildWithWarningsIsNeverCutShort() throws {
        let (site, options) = try Self.makeSite(config: "title: Test\nlast_updated: off\nno_such_key: 1\n")
        defer { site.remove() }
        #expect(try !SiteBuilder(options: options).build().warnings.isEmpty)
        let second = try SiteBuilder(options: options).build()
        #expect(!Self.stoppedEarly(second))
        #expect(!second.warnings.isEmpty)
    }

    @Test func aCleanBuildIsNeverCutShort() throws {
        let (site, options) = try Self.makeSite()
        defer { site.remove() }
        _ = try SiteBuilder(options: options).build()
        var clean = options
        clean.clean = true
        let report = try SiteBuilder(options: clean).build()
        #expect(!Self.stoppedEarly(report) && report.filesRendered == report.filesWritten)
    }
}
