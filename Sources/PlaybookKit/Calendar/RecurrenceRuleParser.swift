import Foundation

extension RecurrenceRule {
    /// Reads an RRULE value such as `FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=1FR`, with or without a
    /// leading `RRULE:`; names and values are case-insensitive. UNTIL may be a date (every start
    /// on that day is allowed), a local date-time, or a UTC date-time (`…Z`), which becomes the
    /// wall-clock time it names in `timeZone`.
    public init(parsing text: String, timeZone: TimeZone) throws(RecurrenceRuleError) {
        self = try RecurrenceRuleParser(text: text, timeZone: timeZone).parse()
    }
}

/// Finds every part before reading any value, because FREQ, which decides what BYDAY and
/// BYMONTHDAY may hold, can come anywhere in the rule.
struct RecurrenceRuleParser {
    private enum PartName: String {
        case frequency = "FREQ", interval = "INTERVAL", count = "COUNT", until = "UNTIL"
        case byDay = "BYDAY", byMonthDay = "BYMONTHDAY", byMonth = "BYMONTH", bySetPos = "BYSETPOS"
        case weekStart = "WKST"

        var example: String {
            switch self {
            case .frequency: "FREQ=WEEKLY"
            case .interval: "INTERVAL=2"
            case .count: "COUNT=10"
            case .until: "UNTIL=20261231"
            case .byDay: "BYDAY=MO,FR"
            case .byMonthDay: "BYMONTHDAY=15,-1"
            case .byMonth: "BYMONTH=1,4,7,10"
            case .bySetPos: "BYSETPOS=-1"
            case .weekStart: "WKST=SU"
            }
        }
    }

    private struct Part {
        var name: PartName
        var offset: Int
        var value: Range<Int>
    }

    private static let oneTimeOfDay = "every occurrence starts at the start's time of day; write one rule per time of day"
    /// What to write instead of the RFC 5545 parts the calendar leaves out.
    private static let unsupportedParts = [
        "BYSECOND": oneTimeOfDay,
        "BYMINUTE": oneTimeOfDay,
        "BYHOUR": oneTimeOfDay,
        "BYYEARDAY": "use BYMONTH with BYMONTHDAY, e.g. `BYMONTH=4;BYMONTHDAY=10`",
        "BYWEEKNO": "use BYMONTH with BYDAY, e.g. `BYMONTH=5;BYDAY=2MO`, or FREQ=WEEKLY with INTERVAL",
    ]
    private static let weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
    /// RFC 5545's largest integer.
    private static let largestCount = Int(Int32.max)
    /// Longer numbers read as this: beyond every range a part allows, and far from overflowing.
    private static let saturation = 1 << 40

    private let text: [Character]
    /// `text` with ASCII letters upper-cased: matched case-insensitively at the same offsets.
    private let folded: [Character]
    private let timeZone: TimeZone

    init(text: String, timeZone: TimeZone) {
        self.text = Array(text)
        folded = self.text.map { $0.isASCII && $0.isLetter ? Character($0.uppercased()) : $0 }
        self.timeZone = timeZone
    }

    func parse() throws(RecurrenceRuleError) -> RecurrenceRule {
        let body = bodyRange()
        guard !body.isEmpty else {
            throw error(at: body.lowerBound, "the rule is empty; write at least `FREQ=WEEKLY` (or DAILY, MONTHLY, YEARLY)")
        }
        let parts = try parts(in: body)
        guard let frequencyPart = parts.first(where: { $0.name == .frequency }) else {
            throw error(at: body.lowerBound, "FREQ is missing; every rule needs one, e.g. `FREQ=WEEKLY;BYDAY=MO`")
        }
        var rule = RecurrenceRule(frequency: try frequency(in: frequencyPart.value))
        let ordinalsWithinMonth = rule.frequency == .monthly
            || (rule.frequency == .yearly && parts.contains { $0.name == .byMonth })
        for part in parts {
            try read(part, into: &rule, ordinalsWithinMonth: ordinalsWithinMonth)
        }
        let selectors: [PartName] = [.byDay, .byMonthDay, .byMonth]
        if let setPositions = parts.first(where: { $0.name == .bySetPos }), !parts.contains(where: { selectors.contains($0.name) }) {
            throw error(
                at: setPositions.offset,
                "BYSETPOS picks among the days the other BY parts give, so it needs BYDAY, BYMONTHDAY or BYMONTH, e.g. `BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1` for the last weekday"
            )
        }
        return rule
    }

