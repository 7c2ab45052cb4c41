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
        #expect(s.totalMinutes == 55)
        #expect(s.meanText == "5.5")
        #expect(s.medianText == "5.5")
        #expect(s.percentile90Text == "9")
    }

    @Test func oddCountMedianIsTheMiddleValue() {
        // 1, 4, 7: mean 12 / 3 = 4.0; median 4; rank ⌈2.7⌉ = 3 → 7.
        let s = stats([4, 1, 7])
        #expect(s.meanText == "4.0")
        #expect(s.medianText == "4.0")
        #expect(s.percentile90 == 7)
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
        #expect(stats(Array(1...20)).percentile90 == 18)
        #expect(stats(Array(1...11)).percentile90 == 10)
        // One value: rank ⌈0.9⌉ = 1.
        #expect(stats([42]).percentile90 == 42)
    }

    @Test func waitsLongerThanADayAreExactToo() {
        // 30, 1500, 1500, 2000: total 5030, mean 1257.5; median (1500 + 1500) / 2 = 1500.0;
        // rank ⌈3.6⌉ = 4 → 2000.
        let s = stats([1500, 30, 2000, 1500])
        #expect(s.meanText == "1257.5")
        #expect(s.medianText == "1500.0")
        #expect(s.percentile90 == 2000)
        // Median across the dense/long boundary: 1439 and 1440 → 1439.5.
        #expect(stats([1440, 1439]).medianText == "1439.5")
    }

    @Test func noWaitsGiveEmptyFigures() {
        let s = stats([])
        #expect(s.meanTenths == nil && s.medianTenths == nil && s.percentile90 == nil)
        #expect(s.meanText == "" && s.medianText == "" && s.percentile90Text == "")
    }
}
