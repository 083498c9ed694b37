import Foundation
import Yams

/// Reads the calendar file (`content/lich-hop.yml`): a list of series under `series:`.
/// Every mistake is reported at its line and column; a rule's mistake at the very character.
public struct CalendarFileReader {
    public static let keys = [
        "id", "title", "description", "start", "duration", "location", "audience", "checklist", "reviews",
        "rrule", "exdates", "rdates",
    ]
    static let defaultDurationMinutes = 60

    let zone: TimeZone
    private var reader: YAMLReader

    public init(file: String, zone: TimeZone) {
        self.zone = zone
        self.reader = YAMLReader(file: file)
    }

    public static func read(_ text: String, file: String, zone: TimeZone) -> ([MeetingSeries], [Diagnostic]) {
        var calendar = CalendarFileReader(file: file, zone: zone)
        let series = calendar.read(text)
        return (series, calendar.reader.diagnostics)
    }

    private mutating func read(_ text: String) -> [MeetingSeries] {
        var series: [MeetingSeries] = []
        var ids: Set<String> = []
        for (key, value) in reader.parseMapping(text, what: "the calendar file") ?? [] {
            guard key == "series" else {
                reader.warning("unknown key `\(key)`; the calendar file holds `series:`", at: value)
                continue
            }
            guard let entries = value.sequence else {
                reader.error("`series` must be a list of `- id: …` entries", at: value)
                continue
            }
            for entry in entries {
                guard let one = readSeries(entry) else { continue }
                if ids.insert(one.id).inserted {
                    series.append(one)
                } else {
                    reader.error("a second series with id `\(one.id)`; ids must be unique", at: entry)
                }
            }
        }
        return series
    }

    private mutating func readSeries(_ node: Node) -> MeetingSeries? {
        guard let pairs = reader.mapping(node, key: "series") else { return nil }
        let errors = reader.diagnostics.count
        var fields: [String: Node] = [:]
        for (key, value) in pairs {
            if Self.keys.contains(key) {
                fields[key] = value
            } else {
                reader.error("unknown key `\(key)`; a series has \(Self.keys.joined(separator: ", "))", at: value)
            }
        }
        let id = fields["id"].flatMap { readID($0) }
        let title = fields["title"].flatMap { reader.string($0, key: "title") }
        for (key, value) in [("id", id), ("title", title)] where value == nil && fields[key] == nil {
            reader.error("missing `\(key)`", at: node)
        }
        let startAndKind = fields["start"].flatMap { readStart($0) }
        if fields["start"] == nil {
            reader.error("missing `start`: the first time, e.g. `start: 2026-01-05 09:00` (a date alone for a whole day)", at: node)
        }
        let start = startAndKind?.0 ?? LocalDateTime(day: LocalDay(daysSinceEpoch: 0), minuteOfDay: 0)
        let isAllDay = startAndKind?.1 ?? false
        let duration = fields["duration"].flatMap { node -> Int? in
            guard let minutes = reader.integer(node, key: "duration") else { return nil }
            guard (1...10_080).contains(minutes) else {
                reader.error("`duration` is in minutes, from 1 to 10080 (a week)", at: node)
                return nil
            }
            return minutes
        }
        var series = MeetingSeries(
            id: id ?? "", title: title ?? "", description: fields["description"].flatMap { reader.string($0, key: "description") } ?? "",
            start: start, isAllDay: isAllDay, durationMinutes: isAllDay ? 1440 : duration ?? Self.defaultDurationMinutes,
            location: fields["location"].flatMap { reader.string($0, key: "location") },
            audience: fields["audience"].map { readAudience($0) } ?? [],
            checklist: fields["checklist"].flatMap { readChecklist($0) },
            reviews: fields["reviews"].flatMap { readReviewedPeriod($0) },
            rule: nil, ruleText: nil,
            exdates: fields["exdates"].map { readTimes($0, key: "exdates", like: start, isAllDay: isAllDay) } ?? [],
            rdates: fields["rdates"].map { readTimes($0, key: "rdates", like: start, isAllDay: isAllDay) } ?? [])
        if let ruleNode = fields["rrule"], let text = reader.string(ruleNode, key: "rrule") {
            do throws(RecurrenceRuleError) {
                series.rule = try RecurrenceRule(parsing: text, timeZone: zone)
                series.ruleText = text
            } catch {
                let position = reader.position(of: ruleNode)
                let quote = ruleNode.scalar.map { $0.style == .plain ? 0 : 1 } ?? 0
                reader.error(
                    "invalid rrule: \(error.message)",
                    at: SourcePosition(line: position.line, column: position.column + quote + error.offset))
            }
        }
        return reader.diagnostics.count == errors ? series : nil
    }

