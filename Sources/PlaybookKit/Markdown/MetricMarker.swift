/// `{metrics: leads, warm_leads}` written at the end of a checklist item: the figures a
/// review page shows beside the item, for the period the meeting reviews, or for the
/// week, month or quarter that ends it: `{metrics month: expected_revenue, attainment}`.
/// The handbook page does not show the marker; the item's own words say what it checks.
public struct MetricMarker: Sendable, Equatable {
    /// The keys as written, in order; the site checks them against the metrics it knows.
    public var keys: [String]
    /// `week`, `month` or `quarter` when written; the site checks it too.
    public var period: String?
    public var position: SourcePosition

    static let opening = "{metrics"

    struct Parsed: Equatable {
        var keys: [String]
        var period: String?
    }

    /// Splits `text` into the text without its markers and what the markers say.
    static func strip(_ text: String) -> (text: String, markers: [Parsed]) {
        guard text.contains(opening) else { return (text, []) }
        var remaining = Substring(text)
        var kept = ""
        var markers: [Parsed] = []
        while let start = remaining.range(of: opening),
              let end = remaining[start.upperBound...].firstIndex(of: "}"),
              let colon = remaining[start.upperBound..<end].firstIndex(of: ":") {
            kept += remaining[..<start.lowerBound]
            let period = remaining[start.upperBound..<colon].trimmingCharacters(in: .whitespaces)
            let keys = remaining[remaining.index(after: colon)..<end]
                .split(whereSeparator: { $0 == "," || $0 == " " })
                .map(String.init)
            markers.append(Parsed(keys: keys, period: period.isEmpty ? nil : period))
            remaining = remaining[remaining.index(after: end)...]
        }
        kept += remaining
        return (String(kept.reversed().drop(while: \.isWhitespace).reversed()), markers)
    }
}

/// A GFM task-list item (`- [ ] …`): what review pages show as a checklist.
public struct TaskItem: Sendable, Equatable {
    /// The item's own text (not its nested items'), without metric markers.
    public var text: String
    public var checked: Bool
    /// 0 for a top-level item, 1 inside another item, and so on.
    public var depth: Int
    /// Index into the document's headings of the nearest heading above the item, if any.
    public var headingIndex: Int?
    public var markers: [MetricMarker]
    public var line: Int
}
