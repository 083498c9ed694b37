import Mustache

/// A bar chart drawn at build time as inline SVG: no script, no library. Series differ by
/// fill and pattern, not colour alone, so they stay apart in print and in grey-scale; a
/// target is a dashed tick across its bar group. Every label is escaped here.
struct BarChart {
    struct Series: Sendable {
        var name: String
        var values: [Int]
    }

    var id: String
    var title: String
    var categories: [String]
    var series: [Series]
    var target: (name: String, values: [Int?])?
    var valueLabel: @Sendable (Int) -> String

    private static let width = 640
    private static let height = 260
    private static let left = 64
    private static let right = 12
    private static let top = 28
    private static let bottom = 44
    /// Fills by series: solid dark, hatched, dotted.
    private static let fills = ["var(--chart-1)", "url(#%@-hatch)", "url(#%@-dots)"]

    var svg: String {
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let maximum = max(1, (series.flatMap(\.values) + (target?.values.compactMap { $0 } ?? [])).max() ?? 1)
        let scaleTop = ChartScale.niceCeiling(maximum)
        let groupWidth = Double(plotWidth) / Double(max(1, categories.count))
        let barWidth = groupWidth * 0.8 / Double(max(1, series.count))
        func y(_ value: Int) -> Double {
            Double(Self.top) + Double(plotHeight) * (1 - Double(value) / Double(scaleTop))
        }
        var parts: [String] = []
        parts.append("<svg class=\"chart\" viewBox=\"0 0 \(Self.width) \(Self.height)\" role=\"img\" aria-labelledby=\"\(id)-title\" xmlns=\"http://www.w3.org/2000/svg\">")
        parts.append("<title id=\"\(id)-title\">\(HTML.escape(title))</title>")
        parts.append("<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"var(--chart-bg)\"/><rect width=\"3\" height=\"6\" fill=\"var(--chart-2)\"/></pattern>")
        parts.append("<pattern id=\"\(id)-dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" fill=\"var(--chart-bg)\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.5\" fill=\"var(--chart-1)\"/></pattern></defs>")
        for step in 0...4 {
            let value = scaleTop * step / 4
            let lineY = ChartScale.format(y(value))
            parts.append("<line class=\"grid\" x1=\"\(Self.left)\" x2=\"\(Self.width - Self.right)\" y1=\"\(lineY)\" y2=\"\(lineY)\"/>")
            parts.append("<text class=\"axis\" x=\"\(Self.left - 6)\" y=\"\(lineY)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(HTML.escape(valueLabel(value)))</text>")
        }
        for (categoryIndex, category) in categories.enumerated() {
            let groupX = Double(Self.left) + groupWidth * Double(categoryIndex) + groupWidth * 0.1
            for (seriesIndex, series) in series.enumerated() where categoryIndex < series.values.count {
                let value = series.values[categoryIndex]
                let fill = Self.fills[seriesIndex % Self.fills.count].replacingOccurrences(of: "%@", with: id)
                let barY = y(value)
                parts.append("<rect class=\"bar\" x=\"\(ChartScale.format(groupX + barWidth * Double(seriesIndex)))\" y=\"\(ChartScale.format(barY))\" width=\"\(ChartScale.format(barWidth))\" height=\"\(ChartScale.format(Double(Self.top + plotHeight) - barY))\" fill=\"\(fill)\"><title>\(HTML.escape("\(series.name), \(category): \(valueLabel(value))"))</title></rect>")
            }
            if let target, categoryIndex < target.values.count, let goal = target.values[categoryIndex] {
                let tickY = ChartScale.format(y(goal))
                parts.append("<line class=\"target\" x1=\"\(ChartScale.format(groupX - 2))\" x2=\"\(ChartScale.format(groupX + groupWidth * 0.8 + 2))\" y1=\"\(tickY)\" y2=\"\(tickY)\"><title>\(HTML.escape("\(target.name), \(category): \(valueLabel(goal))"))</title></line>")
            }
            let labelX = ChartScale.format(groupX + groupWidth * 0.4)
            parts.append("<text class=\"axis\" x=\"\(labelX)\" y=\"\(Self.height - Self.bottom + 16)\" text-anchor=\"middle\">\(HTML.escape(category))</text>")
        }
        var legendX = Self.left
        for (seriesIndex, series) in series.enumerated() {
            let fill = Self.fills[seriesIndex % Self.fills.count].replacingOccurrences(of: "%@", with: id)
            parts.append("<rect x=\"\(legendX)\" y=\"\(Self.height - 18)\" width=\"12\" height=\"12\" fill=\"\(fill)\" stroke=\"var(--chart-1)\"/>")
            parts.append("<text class=\"legend\" x=\"\(legendX + 16)\" y=\"\(Self.height - 8)\">\(HTML.escape(series.name))</text>")
            legendX += 24 + 8 * series.name.count
        }
        if let target {
            parts.append("<line class=\"target\" x1=\"\(legendX)\" x2=\"\(legendX + 14)\" y1=\"\(Self.height - 12)\" y2=\"\(Self.height - 12)\"/>")
            parts.append("<text class=\"legend\" x=\"\(legendX + 18)\" y=\"\(Self.height - 8)\">\(HTML.escape(target.name))</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// The same figures as a table, for screen readers and for reading exact values.
    var table: ChartTableView {
        var headers = series.map(\.name)
        if let target { headers.append(target.name) }
        let rows = categories.enumerated().map { index, category in
            var cells = series.map { index < $0.values.count ? valueLabel($0.values[index]) : "–" }
            if let target { cells.append(index < target.values.count ? target.values[index].map(valueLabel) ?? "–" : "–") }
            return ChartTableView.Row(label: category, cells: cells)
        }
        return ChartTableView(caption: title, headers: headers, rows: rows)
    }
}

struct ChartTableView: Sendable {
    struct Row: Sendable {
        var label: String
        var cells: [String]
    }

    var caption: String
    var headers: [String]
    var rows: [Row]
}

/// HTML escaping for markup the build writes itself (charts); templates escape on their own.
enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

// Templates read these fields by name; a switch is many times faster than the
// Mirror reflection swift-mustache falls back to. TemplateFieldsTests checks none is missing.
extension ChartTableView.Row: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "label": templateValue(self.label)
        case "cells": templateValue(self.cells)
        default: nil
        }
    }
}

extension ChartTableView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "caption": templateValue(self.caption)
        case "headers": templateValue(self.headers)
        case "rows": templateValue(self.rows)
        default: nil
        }
    }
}
