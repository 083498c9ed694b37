import Foundation

/// The VTIMEZONE (RFC 5545 §3.6.5) of a zone over a span of years, from the offset changes
/// Foundation knows: `nextDaylightSavingTimeTransition(after:)` reports every change of
/// offset, not only DST ones. Each kind of change (standard or daylight, offset before,
/// offset after) is one observance whose DTSTART is its first onset and whose RDATEs are the
/// later ones. Explicit dates rather than yearly RRULEs: they are the zone's actual history,
/// with no rule to infer and get wrong in a year a country changed its rules. A zone with no
/// change near the span, such as Asia/Ho_Chi_Minh (+07:00 since 1975), gets one STANDARD
/// observance from the span's first day.
struct TimeZoneComponent {
    /// A change of offset. DTSTART and RDATE of an observance are local times on the clock
    /// in force before the change.
    struct Onset {
        var localSecondsBefore: Int
        var offsetFrom: Int
        var offsetTo: Int
        var isDaylight: Bool
    }

    private struct Observance {
        var isDaylight: Bool
        var offsetFrom: Int
        var offsetTo: Int
        var onsets: [Onset]
    }

    let zone: TimeZone
    /// In time order: the change in force on the span's first day, then each within it.
    let onsets: [Onset]

    init(zone: TimeZone, years: ClosedRange<Int>) {
        self.zone = zone
        let spanStart = Self.firstInstant(ofYear: years.lowerBound, in: zone)
        let spanEnd = Self.firstInstant(ofYear: years.upperBound + 1, in: zone)
        // Every zone that keeps DST changes at least once a year, so a year back is enough to
        // find the change in force at the start; a zone with none then has kept its offset.
        let inForce = Self.changes(in: zone, after: spanStart.addingTimeInterval(-366 * 86_400), through: spanStart).last
            .map { Self.onset(at: $0, in: zone) }
            ?? Self.unchanged(at: spanStart, in: zone)
        onsets = [inForce] + Self.changes(in: zone, after: spanStart, through: spanEnd.addingTimeInterval(-1))
            .map { Self.onset(at: $0, in: zone) }
    }

    func append(to lines: inout ContentLines) {
        lines.append("BEGIN", "VTIMEZONE")
        lines.append("TZID", ICalendarValue.text(zone.identifier))
        for observance in observances {
            let kind = observance.isDaylight ? "DAYLIGHT" : "STANDARD"
            lines.append("BEGIN", kind)
            lines.append("DTSTART", ICalendarValue.dateTime(secondsSinceEpoch: observance.onsets[0].localSecondsBefore))
            lines.append("TZOFFSETFROM", ICalendarValue.utcOffset(seconds: observance.offsetFrom))
            lines.append("TZOFFSETTO", ICalendarValue.utcOffset(seconds: observance.offsetTo))
            for onset in observance.onsets.dropFirst() {
                lines.append("RDATE", ICalendarValue.dateTime(secondsSinceEpoch: onset.localSecondsBefore))
            }
            lines.append("END", kind)
        }
        lines.append("END", "VTIMEZONE")
    }

    /// The onsets grouped by kind of change, in the order each kind first occurs.
    private var observances: [Observance] {
        var observances: [Observance] = []
        for onset in onsets {
            if let index = observances.firstIndex(where: {
                $0.isDaylight == onset.isDaylight && $0.offsetFrom == onset.offsetFrom && $0.offsetTo == onset.offsetTo
            }) {
                observances[index].onsets.append(onset)
            } else {
                observances.append(Observance(isDaylight: onset.isDaylight, offsetFrom: onset.offsetFrom, offsetTo: onset.offsetTo, onsets: [onset]))
            }
        }
        return observances
    }

    private static func changes(in zone: TimeZone, after start: Date, through end: Date) -> [Date] {
        var changes: [Date] = []
        var cursor = start
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next > cursor, next <= end {
            changes.append(next)
            cursor = next
        }
        return changes
    }

    private static func onset(at change: Date, in zone: TimeZone) -> Onset {
        let offsetFrom = zone.secondsFromGMT(for: change.addingTimeInterval(-1))
        return Onset(
            localSecondsBefore: ICalendarValue.wholeSeconds(change) + offsetFrom,
            offsetFrom: offsetFrom,
            offsetTo: zone.secondsFromGMT(for: change),
            isDaylight: zone.isDaylightSavingTime(for: change)
        )
    }

    private static func unchanged(at instant: Date, in zone: TimeZone) -> Onset {
        let offset = zone.secondsFromGMT(for: instant)
        return Onset(
            localSecondsBefore: ICalendarValue.wholeSeconds(instant) + offset,
            offsetFrom: offset,
            offsetTo: offset,
            isDaylight: zone.isDaylightSavingTime(for: instant)
        )
    }

    private static func firstInstant(ofYear year: Int, in zone: TimeZone) -> Date {
        LocalDateTime(day: LocalDay(year: year, month: 1, day: 1)!, minuteOfDay: 0).instant(in: zone)
    }
}
