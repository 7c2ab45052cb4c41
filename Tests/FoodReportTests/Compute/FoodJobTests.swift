import Testing
import ReportCore
@testable import FoodReport
@testable import ReportInputs

/// The fixture of `FoodFixture` for 2018-Q4 (2018-10-01 … 2018-12-31), worked out by hand.
@Suite struct FoodJobTests {
    let result = FoodFixture.result("2018-Q4")

    @Test func schoolCanteenGradedBThenCCountsAsBelowB() {
        // BS-C1: B on 2018-08-10, C on 2018-11-05 → latest C (below B); BS-C2: A → 1 of 2 graded.
        let boshan = result.township("博山镇").outcome(.schoolCanteenGradeB)
        #expect(boshan.numerator == 1)
        #expect(boshan.denominator == 2)
        #expect(boshan.rate?.percentText == "50.0")   // 1/2
        #expect(boshan.status == .missed)              // 500 < 950
        #expect(boshan.gapTenths == -450)              // 50.0 − 95.0 = −45.0
    }

    @Test func gradeAfterPeriodEndIsIgnoredAndDowngradeBeforeItCounts() {
        // CS-C1: B on 2018-12-01, C on 2019-01-05 (after 2018-12-31) → still B in Q4: 1/1.
        let chishang = result.township("池上镇").outcome(.schoolCanteenGradeB)
        #expect(chishang.numerator == 1 && chishang.denominator == 1)
        #expect(chishang.status == .met)
        // In 2019-01 the same canteen's latest grade is C: 0/1.
        let january = FoodFixture.result("2019-01").township("池上镇").outcome(.schoolCanteenGradeB)
        #expect(january.numerator == 0 && january.denominator == 1)
        // As of 2018-09-30 BS-C1 was still B and BS-C2 not yet graded: 1/1.
        let q3 = FoodFixture.result("2018-Q3").township("博山镇").outcome(.schoolCanteenGradeB)
        #expect(q3.numerator == 1 && q3.denominator == 1)
    }

    @Test func failureDisposedTheDayAfterPeriodEndIsOpen() {
        // J07 (池上镇, 不合格 2018-12-20) was 已处置 on 2019-01-01, one day after Q4 ends.
        let disposal = result.township("池上镇").outcome(.failureDisposalRate)
        #expect(disposal.numerator == 0 && disposal.denominator == 1)   // 0 of 1 disposed by 12-31
        #expect(disposal.rate?.percentText == "0.0")
        #expect(disposal.status == .missed)
        #expect(disposal.gapTenths == -1000)                            // 0.0 − 100.0
        let open = result.openFailures.first { $0.inspection.inspectionID == "J07" }
        #expect(open?.status == .disposedAfterPeriodEnd)
        #expect(open?.ageDays == 11)                                    // 2018-12-31 − 2018-12-20
        // In 2019-01 it is disposed, and it is dated before that period: not open, not counted.
        let january = FoodFixture.result("2019-01")
        #expect(!january.openFailures.contains { $0.inspection.inspectionID == "J07" })
        #expect(january.township("池上镇").outcome(.failureDisposalRate).denominator == 0)
    }

    @Test func openFailuresAreEveryUndisposedFailureUpToPeriodEndOldestFirst() {
        // J14 2018-07-15 未处置 (a Q3 failure, still open): 2018-12-31 − 2018-07-15 = 16+31+30+31+30+31 = 169 days;
        // J11 2018-12-05 处置中: 26 days; J07 2018-12-20 disposed 2019-01-01: 11 days.
        // J05 (disposed 2018-12-10) is closed.
        #expect(result.openFailures.map(\.inspection.inspectionID) == ["J14", "J11", "J07"])
        #expect(result.openFailures.map(\.ageDays) == [169, 26, 11])
        #expect(result.openFailures.map(\.status) == [.notDisposed, .inProgress, .disposedAfterPeriodEnd])
        #expect(result.openFailures.map(\.entityName) == ["博山包装制品厂", "城西塑料制品厂", "池上豆制品厂"])
    }

