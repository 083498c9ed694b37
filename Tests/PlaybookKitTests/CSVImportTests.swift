import Foundation
import Testing
@testable import PlaybookKit

/// The HubSpot mapping shipped in content/data/import/ against exports in HubSpot's column
/// layout (Fixtures/hubspot: a BOM and CRLF in companies, `;` in contacts, a deal name over
/// two lines, dd/mm/yyyy in calls, a `Z` time in meetings).
@Suite struct CSVImportTests {
    static let mappingFile = TestSite.repositoryRoot.appendingPathComponent("content/data/import/hubspot.yml")
    static let asOf = Instant(rfc3339: "2026-11-23T06:00:00+07:00")!

    private func job(_ fixture: String, into folder: URL) -> ImportJob {
        var job = ImportJob(
            mappingFile: Self.mappingFile, exports: [TestSite.fixturesRoot.appendingPathComponent(fixture)],
            snapshotFile: folder.appendingPathComponent("pipeline.json"))
        job.asOf = Self.asOf
        return job
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func hubSpotExportsGiveASnapshotWhoseFiguresMatchTheHandCount() throws {
        let folder = try temporaryFolder()
        var job = job("hubspot", into: folder)
        job.historyFolder = folder.appendingPathComponent("history")
        let outcome = try job.run().get()
        #expect(outcome.result.problems.isEmpty)
        #expect(outcome.result.summary == ImportSummary(files: 7, rowsRead: 27, imported: 25, leftOut: 2, skipped: []))
        #expect(outcome.historyFile?.lastPathComponent == "2026-11-23.json")

        let data = try Data(contentsOf: job.snapshotFile)
        let (decoded, problems) = SnapshotDecoder.decode(data, file: "pipeline.json")
        #expect(problems.isEmpty, "\(problems)")
        let snapshot = try #require(decoded)
        #expect(snapshot.customers.map(\.name) == ["Công ty An Phát", "Công ty Bình Minh, chi nhánh HCM", "Công ty Cát Tường", "Công ty Đông Á"])
        #expect(snapshot.deals.first { $0.id == "7002" }?.name == "Gia hạn 12 tháng\n(gói doanh nghiệp)")

        let metrics = PipelineMetrics(snapshot: snapshot, care: CareSettings())
        let november = try #require(Period("2026-11"))
        let team = try #require(metrics.team[november])
        // Won: 7001 (45,000,000, 5/11) and 7005 (15,000,000, 20/11); lost: 7003.
        #expect(team.wonDeals == 2 && team.lostDeals == 1)
        #expect(team.actualRevenue == 60_000_000)
        // Plus the open deals due in November: 7002 30,000,000 × 90% and 7006 25,000,000 × 40%.
        #expect(team.expectedRevenue == 60_000_000 + 27_000_000 + 10_000_000)
        #expect(team.revenueTarget == 150_000_000)
        #expect(team.newCustomers == 2)
        // 8201 and 8202 are done; 8203 is only scheduled and 8204 was cancelled (left out).
        #expect(team.meetings == 2 && team.calls == 3)
        // 501 warm, 502 cold, 503 new; 504 has no lead status and 505 was made in October.
        #expect(team.leads == 3 && team.warmLeads == 1 && team.coldLeads == 1)

        let lan = try #require(snapshot.reps.firstIndex { $0.id == "rep-01" })
        let lanNovember = try #require(metrics.reps[lan][november])
        #expect(lanNovember.actualRevenue == 45_000_000 && lanNovember.expectedRevenue == 55_000_000)
        #expect(lanNovember.attainment == Ratio(numerator: 45_000_000, denominator: 60_000_000))
        // 8202 at 17:30 UTC on Saturday 21/11 is Sunday 00:30 in Hanoi: still week 47.
        let mai = try #require(snapshot.reps.firstIndex { $0.id == "rep-05" })
        #expect(metrics.reps[mai][try #require(Period("2026-W47"))]?.meetings == 1)
    }

    @Test func twentyBadRowsAreTwentyLocatedProblems() throws {
        let folder = try temporaryFolder()
        let result = try job("hubspot-bad", into: folder).run().get().result
        let problems = result.problems.map(\.diagnostic)
        #expect(problems.count == 20)
        #expect(problems.allSatisfy { $0.file.hasSuffix("deals-2026-11-23.csv") && $0.line != nil && $0.column != nil })
        // Line 22 starts the quoted "Gói T, có dấu phẩy" row; the last record spans 24–25.
        #expect(Set(problems.compactMap(\.line)) == Set(Array(3...21) + [23]))
        #expect(problems.first { $0.line == 3 }?.message == "column \"Deal Stage\": `Negotiation` is not a stage the mapping knows; add it under `stages`")
        #expect(problems.first { $0.line == 10 }?.column == 7)
        #expect(result.summary.imported == 7 && result.summary.rowsRead == 27)
        #expect(result.summary.skipped.reduce(0) { $0 + $1.rows } == 20)
        let snapshot = try #require(SnapshotDecoder.decode(Data(result.snapshotJSON.utf8), file: "x").0)
        #expect(snapshot.deals.map(\.id) == ["7101", "7120", "7121"])
    }

    @Test func strictLeavesTheOldSnapshotInPlace() throws {
        let folder = try temporaryFolder()
        var job = job("hubspot-bad", into: folder)
        job.strict = true
        try Data("{\"old\": true}".utf8).write(to: job.snapshotFile)
        guard case .failure(.data(let problems)) = job.run() else {
            Issue.record("a strict import with bad rows must fail")
            return
        }
        #expect(problems.count == 20)
        #expect(try String(contentsOf: job.snapshotFile, encoding: .utf8) == "{\"old\": true}")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipeline.json"])
    }

    @Test func aHeaderWithoutAMappedColumnFailsTheImportNamingTheColumn() throws {
        let folder = try temporaryFolder()
        let exports = folder.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        try Data("Record ID,Company,Owner\n1,A,Lan Nguyen\n".utf8).write(to: exports.appendingPathComponent("companies.csv"))
        var job = ImportJob(mappingFile: Self.mappingFile, exports: [exports], snapshotFile: folder.appendingPathComponent("pipeline.json"))
        job.asOf = Self.asOf
        guard case .failure(.data(let problems)) = job.run() else {
            Issue.record("a missing column must fail the import")
            return
        }
        #expect(problems.map(\.message) == [
            "no column \"Company name\" for `name` (the companies mapping in \(ImportJob.display(Self.mappingFile)) names it); the header has \"Record ID\", \"Company\", \"Owner\"",
            "no column \"Company owner\" for `rep` (the companies mapping in \(ImportJob.display(Self.mappingFile)) names it); the header has \"Record ID\", \"Company\", \"Owner\"",
        ])
        #expect(!FileManager.default.fileExists(atPath: job.snapshotFile.path))
    }

    @Test func mappingMistakesArePointedAtTheirLines() {
        let text = """
            timezone: Mars/Olympus
            exports:
              - kind: invoices
                files: "*.csv"
              - kind: deals
                files: "*deal*.csv"
                columns: {id: Record ID, colour: Colour}
            """
        let (mapping, problems) = ImportMappingReader.parse(text, file: "m.yml")
        #expect(mapping == nil)
        #expect(problems.map(\.description) == [
            "m.yml:1:11: error: unknown time zone `Mars/Olympus`; use an IANA name such as Asia/Ho_Chi_Minh",
            "m.yml:3:11: error: unknown export kind `invoices`; use one of companies, contacts, deals, targets, calls, meetings, tasks, emails, notes, zalo",
            "m.yml:7:38: error: `deals` has no field `colour`; its fields are id, name, rep, customer, stage, amount, created, close",
            "m.yml:7:14: error: `deals` needs a column for name, rep, customer, stage, amount, created",
            "m.yml:5:5: error: `deals` needs `stages`: each CRM deal stage with its status (open, won, lost) and probability",
        ])
    }
}

