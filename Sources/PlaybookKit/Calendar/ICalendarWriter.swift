import Foundation

/// Writes the team's meetings as one iCalendar (RFC 5545) feed that calendar apps subscribe
/// to. The same input gives the same bytes: nothing comes from the clock or the machine.
public enum ICalendarWriter {
    /// A series without UNTIL runs on, so the VTIMEZONE covers this many years past the
    /// latest year the feed names (its stamp included). Clients that know the TZID use
    /// their own rules anyway; this is for those that only read the feed.
    static let zoneYearsAhead = 10

    /// The whole feed: the calendar's properties, one VTIMEZONE for `zone`, then one VEVENT
    /// per event in the order given. `stamp` is every VEVENT's DTSTAMP: when the content was
    /// last changed, never when the feed was written.
    public static func calendar(name: String, zone: TimeZone, stamp: Date, events: [CalendarEvent]) -> String {
        var lines = ContentLines()
        lines.append("BEGIN", "VCALENDAR")
        lines.append("VERSION", "2.0")
        lines.append("PRODID", "-//Playbook//Playbook//VI")
        lines.append("CALSCALE", "GREGORIAN")
        lines.append("METHOD", "PUBLISH")
        lines.append("X-WR-CALNAME", ICalendarValue.text(name))
        lines.append("X-WR-TIMEZONE", ICalendarValue.text(zone.identifier))
        TimeZoneComponent(zone: zone, years: zoneYears(zone: zone, stamp: stamp, events: events)).append(to: &lines)
        let tzid = ";TZID=" + ICalendarValue.parameter(zone.identifier)
        let dtstamp = ICalendarValue.utcDateTime(stamp)
        for event in events {
            append(event, zone: zone, tzid: tzid, dtstamp: dtstamp, to: &lines)
        }
        lines.append("END", "VCALENDAR")
        return lines.text
    }

    private static func append(_ event: CalendarEvent, zone: TimeZone, tzid: String, dtstamp: String, to lines: inout ContentLines) {
        lines.append("BEGIN", "VEVENT")
        lines.append("UID", ICalendarValue.text(event.uid))
        lines.append("DTSTAMP", dtstamp)
        // A whole day is a DATE in every zone (RFC 5545 §3.6.1); a time is local to the TZID.
        let time = { (start: LocalDateTime) in
            event.isAllDay ? String(ICalendarValue.localDateTime(start).prefix(8)) : ICalendarValue.localDateTime(start)
        }
        let timeParameters = event.isAllDay ? ";VALUE=DATE" : tzid
        lines.append("DTSTART", time(event.start), parameters: timeParameters)
        lines.append("DURATION", event.isAllDay ? "P1D" : ICalendarValue.duration(minutes: event.durationMinutes))
        if let rule = event.rule {
            lines.append("RRULE", rule.text(in: zone))
        }
        for exdate in Set(event.exdates).sorted() {
            lines.append("EXDATE", time(exdate), parameters: timeParameters)
        }
        for rdate in Set(event.rdates).sorted() {
            lines.append("RDATE", time(rdate), parameters: timeParameters)
        }
        lines.append("SUMMARY", ICalendarValue.text(event.summary))
        if !event.description.isEmpty {
            lines.append("DESCRIPTION", ICalendarValue.text(event.description))
        }
        if !event.location.isEmpty {
            lines.append("LOCATION", ICalendarValue.text(event.location))
        }
        if let url = event.url, !url.isEmpty {
            lines.append("URL", ICalendarValue.uri(url))
        }
        if !event.categories.isEmpty {
            lines.append("CATEGORIES", event.categories.map(ICalendarValue.text).joined(separator: ","))
        }
        lines.append("END", "VEVENT")
    }

    /// From the first year any event names through `zoneYearsAhead` past the last one.
    private static func zoneYears(zone: TimeZone, stamp: Date, events: [CalendarEvent]) -> ClosedRange<Int> {
        let stampDay = ICalendarValue.dayAndSecond(ofSecondsSinceEpoch: ICalendarValue.wholeSeconds(stamp) + zone.secondsFromGMT(for: stamp)).day
        let days = events.flatMap(\.namedDays)
        let first = days.min() ?? stampDay
        let last = max(days.max() ?? stampDay, stampDay)
        return first.components.year...(last.components.year + zoneYearsAhead)
    }
}
