import Foundation

/// Dates as the site shows them: `dd/mm/yyyy` in the site's time zone, whatever the locale.
struct DateText: Sendable {
    let calendar: Calendar

    init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(String(parts.day!).leftPadded(to: 2))/\(String(parts.month!).leftPadded(to: 2))/\(parts.year!)"
    }

    /// `YYYY-MM-DD`, for machine-readable places such as the sitemap.
    func isoDay(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.year!)-\(String(parts.month!).leftPadded(to: 2))-\(String(parts.day!).leftPadded(to: 2))"
    }
}
