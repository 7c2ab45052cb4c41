import Testing
@testable import ServiceReport

@Suite struct WaitHistogramTests {
    func stats(_ waits: [Int]) -> WaitStatistics {
        var histogram = WaitHistogram()
        for wait in waits { histogram.add(wait) }
        return histogram.statistics
    }

    @Test func evenCountMedianIsMeanOfTheTwoMiddleValues() {
        // 1…10 shuffled: total 55, mean 5.5; median (5 + 6) / 2 = 5.5;
        // 90th percentile: rank ⌈0.9 × 10⌉ = 9 → 9.
        let s = stats([5, 1, 3, 10, 7, 2, 8, 4, 6, 9])
        #expect(s.count == 10)
        #expect(s.totalTenths == 550)
        #expect(s.meanText == "5.5")
        #expect(s.medianText == "5.5")
        #expect(s.percentile90Text == "9.0")
    }

    @Test func oddCountMedianIsTheMiddleValue() {
        // 1, 4, 7: mean 12 / 3 = 4.0; median 4; rank ⌈2.7⌉ = 3 → 7.
        let s = stats([4, 1, 7])
        #expect(s.meanText == "4.0")
        #expect(s.medianText == "4.0")
        #expect(s.percentile90Tenths == 70)
    }

    @Test func meanIsRoundedHalfUpToOneDecimal() {
        // 2, 2, 3: 7 / 3 = 2.333… → 2.3; median 2; rank 3 → 3.
        #expect(stats([2, 2, 3]).meanText == "2.3")
        // 1, 2: 1.5 exactly; median (1 + 2) / 2 = 1.5.
        #expect(stats([1, 2]).meanText == "1.5")
        // 0, 0, 1: 1 / 3 = 0.333… → 0.3.
        #expect(stats([0, 0, 1]).meanText == "0.3")
        // 1, 1, 1, 2, 2, 2, 2, 2: 13 / 8 = 1.625 → 1.6.
        #expect(stats([1, 1, 1, 2, 2, 2, 2, 2]).meanText == "1.6")
        // 0.05 → 0.1: 1 / 20 (one wait of 1 and nineteen of 0).
        #expect(stats([1] + Array(repeating: 0, count: 19)).meanText == "0.1")
    }

    @Test func ninetiethPercentileIsNearestRank() {
        // 1…20: rank ⌈18.0⌉ = 18 → 18.  1…11: rank ⌈9.9⌉ = 10 → 10.
        #expect(stats(Array(1...20)).percentile90Tenths == 180)
        #expect(stats(Array(1...11)).percentile90Tenths == 100)
        // One value: rank ⌈0.9⌉ = 1.
        #expect(stats([42]).percentile90Tenths == 420)
    }

    @Test func waitsLongerThanADayAreExactToo() {
        // 30, 1500, 1500, 2000: total 5030, mean 1257.5; median (1500 + 1500) / 2 = 1500.0;
        // rank ⌈3.6⌉ = 4 → 2000.
        let s = stats([1500, 30, 2000, 1500])
        #expect(s.meanText == "1257.5")
        #expect(s.medianText == "1500.0")
        #expect(s.percentile90Tenths == 20000)
        // Median across the dense/long boundary (240 minutes): 239 and 240 → 239.5.
        #expect(stats([240, 239]).medianText == "239.5")
    }

    @Test func decimalWaitsAreExactInTenths() {
        // 27.6, 3.0, 4.5, 0.1: total 35.2 → 352 tenths, mean 352 / 4 = 88 tenths → 8.8;
        // sorted 0.1, 3.0, 4.5, 27.6: median (30 + 45) / 2 = 37.5 tenths → half up 38 → 3.8;
        // 90th percentile rank ⌈3.6⌉ = 4 → 27.6.
        var histogram = WaitHistogram()
        for tenths in [276, 30, 45, 1] { histogram.add(tenths: tenths) }
        let s = histogram.statistics
        #expect(s.totalTenths == 352)
        #expect(s.meanText == "8.8")
        #expect(s.medianText == "3.8")
        #expect(s.percentile90Text == "27.6")
        // 0.1 + 0.2 three times: 0.9 exactly (no float drift), mean 0.3 (0.15 → 0.2 half up? 9 / 6 = 1.5 tenths → 2).
        var small = WaitHistogram()
        for tenths in [1, 2, 1, 2, 1, 2] { small.add(tenths: tenths) }
        #expect(small.statistics.totalTenths == 9)
        #expect(small.statistics.meanText == "0.2")
    }

    @Test func noWaitsGiveEmptyFigures() {
        let s = stats([])
        #expect(s.meanTenths == nil && s.medianTenths == nil && s.percentile90Tenths == nil)
        #expect(s.meanText == "" && s.medianText == "" && s.percentile90Text == "")
    }
}
