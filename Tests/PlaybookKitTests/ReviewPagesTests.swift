import Foundation
import Testing
@testable import PlaybookKit

/// Review pages of the shipped playbook and sample snapshot: the figures beside each item
/// are the ones `api/metrics.json` gives for the period under review.
@Suite struct ReviewPagesTests {
    let output: URL

    init() throws {
        output = try TestSite.buildShippedPlaybook()
    }

    private func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// `data-owner`, `data-metric`, `data-period` and `data-value` of every figure cell.
    private static func figures(in html: String) -> [(owner: String, metric: String, period: String, value: String)] {
        html.components(separatedBy: "<td class=\"num\" data-owner=\"").dropFirst().map { rest in
            let values = rest.components(separatedBy: "\"")
            return (values[0], values[2], values[4], values[6])
        }
    }

    @Test(arguments: ["reviews/2026-W47-weekly", "reviews/2026-W47-monday-check", "reviews/2026-10-monthly", "reviews/2026-11-mid-month", "reviews/2026-Q3-quarterly"])
    func figuresEqualMetricsJSON(path: String) throws {
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let html = try page(path + "/index.html")
        let metrics = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("api/metrics.json"))) as? [String: Any])
        let figures = Self.figures(in: html)
        #expect(figures.count > 20)
        for figure in figures {
            let owner = figure.owner == "team" ? metrics["team"] : (metrics["reps"] as? [String: Any])?[figure.owner]
            let periods = try #require((owner as? [String: Any])?["periods"] as? [String: Any])
            let values = try #require(periods[figure.period] as? [String: Any], "\(figure.period) is not in metrics.json")
            let expected = try #require(values[figure.metric])
            let shown = try #require((try JSONSerialization.jsonObject(with: Data("[\(figure.value)]".utf8)) as? [Any])?.first)
            #expect((shown as? NSObject)?.isEqual(expected) == true, "\(path): \(figure.owner) \(figure.metric) \(figure.period) shows \(figure.value), metrics.json has \(expected)")
        }
    }

    @Test func theWeeklyReviewShowsThisWeekAndTheMonthAndCanBeTicked() throws {
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let html = try page("reviews/2026-W47-weekly/index.html")
        let periods = Set(Self.figures(in: html).map(\.period))
        #expect(periods == ["2026-W47", "2026-11"])
        #expect(html.contains("<input type=\"checkbox\" id=\"item-1\" data-check>"))
        #expect(html.contains("<script src=\"../../assets/checklist.js\" defer></script>"))
        #expect(html.contains("Tuần 47/2026 (16/11/2026 – 22/11/2026)"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        let snapshot = try Data(contentsOf: TestSite.repositoryRoot.appendingPathComponent("content/data/pipeline.json"))
        let reps = try #require(SnapshotDecoder.decode(snapshot, file: "pipeline.json").0).reps
        for rep in reps where rep.active {
            #expect(html.contains("<tr><th scope=\"row\">\(rep.name)</th>"), "\(rep.name) has no row")
        }
        #expect(html.contains("<tr><th scope=\"row\">Cả team</th>"))
    }

    @Test func theFirstOfTheMonthHRPageListsEachRepsRevenueOfThePreviousMonth() throws {
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let html = try page("reviews/2026-10-hr-commission/index.html")
        let metrics = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("api/metrics.json"))) as? [String: Any])
        let reps = try #require(metrics["reps"] as? [String: [String: Any]])
        let snapshot = try Data(contentsOf: TestSite.repositoryRoot.appendingPathComponent("content/data/pipeline.json"))
        let decoded = try #require(SnapshotDecoder.decode(snapshot, file: "pipeline.json").0)
        let numbers = NumberText(currency: "VND")
        for rep in decoded.reps {
            let october = try #require((reps[rep.id]?["periods"] as? [String: Any])?["2026-10"] as? [String: Any])
            let revenue = try #require(october["actual_revenue"] as? Int)
            #expect(html.contains("<td>\(rep.name)</td>\n<td class=\"num\">\(numbers.money(revenue))</td>") || html.contains("<td>\(rep.name)</td><td class=\"num\">\(numbers.money(revenue))</td>"), "\(rep.name): \(revenue)")
        }
    }
}
