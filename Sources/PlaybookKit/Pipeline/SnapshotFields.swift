import Foundation

/// Where a value sits in the snapshot: `deals[17].closed`.
struct JSONPath: CustomStringConvertible {
    var collection: String
    var index: Int?
    var key: String?

    var description: String {
        var path = collection
        if let index { path += "[\(index)]" }
        if let key { path += path.isEmpty ? key : "." + key }
        return path
    }

    func appending(_ key: String) -> JSONPath {
        JSONPath(collection: collection, index: index, key: key)
    }
}

/// A date as the snapshot writes it, before the snapshot's zone is known.
enum WrittenDate {
    case day(LocalDay)
    case instant(Instant)

    /// `YYYY-MM-DD`, or RFC 3339 `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let date = LocalDay(year: year, month: month, day: day) else { return nil }
        if bytes.count == 10 {
            self = .day(date)
            return
        }
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              hour < 24, minute < 60, second < 61 else { return nil }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            guard index > fractionStart else { return nil }
        }
        guard index < bytes.count else { return nil }
        let offset: Int
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return nil }
            offset = 0
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                  let offsetHours = number(index + 1..<index + 3), let offsetMinutes = number(index + 4..<index + 6),
                  offsetHours < 24, offsetMinutes < 60 else { return nil }
            offset = (bytes[index] == UInt8(ascii: "-") ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60)
        default:
            return nil
        }
        let seconds = date.daysSinceEpoch * 86400 + hour * 3600 + minute * 60 + min(second, 59) - offset
        self = .instant(Instant(secondsSinceEpoch: seconds, offsetSeconds: offset))
    }
}

/// Local dates in one IANA zone, with the zone's offsets cached per day, so that converting a
/// million instants does not ask Foundation a million times.
struct ZoneCalendar {
    let zone: TimeZone
    private var offsetByUTCDay: [Int: Int] = [:]

    init(zone: TimeZone) {
        self.zone = zone
    }

    mutating func localDay(of instant: Instant) -> LocalDay {
        let utcDay = Int((Double(instant.secondsSinceEpoch) / 86400).rounded(.down))
        // A zone's offset can change within a day; ask for the exact instant only then.
        let offset: Int
        if let cached = offsetByUTCDay[utcDay] {
            offset = cached
        } else {
            let start = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utcDay * 86400)))
            let end = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utcDay * 86400 + 86399)))
            offset = start == end ? start : zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.secondsSinceEpoch)))
            if start == end { offsetByUTCDay[utcDay] = start }
        }
        let local = instant.secondsSinceEpoch + offset
        return LocalDay(daysSinceEpoch: Int((Double(local) / 86400).rounded(.down)))
    }

    mutating func localDay(of date: WrittenDate) -> LocalDay {
        switch date {
        case .day(let day): return day
        case .instant(let instant): return localDay(of: instant)
        }
    }
}

/// The running total of one list's money. Every sum the site shows (a team's revenue, a
/// quarter's target) is at most the total of its list; holding that total to 2^53 - 1 keeps
/// every sum, and every sum times 100, exact in 64-bit integers, and exact in a browser.
struct MoneyTotal {
    private(set) var sum = 0

    /// Adds `amount`; false, leaving the total as it was, when the total would pass the limit.
    mutating func add(_ amount: Int) -> Bool {
        let (total, overflow) = sum.addingReportingOverflow(amount)
        guard !overflow, total <= SnapshotDecoder.largestAmount else { return false }
        sum = total
        return true
    }

    static func exceeded(what: String) -> String {
        "\(what) add up to more than 2^53 - 1 here, so totals could not be exact; check the amounts' unit"
    }
}