@Suite struct CSVValueTests {
    @Test func recordsKeepTheLineTheyStartOnAcrossQuotedLineBreaks() throws {
        let text = "\u{FEFF}a;b\r\n1;\"x\r\ny\"\r\n\r\n2;\"p;q\"\r\n"
        let table = try CSVTable.read(Data(text.utf8), file: "t.csv", delimiter: nil).get()
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.line) == [2, 5])
        #expect(table.rows.map(\.fields) == [["1", "x\ny"], ["2", "p;q"]])
    }

    @Test func theDelimiterIsTheOneTheHeaderHoldsMostOf() throws {
        let table = try CSVTable.read(Data("\"a,b\";c;d\n1;2;3\n".utf8), file: "t.csv", delimiter: nil).get()
        #expect(table.header == ["a,b", "c", "d"])
    }

    @Test func invalidUTF8IsLocated() {
        let bytes: [UInt8] = Array("a,b\n1,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        guard case .failure(let problem) = CSVTable.read(Data(bytes), file: "t.csv", delimiter: nil) else {
            Issue.record("invalid UTF-8 must fail")
            return
        }
        #expect(problem.line == 2 && problem.column == 3)
    }

    @Test(arguments: [
        ("2026-11-05", ImportedDate.day(LocalDay(year: 2026, month: 11, day: 5)!)),
        ("2026-11-05 16:30", .day(LocalDay(year: 2026, month: 11, day: 5)!)),
        ("05/11/2026", .day(LocalDay(year: 2026, month: 11, day: 5)!)),
        ("5.11.2026 9:05", .day(LocalDay(year: 2026, month: 11, day: 5)!)),
        ("2026-11-21T17:30:00Z", .instant(Instant(rfc3339: "2026-11-21T17:30:00Z")!)),
        ("2026-11-05T16:30:00.250+07:00", .instant(Instant(secondsSinceEpoch: 1_793_871_000, offsetSeconds: 25_200))),
        ("2026-11-05 04:30 PM +0700", .instant(Instant(secondsSinceEpoch: 1_793_871_000, offsetSeconds: 25_200))),
    ])
    func datesInTheMappingsFormats(text: String, expected: ImportedDate) {
        #expect(ImportedDate.parse(text, formats: [.iso, .dayMonthYear]) == expected)
    }

    @Test(arguments: ["31/11/2026", "2026-02-29", "2026-11-05 24:00", "2026-11-05T10:00+7", "hôm qua", "11/2026", "2026-11-05 13:00 PM"])
    func notDates(text: String) {
        #expect(ImportedDate.parse(text, formats: [.iso, .dayMonthYear]) == nil)
    }

    @Test func monthFirstIsAFormatOfItsOwn() {
        #expect(ImportedDate.parse("11/05/2026", formats: [.monthDayYear]) == .day(LocalDay(year: 2026, month: 11, day: 5)!))
    }

    @Test func amountsAreWholeUnitsRoundedHalfUp() {
        #expect(ImportAmount.parse("45,000,000", decimal: ".", thousands: ",") == 45_000_000)
        #expect(ImportAmount.parse("15000000.00", decimal: ".", thousands: ",") == 15_000_000)
        #expect(ImportAmount.parse("1234.5", decimal: ".", thousands: nil) == 1235)
        #expect(ImportAmount.parse("45.000.000,49", decimal: ",", thousands: ".") == 45_000_000)
        #expect(ImportAmount.parse("-5", decimal: ".", thousands: ",") == nil)
        #expect(ImportAmount.parse("99999999999999999999", decimal: ".", thousands: nil) == nil)
        #expect(ImportAmount.parse("1e6", decimal: ".", thousands: nil) == nil)
    }

    @Test func instantsWriteBackAsTheyWereWritten() {
        #expect(Instant(rfc3339: "2026-11-23T06:00:00+07:00")?.rfc3339 == "2026-11-23T06:00:00+07:00")
        #expect(Instant(rfc3339: "1969-12-31T23:59:59-05:30")?.rfc3339 == "1969-12-31T23:59:59-05:30")
        #expect(Instant(rfc3339: "2026-11-23") == nil)
    }
}
