import Testing
import ReportCore
@testable import ServiceReport

/// Every indicator of SPEC §4.3 on the December scenario (see ServiceFixtures).
@Suite struct GroupIndicatorsTests {
    @Test func departmentRates() throws {
        let jia = try #require(try decemberReport().departments.named("甲局"))
        // Catalogue: T-001 complies, T-002 does not → 1 / 2 = 50.0.
        #expect(jia.itemCompliance.percentText == "50.0")
        // (1 − 6/20 + 1 − 7/20) / 2 = (0.7 + 0.65) / 2 = 0.675 → 67.5.
        #expect(jia.committedCompression.percentText == "67.5")
        // 1 − 10 / 40 = 0.75 → 75.0.
        #expect(jia.actualCompression.percentText == "75.0")
        // On time 1 / 2; 即办件 0 / 2; steps ≤ 3: D1 (3) yes, D2 (4) no → 1 / 2.
        #expect(jia.onTimeRate.percentText == "50.0")
        #expect(jia.immediateShare.percentText == "0.0")
        #expect(jia.withinStepsRate.percentText == "50.0")
        // 网办: D2 online → 1 / 2. Visits D1 1, D2 0: 一次办好 2 / 2, 零跑腿 1 / 2.
        #expect(jia.onlineRate.percentText == "50.0")
        #expect(jia.oneVisitRate.percentText == "100.0")
        #expect(jia.zeroVisitRate.percentText == "50.0")
        // Both rated (2 / 2); 满意 1 / 2; 不满意 1 / 2.
        #expect(jia.ratedShare.percentText == "100.0")
        #expect(jia.satisfactionRate.percentText == "50.0")
        #expect(jia.dissatisfactionRate.percentText == "50.0")
        // One wait, 10 minutes.
        #expect(jia.wait.meanText == "10.0" && jia.wait.medianText == "10.0" && jia.wait.percentile90Text == "10.0")
    }

    @Test func ratesWithEmptyDenominatorsAreEmptyNotZero() throws {
        let report = try decemberReport()
        // 乙局: T-003 has statutory 0 and T-004 is exempt, so no item enters 平均承诺压缩率.
        let yi = try #require(report.departments.named("乙局"))
        #expect(yi.committedCompression.percentText == "")
        // 39 / 60 = 65.0; D4 rated, D5 not → 满意 1 / 1.
        #expect(yi.actualCompression.percentText == "65.0")
        #expect(yi.satisfactionRate.percentText == "100.0")
        // 丙局: only an exempt item and no ticket → every rate empty.
        let bing = try #require(report.departments.named("丙局"))
        #expect(bing.assessedItems == 0)
        for rate in [bing.itemCompliance, bing.actualCompression, bing.onTimeRate, bing.immediateShare,
                     bing.withinStepsRate, bing.onlineRate, bing.oneVisitRate, bing.zeroVisitRate,
                     bing.ratedShare, bing.satisfactionRate, bing.dissatisfactionRate] {
            #expect(rate.percentText == "")
        }
        #expect(bing.wait.meanText == "")
        #expect(bing.score == nil && bing.rank == nil)
    }

    @Test func hallAndTownshipAssessTheItemsTheyCompleted() throws {
        let report = try decemberReport()
        // 博山镇 completed T-001 (complies) and T-004 (exempt) → 1 / 1; compression of T-001 70.0.
        let boshan = try #require(report.townships.named("博山镇"))
        #expect(boshan.assessedItems == 1 && boshan.compliantItems == 1)
        #expect(boshan.committedCompression.percentText == "70.0")
        // The district assesses the whole catalogue: T-001, T-003 of T-001…T-003 → 2 / 3 = 66.7.
        #expect(report.district.itemCompliance.percentText == "66.7")
        #expect(report.district.committedCompression.percentText == "67.5")
        // District waits 10, 4, 20: mean 34 / 3 = 11.3; median 10; rank ⌈2.7⌉ = 3 → 20.
        #expect(report.district.wait.meanText == "11.3")
        #expect(report.district.wait.medianText == "10.0")
        #expect(report.district.wait.percentile90Text == "20.0")
        // Σ statutory 20 + 20 + 60 = 100, Σ elapsed 2 + 8 + 21 = 31 → 69.0.
        #expect(report.district.actualCompression.percentText == "69.0")
    }

