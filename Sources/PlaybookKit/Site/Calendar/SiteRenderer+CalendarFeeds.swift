import Foundation

/// `calendar.ics` with every series and one `.ics` per series, for Google Calendar, Outlook
/// and Thunderbird to subscribe to. DTSTAMP is the site's day, never the clock, so two
/// builds of the same content give the same bytes.
extension SiteRenderer {
    func calendarFeeds(_ calendar: CalendarContext) -> [OutputFile] {
        let zone = input.config.timeZone
        let stamp = Date(timeIntervalSince1970: TimeInterval(calendar.today.daysSinceEpoch * 86_400))
        let events = calendar.entries.map { calendarEvent($0.series) }
        var files = [OutputFile(
            path: CalendarPaths.feed,
            content: .text(ICalendarWriter.calendar(name: input.config.title, zone: zone, stamp: stamp, events: events)))]
        for (entry, event) in zip(calendar.entries, events) {
            files.append(OutputFile(
                path: CalendarPaths.seriesFeed(entry.series.id),
                content: .text(ICalendarWriter.calendar(name: entry.series.title, zone: zone, stamp: stamp, events: [event]))))
        }
        return files
    }

    func calendarEvent(_ series: MeetingSeries) -> CalendarEvent {
        CalendarEvent(
            uid: "\(series.id)@playbook", summary: series.title, description: series.description,
            location: series.location ?? "",
            url: input.config.baseURL.map { $0 + CalendarPaths.series(series.id) + "/" },
            start: series.start, isAllDay: series.isAllDay, durationMinutes: series.durationMinutes, rule: series.rule,
            exdates: series.exdates, rdates: series.rdates,
            categories: series.audience.map { input.strings["role_\($0.rawValue)"] })
    }
}
