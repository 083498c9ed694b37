import Foundation
import Testing
@testable import PlaybookKit

@Suite struct ICalendarWriterTests {
    typealias S = CalendarSamples

    private func feed(_ events: [CalendarEvent], zone: TimeZone = S.saigon) -> String {
        ICalendarWriter.calendar(name: "Lịch nhóm", zone: zone, stamp: S.stamp, events: events)
    }

    private func event(description: String = "", start: LocalDateTime = S.at(2026, 11, 2, 9), rule: RecurrenceRule? = nil) -> CalendarEvent {
        CalendarEvent(uid: "hop-dau-tuan@playbook", summary: "Họp đầu tuần", description: description, start: start, durationMinutes: 30, rule: rule)
    }

    // MARK: RRULE text

    @Test func rulesOfTheTeam() {
        let rules: [(RecurrenceRule, String)] = [
            (S.rule(.weekly, byDay: [S.weekday(1)]), "FREQ=WEEKLY;BYDAY=MO"),
            (S.rule(.monthly, byDay: [S.weekday(5, 1)]), "FREQ=MONTHLY;BYDAY=1FR"),
            (S.rule(.monthly, byDay: [S.weekday(1)], byMonthDay: Array(4...10), byMonth: [1, 4, 7, 10]),
             "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=MO;BYMONTHDAY=4,5,6,7,8,9,10"),
            (S.rule(.monthly, byDay: [S.weekday(5, -1)], byMonth: [3, 6, 9, 12]), "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=-1FR"),
            (S.rule(.monthly, byMonthDay: [15, 28]), "FREQ=MONTHLY;BYMONTHDAY=15,28"),
        ]
        for (rule, text) in rules {
            #expect(rule.text(in: S.saigon) == text)
        }
    }

    @Test func everyPartInItsPlace() {
        var rule = S.rule(.yearly, interval: 2, count: 4, byDay: [S.weekday(7, -1), S.weekday(3)], byMonthDay: [-1], byMonth: [10])
        rule.bySetPos = [1, -1]
        rule.weekStart = 7
        #expect(rule.text(in: S.saigon) == "FREQ=YEARLY;INTERVAL=2;COUNT=4;BYMONTH=10;BYDAY=-1SU,WE;BYMONTHDAY=-1;BYSETPOS=1,-1;WKST=SU")
        rule.until = S.at(2027, 1, 1, 9)
        #expect(rule.text(in: S.saigon).contains(";COUNT=4;BYMONTH"), "COUNT wins over UNTIL; RFC 5545 allows one")
        #expect(S.rule(.daily, byDay: [S.weekday(0), S.weekday(8), S.weekday(2)]).text(in: S.saigon) == "FREQ=DAILY;BYDAY=TU")
    }

    @Test func untilIsTheUTCInstantOfTheLocalTime() {
        let saigon = S.rule(.monthly, until: S.at(2027, 2, 15, 10), byMonthDay: [15, 28])
        #expect(saigon.text(in: S.saigon) == "FREQ=MONTHLY;UNTIL=20270215T030000Z;BYMONTHDAY=15,28")
        let summer = S.rule(.weekly, until: S.at(2027, 4, 12, 9), byDay: [S.weekday(1)])
        #expect(summer.text(in: S.berlin) == "FREQ=WEEKLY;UNTIL=20270412T070000Z;BYDAY=MO")
        let winter = S.rule(.weekly, until: S.at(2027, 1, 4, 9), byDay: [S.weekday(1)])
        #expect(winter.text(in: S.berlin) == "FREQ=WEEKLY;UNTIL=20270104T080000Z;BYDAY=MO")
        let lateEvening = S.rule(.daily, until: S.at(2027, 1, 1, 23, 30))
        #expect(lateEvening.text(in: S.newYork) == "FREQ=DAILY;UNTIL=20270102T043000Z")
    }

    // MARK: Content lines

    @Test func textIsEscaped() {
        let lines = S.unfoldedLines(feed([event(description: "Bước 1, bước 2; xong\\hết\r\ndòng mới\nvà\rthêm\u{7}\tcột")]))
        #expect(lines.contains("DESCRIPTION:Bước 1\\, bước 2\\; xong\\\\hết\\ndòng mới\\nvàthêm\tcột"))
    }

    @Test func markupStaysPlainText() {
        let payload = "</script><img src=x onerror=alert(1)>"
        let lines = S.unfoldedLines(feed([event(description: payload)]))
        #expect(lines.contains("DESCRIPTION:" + payload))
        #expect(!lines.contains { $0.hasPrefix("X-ALT-DESC") || $0.contains("ALTREP") })
    }