    @Test func scoresRanksAndRankChange() throws {
        let report = try decemberReport()
        // December: 乙局 (100 + 100 + 50 + 0 + 100) / 5 = 70.0; 甲局 (50 + 50 + 100 + 50 + 50) / 5 = 60.0;
        // 丙局 no completed ticket: not ranked, listed last.
        #expect(report.departments.map(\.name) == ["乙局", "甲局", "丙局"])
        #expect(report.departments.map(\.scoreText) == ["70.0", "60.0", ""])
        #expect(report.departments.map(\.rank) == [1, 2, nil])
        // November: 甲局 P1 (50 + 100 + 100 + 0 + 100) / 5 = 70.0; 乙局 P2 (100 + 0 + 0 + 0 + 0) / 5 = 20.0.
        #expect(report.departments.map(\.previousRank) == [2, 1, nil])
        #expect(report.departments.map(\.rankChange) == ["↑1", "↓1", "—"])
    }

    @Test func townshipAndHallRanking() throws {
        let report = try decemberReport()
        // 博山镇 (100 + 100 + 50 + 0 + 100) / 5 = 70.0; 源泉镇 (100 + 0 + 100 + 100 + 0) / 5 = 60.0.
        #expect(report.townships.map(\.name) == ["博山镇", "源泉镇"])
        #expect(report.townships.map(\.scoreText) == ["70.0", "60.0"])
        // November 博山镇 80.0 (P1), 源泉镇 20.0 (P2): same order, no change.
        #expect(report.townships.map(\.rankChange) == ["—", "—"])
        // Halls: 源泉镇便民服务中心 D4 (100 + 100 + 100 + 0 + 100) / 5 = 80.0;
        // 区政务服务中心 D1, D2, D5 (100 + 200/3 + 200/3 + 100/3 + 50) / 5 = 63.3.
        #expect(report.halls.map(\.name) == [yuanquanCentre, centre])
        #expect(report.halls.map(\.scoreText) == ["80.0", "63.3"])
        // November: 区政务服务中心 80.0 (P1) first, 源泉镇 20.0 (P2).
        #expect(report.halls.map(\.rankChange) == ["↑1", "↓1"])
    }

    @Test func tiesShareARankAndKeepDisplayOrder() throws {
        // One identical ticket in each township: equal scores, 博山镇 (order 1) listed first.
        let tickets = [
            ticket("A", item: "T-001", township: "源泉镇", received: day(2018, 12, 3), completed: day(2018, 12, 4)),
            ticket("B", item: "T-001", township: "博山镇", received: day(2018, 12, 3), completed: day(2018, 12, 4)),
        ]
        let report = try job("2018-12", tickets).report()
        #expect(report.townships.map(\.name) == ["博山镇", "源泉镇"])
        #expect(report.townships.map(\.rank) == [1, 1])
    }

    @Test func scoreLeavesOutEmptyRatesAndZeroWeights() throws {
        // One ticket of 甲局, unrated: item 50, on time 100, one visit 100, online 0, 满意率 empty
        // → (50 + 100 + 100 + 0) / 4 = 62.5.
        let single = [ticket("S", item: "T-001", received: day(2018, 12, 3), completed: day(2018, 12, 4))]
        let report = try job("2018-12", single).report()
        #expect(report.departments.named("甲局")?.scoreText == "62.5")
        // With weight 3 on 按时办结率 and 0 on 网办率: (50 + 3 × 100 + 100) / 5 = 90.0.
        var policy = fixturePolicy
        policy.service.weightOnTime = 3
        policy.service.weightOnline = 0
        let weighted = try job("2018-12", single, policy: policy).report()
        #expect(weighted.departments.named("甲局")?.scoreText == "90.0")
    }
}
