import Foundation
import Testing
@testable import PlaybookKit

/// The search index as `assets/search.js` reads it: what it holds, how it folds, what CRM
/// text becomes in it, and what a large handbook costs before the first result.
@Suite struct SearchIndexTests {
    static let prefix = "window.playbookSearch.add("
    static let suffix = ");\n"

    /// Every `search/index-N.js` of the built site, in order, as the object each passes.
    static func parts(of site: TestSite) throws -> [[String: Any]] {
        let folder = site.output.appendingPathComponent("search")
        var parts: [[String: Any]] = []
        while let data = FileManager.default.contents(atPath: folder.appendingPathComponent("index-\(parts.count).js").path) {
            let script = String(decoding: data, as: UTF8.self)
            #expect(script.hasPrefix(prefix) && script.hasSuffix(suffix), "index-\(parts.count).js is not one add call")
            let json = Data(script.dropFirst(prefix.count).dropLast(suffix.count).utf8)
            parts.append(try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any]))
        }
        return parts
    }

    static func entries(_ parts: [[String: Any]]) -> [[Any]] {
        parts.flatMap { $0["entries"] as? [[Any]] ?? [] }
    }

    /// The texts of the entry at `path`, from whichever text part holds them.
    static func texts(of path: String, in parts: [[String: Any]]) -> [String]? {
        guard let number = (parts[0]["entries"] as? [[Any]])?.firstIndex(where: { $0[0] as? String == path }) else { return nil }
        let pairs = parts.flatMap { $0["texts"] as? [[Any]] ?? [] }
        return pairs.first { $0[0] as? Int == number }?[1] as? [String]
    }

    @Test func theIndexHoldsPagesWithTheirHeadingsAnchorsAndText() throws {
        let site = try TestSite(files: [
            "quy-trinh/_index.md": "---\ntitle: Quy trình\ndescription: Nhịp làm việc.\n---\nGiới thiệu.\n\n## Lịch\n\nMỗi tuần.\n",
            "quy-trinh/hop.md": """
                ---
                title: Họp tổng kết
                description: Họp cuối tuần.
                ---
                Mở đầu.

                ## Sáng thứ 2

                Kiểm tra **doanh thu** dự kiến
                trên Hubspot.

                ## Review

                - Lần một.

                ## Review

                | a | b |
                |---|---|
                | Lần | hai |

                """,
        ])
        defer { site.remove() }
        try site.build()
        let parts = try Self.parts(of: site)
        #expect(parts[0]["part"] as? Int == 0)
        #expect(parts[0]["parts"] as? Int == parts.count)
        let head = try #require(parts[0]["entries"] as? [[Any]])
        let page = try #require(head.first { $0[0] as? String == "quy-trinh/hop" })
        #expect(page[1] as? String == "Họp tổng kết")
        let headings = try #require(page[2] as? [Any])
        #expect(headings.count == 3)
        #expect(headings[0] as? String == "Sáng thứ 2")
        #expect(headings[1] as? String == "Review")
        #expect(headings[2] as? [String] == ["Review", "review-1"])
        #expect(Self.texts(of: "quy-trinh/hop", in: parts) == [
            "Họp cuối tuần. Mở đầu.", "Kiểm tra doanh thu dự kiến trên Hubspot.", "Lần một.", "a b Lần hai",
        ])
        let section = try #require(head.first { $0[0] as? String == "quy-trinh" })
        #expect(section[1] as? String == "Quy trình")
        #expect(section[2] as? [String] == ["Lịch"])
        #expect(Self.texts(of: "quy-trinh", in: parts) == ["Nhịp làm việc. Giới thiệu.", "Mỗi tuần."])
        #expect(head.first { $0[0] as? String == "" }?[1] as? String == "Test")

        let html = try site.page("quy-trinh/hop/index.html")
        #expect(html.contains("<script src=\"../../assets/search.js\" defer></script>"))
        #expect(html.contains("<form class=\"site-search\" role=\"search\""))
        #expect(html.contains("data-root=\"../../\""))
        #expect(html.contains("<input id=\"search-input\" type=\"search\" aria-label=\"Tìm trong playbook\""))
        #expect(html.contains("<ul id=\"search-results\""))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/search.js").path))
    }

    @Test func theSampleSnapshotAddsEveryRepAndCustomerAndTheCalendarItsSeries() throws {
        let content = TestSite.repositoryRoot.appendingPathComponent("content")
        let shipped = try TestSite.snapshot(of: content).mapValues { String(decoding: $0, as: UTF8.self) }
        let site = try TestSite(files: shipped)
        defer { site.remove() }
        try site.build()
        let records = try #require(JSONSerialization.jsonObject(with: Data(shipped["data/pipeline.json"]!.utf8)) as? [String: Any])
        let reps = try #require(records["reps"] as? [[String: Any]])
        let customers = try #require(records["customers"] as? [[String: Any]])
        let entries = Self.entries(try Self.parts(of: site))
        let found = { (title: String, label: String) in
            entries.filter { $0[1] as? String == title && ($0.count > 3 ? $0[3] as? String : nil)?.hasPrefix(label) == true }
        }
        for rep in reps {
            let entry = try #require(found(rep["name"] as! String, "Nhân viên").first, "rep \(rep["name"]!)")
            #expect((entry[0] as? String)?.hasPrefix("kpi/nhan-vien/") == true)
        }
        for customer in customers {
            let matches = found(customer["name"] as! String, "Khách hàng · ")
            #expect(matches.contains { ($0[0] as? String)?.contains("#kh-") == true }, "customer \(customer["name"]!)")
        }
        let series = entries.filter { ($0.count > 3 ? $0[3] as? String : nil) == "Lịch họp" }
        #expect(series.contains { $0[1] as? String == "Họp tổng kết số liệu tháng trước" && ($0[0] as? String)?.hasPrefix("lich/") == true })
    }

    @Test func crmNamesCannotCloseTheScriptOrOpenATag() throws {
        let payload = "</script><img src=x onerror=alert(1)>"
        let snapshot = PipelinePagesTests.hostileSnapshot.replacingOccurrences(of: PipelinePagesTests.payload, with: payload)
        let site = try TestSite(files: ["a.md": "---\ntitle: \"\(payload)\"\n---\n## \(payload)\n", "data/pipeline.json": snapshot])
        defer { site.remove() }
        try site.build()
        let folder = site.output.appendingPathComponent("search")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count >= 3)
        for name in names {
            let script = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(!script.contains("<"), "\(name) holds a raw <")
        }
        let entries = Self.entries(try Self.parts(of: site))
        #expect(entries.filter { $0[1] as? String == payload }.count == 3, "the page, the rep and the customer keep their names")
        let head = try String(contentsOf: folder.appendingPathComponent("index-0.js"), encoding: .utf8)
        #expect(head.contains("\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e"))
    }

    /// Folding in the browser must agree with `TextFolding` (a query typed without marks
    /// finds the text), and so must the anchors the script computes for headings the
    /// index leaves them out of. Runs the shipped script under Node where Node is installed.
    @Test(.enabled(if: SearchIndexTests.node != nil))
    func theScriptFoldsAndMakesAnchorsAsSwiftDoes() throws {
        let samples = [
            "Họp tổng kết", "HỌP TỔNG KẾT", "Ho\u{0323}p to\u{0302}\u{0309}ng ke\u{0302}\u{0301}t", "doanh thu dự kiến",
            "Đường đi ĐÃ ĐỊNH", "Ưu tiên – Ơn giời: 100% (30/70)", "Sáng thứ 2: kiểm tra thông tin Sales tuần trước",
            "Quản lý tầm trung (Trưởng phòng, GĐ KD) – 5 phút", "Crème brûlée, Ærø, naïve", "  trắng   ", "—", "Ⅻ ①",
        ]
        let checker = """
            const vm = require("vm"), fs = require("fs");
            const context = { window: {}, document: { querySelector: () => null } };
            vm.runInNewContext(fs.readFileSync(process.argv[1], "utf8"), context);
            const search = context.window.playbookSearch;
            const samples = JSON.parse(fs.readFileSync(0, "utf8"));
            process.stdout.write(JSON.stringify(samples.map((text) => [search.fold(text), search.slug(text)])));
            """
        let process = Process()
        process.executableURL = Self.node
        process.arguments = ["-e", checker, TestSite.repositoryRoot.appendingPathComponent("site-templates/assets/search.js").path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: samples))
        try input.fileHandleForWriting.close()
        let answer = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let folded = try #require(try JSONSerialization.jsonObject(with: answer) as? [[String]])
        for (sample, fromScript) in zip(samples, folded) {
            #expect(fromScript == [TextFolding.fold(sample), TextFolding.slug(sample)], "\(sample)")
        }
    }

    static let node: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
        .split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("node") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// The script and the first index file are all a search loads before its first result.
    @Test func aThousandPageHandbookCostsUnder300KBBeforeTheFirstResult() throws {
        let site = try TestSite(files: GeneratedHandbook.files(pages: 1_000))
        defer { site.remove() }
        try site.build()
        let size = { (path: String) in
            try #require(try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent(path).path)[.size] as? Int)
        }
        let parts = try Self.parts(of: site)
        let first = try size("assets/search.js") + size("search/index-0.js")
        let total = try (0..<parts.count).map { try size("search/index-\($0).js") }.reduce(0, +)
        #expect((parts[0]["entries"] as? [Any])?.count == 1_011)
        #expect(first < 300_000, "\(first) bytes before the first result")
        // The figures docs/PERFORMANCE.md reports.
        print("Search index of 1,000 pages: \(first) bytes before the first result, \(total) bytes in \(parts.count) files")
    }
}
