import Foundation
import Testing
@testable import PlaybookKit

@Suite struct SampleDataTests {
    private func decode(_ text: String) throws -> Snapshot {
        let (snapshot, diagnostics) = SnapshotDecoder.decode(Data(text.utf8), file: "pipeline.json")
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(5))")
        return try #require(snapshot)
    }

    @Test func theDefaultSampleDecodesWithoutDiagnostics() throws {
        let sample = try SampleSnapshot(options: SampleOptions())
        let snapshot = try decode(sample.text)
        #expect(snapshot.asOfDay == LocalDay(year: 2026, month: 11, day: 23))
        #expect(snapshot.reps.count == 8)
        #expect(snapshot.reps.filter { !$0.active }.count == 1)
        #expect(snapshot.reps.filter { $0.role == .bdManager }.count == 1)
        #expect(snapshot.activities.count == 12_000)
        let decoded = SampleSnapshot.Counts(
            reps: snapshot.reps.count, customers: snapshot.customers.count, leads: snapshot.leads.count,
            deals: snapshot.deals.count, activities: snapshot.activities.count)
        #expect(sample.counts == decoded)
    }

    @Test func theSameOptionsGiveTheSameBytesAndAnotherSeedOthers() throws {
        let options = SampleOptions(seed: 7, reps: 3, activities: 500)
        let first = try SampleSnapshot(options: options).text
        #expect(try SampleSnapshot(options: options).text == first)
        var reseeded = options
        reseeded.seed = 8
        #expect(try SampleSnapshot(options: reseeded).text != first)
    }

    @Test func theShippedSampleIsTheDefaultOutput() throws {
        let shipped = try Data(contentsOf: TestSite.repositoryRoot.appendingPathComponent("content/data/pipeline.json"))
        #expect(shipped == Data(try SampleSnapshot(options: SampleOptions()).text.utf8),
                "regenerate it: swift run playbook sample-data --output content/data/pipeline.json")
    }

    @Test(arguments: [(1, "2026-11-16"), (2, "2026-11-09"), (3, "2026-11-02")])
    func theShippedHistoryIsTheSampleWeeksEarlier(weeks: Int, day: String) throws {
        let shipped = try Data(contentsOf: TestSite.repositoryRoot.appendingPathComponent("content/data/history/\(day).json"))
        #expect(shipped == Data(try SampleSnapshot(options: SampleOptions(weeksBefore: weeks)).text.utf8),
                "regenerate it: swift run playbook sample-data --weeks-before \(weeks) --output content/data/history/\(day).json")
    }

    @Test func aRewoundSampleHasWhatWasThereThen() throws {
        let now = try decode(SampleSnapshot(options: SampleOptions()).text)
        let before = try decode(SampleSnapshot(options: SampleOptions(weeksBefore: 1)).text)
        #expect(before.asOf.rfc3339 == "2026-11-16T06:00:00+07:00")
        #expect(before.activities.isEmpty)
        #expect(before.deals.allSatisfy { $0.created <= before.asOfDay } && before.leads.allSatisfy { $0.created <= before.asOfDay })
        #expect(before.deals.count < now.deals.count && before.leads.count < now.leads.count)
        #expect(before.deals.allSatisfy { deal in deal.closed.map { $0 <= before.asOfDay } ?? true })
        let changes = SnapshotChanges(from: before, to: now)
        #expect(!changes.won.isEmpty && !changes.new.isEmpty && !changes.movedStage.isEmpty && !changes.changedAmount.isEmpty && !changes.turnedWarm.isEmpty)
    }

    @Test func overridesSetTheCountsExactly() throws {
        let sample = try SampleSnapshot(options: SampleOptions(scale: 2, reps: 3, activities: 500))
        let snapshot = try decode(sample.text)
        #expect(snapshot.reps.count == 3)
        #expect(snapshot.activities.count == 500)
        #expect(sample.counts.reps == 3 && sample.counts.activities == 500)
    }

    @Test(arguments: ["2026-06-30T23:30:00Z", "2027-01-01T00:00:00+07:00", "2028-02-29T12:00:00-05:00"])
    func aLoneRepAndAnotherAsOfStillDecode(asOf: String) throws {
        let snapshot = try decode(try SampleSnapshot(options: SampleOptions(reps: 1, activities: 200, asOf: asOf)).text)
        #expect(snapshot.reps.count == 1 && snapshot.activities.count == 200)
    }

    @Test func scaleMultipliesTheTeamAndItsWork() throws {
        let counts = try SampleSnapshot(options: SampleOptions(scale: 2)).counts
        let single = try SampleSnapshot(options: SampleOptions()).counts
        #expect(counts.reps == 2 * single.reps)
        #expect(counts.customers == 2 * single.customers)
        #expect(counts.activities == 2 * single.activities)
    }

    @Test func everyPageOfTheDefaultSampleHasSomethingToShow() throws {
        let snapshot = try decode(try SampleSnapshot(options: SampleOptions()).text)
        let metrics = PipelineMetrics(snapshot: snapshot, care: CareSettings())
        for (key, ids) in metrics.teamCare.named {
            #expect(!ids.isEmpty, "the team's \(key) list is empty")
        }
        let month = try #require(metrics.team[Period.containing(snapshot.asOfDay, kind: .month)])
        #expect(month.actualRevenue > 0)
        #expect(month.revenueTarget ?? 0 > 0)
        #expect(snapshot.deals.contains { $0.status == .open && ($0.expectedClose ?? snapshot.asOfDay) > snapshot.asOfDay })
        #expect(snapshot.activities.contains { $0.kind == .task && !$0.done && $0.date > snapshot.asOfDay })
        #expect(Set(snapshot.activities.map(\.kind)) == Set(Activity.Kind.allCases))
        #expect(Set(snapshot.leads.map(\.status)) == Set(Lead.Status.allCases))
    }

    @Test func invalidOptionsAreRefusedWithTheirNames() {
        let cases: [(SampleOptions, String)] = [
            (SampleOptions(scale: 0), "scale must be a whole number from 1"),
            (SampleOptions(reps: 0), "reps must be a whole number from 1"),
            (SampleOptions(activities: -5), "activities must be a whole number from 1"),
            (SampleOptions(asOf: "2026-11-23"), "as-of must be an RFC 3339 date-time with an offset"),
            (SampleOptions(asOf: "2026-11-23T06:00:00"), "as-of must be an RFC 3339 date-time with an offset"),
            (SampleOptions(asOf: "9999-12-31T06:00:00+07:00"), "as-of must fall between the years 1971 and 2099 in Asia/Ho_Chi_Minh"),
            (SampleOptions(asOf: "1970-06-01T00:00:00+00:00"), "as-of must fall between the years 1971 and 2099 in Asia/Ho_Chi_Minh"),
        ]
        #expect(throws: Never.self) { try SampleOptions(asOf: "1971-01-01T00:00:00+07:00").validate() }
        #expect(throws: Never.self) { try SampleOptions(asOf: "2099-12-31T23:59:00+07:00").validate() }
        for (options, message) in cases {
            let error = #expect(throws: InvalidSampleOptions.self) { try options.validate() }
            #expect(error?.description.hasPrefix(message) == true, "\(String(describing: error))")
        }
    }
}
