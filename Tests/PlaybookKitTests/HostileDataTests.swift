import Foundation
import Testing
@testable import PlaybookKit

/// Payloads in every field a writer or the CRM fills, against every context they land in:
/// HTML text and attributes, links, inline SVG, JavaScript and JSON files, iCalendar text.
@Suite struct HostileDataTests {
    /// Closes a script, breaks a JavaScript string (U+2028, U+2029), opens a tag and an
    /// attribute, and carries iCalendar's separators.
    static let payload = "</script><svg onload=alert(1)>\"'\u{2028}\u{2029}; a, b\\n"

    static func site() throws -> TestSite {
        let text = payload.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        let snapshot = """
            {"schema_version": 1, "as_of": "2026-11-23T06:00:00+07:00",
             "reps": [{"id": "r1", "name": "\(text)", "role": "inbound"}],
             "targets": [{"rep": "r1", "period": "2026-11", "revenue": 1000}],
             "customers": [{"id": "c1", "name": "\(text)", "rep": "r1"}],
             "leads": [{"id": "l1", "rep": "r1", "company": "\(text)", "status": "warm", "created": "2026-11-20"}],
             "deals": [{"id": "d1", "rep": "r1", "customer": "c1", "name": "\(text)", "stage": "\(text)", "amount": 500, "probability": 50, "status": "open", "created": "2026-10-01", "expected_close": "2026-11-25"},
                       {"id": "d2", "rep": "r1", "customer": "c1", "name": "\(text)", "amount": 700, "probability": 100, "status": "won", "created": "2026-10-01", "closed": "2026-11-10"}],
             "activities": [{"id": "a1", "rep": "r1", "type": "task", "customer": "c1", "date": "2026-11-01", "done": false, "subject": "\(text)"}]}
            """
        let yamlTitle = "\"" + text + "\""
        return try TestSite(files: [
            "_index.md": "---\ntitle: \(yamlTitle)\n---\n[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](JaVaScRiPt:alert(2))\n",
            "x.md": "---\ntitle: \(yamlTitle)\ndescription: \(yamlTitle)\n---\n## \(payload)\n",
            "lich-hop.yml": "series:\n  - id: weekly\n    title: \(yamlTitle)\n    description: \(yamlTitle)\n    location: \(yamlTitle)\n    start: 2026-01-02 16:00\n    duration: 60\n    rrule: FREQ=WEEKLY;BYDAY=FR\n",
            "data/pipeline.json": snapshot,
        ])
    }

    @Test func noPayloadSurvivesInAnyBuiltFile() throws {
        let site = try Self.site()
        defer { site.remove() }
        try site.build()
        let files = try TestSite.snapshot(of: site.output)
        var contexts: Set<String> = []
        for (path, data) in files where !path.hasPrefix("assets/") {
            let text = String(decoding: data, as: UTF8.self)
            // iCalendar is plain text: markup there is only text, and is checked below.
            if !path.hasSuffix(".ics") {
                #expect(!text.contains("</script><svg"), "\(path): the payload closes a script")
                #expect(!text.contains("<svg onload"), "\(path): the payload opens a live tag")
            }
            if path.hasSuffix(".js") || path.hasSuffix(".json") {
                #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"), "\(path): a raw line separator, which ends a JavaScript string in older engines")
            }
            #expect(!text.lowercased().contains("href=\"javascript:") && !text.lowercased().contains("href=\"data:"), "\(path): a script link")
            if path.hasSuffix(".html") && text.contains("&lt;/script&gt;&lt;svg onload=alert(1)&gt;") { contexts.insert("html") }
            if path.hasSuffix(".html") {
                // A raw quote after the payload's escaped `>` would end an attribute.
                #expect(!text.contains("alert(1)&gt;\"") && !text.contains("alert(1)&gt;'"), "\(path): a quote of the payload is not escaped")
            }
            if path.hasSuffix(".json") || path.hasSuffix(".js"), text.contains("\\u003c/script\\u003e\\u003csvg onload=alert(1)\\u003e") { contexts.insert(path.hasSuffix(".js") ? "js" : "json") }
            if path.hasSuffix(".ics"), text.contains("SUMMARY:</script><svg onload=alert(1)>\"'") {
                #expect(text.contains("\\; a\\, b\\\\n"), "\(path): iCalendar separators are not escaped")
                contexts.insert("ics")
            }
        }
        #expect(contexts == ["html", "json", "js", "ics"], "the payload never reached \(Set(["html", "json", "js", "ics"]).subtracting(contexts))")
    }

    /// No CRM text reaches a chart today (their labels are periods, dates and the strings
    /// table's words), so the charts are given the payload directly.
    @Test func chartsEscapeEveryLabel() {
        let line = LineChart(
            id: "c", title: Self.payload, labels: [Self.payload, "b"], series: [.init(name: Self.payload, values: [1, 2])],
            valueLabel: { _ in Self.payload }, axisLabel: { _ in Self.payload })
        let bar = BarChart(
            id: "c", title: Self.payload, categories: [Self.payload], series: [.init(name: Self.payload, values: [1])],
            target: (Self.payload, [2]), valueLabel: { _ in Self.payload })
        for svg in [line.svg, bar.svg] {
            #expect(!svg.contains("</script>") && !svg.contains("<svg onload") && !svg.contains("alert(1)>\""))
            #expect(svg.contains("&lt;/script&gt;&lt;svg onload=alert(1)&gt;&quot;&#39;"))
        }
    }
}
