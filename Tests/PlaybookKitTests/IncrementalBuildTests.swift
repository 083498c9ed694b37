import Foundation
import Testing
@testable import PlaybookKit

/// The incremental build's one promise: after any sequence of edits (documents, files of
/// content/, templates, config, snapshot, history, calendar), `public/` is byte for
/// byte what a clean build makes. Edits are drawn at random from a seed, so every run of the
/// suite walks the same sequence and a failure names the step that broke it.
@Suite struct IncrementalBuildTests {
    static let sections = ["vai-tro", "quy-trinh", "ban-hang"]

    /// A small playbook with its own copy of the templates, a calendar and a snapshot.
    static func makeSite() throws -> TestSite {
        var files = ["_index.md": "---\ntitle: Trang chủ\n---\nXem [mốc](moc.md).\n",
                     "moc.md": "---\ntitle: Mốc thời gian\nonboarding: 1\n---\n## Hằng tuần\n- [ ] Tổng kết {metrics: leads, meetings}\n",
                     "thuat-ngu.md": "---\ntitle: Thuật ngữ\nonboarding: 2\n---\n## Nội dung\nChữ của trang.\n"]
        for (index, section) in sections.enumerated() {
            files["\(section)/_index.md"] = "---\ntitle: Phần \(index)\nweight: \(index)\n---\nGiới thiệu.\n"
            for page in 0..<3 {
                files["\(section)/trang-\(page).md"] = "---\ntitle: Trang \(index).\(page)\nweight: \(page)\nglossary: \(page != 1)\n---\n## Mục\nNội dung [mốc](../moc.md).\n"
            }
        }
        files["lich-hop.yml"] = """
            series:
              - id: weekly
                title: Họp tuần
                start: 2026-01-02 16:00
                duration: 60
                checklist: moc.md#hang-tuan
                reviews: this-week
                rrule: FREQ=WEEKLY;BYDAY=FR
            """
        files["data/pipeline.json"] = try String(contentsOf: TestSite.fixturesRoot.appendingPathComponent("snapshots/edges.json"), encoding: .utf8)
        let site = try TestSite(files: files)
        try FileManager.default.copyItem(
            at: TestSite.repositoryRoot.appendingPathComponent("site-templates"), to: site.root.appendingPathComponent("site-templates"))
        return site
    }

