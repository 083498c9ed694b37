extension Instant {
    /// The date at the offset it was written with.
    var dayAsWritten: LocalDay {
        let local = secondsSinceEpoch + offsetSeconds
        return LocalDay(daysSinceEpoch: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    /// RFC 3339 with the offset it was written with, whole seconds.
    public var rfc3339: String {
        let days = dayAsWritten.daysSinceEpoch
        let seconds = secondsSinceEpoch + offsetSeconds - days * 86_400
        let time = [seconds / 3600, seconds % 3600 / 60, seconds % 60].map(LocalDay.twoDigits).joined(separator: ":")
        let zone: String
        if offsetSeconds == 0 {
            zone = "Z"
        } else {
            let minutes = abs(offsetSeconds) / 60
            zone = (offsetSeconds < 0 ? "-" : "+") + LocalDay.twoDigits(minutes / 60) + ":" + LocalDay.twoDigits(minutes % 60)
        }
        return "\(dayAsWritten)T\(time)\(zone)"
    }
}