    /// The rule without surrounding white space and the optional `RRULE:` name.
    private func bodyRange() -> Range<Int> {
        var start = 0
        var end = text.count
        while start < end, text[start].isWhitespace { start += 1 }
        while end > start, text[end - 1].isWhitespace { end -= 1 }
        let propertyName = Array("RRULE:")
        if folded[start..<end].starts(with: propertyName) { start += propertyName.count }
        return start..<end
    }

    private func parts(in body: Range<Int>) throws(RecurrenceRuleError) -> [Part] {
        var parts: [Part] = []
        for segment in pieces(of: body, separatedBy: ";") {
            guard !segment.isEmpty else { throw error(at: segment.lowerBound, "empty rule part; remove the extra `;`") }
            guard let equals = segment.first(where: { folded[$0] == "=" }) else {
                throw error(at: segment.lowerBound, "`\(quote(segment))` has no `=`; write each part as NAME=VALUE, e.g. `FREQ=WEEKLY`")
            }
            let name = try partName(in: segment.lowerBound..<equals)
            if parts.contains(where: { $0.name == name }) {
                throw error(
                    at: segment.lowerBound,
                    "\(name.rawValue) is given twice; give each part once, with a comma-separated list for several values (`BYDAY=MO,FR`)"
                )
            }
            let bounds: [PartName] = [.count, .until]
            if bounds.contains(name), parts.contains(where: { bounds.contains($0.name) }) {
                throw error(at: segment.lowerBound, "COUNT and UNTIL cannot both be given; keep COUNT for a number of occurrences or UNTIL for a last date")
            }
            let value = (equals + 1)..<segment.upperBound
            guard !value.isEmpty else { throw error(at: value.lowerBound, "\(name.rawValue) has no value; write e.g. `\(name.example)`") }
            parts.append(Part(name: name, offset: segment.lowerBound, value: value))
        }
        return parts
    }

    private func partName(in range: Range<Int>) throws(RecurrenceRuleError) -> PartName {
        let name = String(folded[range])
        if let part = PartName(rawValue: name) { return part }
        if let advice = Self.unsupportedParts[name] { throw error(at: range.lowerBound, "\(name) is not supported; \(advice)") }
        guard !range.isEmpty else { throw error(at: range.lowerBound, "a rule part has no name before `=`; write e.g. `FREQ=WEEKLY`") }
        throw error(
            at: range.lowerBound,
            "unknown rule part `\(quote(range))`; the calendar reads FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS and WKST"
        )
    }

