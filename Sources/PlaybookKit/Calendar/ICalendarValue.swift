import Foundation

/// How RFC 5545 §3.3 writes the value types the feed uses.
enum ICalendarValue {
    /// TEXT (§3.3.11): backslash, semicolon and comma escaped, a line break written `\n`.
    /// A CR (half of a CRLF break) and the other control characters TEXT cannot hold are
    /// dropped. Scalars, not characters, because Swift reads CRLF as one character.
    static func text(_ string: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\\", ";", ",":
                escaped.append("\\")
                escaped.append(scalar)
            case "\n":
                escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\t":
                escaped.append(scalar)
            default:
                if !isControl(scalar) { escaped.append(scalar) }
            }
        }
        return String(escaped)
    }

    /// A URI (§3.3.13) as given, less the control characters that would break the line.
    static func uri(_ string: String) -> String {
        String(String.UnicodeScalarView(string.unicodeScalars.filter { !isControl($0) }))
    }

    /// A parameter value (§3.2), quoted when it holds `:`, `;` or `,`. A DQUOTE or control
    /// character, which no parameter value can hold, is dropped.
    static func parameter(_ string: String) -> String {
        let kept = String(String.UnicodeScalarView(string.unicodeScalars.filter { $0 != "\"" && !isControl($0) }))
        return kept.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(kept)\"" : kept
    }

    /// DATE-TIME with local time (§3.3.5, forms 1 and 3): `20261123T090000`.
    static func localDateTime(_ time: LocalDateTime) -> String {
        dateTime(secondsSinceEpoch: time.day.daysSinceEpoch * 86_400 + time.minuteOfDay * 60)
    }

    /// DATE-TIME in UTC (§3.3.5, form 2): `20261123T020000Z`.
    static func utcDateTime(_ instant: Date) -> String {
        dateTime(secondsSinceEpoch: wholeSeconds(instant)) + "Z"
    }

    /// `YYYYMMDDTHHMMSS` for seconds counted from 1970-01-01T00:00 on the same clock.
    static func dateTime(secondsSinceEpoch seconds: Int) -> String {
        let (localDay, secondOfDay) = dayAndSecond(ofSecondsSinceEpoch: seconds)
        let (year, month, day) = localDay.components
        return padded(year, width: 4) + padded(month, width: 2) + padded(day, width: 2) + "T"
            + padded(secondOfDay / 3600, width: 2) + padded(secondOfDay / 60 % 60, width: 2) + padded(secondOfDay % 60, width: 2)
    }

    /// The day, and the second within it, of seconds counted from 1970-01-01T00:00 on one
    /// clock; rounding down, so that instants before 1970 fall on the right day.
    static func dayAndSecond(ofSecondsSinceEpoch seconds: Int) -> (day: LocalDay, secondOfDay: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (LocalDay(daysSinceEpoch: days), seconds - days * 86_400)
    }

    /// UTC-OFFSET (§3.3.14): `+0700`, with seconds only when there are some; zero is
    /// `+0000` because `-0000` is not allowed.
    static func utcOffset(seconds: Int) -> String {
        let magnitude = abs(seconds)
        let hoursAndMinutes = padded(magnitude / 3600, width: 2) + padded(magnitude / 60 % 60, width: 2)
        return (seconds < 0 ? "-" : "+") + hoursAndMinutes + (magnitude % 60 == 0 ? "" : padded(magnitude % 60, width: 2))
    }

    /// DURATION (§3.3.6) as exact hours and minutes: `PT1H30M`. Never days, which are
    /// nominal and would stretch or shrink across a DST change; never negative.
    static func duration(minutes: Int) -> String {
        let minutes = max(minutes, 0)
        let hours = minutes / 60
        let rest = minutes % 60
        if hours == 0 { return "PT\(rest)M" }
        return "PT\(hours)H" + (rest == 0 ? "" : "\(rest)M")
    }

    /// Whole seconds since 1970, clamped to ±10^12 (some 30,000 years) so that no instant,
    /// however absurd, traps the conversion to `Int`.
    static func wholeSeconds(_ instant: Date) -> Int {
        let seconds = instant.timeIntervalSince1970
        guard seconds.isFinite else { return 0 }
        return Int(min(max(seconds, -1e12), 1e12).rounded(.down))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }

    private static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
