/// A line chart drawn at build time as inline SVG, for figures taken at moments (one point
/// per dated snapshot). Lines differ by dash and marker, not colour alone; every point
/// carries its value as a tooltip, and `table` gives the same figures as text.
struct LineChart {
    struct Series: Sendable {
        var name: String
        var values: [Int]
    }

    var id: String
    var title: String
    /// One label per point, oldest first.
    var labels: [String]
    var series: [Series]
    /// Exact values, for tooltips and the table.
    var valueLabel: @Sendable (Int) -> String
    /// Short values for the axis, where a full amount of money does not fit.
    var axisLabel: @Sendable (Int) -> String

    private static let width = 640
    private static let height = 240
    private static let left = 64
    private static let right = 16
    private static let top = 20
    private static let bottom = 44
    private static let dashes = ["", "6 4", "2 3"]
    private static let labelCount = 6

    var svg: String {
        let plotWidth = Double(Self.width - Self.left - Self.right)
        let plotHeight = Double(Self.height - Self.top - Self.bottom)
        let scaleTop = ChartScale.niceCeiling(max(1, series.flatMap(\.values).max() ?? 1))
        let step = labels.count > 1 ? plotWidth / Double(labels.count - 1) : 0
        func x(_ index: Int) -> Double { Double(Self.left) + (labels.count > 1 ? step * Double(index) : plotWidth / 2) }
        func y(_ value: Int) -> Double { Double(Self.top) + plotHeight * (1 - Double(max(0, value)) / Double(scaleTop)) }
        var parts = [
            "<svg class=\"chart\" viewBox=\"0 0 \(Self.width) \(Self.height)\" role=\"img\" aria-labelledby=\"\(id)-title\" xmlns=\"http://www.w3.org/2000/svg\">",
            "<title id=\"\(id)-title\">\(HTML.escape(title))</title>",
        ]
        for tick in 0...4 {
            let value = scaleTop * tick / 4
            let lineY = ChartScale.format(y(value))
            parts.append("<line class=\"grid\" x1=\"\(Self.left)\" x2=\"\(Self.width - Self.right)\" y1=\"\(lineY)\" y2=\"\(lineY)\"/>")
            parts.append("<text class=\"axis\" x=\"\(Self.left - 6)\" y=\"\(lineY)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(HTML.escape(axisLabel(value)))</text>")
        }
        let every = max(1, (labels.count + Self.labelCount - 1) / Self.labelCount)
        for (index, label) in labels.enumerated() where index % every == 0 || index == labels.count - 1 {
            // The first and last labels sit inside the plot's edges rather than past them.
            let anchor = labels.count == 1 ? "middle" : index == 0 ? "start" : index == labels.count - 1 ? "end" : "middle"
            parts.append("<text class=\"axis\" x=\"\(ChartScale.format(x(index)))\" y=\"\(Self.height - Self.bottom + 16)\" text-anchor=\"\(anchor)\">\(HTML.escape(label))</text>")
        }
        for (seriesIndex, line) in series.enumerated() {
            let dash = Self.dashes[seriesIndex % Self.dashes.count]
            let colour = seriesIndex % 2 == 0 ? "var(--chart-1)" : "var(--chart-2)"
            let points = line.values.indices.map { "\(ChartScale.format(x($0))),\(ChartScale.format(y(line.values[$0])))" }
            parts.append("<polyline class=\"line\" points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>")
            for (index, value) in line.values.enumerated() where index < labels.count {
                let tooltip = "<title>\(HTML.escape("\(line.name), \(labels[index]): \(valueLabel(value))"))</title>"
                let (cx, cy) = (ChartScale.format(x(index)), ChartScale.format(y(value)))
                parts.append(seriesIndex % 2 == 0
                    ? "<circle class=\"point\" cx=\"\(cx)\" cy=\"\(cy)\" r=\"3.5\" fill=\"\(colour)\">\(tooltip)</circle>"
                    : "<rect class=\"point\" x=\"\(ChartScale.format(x(index) - 3.5))\" y=\"\(ChartScale.format(y(value) - 3.5))\" width=\"7\" height=\"7\" fill=\"\(colour)\">\(tooltip)</rect>")
            }
        }
        var legendX = Self.left
        for (seriesIndex, line) in series.enumerated() {
            let dash = Self.dashes[seriesIndex % Self.dashes.count]
            let colour = seriesIndex % 2 == 0 ? "var(--chart-1)" : "var(--chart-2)"
            parts.append("<line class=\"line\" x1=\"\(legendX)\" x2=\"\(legendX + 18)\" y1=\"\(Self.height - 12)\" y2=\"\(Self.height - 12)\" stroke=\"\(colour)\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>")
            parts.append("<text class=\"legend\" x=\"\(legendX + 22)\" y=\"\(Self.height - 8)\">\(HTML.escape(line.name))</text>")
            legendX += 32 + 8 * line.name.count
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    var table: ChartTableView {
        ChartTableView(
            caption: title, headers: series.map(\.name),
            rows: labels.enumerated().map { index, label in
                ChartTableView.Row(label: label, cells: series.map { index < $0.values.count ? valueLabel($0.values[index]) : "–" })
            })
    }
}

/// Axis arithmetic the charts share.
enum ChartScale {
    /// The smallest 1, 2 or 5 times a power of ten at or above `value`.
    static func niceCeiling(_ value: Int) -> Int {
        var magnitude = 1
        while magnitude * 10 <= value { magnitude *= 10 }
        for step in [1, 2, 5, 10] where step * magnitude >= value { return step * magnitude }
        return value
    }

    /// One decimal at most, and none when it is zero: stable bytes across platforms.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
