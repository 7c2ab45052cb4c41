import ReportCore
import Testing
@testable import CoalReport

/// Quotas (CoalFixture): 博山镇 4 t / 2 stoves, 源泉镇 4 t / 2, 石马镇 8 t / 4, 城西街道 0 / 0.
@Suite struct RankingTests {
    func job(_ period: String) -> CoalJob { CoalFixture.twoMonths(period) }

    @Test func octoberScoresAndTies() {
        let results = job("2018-10").results()
        // 博山镇 100 × (0.5 × 2/4 + 0.5 × 1/2) = 50.0
        // 源泉镇 100 × (0.5 × 1/4 + 0.5 × 1/2) = 37.5
        // 石马镇 100 × (0.5 × 2/8 + 0.5 × 2/4) = 37.5 → ties with 源泉镇: both 2nd, directory order.
        #expect(results.townships.map(\.township) == ["博山镇", "源泉镇", "石马镇", "城西街道"])
        #expect(results.townships.map(\.scoreTenths) == [500, 375, 375, nil])
        #expect(results.townships.map(\.rank) == [1, 2, 2, nil])
    }

    @Test func novemberRankChangeAgainstOctober() {
        let results = job("2018-11").results()
        // Cumulative to 30 November:
        // 源泉镇 4/4 t, 1/2 stoves → 100 × (0.5 × 1 + 0.5 × 0.5) = 75.0 → 1st (was 2nd: ↑1)
        // 博山镇 2/4, 1/2 → 50.0 → 2nd (was 1st: ↓1)
        // 石马镇 4/8, 2/4 → 50.0 → ties with 博山镇 at 2nd (was 2nd: —)
        #expect(results.townships.map(\.township) == ["源泉镇", "博山镇", "石马镇", "城西街道"])
        #expect(results.townships.map(\.scoreTenths) == [750, 500, 500, nil])
        #expect(results.townships.map(\.rank) == [1, 2, 2, nil])
        #expect(results.townships.map(\.previousRank) == [2, 1, 2, nil])
        #expect(results.townships.map(\.rankChange) == ["↑1", "↓1", "—", "—"])
        // Within November: 源泉镇 1.5 + 1.5 = 3.000 t, 石马镇 2.000 t, 博山镇 0.
        #expect(results.progress("源泉镇")?.coalKgInPeriod == 3_000)
        #expect(results.progress("石马镇")?.coalKgInPeriod == 2_000)
        #expect(results.progress("博山镇")?.coalKgInPeriod == 0)
        #expect(results.progress("源泉镇")?.coalHouseholds == 3)
    }

    @Test func scheduleGapAndBehindSchedule() {
        let results = job("2018-11").results()
        // Elapsed: 1 September – 30 November = 30 + 31 + 30 = 91 of 122 days = 74.59…% → 74.6.
        #expect(results.scope.elapsedShare.percentText == "74.6")
        // Gap = completion − elapsed, as shown: 源泉镇 100.0 − 74.6 = 25.4; 博山镇 50.0 − 74.6 = −24.6;
        // 石马镇 50.0 − 74.6 = −24.6.
        #expect(results.progress("源泉镇")?.scheduleGapTenths == 254)
        #expect(results.progress("博山镇")?.scheduleGapTenths == -246)
        #expect(results.progress("石马镇")?.scheduleGapTenths == -246)
        // Behind: the two at −24.6, ties in directory order; 城西街道 has no quota, never behind.
        #expect(results.behindSchedule.map(\.township) == ["博山镇", "石马镇"])
        // District: quota 4 + 4 + 8 + 0 = 16 t; delivered 2 + 4 + 4 + 1 = 11 t → 68.75% → 68.8;
        // gap 68.8 − 74.6 = −5.8.
        #expect(results.district.coalQuotaKg == 16_000)
        #expect(results.district.coalKg == 11_000)
        #expect(results.district.coalCompletion.percentText == "68.8")
        #expect(results.district.scheduleGapTenths == -58)
    }

    @Test func quotaZeroTownshipIsShownButNotRanked() {
        let results = job("2018-11").results()
        let xicheng = results.progress("城西街道")!
        // Its 1 t is counted and shown; completion against 0 is empty, not 0 and not infinite.
        #expect(xicheng.coalKg == 1_000)
        #expect(xicheng.coalQuotaKg == 0)
        #expect(xicheng.coalCompletion.percentText == "")
        #expect(xicheng.scheduleGapTenths == nil)
        #expect(xicheng.rankingStatus == .quotaZero)
        #expect(xicheng.rank == nil)
        #expect(results.townships.last?.township == "城西街道")
    }

    @Test func nothingIsRankedBeforeTheCampaignOrWithoutQuotas() {
        // June: the campaign has not started, every score would be 0.
        let june = job("2018-06").results()
        #expect(june.townships.allSatisfy { $0.rank == nil })
        #expect(june.progress("博山镇")?.rankingStatus == .campaignNotStarted)
        // 2019: quotas.csv lists none for 2019.
        let january = job("2019-01").results()
        #expect(!january.hasQuotas)
        #expect(january.progress("博山镇")?.rankingStatus == .quotaMissing)
        #expect(january.progress("博山镇")?.coalCompletion.percentText == "")
        // December's previous period is November, ranked: December ranks carry a change.
        #expect(job("2018-12").results().progress("源泉镇")?.previousRank == 1)
    }

    @Test func scoreCapsEachCompletionAtOne() {
        // 200% coal and 50% stoves: 100 × (0.5 × min(2, 1) + 0.5 × 0.5) = 75.0.
        let score = ProgressRanking.score(coalKg: 8_000, coalQuotaKg: 4_000, stoves: 1, stoveQuota: 2,
                                          policy: CoalFixture.policy.coal)
        #expect(CompetitionRanking.tenths(score) == 750)
    }
}
