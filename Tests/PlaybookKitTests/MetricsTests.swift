import Foundation
import Testing
@testable import PlaybookKit

/// Figures computed by hand from `Fixtures/snapshots/edges.json` (see the comments there and
/// docs/METRICS.md for the definitions).
@Suite struct MetricsTests {
    let snapshot: Snapshot
    let metrics: PipelineMetrics

    init() throws {
        let url = TestSite.fixturesRoot.appendingPathComponent("snapshots/edges.json")
        let (snapshot, diagnostics) = SnapshotDecoder.decode(try Data(contentsOf: url), file: "edges.json")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        self.snapshot = try #require(snapshot)
        self.metrics = PipelineMetrics(snapshot: self.snapshot, care: CareSettings())
    }

    private func rep(_ id: String, _ period: String) throws -> PeriodMetrics {
        let index = try #require(snapshot.reps.firstIndex { $0.id == id })
        let key = try #require(Period(period))
        return try #require(metrics.reps[index][key])
    }

    private func team(_ period: String) throws -> PeriodMetrics {
        let key = try #require(Period(period))
        return try #require(metrics.team[key])
    }

    @Test func aDealClosedLateSundayInHanoiStaysInWeek48() throws {
        let week48 = try rep("r1", "2026-W48")
        #expect(week48.wonDeals == 1)
        #expect(week48.actualRevenue == 1_000_000)
        #expect(week48.newCustomers == 1)
        #expect(week48.leads == 1 && week48.warmLeads == 1)
        #expect(week48.meetings == 1)
        #expect(try rep("r1", "2026-W49").wonDeals == 0)
    }

    @Test func aDealClosedSundayUTCIsMondayInHanoiWeek49() throws {
        #expect(try rep("r2", "2026-W48").wonDeals == 0)
        let week49 = try rep("r2", "2026-W49")
        #expect(week49.wonDeals == 1)
        #expect(week49.actualRevenue == 2_000_000)
        #expect(week49.newCustomers == 1)
    }

    @Test func expectedRevenueRoundsEachDealHalfUp() throws {
        #expect(try rep("r1", "2026-W47").expectedRevenue == 500_001)
        #expect(try rep("r1", "2026-11").expectedRevenue == 1_100_000 + 500_001)
        // 3 × 50% = 1.5 -> 2; 10 × 10% = 1 (a deal created after the as-of date still counts).
        #expect(try rep("r1", "2026-12").expectedRevenue == 3)
        // 999 × 0% = 0; 1000 × 100% = 1000.
        #expect(try rep("r2", "2026-12").expectedRevenue == 1_000)
    }

    @Test func quarterTargetsComeFromMonthsWhenThereIsNoneOfItsOwn() throws {
        let quarter = try rep("r1", "2026-Q4")
        #expect(quarter.revenueTarget == 4_500_000)
        #expect(quarter.actualRevenue == 1_600_000)
        #expect(quarter.attainment?.decimalText == "0.3556")
        #expect(try rep("r2", "2026-Q4").revenueTarget == 5_000_000)
        #expect(try rep("r1", "2027-Q1").revenueTarget == nil)
        #expect(try team("2026-Q4").revenueTarget == 9_500_000)
        #expect(try team("2026-Q4").attainment?.decimalText == "0.4105")
    }

    @Test func zeroTargetsHaveNoAttainment() throws {
        let november = try rep("r2", "2026-11")
        #expect(november.revenueTarget == 0)
        #expect(november.attainment == nil)
        #expect(try rep("r1", "2026-11").attainment?.decimalText == "0.55")
        #expect(try team("2026-11").revenueTarget == 2_000_000)
    }

    @Test func closeRateCountsWonAgainstDecided() throws {
        #expect(try rep("r2", "2026-W48").closeRate?.decimalText == "0")
        #expect(try rep("r2", "2026-Q4").closeRate?.decimalText == "0.6667")
        #expect(try rep("r1", "2026-W47").closeRate == nil)
    }

    @Test func newCustomersCountOnceForTheTeamAndForEachRepWinningTheFirstDay() throws {
        #expect(try rep("r1", "2026-10").newCustomers == 1)
        #expect(try rep("r2", "2026-10").newCustomers == 1)
        #expect(try team("2026-10").newCustomers == 1)
        #expect(try team("2026-Q4").newCustomers == 3)
        #expect(try rep("r1", "2026-11").newCustomers == 1)
    }

    @Test func recordsAfterTheAsOfDateCountInTheirPeriods() throws {
        #expect(try rep("r1", "2026-W49").meetings == 1)
        #expect(try rep("r2", "2027-Q1").leads == 1)
        #expect(metrics.periods.map(\.description).contains("2026-W50"))
        #expect(!metrics.periods.map(\.description).contains("2026-W51"))
        #expect(metrics.periods.first?.description == "2026-W36")
        #expect(metrics.periods.last?.description == "2027-Q1")
    }

    @Test func careListsAsOfTheSnapshotDay() throws {
        let lan = metrics.repCare[0]
        #expect(lan.repeatDue == ["c3"])
        #expect(lan.overduePurchase.isEmpty && lan.stoppedBuying.isEmpty)
        #expect(lan.neglected.isEmpty)
        #expect(lan.overdueTasks.isEmpty)
        #expect(lan.staleDeals == ["d6"])
        let minh = metrics.repCare[1]
        #expect(minh.neglected == ["c2", "c4"])
        #expect(minh.overdueTasks == ["a4", "a5"])
        #expect(minh.staleDeals == ["d9"])
        #expect(metrics.teamCare.staleDeals == ["d6", "d9"])
        #expect(metrics.teamCare.neglected == ["c2", "c4"])
    }

    @Test func purchaseCyclesFromOwnSettingOrMedianGap() throws {
        let purchases = CustomerPurchases(snapshot: snapshot)
        #expect(purchases.cycle(of: 0, customer: snapshot.customers[0]) == 30)
        #expect(purchases.cycle(of: 1, customer: snapshot.customers[1]) == nil)
        #expect(purchases.cycle(of: 2, customer: snapshot.customers[2]) == 28)
    }

    @Test func overdueAndStoppedCustomers() throws {
        var changed = snapshot
        changed.asOfDay = changed.asOfDay.adding(days: 20)
        let later = CareListBuilder(snapshot: changed, settings: CareSettings()).lists()
        #expect(later[0].overduePurchase == ["c3"])
        changed.asOfDay = snapshot.asOfDay.adding(days: 40)
        #expect(CareListBuilder(snapshot: changed, settings: CareSettings()).lists()[0].stoppedBuying == ["c3"])
    }

    @Test func aWeek53SnapshotHasWeek53() throws {
        var late = snapshot
        late.asOfDay = LocalDay(year: 2026, month: 12, day: 30)!
        let periods = PipelineMetrics(snapshot: late, care: CareSettings()).periods.map(\.description)
        #expect(periods.contains("2026-W53"))
        #expect(periods.contains("2027-W01"))
        #expect(!periods.contains("2027-W02"))
    }
}