    /// One random edit of the kinds a writer or the nightly job makes; returns what it did.
    static func edit(_ site: TestSite, _ random: inout SampleRandom, step: Int) throws -> String {
        let content = site.root.appendingPathComponent("content")
        let documents = try FileManager.default.subpathsOfDirectory(atPath: content.path)
            .filter { $0.hasSuffix(".md") && !$0.hasSuffix("_index.md") && $0 != "moc.md" }.sorted()
        func append(_ text: String, to path: String) throws {
            let handle = try FileHandle(forWritingTo: site.root.appendingPathComponent(path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        }
        switch random.below(13) {
        case 0 where !documents.isEmpty:
            let path = documents[random.below(documents.count)]
            try append("\nĐoạn thêm ở bước \(step).\n", to: "content/" + path)
            return "change the body of \(path)"
        case 1 where !documents.isEmpty:
            let path = documents[random.below(documents.count)]
            let text = try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
            try site.write(text.replacingOccurrences(of: "title: ", with: "title: Mới \(step) "), to: "content/" + path)
            return "retitle \(path)"
        case 2:
            let section = sections[random.below(sections.count)]
            try site.write("---\ntitle: Thêm \(step)\nweight: \(step)\n---\nMới [mốc](../moc.md).\n", to: "content/\(section)/them-\(step).md")
            return "add \(section)/them-\(step).md"
        case 3 where documents.count > 2:
            let path = documents[random.below(documents.count)]
            try FileManager.default.removeItem(at: content.appendingPathComponent(path))
            return "delete \(path)"
        case 4 where !documents.isEmpty:
            let path = documents[random.below(documents.count)]
            let section = sections[random.below(sections.count)]
            try FileManager.default.moveItem(at: content.appendingPathComponent(path), to: content.appendingPathComponent("\(section)/doi-\(step).md"))
            return "rename \(path) to \(section)/doi-\(step).md"
        case 5:
            try append("<!-- \(step) -->\n", to: "site-templates/partials/nav.mustache")
            return "change the nav partial"
        case 6:
            // The stylesheet, or an image in a subfolder of the assets: added to, or removed.
            switch random.below(6) {
            case 0, 1:
                try append("\n/* \(step) */\n", to: "site-templates/assets/style.css")
                return "change the stylesheet"
            case 5:
                try? FileManager.default.removeItem(at: site.root.appendingPathComponent("site-templates/assets/img"))
                return "remove site-templates/assets/img"
            default:
                let image = "site-templates/assets/img/dau.svg"
                if !FileManager.default.fileExists(atPath: site.root.appendingPathComponent(image).path) { try site.write("<svg/>\n", to: image) }
                try append("<!-- \(step) -->\n", to: image)
                return "add to \(image)"
            }
        case 7:
            try site.write("title: Sổ tay \(step)\nlast_updated: off\n", to: "playbook.yml")
            return "change the config"
        case 8:
            let path = "content/data/pipeline.json"
            let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
            try site.write(text.replacingOccurrences(of: "\"amount\": 1000000,", with: "\"amount\": \(1_000_000 + step),"), to: path)
            return "change the snapshot"
        case 9:
            // A dated snapshot of some day in November, before the latest one.
            let day = 1 + random.below(28)
            let name = "2026-11-" + LocalDay.twoDigits(day)
            let text = try String(contentsOf: content.appendingPathComponent("data/pipeline.json"), encoding: .utf8)
            try site.write(text.replacingOccurrences(of: "\"as_of\": \"2026-11-30T08:00:00+07:00\"", with: "\"as_of\": \"\(name)T06:00:00+07:00\"")
                .replacingOccurrences(of: "\"amount\": 1000000,", with: "\"amount\": \(1_000_000 - step),"), to: "content/data/history/\(name).json")
            return "file the history snapshot \(name)"
        case 10:
            let folder = content.appendingPathComponent("data/history")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            guard !names.isEmpty else { return "find no history snapshot to delete" }
            let name = names[random.below(names.count)]
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            return "delete the history snapshot \(name)"
        case 11:
            // A page, and a file of content/ with the name of the page's folder, take each
            // other's place: the staging folder's older build has the one where the other goes.
            let section = sections[random.below(sections.count)]
            let page = content.appendingPathComponent("\(section)/doi-cho.md")
            let file = content.appendingPathComponent("\(section)/doi-cho")
            if FileManager.default.fileExists(atPath: page.path) {
                try FileManager.default.removeItem(at: page)
                try site.write("tệp \(step)\n", to: "content/\(section)/doi-cho")
                return "turn the page \(section)/doi-cho.md into a file"
            }
            try? FileManager.default.removeItem(at: file)
            try site.write("---\ntitle: Đổi chỗ \(step)\n---\nTrang.\n", to: "content/\(section)/doi-cho.md")
            return "turn \(section)/doi-cho into a page"
        default:
            let path = "content/lich-hop.yml"
            let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
            let toggled = text.contains("duration: 60")
                ? text.replacingOccurrences(of: "duration: 60", with: "duration: 90")
                : text.replacingOccurrences(of: "duration: 90", with: "duration: 60")
            try site.write(toggled, to: path)
            return "change the calendar"
        }
    }

    /// Seed 7 in every run; `PLAYBOOK_SEEDS=1-40` (or `3,9,12`) walks more sequences.
    static let seeds: [UInt64] = {
        guard let text = ProcessInfo.processInfo.environment["PLAYBOOK_SEEDS"] else { return [7] }
        return text.split(separator: ",").flatMap { part -> [UInt64] in
            let bounds = part.split(separator: "-").compactMap { UInt64($0) }
            return bounds.count == 2 && bounds[0] <= bounds[1] ? Array(bounds[0]...bounds[1]) : bounds
        }
    }()

    @Test(arguments: seeds)
    func incrementalBuildsEqualCleanBuilds(seed: UInt64) throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        var random = SampleRandom(seed: seed, stream: 0)
        var options = site.options
        options.today = LocalDay(year: 2026, month: 11, day: 23)
        // The reference: a clean build from nothing, every step.
        var clean = options
        clean.outputRoot = site.root.appendingPathComponent("clean")
        clean.clean = true
        // `--clean` over its own last output every step: it writes over the site before last.
        var over = clean
        over.outputRoot = site.root.appendingPathComponent("over")
        _ = try SiteBuilder(options: options).build()
        var rendered = 0
        var edits: [String] = []
        for step in 1...30 {
            edits.append(try Self.edit(site, &random, step: step))
            let report = try SiteBuilder(options: options).build()
            rendered += report.filesRendered
            _ = try SiteBuilder(options: over).build()
            try? FileManager.default.removeItem(at: clean.outputRoot)
            try? FileManager.default.removeItem(at: OutputWriter.stagingFolder(for: clean.outputRoot))
            _ = try SiteBuilder(options: clean).build()
            let full = try TestSite.tree(of: clean.outputRoot)
            for (name, built) in [("incremental", try TestSite.tree(of: options.outputRoot)), ("--clean over the last", try TestSite.tree(of: over.outputRoot))] {
                #expect(built.keys.sorted() == full.keys.sorted(), "\(name): files differ after: \(edits.joined(separator: "; "))")
                for (path, bytes) in full where built[path] != bytes {
                    Issue.record("\(name): \(path) differs after: \(edits.joined(separator: "; "))")
                }
            }
        }
        // Not everything is made again every time: the build did skip work.
        let files = try TestSite.snapshot(of: options.outputRoot).count
        #expect(rendered < files * 30)
    }

    @Test func aNoOpRebuildRendersNothingAndKeepsEveryFileAsItWas() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        let first = try site.build()
        #expect(first.filesRendered == first.filesWritten)
        let times = try Self.modificationTimes(of: site.output)
        let folder = try FileManager.default.attributesOfItem(atPath: site.output.path)[.systemFileNumber] as? Int
        let second = try site.build()
        #expect(second.filesRendered == 0 && second.filesUnchanged == first.filesWritten && second.filesRemoved == 0)
        #expect(try Self.modificationTimes(of: site.output) == times)
        // Nothing to write: the output folder is not even swapped for a copy of itself.
        #expect(try FileManager.default.attributesOfItem(atPath: site.output.path)[.systemFileNumber] as? Int == folder)
        try site.write("---\ntitle: Trang 0.0\nweight: 0\nglossary: true\n---\n## Mục\nNội dung mới.\n", to: "content/vai-tro/trang-0.md")
        let third = try site.build()
        // The page, and the search index's file that holds the page's text.
        #expect(third.filesRendered == 2)
        let after = try Self.modificationTimes(of: site.output)
        #expect(after.filter { times[$0.key] != $0.value }.keys.sorted() == ["search/index-2.js", "vai-tro/trang-0/index.html"])
    }

    @Test func aDamagedRecordFallsBackToAFullBuildWithANotice() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        try site.build()
        try Data("{not json".utf8).write(to: site.options.manifestFile)
        let report = try site.build()
        #expect(report.fullBuildNotice == BuildManifest.Absence.unreadable.notice)
        #expect(report.filesUnchanged == 0)
        try site.build()
        try Data(BuildManifest().encoded(version: 99)).write(to: site.options.manifestFile)
        #expect(try site.build().fullBuildNotice == BuildManifest.Absence.otherVersion(99).notice)
        try FileManager.default.removeItem(at: site.options.manifestFile)
        #expect(try site.build().fullBuildNotice == BuildManifest.Absence.missing.notice)
    }

    @Test func removedSourcesLoseTheirOutputs() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        try site.build()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/ban-hang/trang-2.md"))
        let report = try site.build()
        #expect(report.filesRemoved == 1)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("ban-hang/trang-2/index.html").path))
    }

    static func modificationTimes(of folder: URL) throws -> [String: Date] {
        var times: [String: Date] = [:]
        for path in try TestSite.snapshot(of: folder).keys {
            times[path] = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)[.modificationDate] as? Date
        }
        return times
    }
}