    @Test func longVietnameseTextFoldsWithinSeventyFiveOctets() throws {
        let description = String(repeating: "Gọi lại khách hàng đã mua trong quý, ghi chú vào Hubspot; kiểm tra đơn hàng. ", count: 8)
        let output = feed([event(description: description)])
        for line in Data(output.utf8).split(separator: 0x0A) {
            #expect(line.count <= 76, "75 octets and the CR")
            #expect(String(data: line, encoding: .utf8) != nil, "a line ends inside a UTF-8 sequence")
        }
        let escaped = description.replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: ";", with: "\\;")
        #expect(S.unfoldedLines(output).contains("DESCRIPTION:" + escaped))
        #expect(output.components(separatedBy: "\r\n ").count > 10)
    }

    @Test func foldingCountsOctetsNotCharacters() {
        let line = "SUMMARY:" + String(repeating: "ệ", count: 40)
        let folded = ContentLines.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.map { $0.utf8.count } == [8 + 22 * 3, 1 + 18 * 3])
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ContentLines.fold(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75))
    }

    @Test func everyLineEndsWithCRLF() {
        let bytes = Array(feed([event(description: "một\ndòng\r\nhai")]).utf8)
        #expect(bytes.suffix(2) == [0x0D, 0x0A])
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            #expect(index > 0 && bytes[index - 1] == 0x0D)
        }
        for (index, byte) in bytes.enumerated() where byte == 0x0D {
            #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A)
        }
    }

    // MARK: The calendar

    @Test func calendarAndEventProperties() {
        var meeting = CalendarEvent(
            uid: "hop-dau-tuan@playbook", summary: "Họp đầu tuần", description: "Chuẩn bị số liệu", location: "Phòng họp 2, tầng 3",
            url: "https://team.example.com/playbook/quy-trinh/hang-tuan/", start: S.at(2026, 11, 2, 9), durationMinutes: 90,
            rule: S.rule(.weekly, byDay: [S.weekday(1)]), categories: ["Họp", "Nhóm, bán hàng"]
        )
        meeting.exdates = [S.at(2027, 2, 8, 9), S.at(2026, 12, 28, 9), S.at(2027, 2, 8, 9)]
        meeting.rdates = [S.at(2026, 12, 29, 9)]
        let lines = S.unfoldedLines(feed([meeting]))
        #expect(Array(lines.prefix(7)) == [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Playbook//Playbook//VI", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:Lịch nhóm", "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
        ])
        #expect(S.component("VEVENT", in: lines) == [
            "BEGIN:VEVENT",
            "UID:hop-dau-tuan@playbook",
            "DTSTAMP:20261123T000000Z",
            "DTSTART;TZID=Asia/Ho_Chi_Minh:20261102T090000",
            "DURATION:PT1H30M",
            "RRULE:FREQ=WEEKLY;BYDAY=MO",
            "EXDATE;TZID=Asia/Ho_Chi_Minh:20261228T090000",
            "EXDATE;TZID=Asia/Ho_Chi_Minh:20270208T090000",
            "RDATE;TZID=Asia/Ho_Chi_Minh:20261229T090000",
            "SUMMARY:Họp đầu tuần",
            "DESCRIPTION:Chuẩn bị số liệu",
            "LOCATION:Phòng họp 2\\, tầng 3",
            "URL:https://team.example.com/playbook/quy-trinh/hang-tuan/",
            "CATEGORIES:Họp,Nhóm\\, bán hàng",
            "END:VEVENT",
        ])
        #expect(lines.last == "END:VCALENDAR")
    }

    @Test func emptyPartsAreLeftOut() {
        let lines = S.component("VEVENT", in: S.unfoldedLines(feed([event()])))
        #expect(!lines.contains { $0.hasPrefix("RRULE") || $0.hasPrefix("DESCRIPTION") || $0.hasPrefix("LOCATION") || $0.hasPrefix("URL") || $0.hasPrefix("CATEGORIES") })
    }

    @Test func durations() {
        #expect(ICalendarValue.duration(minutes: 30) == "PT30M")
        #expect(ICalendarValue.duration(minutes: 60) == "PT1H")
        #expect(ICalendarValue.duration(minutes: 1440) == "PT24H")
        #expect(ICalendarValue.duration(minutes: -5) == "PT0M")
    }

    @Test func sameInputSameBytes() {
        let events = [
            event(description: "Một, hai; ba", rule: S.rule(.monthly, until: S.at(2027, 6, 1, 9), byDay: [S.weekday(5, 1)])),
            CalendarEvent(uid: "dao-tao@playbook", summary: "Đào tạo", start: S.at(2026, 12, 10, 13, 30), durationMinutes: 120),
        ]
        #expect(feed(events, zone: S.berlin) == feed(events, zone: S.berlin))
        var shuffled = events[0]
        shuffled.exdates = [S.at(2027, 1, 1, 9), S.at(2026, 12, 4, 9)]
        var sorted = shuffled
        sorted.exdates.reverse()
        #expect(feed([shuffled]) == feed([sorted]))
    }

    @Test func oddInputNeverTraps() {
        let odd = CalendarEvent(
            uid: "", summary: "\u{0}\u{1B}[31m\r\r\n", description: String(repeating: "\\", count: 200), location: "\"", url: "x\r\nBEGIN:VEVENT",
            start: LocalDateTime(day: LocalDay(daysSinceEpoch: -800_000), minuteOfDay: 1500), durationMinutes: Int.min,
            rule: S.rule(.daily, interval: 0, byDay: [S.weekday(Int.max)]), categories: [""]
        )
        let output = ICalendarWriter.calendar(name: "", zone: S.berlin, stamp: Date(timeIntervalSince1970: .infinity), events: [odd])
        let lines = S.unfoldedLines(output)
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        #expect(lines.contains("URL:xBEGIN:VEVENT"))
        #expect(lines.contains("DURATION:PT0M"))
    }

    // MARK: VTIMEZONE

    @Test func zoneWithoutDaylightSavingHasOneStandardObservance() {
        let zone = S.component("VTIMEZONE", in: S.unfoldedLines(feed([event()])))
        #expect(zone == [
            "BEGIN:VTIMEZONE", "TZID:Asia/Ho_Chi_Minh",
            "BEGIN:STANDARD", "DTSTART:20260101T000000", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "END:STANDARD",
            "END:VTIMEZONE",
        ])
    }

    @Test func berlinListsEachChangeOverTheSpan() {
        let lines = S.component("VTIMEZONE", in: S.unfoldedLines(feed([event()], zone: S.berlin)))
        let standard = S.component("STANDARD", in: lines)
        let daylight = S.component("DAYLIGHT", in: lines)
        #expect(Array(standard.prefix(4)) == ["BEGIN:STANDARD", "DTSTART:20251026T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100"])
        #expect(standard.contains("RDATE:20261025T030000"))
        #expect(standard.contains("RDATE:20271031T030000"))
        #expect(Array(daylight.prefix(4)) == ["BEGIN:DAYLIGHT", "DTSTART:20260329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200"])
        #expect(daylight.contains("RDATE:20270328T020000"))
        let years = 2026...(2026 + ICalendarWriter.zoneYearsAhead)
        #expect(standard.filter { $0.hasPrefix("RDATE:") }.count == years.count)
        #expect(daylight.filter { $0.hasPrefix("RDATE:") }.count == years.count - 1)
        #expect(lines.filter { $0.hasPrefix("BEGIN:") }.count == 3)
    }

    @Test func newYorkChangesAtTwoInTheMorning() {
        let lines = S.component("VTIMEZONE", in: S.unfoldedLines(feed([event()], zone: S.newYork)))
        #expect(Array(S.component("STANDARD", in: lines).prefix(4)) == ["BEGIN:STANDARD", "DTSTART:20251102T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500"])
        #expect(Array(S.component("DAYLIGHT", in: lines).prefix(4)) == ["BEGIN:DAYLIGHT", "DTSTART:20260308T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400"])
    }

    @Test func zoneSpanRunsFromTheFirstNamedYear() {
        var old = event(start: S.at(2019, 3, 4, 9))
        old.rdates = [S.at(2030, 1, 7, 9)]
        let onsets = TimeZoneComponent(zone: S.berlin, years: 2019...2030).onsets
        #expect(ICalendarValue.dateTime(secondsSinceEpoch: onsets[0].localSecondsBefore) == "20181028T030000")
        #expect(S.unfoldedLines(feed([old], zone: S.berlin)).contains("DTSTART:20181028T030000"))
        #expect(S.unfoldedLines(feed([old], zone: S.berlin)).contains("RDATE:20401028T030000"))
    }

    @Test func utcOffsets() {
        #expect(ICalendarValue.utcOffset(seconds: 25_200) == "+0700")
        #expect(ICalendarValue.utcOffset(seconds: -18_000) == "-0500")
        #expect(ICalendarValue.utcOffset(seconds: 0) == "+0000")
        #expect(ICalendarValue.utcOffset(seconds: 37_800) == "+1030")
        #expect(ICalendarValue.utcOffset(seconds: 25_590) == "+070630")
    }

    @Test func aWholeDayDeadlineIsWrittenAsDates() {
        let deadline = CalendarEvent(
            uid: "hr@playbook", summary: "Gửi HR", start: CalendarSamples.at(2026, 12, 1, 0), isAllDay: true, durationMinutes: 1440,
            rule: CalendarSamples.rule(.monthly, byMonthDay: [1]), exdates: [CalendarSamples.at(2027, 1, 1, 0)])
        let lines = CalendarSamples.unfoldedLines(ICalendarWriter.calendar(
            name: "Lịch", zone: CalendarSamples.saigon, stamp: CalendarSamples.stamp, events: [deadline]))
        #expect(lines.contains("DTSTART;VALUE=DATE:20261201"))
        #expect(lines.contains("DURATION:P1D"))
        #expect(lines.contains("EXDATE;VALUE=DATE:20270101"))
    }
}
