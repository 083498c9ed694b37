import Testing
@testable import PlaybookKit

/// Task lists as review pages read them, and the metric markers they carry.
@Suite struct ChecklistMarkdownTests {
    let renderer = MarkdownRenderer()
    static let routine = """
        Intro with no list.

        ## Sáng thứ 2

        - [ ] Check Hubspot:
          - [x] Trạng thái lead
        - [ ] Tổng kết số lượng Lead, Lead warm {metrics: leads, warm_leads}
        - Not a task

        ## Sáng thứ 6

        - [ ] Review doanh thu dự kiến trong tháng {metrics month: expected_revenue attainment}
        """

    @Test func taskItemsKnowTheirHeadingDepthAndState() {
        let items = renderer.render(Self.routine).taskItems
        #expect(items.map(\.text) == ["Check Hubspot:", "Trạng thái lead", "Tổng kết số lượng Lead, Lead warm", "Review doanh thu dự kiến trong tháng"])
        #expect(items.map(\.depth) == [0, 1, 0, 0])
        #expect(items.map(\.checked) == [false, true, false, false])
        #expect(items.map(\.headingIndex) == [0, 0, 0, 1])
        #expect(items.map(\.line) == [5, 6, 7, 12])
    }

    @Test func markersAreReadWithTheirPeriodAndPosition() {
        let rendered = renderer.render(Self.routine)
        #expect(rendered.metricMarkers == [
            MetricMarker(keys: ["leads", "warm_leads"], period: nil, position: SourcePosition(line: 7, column: 41)),
            MetricMarker(keys: ["expected_revenue", "attainment"], period: "month", position: SourcePosition(line: 12, column: 44)),
        ])
        #expect(rendered.taskItems[2].markers.map(\.keys) == [["leads", "warm_leads"]])
        #expect(rendered.taskItems[0].markers.isEmpty)
    }

    @Test func markersNeverReachTheHandbookPage() {
        let html = renderer.render(Self.routine).html
        #expect(!html.contains("{metrics"))
        #expect(!html.contains("warm_leads"))
        #expect(html.contains("Tổng kết số lượng Lead, Lead warm</label></li>"))
    }

    @Test func textThatOnlyLooksLikeAMarkerStays() {
        #expect(MetricMarker.strip("{metrics without a colon}").text == "{metrics without a colon}")
        #expect(MetricMarker.strip("open {metrics: leads").text == "open {metrics: leads")
        #expect(MetricMarker.strip("a {metrics: } b").markers == [MetricMarker.Parsed(keys: [], period: nil)])
    }
}

@Suite struct ChecklistMarkerSiteTests {
    @Test func unknownMetricsAndPeriodsAreErrorsAtTheirPlace() throws {
        let site = try TestSite(files: [
            "a.md": "---\ntitle: A\n---\n\n- [ ] Lead {metrics: leads, revenue}\n- [ ] Tháng {metrics year: attainment}\n- [ ] Trống {metrics: }\n",
        ])
        defer { site.remove() }
        let messages = site.failingBuild().map(\.description).sorted()
        #expect(messages.count == 3)
        #expect(messages[0].hasPrefix("\(site.options.display(site.root.appendingPathComponent("content/a.md"))):5:12: error: unknown metric `revenue`"))
        #expect(messages[1].contains(":6:13: error: unknown period `year`"))
        #expect(messages[2].contains(":7:13: error: `{metrics: …}` names no metric"))
    }
}
