import Foundation

/// A wall-clock time on a local day in the site's time zone: what a meeting's start means to
/// the people who attend it, whatever the zone's offset that day.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var day: LocalDay
    /// Minutes since local midnight, 0 ..< 1440.
    public var minuteOfDay: Int

    public init(day: LocalDay, minuteOfDay: Int) {
        self.day = day
        self.minuteOfDay = minuteOfDay
    }

    /// The wall-clock time `instant` shows in `zone`, to the minute.
    public init(_ instant: Date, in zone: TimeZone) {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: instant)
        let day = Int((Double(local) / 86_400).rounded(.down))
        self.init(day: LocalDay(daysSinceEpoch: day), minuteOfDay: (local - day * 86_400) / 60)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.day, lhs.minuteOfDay) < (rhs.day, rhs.minuteOfDay)
    }

    /// `2026-11-23T09:00`, as `api/calendar.json` writes occurrences.
    public var description: String {
        "\(day)T\(LocalDay.twoDigits(minuteOfDay / 60)):\(LocalDay.twoDigits(minuteOfDay % 60))"
    }

    /// `09:00`.
    public var timeText: String {
        "\(LocalDay.twoDigits(minuteOfDay / 60)):\(LocalDay.twoDigits(minuteOfDay % 60))"
    }

    /// The instant this wall-clock time names in `zone`. In a gap (spring forward) the time
    /// is read with the offset before the gap, as RFC 5545 §3.3.5 asks.
    public func instant(in zone: TimeZone) -> Date {
        let local = (day.daysSinceEpoch * 86_400 + minuteOfDay * 60)
        let guess = Date(timeIntervalSince1970: TimeInterval(local - zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))))
        let offset = zone.secondsFromGMT(for: guess)
        return Date(timeIntervalSince1970: TimeInterval(local - offset))
    }
}
