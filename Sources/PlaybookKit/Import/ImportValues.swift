/// How an export writes its dates; a mapping lists the ones to try, in order.
public enum ImportDateFormat: String, CaseIterable, Sendable {
    /// `2026-11-05`, `2026-11-05 16:30`, `2026-11-05T16:30:00+07:00`, `2026-11-05T09:30:00Z`.
    case iso
    /// `05/11/2026`, `5/11/2026 16:30`, `05.11.2026`, `05-11-2026` (day first, as in Vietnam).
    case dayMonthYear = "dd/mm/yyyy"
    /// `11/05/2026 4:30 PM` (month first, HubSpot's US default).
    case monthDayYear = "mm/dd/yyyy"
}

/// A date read from an export: a local date when the export wrote no zone (it is taken in
/// the mapping's zone, as the snapshot takes plain dates), an instant when it did.
enum ImportedDate: Equatable, Sendable {
    case day(LocalDay)
    case instant(Instant)

    /// As the snapshot writes it: `2026-11-05` or `2026-11-05T16:30:00+07:00`.
    var snapshotText: String {
        switch self {
        case .day(let day): day.description
        case .instant(let instant): instant.rfc3339
        }
    }

    static func parse(_ text: String, formats: [ImportDateFormat]) -> ImportedDate? {
        for format in formats {
            var scanner = DateScanner(Array(text.trimmingCharacters(in: .whitespaces).utf8))
            if let date = scanner.date(format) { return date }
        }
        return nil
    }
}

extension Instant {
    /// An RFC 3339 date-time with an offset (`2026-11-23T06:00:00+07:00`); nil otherwise.
    public init?(rfc3339 text: String) {
        guard case .instant(let instant) = ImportedDate.parse(text, formats: [.iso]) else { return nil }
        self = instant
    }
}

/// Reads one date from the bytes of a field; every part is checked, nothing is guessed.
private struct DateScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func date(_ format: ImportDateFormat) -> ImportedDate? {
        let year, month, day: Int
        switch format {
        case .iso:
            guard let y = number(4...4), separator("-/"), let m = number(1...2), separator("-/"), let d = number(1...2) else { return nil }
            (year, month, day) = (y, m, d)
        case .dayMonthYear, .monthDayYear:
            guard let first = number(1...2), separator("/.-"), let second = number(1...2), separator("/.-"), let y = number(4...4) else { return nil }
            (year, month, day) = format == .dayMonthYear ? (y, second, first) : (y, first, second)
        }
        guard let localDay = LocalDay(year: year, month: month, day: day) else { return nil }
        if atEnd { return .day(localDay) }
        guard separator("Tt ") else { return nil }
        skipSpaces()
        guard var hour = number(1...2), separator(":"), let minute = number(2...2), minute < 60 else { return nil }
        var second = 0
        if separator(":") {
            guard let value = number(2...2), value <= 60 else { return nil }
            second = min(value, 59)
            if separator(".,") { guard number(1...9) != nil else { return nil } }
        }
        skipSpaces()
        if let meridiem = meridiem() {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "P" ? 12 : 0)
        }
        guard hour < 24 else { return nil }
        skipSpaces()
        if atEnd { return .day(localDay) }
        guard let offset = zoneOffset(), atEnd else { return nil }
        let local = localDay.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        return .instant(Instant(secondsSinceEpoch: local - offset, offsetSeconds: offset))
    }

    private var atEnd: Bool { index == bytes.count }

    private mutating func number(_ digits: ClosedRange<Int>) -> Int? {
        var value = 0
        var count = 0
        while index < bytes.count, count < digits.upperBound, (0x30...0x39).contains(bytes[index]) {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
            count += 1
        }
        return digits.contains(count) ? value : nil
    }

    private mutating func separator(_ allowed: String) -> Bool {
        guard index < bytes.count, allowed.utf8.contains(bytes[index]) else { return false }
        index += 1
        return true
    }

    private mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    }

    private mutating func meridiem() -> Character? {
        guard index + 1 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "m") else { return nil }
        switch bytes[index] | 0x20 {
        case UInt8(ascii: "a"): index += 2; return "A"
        case UInt8(ascii: "p"): index += 2; return "P"
        default: return nil
        }
    }

    private mutating func zoneOffset() -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] | 0x20 == UInt8(ascii: "z") {
            index += 1
            return 0
        }
        guard separator("+-") else { return nil }
        let sign = bytes[index - 1] == UInt8(ascii: "-") ? -1 : 1
        guard let hours = number(2...2), hours < 24 else { return nil }
        var minutes = 0
        if !atEnd {
            _ = separator(":")
            guard let value = number(2...2), value < 60 else { return nil }
            minutes = value
        }
        return sign * (hours * 3600 + minutes * 60)
    }
}

/// Money as exports write it (`45000000`, `45,000,000`, `45000000.00`, `45.000.000,5`):
/// whole units, a fraction rounded half up, all in integers.
enum ImportAmount {
    static func parse(_ text: String, decimal: Character, thousands: Character?) -> Int? {
        var whole = 0
        var firstFractionDigit: Int?
        var inFraction = false
        var digits = 0
        for character in text.trimmingCharacters(in: .whitespaces) {
            if let digit = character.wholeNumberValue, character.isASCII {
                if inFraction {
                    if firstFractionDigit == nil { firstFractionDigit = digit }
                    continue
                }
                let (times, overflow1) = whole.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(digit)
                guard !overflow1, !overflow2 else { return nil }
                whole = sum
                digits += 1
            } else if character == decimal, !inFraction {
                inFraction = true
            } else if character == thousands, !inFraction, digits > 0 {
                continue
            } else {
                return nil
            }
        }
        guard digits > 0 || firstFractionDigit != nil else { return nil }
        return (firstFractionDigit ?? 0) >= 5 ? whole + 1 : whole
    }
}
