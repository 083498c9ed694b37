import Foundation
import Testing
@testable import PlaybookKit

/// Dated snapshots in `content/data/history/`: trend lines, "what changed since the last
/// meeting" pages, and a bound on how many the build reads. The fixture holds the snapshot
/// of 16/11 06:00 (before Monday's 09:00 meeting) and the latest, of 23/11, filed too.
@Suite struct HistoryTests {
    static func site() throws -> TestSite {
        try TestSite(fixture: "history")
    }

    @Test func twoSnapshotsGiveExactlyTheFixturesChanges() throws {
        let folder = TestSite.fixturesRoot.appendingPathComponent("history/content/data")
        let baseline = try #require(SnapshotDecoder.decode(Data(contentsOf: folder.appendingPathComponent("history/2026-11-16.json")), file: "b").0)
        let latest = try #require(SnapshotDecoder.decode(Data(contentsOf: folder.appendingPathComponent("pipeline.json")), file: "l").0)
        let changes = SnapshotChanges(from: baseline, to: latest)
        let deals = { (list: [SnapshotChanges.DealChange]) in list.map { latest.deals[$0.deal].id } }
        #expect(deals(changes.won) == ["d1"])
        #expect(deals(changes.lost) == ["d2"])
        #expect(deals(changes.new) == ["d3"])
        #expect(deals(changes.movedStage) == ["d4"] && changes.movedStage[0].previousStage == "Tiếp cận")
        #expect(deals(changes.changedAmount) == ["d5"] && changes.changedAmount[0].previousAmount == 15_000_000)
        #expect(changes.turnedWarm.map { latest.leads[$0].id } == ["l1", "l4"])
        #expect(changes.turnedCold.map { latest.leads[$0].id } == ["l2"])
    }

