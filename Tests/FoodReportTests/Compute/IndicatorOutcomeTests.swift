import Testing
@testable import FoodReport
@testable import ReportInputs

@Suite struct IndicatorOutcomeTests {
    let targets = FoodFixture.targets

    @Test func targetIsJudgedOnExactCountsNotOnTheRoundedRate() {
        var counts = IndicatorCounts()
        counts.failedResults = 2000
        counts.disposedFailures = 1999
        let outcome = IndicatorOutcome(.failureDisposalRate, counts: counts, targets: targets)
        // 1999/2000 = 99.95% shows as 100.0 (half up), but 1999 × 1000 < 1000 × 2000: missed.
        #expect(outcome.rate?.percentText == "100.0")
        #expect(outcome.status == .missed)
        #expect(outcome.gapTenths == 0)                       // shown 100.0 − 100.0
        #expect(abs(outcome.attainment! - 0.9995) < 1e-12)    // 1999/2000 ÷ 1.000
    }

    @Test func exactlyAtTheTargetIsMet() {
        var counts = IndicatorCounts()
        counts.relatedProductResults = 200
        counts.relatedProductsPassed = 189
        let outcome = IndicatorOutcome(.relatedProductsPassRate, counts: counts, targets: targets)
        // 189/200 = 94.5% = target 94.5%: 189 × 1000 = 189 000 ≥ 945 × 200 = 189 000.
        #expect(outcome.status == .met)
        #expect(outcome.gapTenths == 0)
        #expect(outcome.attainment == 1)
    }

    @Test func attainmentIsCappedAtOne() {
        var counts = IndicatorCounts()
        counts.openKitchenEntities = 4
        counts.entitiesWithOpenKitchen = 4
        let outcome = IndicatorOutcome(.openKitchenRate, counts: counts, targets: targets)
        // 100% against 80%: min(1.25, 1) = 1; gap 100.0 − 80.0 = 20.0.
        #expect(outcome.attainment == 1)
        #expect(outcome.gapTenths == 200)
    }

    @Test func indicatorsWithoutTargetOrDataAreNotJudged() {
        var counts = IndicatorCounts()
        counts.inspections = 7
        let inspections = IndicatorOutcome(.inspections, counts: counts, targets: targets)
        #expect(inspections.numerator == 7)
        #expect(inspections.denominator == nil)
        #expect(inspections.rate == nil)
        #expect(inspections.status == .noTarget)
        let passRate = IndicatorOutcome(.samplePassRate, counts: counts, targets: targets)
        #expect(passRate.status == .noTarget)
        #expect(passRate.gapTenths == nil)
        let canteens = IndicatorOutcome(.schoolCanteenGradeB, counts: counts, targets: targets)
        #expect(canteens.status == .noData)                   // target 95%, 0 graded canteens
        #expect(canteens.rate?.percentText == "")
        #expect(canteens.attainment == nil)
    }
}
