import Foundation
import Testing
@testable import PlaybookKit

/// The feeds `Tests/ics/check_ics.py` reads in `make test`: a real iCalendar parser expands
/// each series and compares it with the occurrences written by hand in the `.json` beside
/// it. These tests keep the committed `.ics` files equal to what the writer makes now; when
/// the writer changes on purpose, the failure names a file with the new output to copy over.
@Suite struct ICalendarFixtureTests {
    typealias S = CalendarSamples
    static let fixtures = TestSite.repositoryRoot.appendingPathComponent("Tests/ics/fixtures")

    @Test func teamFeed() throws {
        let description = """
            Mỗi sáng thứ 2: rà soát pipeline, chốt mục tiêu tuần; cập nhật Hubspot trước 9 giờ.
            Ghi chú: đường dẫn C:\\playbook\\hang-tuan, không phải </script><img src=x onerror=alert(1)>.
            """
        let events = [
            CalendarEvent(
                uid: "hop-dau-tuan@playbook", summary: "Họp đầu tuần", description: description, location: "Phòng họp 2, tầng 3",
                url: "https://team.example.com/playbook/quy-trinh/hang-tuan/", start: S.at(2026, 11, 2, 9), durationMinutes: 30,
                rule: S.rule(.weekly, byDay: [S.weekday(1)]),
                exdates: [S.at(2026, 12, 28, 9), S.at(2027, 2, 8, 9)], rdates: [S.at(2026, 12, 29, 9)], categories: ["Họp"]
            ),
            CalendarEvent(
                uid: "tong-ket-thang@playbook", summary: "Tổng kết tháng", start: S.at(2026, 11, 6, 16), durationMinutes: 60,
                rule: S.rule(.monthly, byDay: [S.weekday(5, 1)])
            ),
            CalendarEvent(
                uid: "review-quy@playbook", summary: "Review quý", start: S.at(2026, 10, 5, 14), durationMinutes: 90,
                rule: S.rule(.monthly, byDay: [S.weekday(1)], byMonthDay: Array(4...10), byMonth: [1, 4, 7, 10])
            ),
            CalendarEvent(
                uid: "chot-quy@playbook", summary: "Chốt số quý", start: S.at(2026, 9, 25, 15), durationMinutes: 60,
                rule: S.rule(.monthly, byDay: [S.weekday(5, -1)], byMonth: [3, 6, 9, 12])
            ),
            CalendarEvent(
                uid: "cham-soc-khach@playbook", summary: "Gọi chăm sóc khách hàng", start: S.at(2026, 11, 15, 10), durationMinutes: 120,
                rule: S.rule(.monthly, until: S.at(2027, 2, 15, 10), byMonthDay: [15, 28])
            ),
            CalendarEvent(
                uid: "mot-kem-mot@playbook", summary: "1:1 với quản lý", start: S.at(2026, 11, 5, 11), durationMinutes: 30,
                rule: S.rule(.weekly, interval: 2, count: 6, byDay: [S.weekday(4)])
            ),
            CalendarEvent(uid: "dao-tao@playbook", summary: "Đào tạo sản phẩm mới", start: S.at(2026, 12, 10, 13, 30), durationMinutes: 150),
        ]
        try expectFixture("team.ics", equals: ICalendarWriter.calendar(name: "Lịch nhóm bán hàng", zone: S.saigon, stamp: S.stamp, events: events))
    }

    /// A zone with DST: wall times stay put across the change on 2027-03-28.
    @Test func berlinFeed() throws {
        let events = [
            CalendarEvent(
                uid: "hop-berlin@playbook", summary: "Weekly", start: S.at(2027, 3, 1, 9), durationMinutes: 45,
                rule: S.rule(.weekly, until: S.at(2027, 4, 12, 9), byDay: [S.weekday(1)])
            ),
            CalendarEvent(
                uid: "cuoi-thang-berlin@playbook", summary: "Monatsabschluss", start: S.at(2027, 1, 31, 10), durationMinutes: 60,
                rule: S.rule(.monthly, byDay: [S.weekday(7, -1)])
            ),
        ]
        try expectFixture("berlin.ics", equals: ICalendarWriter.calendar(name: "Berlin", zone: S.berlin, stamp: S.stamp, events: events))
    }

    private func expectFixture(_ name: String, equals output: String) throws {
        let committed = try? String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        guard committed != output else { return }
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-\(name)")
        try Data(output.utf8).write(to: fresh)
        Issue.record("Tests/ics/fixtures/\(name) differs from the writer's output, written to \(fresh.path)")
    }
}