    @Test func theWeeklyMeetingsPageListsThemAgainstTheSnapshotBeforeIt() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let page = try site.page("kpi/thay-doi/weekly-tasks/index.html")
        #expect(page.contains("So sánh số liệu lúc 06:00 23/11/2026 với bản chụp lúc 06:00 16/11/2026, bản gần nhất trước buổi họp 16/11/2026 09:00."))
        for (caption, rows) in [
            ("Cơ hội đã thắng (1)", ["Gói tổng đài 20 máy"]), ("Cơ hội đã mất (1)", ["Gói CRM 5 người"]),
            ("Cơ hội mới (1)", ["Đào tạo nhân viên trực"]), ("Cơ hội chuyển giai đoạn (1)", ["Gia hạn năm 2027"]),
            ("Cơ hội đổi giá trị (1)", ["Thêm 10 máy nhánh"]), ("Lead chuyển sang ấm (2)", ["Nhà sách Bình Minh", "Tiệm bánh Mây"]),
            ("Lead chuyển sang lạnh (1)", ["Xưởng gỗ Phú Quý"]),
        ] {
            let table = try #require(Self.table(captioned: caption, in: page), "no table \(caption)")
            #expect(Self.firstCells(of: table) == rows, "\(caption)")
        }
        #expect(page.contains("<td class=\"num\">+3.000.000 ₫</td>"))
        #expect(!page.contains("Tư vấn kịch bản gọi") && !page.contains("Quán cà phê Gió"), "unchanged records are listed")
        // Weekly meetings only; the team dashboard links each.
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("kpi/thay-doi/monthly").path))
        #expect(try site.page("kpi/index.html").contains("<li><a href=\"../kpi/thay-doi/weekly-tasks/index.html\">Họp task thứ 2</a></li>"))
    }

    /// Since the baseline: 120 open deals and 99 lost ones made (all new, the lost ones with
    /// the fixture's lost deal exactly a hundred), and 150 leads made warm. The long headings
    /// show their first hundred rows by id under the full count and count the rest below;
    /// the heading of exactly a hundred is whole, with no such line. The JSON lists every
    /// change under its seven keys.
    @Test func aLongHeadingShowsAHundredRowsAndTheJSONListsEveryChange() throws {
        let site = try Self.site()
        defer { site.remove() }
        let file = site.root.appendingPathComponent("content/data/pipeline.json")
        var snapshot = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let deal = { (number: Int, status: String) -> [String: Any] in
            ["id": "d\(number)", "rep": "an", "customer": "c1", "name": "Cơ hội số \(number)", "stage": "Tiếp cận",
             "amount": 1_000_000, "probability": status == "open" ? 10 : 0, "status": status, "created": "2026-11-20",
             "closed": status == "open" ? nil : "2026-11-21"].compactMapValues { $0 }
        }
        let leads = (5000..<5150).map { number -> [String: Any] in
            ["id": "l\(number)", "rep": "binh", "company": "Cửa hàng số \(number)", "status": "warm", "created": "2026-11-20"]
        }
        snapshot["deals"] = try #require(snapshot["deals"] as? [Any])
            + (1000..<1120).map { deal($0, "open") } + (2000..<2099).map { deal($0, "lost") }
        snapshot["leads"] = try #require(snapshot["leads"] as? [Any]) + leads
        try JSONSerialization.data(withJSONObject: snapshot, options: [.sortedKeys]).write(to: file)
        try site.build()
        let page = try site.page("kpi/thay-doi/weekly-tasks/index.html")
        let new = try #require(Self.table(captioned: "Cơ hội mới (220)", in: page))
        #expect(Self.firstCells(of: new) == (1000..<1100).map { "Cơ hội số \($0)" })
        let lost = try #require(Self.table(captioned: "Cơ hội đã mất (100)", in: page))
        #expect(Self.firstCells(of: lost) == ["Gói CRM 5 người"] + (2000..<2099).map { "Cơ hội số \($0)" })
        let warm = try #require(Self.table(captioned: "Lead chuyển sang ấm (152)", in: page))
        #expect(Self.firstCells(of: warm) == ["Nhà sách Bình Minh", "Tiệm bánh Mây"] + (5000..<5098).map { "Cửa hàng số \($0)" })
        let more = page.components(separatedBy: "<p class=\"more\">").dropFirst().map { $0.components(separatedBy: "</p>")[0] }
        #expect(more == ["… và 120 mục khác (đủ danh sách trong api/changes/weekly-tasks.json)",
                         "… và 52 mục khác (đủ danh sách trong api/changes/weekly-tasks.json)"])
        let json = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: site.output.appendingPathComponent("api/changes/weekly-tasks.json"))) as? [String: Any])
        #expect(json["won"] as? [String] == ["d1"])
        #expect(json["lost"] as? [String] == ["d2"] + (2000..<2099).map { "d\($0)" })
        #expect(json["new"] as? [String] == (1000..<1120).map { "d\($0)" } + (2000..<2099).map { "d\($0)" } + ["d3"])
        #expect(json["moved_stage"] as? [String] == ["d4"] && json["changed_amount"] as? [String] == ["d5"])
        #expect(json["turned_warm"] as? [String] == ["l1", "l4"] + (5000..<5150).map { "l\($0)" })
        #expect(json["turned_cold"] as? [String] == ["l2"])
        #expect(json["baseline_as_of"] as? String == "2026-11-16T06:00:00+07:00" && json["meeting_local"] as? String == "2026-11-16T09:00")
    }

    /// Without a snapshot from before the meeting, the JSON says so and lists nothing.
    @Test func theJSONOfAPageWithoutABaselineIsEmpty() throws {
        let site = try Self.site()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/data/history/2026-11-16.json"))
        try site.build()
        let json = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: site.output.appendingPathComponent("api/changes/weekly-tasks.json"))) as? [String: Any])
        #expect(json["baseline_as_of"] is NSNull && json["latest_as_of"] as? String == "2026-11-23T06:00:00+07:00")
        for key in ["won", "lost", "new", "moved_stage", "changed_amount", "turned_warm", "turned_cold"] {
            #expect(json[key] as? [String] == [], "\(key)")
        }
    }

    @Test func teamAndRepPagesDrawTheTrendsWithTheirFigures() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let team = try site.page("kpi/index.html")
        #expect(team.contains("<title id=\"trend-value-title\">Giá trị pipeline đang mở qua các bản chụp</title>"))
        // 16/11: five open deals worth 70M; 23/11: four worth 35M. Warm leads 2, then 3.
        #expect(team.contains("<tr><th scope=\"row\">16/11/2026</th><td class=\"num\">70.000.000 ₫</td></tr>"))
        #expect(team.contains("<tr><th scope=\"row\">23/11/2026</th><td class=\"num\">35.000.000 ₫</td></tr>"))
        #expect(team.contains("<tr><th scope=\"row\">16/11/2026</th><td class=\"num\">5</td><td class=\"num\">2</td></tr>"))
        #expect(team.contains("<tr><th scope=\"row\">23/11/2026</th><td class=\"num\">4</td><td class=\"num\">3</td></tr>"))
        let rep = try site.page("kpi/nhan-vien/binh/index.html")
        #expect(rep.contains("<tr><th scope=\"row\">16/11/2026</th><td class=\"num\">32.000.000 ₫</td></tr>"))
        #expect(rep.contains("<tr><th scope=\"row\">23/11/2026</th><td class=\"num\">23.000.000 ₫</td></tr>"))
    }

    @Test func theBuildReadsOnlyTheNewestSnapshotsItKeeps() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.write("{\"schema_version\": 1, broken", to: "content/data/history/2026-11-09.json")
        try site.write("not a snapshot", to: "content/data/history/ghi-chu.txt")
        try site.write("title: Lịch sử số liệu\nlast_updated: off\npipeline:\n  history_keep: 2\n", to: "playbook.yml")
        let kept = try site.build()
        #expect(kept.warnings.map(\.message) == ["not a dated snapshot; history files are named YYYY-MM-DD.json, so this one is left out"])
        try site.write("title: Lịch sử số liệu\nlast_updated: off\npipeline:\n  history_keep: 3\n", to: "playbook.yml")
        let all = try site.build()
        #expect(all.warnings.contains { $0.file.hasSuffix("2026-11-09.json") && $0.message.hasPrefix("this history file has 1 mistake") })
        try site.write("title: Lịch sử số liệu\nlast_updated: off\npipeline:\n  history_keep: 1\n", to: "playbook.yml")
        try site.build()
        // Only the latest's own copy is read: one point draws no trend, and no snapshot is
        // from before Monday's meeting.
        #expect(try !site.page("kpi/index.html").contains("trend-value"))
        #expect(try site.page("kpi/thay-doi/weekly-tasks/index.html").contains("Chưa có bản chụp số liệu nào từ trước buổi họp 16/11/2026 09:00"))
    }

    @Test func aNewHistoryFileBuildsIncrementallyAsACleanBuildDoes() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        // An edit elsewhere keeps every pipeline page, the "what changed" pages among them.
        try site.write("---\ntitle: Trang chủ\n---\nĐã sửa.\n", to: "content/_index.md")
        let edit = try site.build()
        #expect(edit.filesRemoved == 0)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("kpi/thay-doi/weekly-tasks/index.html").path))
        let older = try String(contentsOf: site.root.appendingPathComponent("content/data/history/2026-11-16.json"), encoding: .utf8)
        try site.write(older.replacingOccurrences(of: "2026-11-16T06:00:00+07:00", with: "2026-11-09T06:00:00+07:00")
            .replacingOccurrences(of: "\"amount\": 30000000", with: "\"amount\": 25000000"), to: "content/data/history/2026-11-09.json")
        try site.build()
        let incremental = try TestSite.snapshot(of: site.output)
        #expect(try site.page("kpi/index.html").contains("<tr><th scope=\"row\">09/11/2026</th><td class=\"num\">65.000.000 ₫</td></tr>"))
        var clean = site.options
        clean.clean = true
        _ = try SiteBuilder(options: clean).build()
        #expect(try TestSite.snapshot(of: site.output) == incremental)
    }

    @Test func aFileAsTheLastBuildSawItGivesItsPointUnread() throws {
        let site = try Self.site()
        defer { site.remove() }
        let folder = site.root.appendingPathComponent("content/data/history")
        let latest = try #require(SnapshotDecoder.decode(Data(contentsOf: site.root.appendingPathComponent("content/data/pipeline.json")), file: "l").0)
        // A record that says the 16 November file held other figures, made long after the file
        // was last touched: believed, so the file is not read for its point.
        var previous = HistoryCache(recordedAt: FileStamp.now() + 3_600_000_000_000)
        var point = HistoryPoint(asOf: Instant(secondsSinceEpoch: latest.asOf.secondsSinceEpoch - 7 * 86_400, offsetSeconds: 25_200))
        point.team.pipelineValue = 12_345
        let stamp = try #require(FileStamp(path: folder.appendingPathComponent("2026-11-16.json").path))
        previous.entries["2026-11-16.json"] = .init(stamp: stamp, bytes: Fingerprint(), point: point)
        let builder = SiteBuilder(options: site.options)
        var diagnostics: [Diagnostic] = []
        let history = try #require(builder.loadHistory(config: SiteConfig(), latest: latest, calendar: [], previous: previous, into: &diagnostics)?.0)
        #expect(history.points.map(\.team.pipelineValue) == [12_345, 35_000_000])
        // A record of another stamp is not believed.
        previous.entries["2026-11-16.json"]!.stamp.size += 1
        let reread = try #require(builder.loadHistory(config: SiteConfig(), latest: latest, calendar: [], previous: previous, into: &diagnostics)?.0)
        #expect(reread.points.map(\.team.pipelineValue) == [70_000_000, 35_000_000])
        #expect(diagnostics.isEmpty)
    }

    @Test func theHistoryRecordSurvivesItsEncoding() throws {
        var cache = HistoryCache(recordedAt: 42)
        var point = HistoryPoint(asOf: Instant(secondsSinceEpoch: 1_795_388_400, offsetSeconds: 25_200))
        point.team = .init(pipelineValue: 70_000_000, openDeals: 5, warmLeads: 2)
        point.reps = ["an": .init(pipelineValue: 38_000_000, openDeals: 2, warmLeads: 1), "binh": .init(pipelineValue: 32_000_000, openDeals: 3, warmLeads: 1)]
        cache.entries["2026-11-16.json"] = .init(stamp: FileStamp(size: 1, modified: 2, changed: 3, inode: 4, device: 5), bytes: Fingerprint(), point: point)
        let decoded = try #require(HistoryCache.decode(cache.encoded(generator: "g"), generator: "g"))
        #expect(decoded.entries == cache.entries && decoded.recordedAt == 42)
        #expect(HistoryCache.decode(cache.encoded(generator: "g"), generator: "other") == nil)
        #expect(HistoryCache.decode(Array(cache.encoded(generator: "g").dropLast()), generator: "g") == nil)
    }

    @Test func aCalendarEditMakesTheWhatChangedPagesAgain() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let calendar = try String(contentsOf: site.root.appendingPathComponent("content/lich-hop.yml"), encoding: .utf8)
        try site.write(calendar.replacingOccurrences(of: "title: Họp task thứ 2", with: "title: Họp đầu tuần")
            .replacingOccurrences(of: "start: 2026-01-05 09:00", with: "start: 2026-01-05 07:00"), to: "content/lich-hop.yml")
        try site.build()
        let page = try site.page("kpi/thay-doi/weekly-tasks/index.html")
        #expect(page.contains("Thay đổi từ lần họp trước: Họp đầu tuần") && page.contains("buổi họp 16/11/2026 07:00"))
        #expect(try site.page("kpi/index.html").contains(">Họp đầu tuần</a></li>"))
        let incremental = try TestSite.snapshot(of: site.output)
        var clean = site.options
        clean.clean = true
        _ = try SiteBuilder(options: clean).build()
        #expect(try TestSite.snapshot(of: site.output) == incremental)
    }

    @Test func historyKeptAnywhereIsNeverPublished() throws {
        let site = try Self.site()
        defer { site.remove() }
        let from = site.root.appendingPathComponent("content/data/history")
        try FileManager.default.moveItem(at: from, to: site.root.appendingPathComponent("content/lich-su"))
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/data/pipeline.json"), to: site.root.appendingPathComponent("content/so-lieu.json"))
        try site.write("title: Lịch sử số liệu\nlast_updated: off\npipeline:\n  history: lich-su/\n  snapshot: ./so-lieu.json\n", to: "playbook.yml")
        try site.build()
        let published = try TestSite.snapshot(of: site.output).keys
        #expect(!published.contains { $0.hasPrefix("lich-su") || $0.hasSuffix("so-lieu.json") })
        #expect(try site.page("kpi/index.html").contains("trend-value"), "the moved history is not read")
    }

    @Test func historyOutsideTheContentFolderIsWatchedByTheUpToDateCheck() throws {
        let site = try Self.site()
        defer { site.remove() }
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/data/history"), to: site.root.appendingPathComponent("lich-su"))
        try site.write("title: Lịch sử số liệu\nlast_updated: off\npipeline:\n  history: ../lich-su\n", to: "playbook.yml")
        var options = site.options
        options.racyMargin = 0
        _ = try SiteBuilder(options: options).build()
        #expect(try SiteBuilder(options: options).build().phases.map(\.name) == ["up-to-date check"])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("lich-su/2026-11-16.json"))
        #expect(try SiteBuilder(options: options).build().phases.map(\.name) != ["up-to-date check"])
        #expect(try !site.page("kpi/index.html").contains("trend-value"))
    }

    /// The `<table>` whose caption is `caption`.
    static func table(captioned caption: String, in page: String) -> Substring? {
        guard let start = page.range(of: "<caption>\(caption)</caption>") else { return nil }
        guard let end = page.range(of: "</table>", range: start.upperBound..<page.endIndex) else { return nil }
        return page[start.upperBound..<end.lowerBound]
    }

    /// The text of each body row's first cell, links unwrapped.
    static func firstCells(of table: Substring) -> [String] {
        table.components(separatedBy: "<tr><td>").dropFirst().map { row in
            let cell = row.components(separatedBy: "</td>")[0]
            guard cell.hasPrefix("<a "), let open = cell.firstIndex(of: ">"), let close = cell.range(of: "</a>") else { return cell }
            return String(cell[cell.index(after: open)..<close.lowerBound])
        }
    }
}