    @Test func townshipWithoutRelatedProductResultsHasAnEmptyRateLeftOutOfTheScore() {
        let chishang = result.township("池上镇")
        let related = chishang.outcome(.relatedProductsPassRate)
        #expect(related.numerator == 0 && related.denominator == 0)
        #expect(related.rate?.percentText == "")
        #expect(related.status == .noData)
        #expect(related.attainment == nil)
        // Assessed: 处置 0/1 → 0, 公布 1/2 → 0.5/1 = 0.5, 食堂 1/1 → 1, 明厨亮灶 0/1 → 0,
        // 三小备案 1/1 → 1, 三小覆盖 0/1 → 0: six indicators (not seven), (0+0.5+1+0+1+0)/6 × 100 = 41.67.
        #expect(chishang.assessed.count == 6)
        #expect(chishang.met.count == 2)
        #expect(abs(chishang.score! - 250.0 / 6) < 1e-9)
        #expect(FoodLabels.score(chishang.score) == "41.7")
    }

    @Test func districtRowIsTheSumOfTheTownshipRows() {
        for indicator in FoodIndicator.allCases {
            let parts = result.townships.map { $0.outcome(indicator) }
            let district = result.district.outcome(indicator)
            #expect(district.numerator == parts.map(\.numerator).reduce(0, +), "\(indicator.name)")
            if let denominator = district.denominator {
                #expect(denominator == parts.compactMap(\.denominator).reduce(0, +), "\(indicator.name)")
            } else {
                #expect(parts.allSatisfy { $0.denominator == nil })   // 检查户次 is a count
            }
        }
        // By hand: 检查户次 4 + 3 + 1 = 8; 食品相关产品 (1+0+0)/(2+0+1) = 1/3;
        // 不合格处置 (1+0+0)/(1+1+1) = 1/3; 三小覆盖 (1+0+0)/(2+1+1) = 1/4.
        #expect(result.district.outcome(.inspections).numerator == 8)
        #expect(result.district.outcome(.relatedProductsPassRate).numerator == 1)
        #expect(result.district.outcome(.relatedProductsPassRate).denominator == 3)
        #expect(result.district.outcome(.failureDisposalRate).rate?.percentText == "33.3")
        #expect(result.district.outcome(.smallBusinessCoverage).rate?.percentText == "25.0")
        // Its score from the summed counts: (0.3333/0.945 + 0.3333 + 0.8 + 0.6667/0.95 + 0.5/0.8
        // + 0.75/0.95 + 0.25/0.95)/7 = (0.35273 + 0.33333 + 0.8 + 0.70175 + 0.625 + 0.78947 + 0.26316)/7 × 100 = 55.22.
        #expect(FoodLabels.score(result.district.score) == "55.2")
    }

    @Test func boshanFiguresAndScore() {
        let boshan = result.township("博山镇")
        // Q4 rows J02, J03, J04, J05 → 4 inspections; BS-C1, BS-C2, BS-R1 inspected of 6 entities.
        #expect(boshan.counts.inspections == 4)
        #expect(boshan.outcome(.inspectionCoverage).rate?.percentText == "50.0")   // 3/6
        #expect(boshan.outcome(.samplePassRate).rate?.percentText == "50.0")       // J04 合格, J05 不合格: 1/2
        #expect(boshan.outcome(.failureDisposalRate).status == .met)               // J05 disposed 12-10: 1/1
        // 三小: BS-S1 (备案, inspected 2018-03-01) and BS-S2 (not registered, never inspected): 1/2 each.
        #expect(boshan.outcome(.smallBusinessRegistration).numerator == 1)
        #expect(boshan.outcome(.smallBusinessCoverage).numerator == 1)
        // (0.5/0.945 + 1 + 1 + 0.5/0.95 + 1 + 0.5/0.95 + 0.5/0.95)/7 × 100
        // = (0.529101 + 3 + 3 × 0.526316)/7 × 100 = 5.108048/7 × 100 = 72.97 → 73.0.
        #expect(FoodLabels.score(boshan.score) == "73.0")
        #expect(boshan.assessed.count == 7)
        #expect(boshan.met.count == 3)   // 处置, 公布, 明厨亮灶
    }

