import Foundation
import Testing
@testable import PlaybookKit

/// The shipped playbook in `content/`: built with the shipped templates, it must carry every
/// fact of the team's source documents and make every role and routine easy to reach.
@Suite struct ShippedPlaybookTests {
    static let rolesAndRoutines = [
        "vai-tro/inbound-sales/index.html", "vai-tro/outbound-sales/index.html", "vai-tro/bd-manager/index.html",
        "quy-trinh/hang-tuan/index.html", "quy-trinh/hang-thang/index.html", "quy-trinh/hang-quy/index.html",
        "quy-trinh/cac-moc-thoi-gian/index.html", "ban-hang/phan-bo-thoi-gian/index.html",
        "ban-hang/hieu-khach-hang/index.html", "ban-hang/nhu-cau-theo-vai-tro/index.html",
    ]

    /// Handbook, dashboards and calendar within two clicks; each meeting's review pages, a
    /// year of them, within three (home, calendar, the meeting's page).
    @Test func everyPageIsWithinTwoClicksOfHomeAndEveryReviewWithinThree() throws {
        let output = try TestSite.buildShippedPlaybook()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var depth = ["index.html": 0]
        var frontier = ["index.html"]
        for click in 1...3 {
            var next: [String] = []
            for page in frontier {
                let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
                for target in Self.links(in: html, from: page) where depth[target] == nil {
                    depth[target] = click
                    next.append(target)
                }
            }
            frontier = next
        }
        for page in Self.rolesAndRoutines {
            #expect((depth[page] ?? 3) <= 2, "\(page) is not within two clicks of the home page")
        }
        let allPages = try TestSite.snapshot(of: output).keys.filter { $0.hasSuffix("index.html") }
        #expect(allPages.contains { $0.hasPrefix("reviews/") } && allPages.contains { $0.hasPrefix("kpi/nhan-vien/") })
        for page in allPages {
            let limit = page.hasPrefix("reviews/") ? 3 : 2
            #expect((depth[page] ?? limit + 1) <= limit, "\(page) is not within \(limit) clicks of the home page")
        }
    }

    @Test func everyFactOfTheSourcesIsInTheContent() throws {
        let content = try Self.plainContent()
        let seeds = TestSite.fixturesRoot.appendingPathComponent("seeds")
        var checked = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
            let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("•") else { continue }
                for phrase in Self.phrases(of: String(trimmed.dropFirst())) {
                    checked += 1
                    #expect(content.contains(phrase), "missing from content/: \(phrase)")
                }
            }
        }
        #expect(checked > 150)
        for time in ["9h00 sáng thứ 2", "4h00 chiều thứ 6", "Ngày 01 hàng tháng", "30%", "70%", "Ngày 15", "Ngày 28"] {
            #expect(content.contains(TextFolding.fold(time)), "missing: \(time)")
        }
    }

    /// The phrases of a source bullet that must survive rewriting: the text between its
    /// punctuation, folded, with the spelling fixes the rewrite made.
    static func phrases(of bullet: String) -> [String] {
        let fixes = ["Hôm này": "Hôm nay", "chắm sóc": "chăm sóc", "lảng quên": "lãng quên", "lơ lững": "lơ lửng",
                     "qũy": "quỹ", "tần xuất": "tần suất", "Task#": "Task", "=>": "→"]
        var text = bullet
        for (typo, fix) in fixes { text = text.replacingOccurrences(of: typo, with: fix) }
        return text.components(separatedBy: CharacterSet(charactersIn: ":,()–→?“”\"."))
            .map { TextFolding.fold($0).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { $0.count > 2 }
    }

    static func plainContent() throws -> String {
        let root = TestSite.repositoryRoot.appendingPathComponent("content")
        var texts: [String] = []
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where url.pathExtension == "md" {
            texts.append(try String(contentsOf: url, encoding: .utf8))
        }
        return TextFolding.fold(texts.joined(separator: " ")).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Site-internal page links of a page, resolved to paths from the output root.
    /// Every relative `href` and `src` of every page names a file the build wrote, and every
    /// `#fragment` on the same page names an id there.
    @Test func noLinkIsBroken() throws {
        let output = try TestSite.buildShippedPlaybook()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let (broken, checked) = SiteLinks.broken(in: try TestSite.snapshot(of: output))
        #expect(broken.isEmpty, "\(broken.prefix(10))")
        #expect(checked > 5_000)
    }

    static func links(in html: String, from page: String) -> [String] {
        let folder = page.split(separator: "/").dropLast().joined(separator: "/")
        return html.components(separatedBy: "href=\"").dropFirst().compactMap { rest in
            let href = String(rest.prefix(while: { $0 != "\"" && $0 != "#" }))
            guard href.hasSuffix("index.html"), !href.contains(":") else { return nil }
            return LinkResolver.join(folder, href)
        }
    }
}
