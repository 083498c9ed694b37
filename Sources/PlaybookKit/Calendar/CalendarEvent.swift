/// One meeting series as the iCalendar feed publishes it: a VEVENT whose times are wall-clock
/// times in the feed's zone.
public struct CalendarEvent: Hashable, Sendable {
    /// Stable across builds, so that a subscribed calendar updates the series rather than
    /// adding a copy: the site uses `<series id>@playbook`.
    public var uid: String
    public var summary: String
    /// Plain text; the feed escapes it, and no reader is told it is HTML.
    public var description: String
    public var location: String
    public var url: String?
    public var start: LocalDateTime
    /// A whole-day deadline: written as DATE values, not times in a zone.
    public var isAllDay: Bool
    public var durationMinutes: Int
    public var rule: RecurrenceRule?
    /// Starts the rule makes that do not happen (EXDATE).
    public var exdates: [LocalDateTime]
    /// Starts the rule does not make that happen too (RDATE).
    public var rdates: [LocalDateTime]
    public var categories: [String]

    public init(
        uid: String, summary: String, description: String = "", location: String = "", url: String? = nil,
        start: LocalDateTime, isAllDay: Bool = false, durationMinutes: Int, rule: RecurrenceRule? = nil,
        exdates: [LocalDateTime] = [], rdates: [LocalDateTime] = [], categories: [String] = []
    ) {
        self.uid = uid
        self.summary = summary
        self.description = description
        self.location = location
        self.url = url
        self.start = start
        self.isAllDay = isAllDay
        self.durationMinutes = durationMinutes
        self.rule = rule
        self.exdates = exdates
        self.rdates = rdates
        self.categories = categories
    }

    /// Every day the event names, for the years its zone's VTIMEZONE has to cover.
    var namedDays: [LocalDay] {
        [start.day] + exdates.map(\.day) + rdates.map(\.day) + (rule?.until.map { [$0.day] } ?? [])
    }
}
