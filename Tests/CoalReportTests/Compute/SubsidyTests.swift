import ReportCore
import Testing
@testable import CoalReport

@Suite struct SubsidyTests {
    @Test func householdOverTheCapAcrossTwoDeliveries() {
        var job = CoalFixture.job("2018-12")
        job.feed([
            // 1.5 t on 1 October (甲煤业, 东村), then 1.0 t on 20 October (乙煤业, 西村).
            CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_500, on: "2018-10-01"),
            CoalFixture.delivery("M2", "博山镇", "西村", household: "H1", kg: 1_000, on: "2018-10-20", company: "乙煤业"),
        ])
        let results = job.results()
        let h1 = results.household("H1")!
        // Delivered 2.5 t, capped at 2 t: 2.000 × 120 = 240.00 yuan = 24000 fen.
        #expect(h1.deliveredKg == 2_500)
        #expect(h1.subsidisedKg == 2_000)
        #expect(h1.coalFen == 24_000)
        // Date order: the 1.5 t delivery takes 1.5 × 120 = 180.00, the later one the
        // remaining 0.5 t × 120 = 60.00; cells add up to the household's 240.00.
        let cells = results.coalSummary.filter { $0.level == .cell }
        #expect(cells.map(\.village) == ["东村", "西村"])
        #expect(cells.map(\.subsidyFen) == [18_000, 6_000])
        #expect(results.coalSummary.last?.subsidyFen == 24_000)
        // Progress counts all 2.5 t.
        #expect(results.progress("博山镇")?.coalKg == 2_500)
        // And the household is flagged over the cap (2.500 t > 2.000 t).
        #expect(results.anomalies.map(\.facts) == [
            .multipleAreas([.init(township: "博山镇", village: "东村"), .init(township: "博山镇", village: "西村")]),
            .coalOverCap(deliveredKg: 2_500, capKg: 2_000),
        ])
    }

    @Test func allocationFollowsDatesNotFileOrder() {
        var job = CoalFixture.job("2018-12")
        // The later delivery comes first in the file.
        job.feed([
            CoalFixture.delivery("M1", "博山镇", "西村", household: "H1", kg: 1_500, on: "2018-11-20"),
            CoalFixture.delivery("M2", "博山镇", "东村", household: "H1", kg: 1_500, on: "2018-10-01"),
        ])
        let cells = job.results().coalSummary.filter { $0.level == .cell }
        // 东村 (1 October) is subsidised first: 1.5 × 120 = 180.00; 西村 gets 0.5 × 120 = 60.00.
        #expect(cells.map(\.village) == ["东村", "西村"])
        #expect(cells.map(\.subsidyFen) == [18_000, 6_000])
    }

    @Test func householdInTwoTownshipsHasTheCapAppliedOnce() {
        var job = CoalFixture.job("2018-12")
        job.feed([
            CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_000, on: "2018-10-01"),
            CoalFixture.delivery("M2", "源泉镇", "南村", household: "H1", kg: 1_500, on: "2018-10-10"),
        ])
        let results = job.results()
        // One household district-wide: min(2.5, 2) = 2 t → 240.00 yuan, not 2 × cap.
        #expect(results.household("H1")?.coalFen == 24_000)
        #expect(results.household("H1")?.townships == ["博山镇", "源泉镇"])
        #expect(results.subsidy.coalFen == 24_000)
        // 博山镇 (first by date) gets 1.0 × 120 = 120.00; 源泉镇 the remaining 1.0 t = 120.00.
        let subtotals = results.coalSummary.filter { $0.level == .townshipSubtotal }
        #expect(subtotals.map(\.township) == ["博山镇", "源泉镇"])
        #expect(subtotals.map(\.subsidyFen) == [12_000, 12_000])
        // The household counts once in each township, once in the district.
        #expect(results.progress("博山镇")?.coalHouseholds == 1)
        #expect(results.progress("源泉镇")?.coalHouseholds == 1)
        #expect(results.district.coalHouseholds == 1)
        #expect(results.coalSummary.last?.households == 1)
        #expect(results.anomalies.first?.kind == .multipleAreas)
    }

    @Test func tonsFromAFailedBatchCountForProgressButAreNotSubsidised() {
        var job = CoalFixture.job("2018-12")
        // Batch BAD fails on sulfur (0.62% > 0.5%); batch B1 passes.
        job.feed([CoalFixture.sample("BAD", on: "2018-10-02", sulfur: 620), CoalFixture.sample("B1", on: "2018-10-02")])
        job.feed([
            CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_000, batch: "BAD", on: "2018-10-05"),
            CoalFixture.delivery("M2", "博山镇", "东村", household: "H1", kg: 1_000, batch: "B1", on: "2018-10-06"),
            CoalFixture.delivery("M3", "博山镇", "东村", household: "H2", kg: 2_000, batch: "BAD", on: "2018-10-07"),
        ])
        let results = job.results()
        // Progress: 1 + 1 + 2 = 4.000 t = the 4 t quota: 100.0%.
        #expect(results.progress("博山镇")?.coalKg == 4_000)
        #expect(results.progress("博山镇")?.coalCompletion.percentText == "100.0")
        // H1: eligible 1 t (B1 only) → 120.00; H2: nothing eligible → 0.00.
        #expect(results.household("H1")?.eligibleKg == 1_000)
        #expect(results.household("H1")?.failedBatchKg == 1_000)
        #expect(results.household("H1")?.coalFen == 12_000)
        #expect(results.household("H2")?.coalFen == 0)
        // District: 120.00 yuan, 1 household subsidised; failed-batch tons 1 + 2 = 3.000 t.
        #expect(results.subsidy.coalFen == 12_000)
        #expect(results.subsidy.coalHouseholds == 1)
        #expect(results.failedBatchKg == 3_000)
        #expect(results.coalSummary.last?.failedBatchKg == 3_000)
    }

    @Test func sharesTelescopeToTheRoundedHouseholdAmount() {
        // 125.50 yuan/t = 12550 fen/t: 1 kg = 12.55 fen.
        // Cumulative 1 kg → 12.55 → 13 fen (half up); 2 kg → 25.10 → 25 fen; shares 13, 12.
        #expect(SubsidyAllocation.coalShares(eligibleKilograms: [1, 1], capKilograms: 2_000, fenPerTon: 12_550) == [13, 12])
        // A failed-batch row (0 kg) between them gets 0 and changes nothing.
        #expect(SubsidyAllocation.coalShares(eligibleKilograms: [1, 0, 1], capKilograms: 2_000, fenPerTon: 12_550) == [13, 0, 12])
        // Over the cap: 1500 + 1000 kg at 12000 fen/t → 18000, then min(2500, 2000) → 24000 − 18000 = 6000, then 0.
        #expect(SubsidyAllocation.coalShares(eligibleKilograms: [1_500, 1_000, 500], capKilograms: 2_000, fenPerTon: 12_000)
                == [18_000, 6_000, 0])
        // 0.5 kg cannot happen (kilograms are whole); 1 kg at 120 yuan/t is exactly 12 fen.
        #expect(SubsidyAllocation.coalFen(kilograms: 1, fenPerTon: 12_000) == 12)
        // Half a fen rounds up: 1 kg × 12500 fen/t = 12.5 fen → 13.
        #expect(SubsidyAllocation.coalFen(kilograms: 1, fenPerTon: 12_500) == 13)
    }

    @Test func stovesAreCappedPerHouseholdInDateOrder() {
        var job = CoalFixture.job("2018-12")
        job.feed([
            CoalFixture.install("S1", "博山镇", "东村", household: "H1", model: "甲型", on: "2018-10-20"),
            CoalFixture.install("S2", "博山镇", "东村", household: "H1", model: "乙型", on: "2018-10-02"),
            CoalFixture.install("S3", "源泉镇", "南村", household: "H2", count: 2, on: "2018-10-03"),
        ])
        let results = job.results()
        // H1: 2 stoves, cap 1 → 150.00; the 2 October install (乙型) gets it.
        #expect(results.household("H1")?.stoves == 2)
        #expect(results.household("H1")?.stoveFen == 15_000)
        let h1Cells = results.stoveSummary.filter { $0.level == .cell && $0.township == "博山镇" }
        #expect(h1Cells.map(\.model) == ["乙型", "甲型"])
        #expect(h1Cells.map(\.subsidyFen) == [15_000, 0])
        // H2: 2 stoves in one install → 1 × 150.00.
        #expect(results.household("H2")?.subsidisedStoves == 1)
        // District: 2 × 150.00 = 300.00; 1 + 1 + 2 = 4 stoves installed.
        #expect(results.subsidy.stoveFen == 30_000)
        #expect(results.stoveSummary.last?.stoves == 4)
        #expect(results.stoveSummary.last?.subsidyFen == 30_000)
        // Both households are over the stove cap.
        #expect(results.anomalies.map(\.facts) == [.stovesOverCap(count: 2, cap: 1), .stovesOverCap(count: 2, cap: 1)])
    }

    @Test func totalsAddUpAcrossCellsTownshipsAndTheDistrict() {
        var job = CoalFixture.job("2018-12")
        job.feed([
            CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_250, on: "2018-10-01"),
            CoalFixture.delivery("M2", "博山镇", "东村", household: "H2", kg: 2_000, on: "2018-10-01", company: "乙煤业"),
            CoalFixture.delivery("M3", "博山镇", "西村", household: "H2", kg: 750, on: "2018-10-02"),
            CoalFixture.delivery("M4", "石马镇", "北村", household: "H3", kg: 1_000, on: "2018-11-02"),
        ])
        let results = job.results()
        let rows = results.coalSummary
        // Cells (companies by their text: 乙 U+4E59 before 甲 U+7532): 博山镇/东村/乙煤业 2 t 240.00;
        // 博山镇/东村/甲煤业 1.25 t 150.00; 博山镇/西村/甲煤业 0.75 t, but H2's cap is used up by its
        // 1 October delivery: 0.00; 石马镇/北村/甲煤业 1 t 120.00.
        #expect(rows.filter { $0.level == .cell }.map(\.company) == ["乙煤业", "甲煤业", "甲煤业", "甲煤业"])
        #expect(rows.filter { $0.level == .cell }.map(\.subsidyFen) == [24_000, 15_000, 0, 12_000])
        // 博山镇 subtotal: 2 households, 4.000 t, 390.00; 石马镇: 1 household, 120.00.
        let subtotals = rows.filter { $0.level == .townshipSubtotal }
        #expect(subtotals.map(\.households) == [2, 1])
        #expect(subtotals.map(\.kilograms) == [4_000, 1_000])
        #expect(subtotals.map(\.subsidyFen) == [39_000, 12_000])
        // District: 3 households, 5.000 t, 510.00 = the households' sum.
        #expect(rows.last == CoalSummaryRow(level: .districtTotal, township: "", village: "", company: "", households: 3,
                                            kilograms: 5_000, failedBatchKg: 0, amountFen: 400_000, subsidyFen: 51_000))
        #expect(results.subsidy.coalFen == 51_000)
        #expect(results.households.map(\.householdID) == ["H1", "H2", "H3"])
    }
}