    @Test func smallBusinessCoverageIsYearToDate() {
        // CX-S1 was inspected on 2017-12-20 only: not covered in 2018 (0/1) …
        #expect(result.township("城西街道").outcome(.smallBusinessCoverage).numerator == 0)
        // … but covered for 2017-Q4 (2017-01-01 … 2017-12-31): 1/1.
        let previousYear = FoodFixture.result("2017-Q4").township("城西街道").outcome(.smallBusinessCoverage)
        #expect(previousYear.numerator == 1 && previousYear.denominator == 1)
    }

    @Test func rankingAndRankChangeAgainstThePreviousQuarter() {
        // Q4 scores: 博山镇 73.0, 池上镇 41.7, 城西街道 (0+0+1+1+0)/5 × 100 = 40.0.
        // Q3 scores: 城西街道 (1+1+1+0)/4 = 75.0; 博山镇 (0+0+0+1+1+0.5263+0.5263)/7 = 43.6;
        // 池上镇 (明厨亮灶 0, 备案 1, 覆盖 0)/3 = 33.3.
        #expect(result.ranking.map(\.township) == ["博山镇", "池上镇", "城西街道"])
        #expect(result.ranking.map(\.rank) == [1, 2, 3])
        #expect(result.ranking.map(\.previousRank) == [2, 3, 1])
        let changes = result.ranking.map { CompetitionRanking.change(current: $0.rank, previous: $0.previousRank) }
        #expect(changes == ["↑1", "↑1", "↓2"])
    }

    @Test func noRankChangeAgainstAPeriodWithoutInspections() {
        // 2018-Q3 has inspections (J01, J12, J14); 2018-Q2 has none, so the register-only
        // scores of Q2 are not ranked against: every change is "—".
        let q3 = FoodFixture.result("2018-Q3")
        #expect(q3.ranking.allSatisfy { $0.rank != nil && $0.previousRank == nil })
        #expect(q3.ranking.map { CompetitionRanking.change(current: $0.rank, previous: $0.previousRank) }
                == ["—", "—", "—"])
        // 2018-Q4 against Q3 keeps its changes (above); 2018-03 against 2018-02 (no rows) none.
        #expect(FoodFixture.result("2018-03").ranking.allSatisfy { $0.previousRank == nil })
    }

    @Test func townshipWithNoAssessableIndicatorIsNotRanked() {
        // Only 池上镇 and 城西街道 have entities; 博山镇 with an empty register has no denominator.
        let register = FoodEntityRegister(FoodFixture.register.entities.filter { $0.township != "博山镇" })
        var job = FoodJob(period: Period("2018-Q4")!, townships: FoodFixture.townships, register: register,
                          targets: FoodFixture.targets)
        for row in FoodFixture.rows where row.township != "博山镇" { _ = job.add(row, line: 0) }
        let result = job.result()
        #expect(result.township("博山镇").score == nil)
        #expect(result.ranking.map(\.township) == ["池上镇", "城西街道", "博山镇"])
        #expect(result.ranking.map(\.rank) == [1, 2, nil])
    }

    @Test func repeatedRowsCountOnceAndConflictingRowsAreNotCounted() {
        var job = FoodJob(period: Period("2018-Q4")!, townships: FoodFixture.townships,
                          register: FoodFixture.register, targets: FoodFixture.targets)
        let row = FoodFixture.rows[2]   // J03
        var changed = row
        changed.grade = .c
        #expect(job.add(row, line: 2) == .counted)
        #expect(job.add(row, line: 7) == .repeated(firstLine: 2))
        #expect(job.add(changed, line: 9) == .conflicting(firstLine: 2))
        let result = job.result()
        #expect(result.township("博山镇").counts.inspections == 1)               // J03 once
        #expect(result.township("博山镇").outcome(.schoolCanteenGradeB).numerator == 1)   // its A, not the C
        #expect(result.repeatedRows == 1)
    }
}