    private mutating func readID(_ node: Node) -> String? {
        guard let id = reader.string(node, key: "id") else { return nil }
        guard !id.isEmpty, id == TextFolding.slug(id) else {
            reader.error("`id` must be lower-case letters, digits and hyphens, e.g. `weekly-review`; it names pages and calendar entries", at: node)
            return nil
        }
        guard id.utf8.count <= SitePath.maximumNameLength else {
            reader.error("`id` is \(id.utf8.count) characters long; it names pages and files, so keep it to \(SitePath.maximumNameLength)", at: node)
            return nil
        }
        return id
    }

    /// `2026-01-05 09:00` or `2026-01-05T09:00`; a date alone is a whole-day deadline.
    private mutating func readStart(_ node: Node) -> (LocalDateTime, Bool)? {
        guard let text = reader.string(node, key: "start") else { return nil }
        let start = Self.day(text).map { (LocalDateTime(day: $0, minuteOfDay: 0), true) } ?? Self.dateTime(text).map { ($0, false) }
        if let start {
            guard !start.0.day.isBeforeSupportedYears else {
                reader.error("`start` must not be before \(LocalDay.supportedYears.lowerBound); found `\(text)`", at: node)
                return nil
            }
            return start
        }
        reader.error("`start` must be `YYYY-MM-DD HH:MM` (or a date alone for a whole day); found `\(text)`", at: node)
        return nil
    }

    private mutating func readTimes(_ node: Node, key: String, like start: LocalDateTime, isAllDay: Bool) -> [LocalDateTime] {
        guard let items = node.sequence else {
            reader.error("`\(key)` must be a list, e.g. [2026-02-16 09:00]", at: node)
            return []
        }
        return items.compactMap { item in
            guard let text = reader.string(item, key: key) else { return nil }
            if isAllDay, let day = Self.day(text) { return LocalDateTime(day: day, minuteOfDay: 0) }
            if !isAllDay, let time = Self.dateTime(text) { return time }
            reader.error(isAllDay
                ? "`\(key)` of a whole-day series are dates, `YYYY-MM-DD`; found `\(text)`"
                : "`\(key)` are `YYYY-MM-DD HH:MM`, at the series' time (\(start.timeText)) to remove it; found `\(text)`", at: item)
            return nil
        }
    }

    private mutating func readAudience(_ node: Node) -> [Role] {
        (reader.strings(node, key: "audience") ?? []).compactMap { name in
            guard let role = Role(rawValue: name) else {
                reader.error("unknown role `\(name)`; use one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))", at: node)
                return nil
            }
            return role
        }
    }

    private mutating func readChecklist(_ node: Node) -> MeetingSeries.ChecklistReference? {
        guard let text = reader.string(node, key: "checklist") else { return nil }
        let parts = text.split(separator: "#", maxSplits: 1).map(String.init)
        guard let document = parts.first, document.hasSuffix(".md") else {
            reader.error("`checklist` names a document of content/ and optionally its heading: `quy-trinh/hang-tuan.md#sang-thu-6`", at: node)
            return nil
        }
        return MeetingSeries.ChecklistReference(
            document: document, anchor: parts.count == 2 ? parts[1] : nil, file: reader.file, position: reader.position(of: node))
    }

    private mutating func readReviewedPeriod(_ node: Node) -> MeetingSeries.ReviewedPeriod? {
        guard let text = reader.string(node, key: "reviews") else { return nil }
        guard let period = MeetingSeries.ReviewedPeriod(text) else {
            reader.error("`reviews` is this-week, previous-week, this-month, previous-month, this-quarter or previous-quarter; found `\(text)`", at: node)
            return nil
        }
        return period
    }

    static func day(_ text: String) -> LocalDay? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return LocalDay(year: year, month: month, day: day)
    }

    static func dateTime(_ text: String) -> LocalDateTime? {
        guard text.count == 16 else { return nil }
        let dayText = String(text.prefix(10))
        let separator = text[text.index(text.startIndex, offsetBy: 10)]
        let time = text.suffix(5).split(separator: ":", omittingEmptySubsequences: false)
        guard separator == " " || separator == "T", let day = day(dayText), time.count == 2,
              time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(time[0]), let minute = Int(time[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return LocalDateTime(day: day, minuteOfDay: hour * 60 + minute)
    }
}