    private func read(_ part: Part, into rule: inout RecurrenceRule, ordinalsWithinMonth: Bool) throws(RecurrenceRuleError) {
        let frequency = rule.frequency
        switch part.name {
        case .frequency:
            break  // read before every other part, which may depend on it
        case .interval:
            rule.interval = try number(in: part.value, of: .interval, magnitudes: 1...Self.largestCount, signed: false)
        case .count:
            rule.count = try number(in: part.value, of: .count, magnitudes: 1...Self.largestCount, signed: false)
        case .until:
            rule.until = try until(in: part.value)
        case .byDay:
            rule.byDay = try list(in: part.value, of: .byDay) { item throws(RecurrenceRuleError) in
                try weekdayNumber(in: item, frequency: frequency, withinMonth: ordinalsWithinMonth)
            }
        case .byMonthDay:
            guard frequency != .weekly else {
                throw error(
                    at: part.offset,
                    "BYMONTHDAY cannot be used with FREQ=WEEKLY; use BYDAY for days of the week, or FREQ=MONTHLY for days of the month"
                )
            }
            rule.byMonthDay = try list(in: part.value, of: .byMonthDay) { item throws(RecurrenceRuleError) in
                try number(in: item, of: .byMonthDay, magnitudes: 1...31, signed: true)
            }
        case .byMonth:
            rule.byMonth = try list(in: part.value, of: .byMonth) { item throws(RecurrenceRuleError) in
                try number(in: item, of: .byMonth, magnitudes: 1...12, signed: false)
            }
        case .bySetPos:
            rule.bySetPos = try list(in: part.value, of: .bySetPos) { item throws(RecurrenceRuleError) in
                try number(in: item, of: .bySetPos, magnitudes: 1...366, signed: true)
            }
        case .weekStart:
            guard let weekday = weekday(in: part.value) else {
                throw error(at: part.value.lowerBound, "`\(quote(part.value))` is not a weekday; WKST takes MO, TU, WE, TH, FR, SA or SU, e.g. `WKST=SU`")
            }
            rule.weekStart = weekday
        }
    }

    private func frequency(in range: Range<Int>) throws(RecurrenceRuleError) -> RecurrenceRule.Frequency {
        let value = String(folded[range])
        if let frequency = RecurrenceRule.Frequency(rawValue: value) { return frequency }
        if ["SECONDLY", "MINUTELY", "HOURLY"].contains(value) {
            throw error(
                at: range.lowerBound,
                "FREQ=\(value) is not supported; every occurrence starts at the start's time of day, so use DAILY, WEEKLY, MONTHLY or YEARLY with one rule per time of day"
            )
        }
        throw error(at: range.lowerBound, "unknown frequency `\(quote(range))`; use DAILY, WEEKLY, MONTHLY or YEARLY")
    }

    private func list<Item>(
        in range: Range<Int>, of name: PartName, _ read: (Range<Int>) throws(RecurrenceRuleError) -> Item
    ) throws(RecurrenceRuleError) -> [Item] {
        var items: [Item] = []
        for piece in pieces(of: range, separatedBy: ",") {
            guard !piece.isEmpty else { throw error(at: piece.lowerBound, "empty value in the \(name.rawValue) list; remove the extra `,`") }
            items.append(try read(piece))
        }
        return items
    }

    /// A whole number whose size lies in `magnitudes`; when `signed`, also its negative, which
    /// counts from the end.
    private func number(in range: Range<Int>, of name: PartName, magnitudes: ClosedRange<Int>, signed: Bool) throws(RecurrenceRuleError) -> Int {
        guard let value = integer(in: range) else {
            throw error(at: range.lowerBound, "`\(quote(range))` is not a whole number; write e.g. `\(name.example)`")
        }
        guard magnitudes.contains(signed ? abs(value) : value) else {
            let (low, high) = (magnitudes.lowerBound, magnitudes.upperBound)
            let allowed = signed ? "\(low) to \(high), or -\(low) to -\(high) counted from the end" : "\(low) to \(high)"
            throw error(at: range.lowerBound, "\(name.rawValue) takes \(allowed), not `\(quote(range))`")
        }
        return value
    }

    private func weekdayNumber(
        in item: Range<Int>, frequency: RecurrenceRule.Frequency, withinMonth: Bool
    ) throws(RecurrenceRuleError) -> RecurrenceRule.WeekdayNumber {
        let code = max(item.lowerBound, item.upperBound - 2)..<item.upperBound
        let position = item.lowerBound..<code.lowerBound
        guard let weekday = weekday(in: code), position.isEmpty || integer(in: position) != nil else {
            throw error(
                at: item.lowerBound,
                "`\(quote(item))` is not a weekday; use MO, TU, WE, TH, FR, SA or SU, in MONTHLY and YEARLY rules optionally after a position (`1FR` the first Friday, `-1FR` the last)"
            )
        }
        guard let ordinal = integer(in: position) else { return .init(weekday: weekday) }
        guard frequency == .monthly || frequency == .yearly else {
            throw error(
                at: item.lowerBound,
                "`\(quote(item))` has a position, which only MONTHLY and YEARLY rules allow; write `\(quote(code))` for every one, or use FREQ=MONTHLY"
            )
        }
        let most = withinMonth ? 5 : 53
        guard (1...most).contains(abs(ordinal)) else {
            throw error(
                at: item.lowerBound,
                "`\(quote(item))`: a \(withinMonth ? "month" : "year") has at most \(most) of each weekday; use a position from 1 to \(most), or -1 to -\(most) from the end"
            )
        }
        return .init(ordinal: ordinal, weekday: weekday)
    }

