/// One meeting or deadline of the team's rhythm, as `content/lich-hop.yml` writes it.
public struct MeetingSeries: Sendable, Equatable {
    /// The period a meeting looks back on, relative to the day it is held.
    public struct ReviewedPeriod: Sendable, Equatable {
        public var kind: Period.Kind
        /// 0 for the period the meeting falls in, -1 for the one before.
        public var offset: Int

        /// `this-week`, `previous-month`…, as written in the calendar file.
        public init?(_ text: String) {
            let parts = text.split(separator: "-", maxSplits: 1).map(String.init)
            guard parts.count == 2, let offset = ["this": 0, "previous": -1][parts[0]],
                  let kind = Period.Kind.allCases.first(where: { "\($0)" == parts[1] }) else { return nil }
            self.kind = kind
            self.offset = offset
        }

        /// The period a meeting held on `day` reviews.
        public func period(for day: LocalDay) -> Period {
            let current = Period.containing(day, kind: kind)
            return offset == 0 ? current : current.previous
        }
    }

    /// A checklist: a document and, optionally, the heading whose section holds the items.
    public struct ChecklistReference: Sendable, Equatable {
        public var document: String
        public var anchor: String?
        /// Where the reference is written, for an error when it leads nowhere.
        public var file: String
        public var position: SourcePosition
    }

    public var id: String
    public var title: String
    public var description: String
    /// The first start: a wall-clock time, or midnight of the day for a deadline.
    public var start: LocalDateTime
    /// A deadline for the whole day, with no time.
    public var isAllDay: Bool
    public var durationMinutes: Int
    public var location: String?
    public var audience: [Role]
    public var checklist: ChecklistReference?
    public var reviews: ReviewedPeriod?
    public var rule: RecurrenceRule?
    public var ruleText: String?
    public var exdates: [LocalDateTime]
    public var rdates: [LocalDateTime]

    /// Every start from the first through `last`: the rule's, and the added dates, less the
    /// removed ones, in order.
    public func starts(through last: LocalDay) -> [LocalDateTime] {
        var starts = Set(rule.map { occurrences(of: $0, start: start, through: last) } ?? [start])
        starts.formUnion(rdates.filter { $0.day <= last })
        starts.subtract(exdates)
        return starts.filter { $0.day <= last }.sorted()
    }
}
