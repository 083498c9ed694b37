/// `api/calendar.json`: every series with its rule and every start in the window, in local
/// time, so scripts and the tests can check the iCalendar feed against the same dates.
enum CalendarJSON {
    static func render(_ calendar: CalendarContext, zone: String) -> String {
        let series = calendar.entries.map { entry in
            let one = entry.series
            return JSONText.object([
                ("id", JSONText.quoted(one.id)),
                ("title", JSONText.quoted(one.title)),
                ("rrule", one.ruleText.map(JSONText.quoted) ?? "null"),
                ("exdates", JSONText.array(one.exdates.map { JSONText.quoted(text(of: $0, allDay: one.isAllDay)) })),
                ("rdates", JSONText.array(one.rdates.map { JSONText.quoted(text(of: $0, allDay: one.isAllDay)) })),
                ("start", JSONText.quoted(text(of: one.start, allDay: one.isAllDay))),
                ("all_day", one.isAllDay ? "true" : "false"),
                ("duration_minutes", String(one.durationMinutes)),
                ("occurrences", JSONText.array(entry.starts.map { JSONText.quoted($0.description) })),
            ])
        }
        return JSONText.object([
            ("timezone", JSONText.quoted(zone)),
            ("window", JSONText.object([
                ("start", JSONText.quoted(calendar.window.lowerBound.description)),
                ("end", JSONText.quoted(calendar.window.upperBound.description)),
            ])),
            ("series", "[\n" + series.joined(separator: ",\n") + "\n]"),
        ], multiline: true) + "\n"
    }

    private static func text(of start: LocalDateTime, allDay: Bool) -> String {
        allDay ? start.day.description : start.description
    }
}