    /// 1 = Monday … 7 = Sunday.
    private func weekday(in range: Range<Int>) -> Int? {
        Self.weekdayCodes.firstIndex(of: String(folded[range])).map { $0 + 1 }
    }

    /// `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ`.
    private func until(in range: Range<Int>) throws(RecurrenceRuleError) -> LocalDateTime {
        let start = range.lowerBound
        let formatError = error(
            at: start,
            "`\(quote(range))` is not a date; write UNTIL as YYYYMMDD (`20261231`), a local time YYYYMMDDTHHMMSS (`20261231T170000`) or a UTC time YYYYMMDDTHHMMSSZ"
        )
        let isUTC = range.count == 16 && folded[start + 15] == "Z"
        guard range.count == 8 || range.count == 15 || isUTC,
              let year = digits(in: start..<start + 4),
              let month = digits(in: start + 4..<start + 6),
              let dayOfMonth = digits(in: start + 6..<start + 8)
        else { throw formatError }
        guard let day = LocalDay(year: year, month: month, day: dayOfMonth) else {
            throw error(at: start, "`\(quote(start..<start + 8))` is not a real date; check the month and the day (YYYYMMDD)")
        }
        // A date alone allows every start on that day, as a meeting's last day means.
        guard range.count > 8 else { return LocalDateTime(day: day, minuteOfDay: 24 * 60 - 1) }
        guard folded[start + 8] == "T",
              let hour = digits(in: start + 9..<start + 11),
              let minute = digits(in: start + 11..<start + 13),
              let second = digits(in: start + 13..<start + 15)
        else { throw formatError }
        guard hour < 24, minute < 60, second <= 60 else {
            throw error(at: start + 9, "`\(quote(start + 9..<start + 15))` is not a time of day; write HHMMSS from 000000 to 235959")
        }
        // Starts fall on whole minutes, so dropping the seconds keeps every start UNTIL allows.
        guard isUTC else { return LocalDateTime(day: day, minuteOfDay: hour * 60 + minute) }
        let instant = day.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second
        return LocalDateTime(Date(timeIntervalSince1970: TimeInterval(instant)), in: timeZone)
    }

    /// An optional sign, then digits.
    private func integer(in range: Range<Int>) -> Int? {
        guard let first = range.first, folded[first] == "-" || folded[first] == "+" else { return digits(in: range) }
        return digits(in: range.dropFirst()).map { folded[first] == "-" ? -$0 : $0 }
    }

    private func digits(in range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var value = 0
        for index in range {
            guard folded[index].isASCII, let digit = folded[index].wholeNumberValue else { return nil }
            value = min(value * 10 + digit, Self.saturation)
        }
        return value
    }

    private func pieces(of range: Range<Int>, separatedBy separator: Character) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where folded[index] == separator {
            pieces.append(start..<index)
            start = index + 1
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    /// The text in `range`, shortened so that a message stays short whatever was written.
    private func quote(_ range: Range<Int>) -> String {
        let limit = 40
        return range.count > limit ? String(text[range.prefix(limit)]) + "…" : String(text[range])
    }

    private func error(at offset: Int, _ message: String) -> RecurrenceRuleError {
        RecurrenceRuleError(offset: offset, message: message)
    }
}
