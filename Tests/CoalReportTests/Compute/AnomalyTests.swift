import ReportCore
import ReportInputs
import Testing
@testable import CoalReport

@Suite struct AnomalyTests {
    @Test func amountAgainstQuantityTimesPriceWithinTheTolerance() {
        // Tolerance 0.01 yuan = 1 fen. 1.5 t × 800.00 = 1200.00 yuan.
        #expect(!RowChecks.coalAmountMismatch(kilograms: 1_500, unitPriceFen: 80_000, amountFen: 120_000, toleranceFen: 1))
        // 1200.01: off by 1 fen, within the tolerance.
        #expect(!RowChecks.coalAmountMismatch(kilograms: 1_500, unitPriceFen: 80_000, amountFen: 120_001, toleranceFen: 1))
        // 1200.02: off by 2 fen, flagged.
        #expect(RowChecks.coalAmountMismatch(kilograms: 1_500, unitPriceFen: 80_000, amountFen: 120_002, toleranceFen: 1))
        // 1.333 t × 785.00 = 1046.405 yuan: 1046.40 and 1046.41 are both within 0.5 fen + 1 fen.
        #expect(!RowChecks.coalAmountMismatch(kilograms: 1_333, unitPriceFen: 78_500, amountFen: 104_640, toleranceFen: 1))
        #expect(!RowChecks.coalAmountMismatch(kilograms: 1_333, unitPriceFen: 78_500, amountFen: 104_641, toleranceFen: 1))
        // A blank amount or price is not checked.
        #expect(!RowChecks.coalAmountMismatch(kilograms: 1_500, unitPriceFen: nil, amountFen: 1, toleranceFen: 1))
        // Stoves: 2 × 1800.00 = 3600.00; 1800.00 is flagged.
        #expect(RowChecks.stoveAmountMismatch(count: 2, unitPriceFen: 180_000, amountFen: 180_000, toleranceFen: 1))
        #expect(!RowChecks.stoveAmountMismatch(count: 2, unitPriceFen: 180_000, amountFen: 360_000, toleranceFen: 1))
    }

    @Test func phoneNumbersAreComparedByTheirDigits() {
        #expect(RowChecks.phoneKey("138-1234-5678") == "13812345678")
        #expect(RowChecks.phoneKey("+86 138 1234 5678") == "13812345678")
        #expect(RowChecks.phoneKey("１３８１２３４５６７８") == "13812345678")
        #expect(RowChecks.phoneKey("无") == "")
    }

    @Test func onePhoneForFiveHouseholdsIsFlaggedFourIsNot() {
        var job = CoalFixture.job("2018-12")
        // 13800000001 for H1…H4 (coal) and H5 (a stove, written with dashes): 5 households.
        // 13900000002 for G1…G4: 4 households, below the policy's 5.
        job.feed((1...4).map { CoalFixture.delivery("M\($0)", "博山镇", "东村", household: "H\($0)", kg: 1_000,
                                                    on: "2018-10-01", phone: "13800000001") }
                 + (1...4).map { CoalFixture.delivery("N\($0)", "源泉镇", "南村", household: "G\($0)", kg: 1_000,
                                                      on: "2018-10-01", phone: "13900000002") })
        job.feed([CoalFixture.install("S1", "博山镇", "东村", household: "H5", on: "2018-10-02", phone: "138-0000-0001")])
        let anomalies = job.results().anomalies
        #expect(anomalies.map(\.facts) == [.sharedPhone(phone: "13800000001", households: 5)])
        // It names the four delivery lines (2–5) and the install line (2), deliveries first.
        #expect(anomalies[0].records.map(\.file) == Array(repeating: "coal_deliveries.csv", count: 4) + ["stove_installs.csv"])
        #expect(anomalies[0].records.map(\.line) == [2, 3, 4, 5, 2])
    }

    @Test func deliveriesOutsideTheCampaignAreFlaggedAndNotCounted() {
        var job = CoalFixture.job("2018-12")
        job.feed([
            CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_000, on: "2018-08-31"),
            CoalFixture.delivery("M2", "博山镇", "东村", household: "H2", kg: 1_000, on: "2018-09-01"),
            // After the period end: not part of the December report at all.
            CoalFixture.delivery("M3", "博山镇", "东村", household: "H3", kg: 1_000, on: "2019-01-03"),
            // The previous year's campaign: ignored, not flagged.
            CoalFixture.delivery("M4", "博山镇", "东村", household: "H4", kg: 1_000, on: "2017-11-03"),
        ])
        let results = job.results()
        #expect(results.progress("博山镇")?.coalKg == 1_000)
        #expect(results.households.map(\.householdID) == ["H2"])
        #expect(results.anomalies.count == 1)
        #expect(results.anomalies[0].records.map(\.recordID) == ["M1"])
        #expect(results.anomalies[0].facts == .outsideCampaign(day: CoalFixture.day("2018-08-31"),
                                                               campaign: results.scope.campaign, isInstall: false))
    }

    @Test func mismatchedAmountIsFlaggedButStillCounted() {
        var job = CoalFixture.job("2018-12")
        job.feed([CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_000, on: "2018-10-01",
                                       amountFen: 7_600)])
        let results = job.results()
        #expect(results.progress("博山镇")?.coalKg == 1_000)
        #expect(results.anomalies.map(\.facts) == [.coalAmountMismatch(kilograms: 1_000, unitPriceFen: 80_000, amountFen: 7_600)])
        // 1 t × 800.00 = 800.00; registered 76.00; difference 76.00 − 800.00 = −724.00.
        #expect(AnomalyText.detail(results.anomalies[0].facts, mask: PersonalMask(unmasked: false))
                == "数量 1.000 吨 × 单价 800.00 元/吨 = 800.00 元，登记总金额 76.00 元，相差 -724.00 元")
    }

    @Test func oneHouseholdInTwoVillagesAcrossTheExports() {
        var job = CoalFixture.job("2018-12")
        job.feed([CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_000, on: "2018-10-01")])
        job.feed([CoalFixture.install("S1", "博山镇", "西村", household: "H1", on: "2018-10-02")])
        let anomalies = job.results().anomalies
        #expect(anomalies.map(\.kind) == [.multipleAreas])
        #expect(anomalies[0].records.map { "\($0.file):\($0.line)" } == ["coal_deliveries.csv:2", "stove_installs.csv:2"])
    }

    @Test func anomaliesAreSortedByKindThenTownship() {
        var job = CoalFixture.job("2018-12")
        job.feed([
            CoalFixture.delivery("M1", "石马镇", "北村", household: "H1", kg: 2_500, on: "2018-10-01"),
            CoalFixture.delivery("M2", "博山镇", "东村", household: "H2", kg: 1_000, on: "2018-08-01"),
            CoalFixture.delivery("M3", "博山镇", "东村", household: "H3", kg: 2_500, on: "2018-10-01"),
        ])
        let anomalies = job.results().anomalies
        // Over the cap (博山镇 before 石马镇 in directory order), then the date outside the campaign.
        #expect(anomalies.map(\.kind) == [.overCap, .overCap, .outsideCampaign])
        #expect(anomalies.map { $0.records[0].recordID } == ["M3", "M1", "M2"])
    }
}
