import Testing
@testable import ServiceReport

@Suite struct CompressionMeanTests {
    func mean(_ limits: [(Int, Int)]) -> CompressionMean {
        CompressionMean(limits.map { (statutory: $0.0, committed: $0.1) })
    }

    @Test func meanOfOneMinusCommittedOverStatutory() {
        // (1 − 3/15 + 1 − 6/20) / 2 = (0.8 + 0.7) / 2 = 0.75 → 75.0.
        let m = mean([(15, 3), (20, 6)])
        #expect(m.itemCount == 2)
        #expect(m.tenthsOfPercent == 750)
        #expect(m.percentText == "75.0")
    }

    @Test func statutoryZeroItemsAreLeftOut() {
        // Only 10/3 counts: 1 − 0.3 = 0.7 → 70.0.
        let m = mean([(0, 0), (10, 3)])
        #expect(m.itemCount == 1)
        #expect(m.percentText == "70.0")
    }

    @Test func noItemIsEmptyNotZero() {
        #expect(mean([]).tenthsOfPercent == nil)
        #expect(mean([(0, 0)]).percentText == "")
    }

    @Test func exactHalfRoundsUp() {
        // 1 − 1/2000 = 0.9995 → 999.5 tenths → 1000 → 100.0 (exact, half up).
        #expect(mean([(2000, 1)]).percentText == "100.0")
        // (1 − 1/3 + 1 − 1/6) / 2 = (4/6 + 5/6) / 2 = 9/12 = 0.75 → 75.0.
        #expect(mean([(3, 1), (6, 1)]).percentText == "75.0")
        // (1 − 2/3) = 1/3 → 333.33… → 33.3.
        #expect(mean([(3, 2)]).percentText == "33.3")
    }

    @Test func committedAboveStatutoryIsNegative() {
        // 1 − 12/10 = −0.2 → −20.0.
        #expect(mean([(10, 12)]).percentText == "-20.0")
    }

    @Test func commonDenominatorOverflowFallsBackToTheSameValue() {
        // The primes up to 53 multiply to about 3.3 × 10^19 > Int.max: the exact path overflows.
        // Every item has committed 0, so each term is 1 and the mean is 100.0.
        let primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53]
        let m = mean(primes.map { ($0, 0) })
        #expect(m.itemCount == 16)
        #expect(m.percentText == "100.0")
    }
}
