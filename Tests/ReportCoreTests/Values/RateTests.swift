import Testing
import ReportCore

@Suite("Rate")
struct RateTests {
    @Test(arguments: [
        (953, 1_000, 953, "95.3"),       // 953000/1000 = 953 exactly
        (1, 1, 1_000, "100.0"),
        (0, 5, 0, "0.0"),
        (19, 20, 950, "95.0"),           // 19000/20 = 950
        (2, 3, 667, "66.7"),             // 2000/3 = 666.67 → 667
        (1, 3, 333, "33.3"),             // 1000/3 = 333.33 → 333
        (1, 8, 125, "12.5"),             // 1000/8 = 125 exactly
        (1, 16, 63, "6.3"),              // 1000/16 = 62.5 → half up → 63
        (1, 2_000, 1, "0.1"),            // 1000/2000 = 0.5 → 1
        (1, 2_001, 0, "0.0"),            // 1000/2001 = 0.49975 → 0
        (189, 199, 950, "95.0"),         // 189000/199 = 949 r 149; 149×2 ≥ 199 → 950
        (3, 2, 1_500, "150.0"),          // above 100% is reported as is
        (-1, 16, -63, "-6.3"),           // -62.5 → away from zero → -63
        (1, -16, -63, "-6.3"),
        (-1, -16, 63, "6.3"),
        (-1, 40, -25, "-2.5"),           // -1000/40 = -25 exactly
        (Int.max, Int.max, 1_000, "100.0"),  // full-width arithmetic, no overflow
    ])
    func computesTenths(numerator: Int, denominator: Int, tenths: Int, text: String) {
        let rate = Rate(numerator: numerator, denominator: denominator)
        #expect(rate.tenthsOfPercent == tenths)
        #expect(rate.percentText == text)
    }

    @Test(arguments: [(1, 0), (0, 0), (-3, 0)])
    func zeroDenominatorIsEmpty(numerator: Int, denominator: Int) {
        let rate = Rate(numerator: numerator, denominator: denominator)
        #expect(rate.tenthsOfPercent == nil)
        #expect(rate.percentText == "")
        #expect(rate.fraction == nil)
    }

    @Test func resultTooLargeIsNilNotATrap() {
        #expect(Rate(numerator: Int.max, denominator: 1).tenthsOfPercent == nil)
        #expect(Rate(numerator: Int.min, denominator: 1).tenthsOfPercent == nil)
    }

    @Test func fraction() {
        #expect(Rate(numerator: 1, denominator: 4).fraction == 0.25)
        #expect(Rate(numerator: 0, denominator: 7).fraction == 0)
    }

    @Test func equalityComparesCountsAsGiven() {
        #expect(Rate(numerator: 1, denominator: 2) == Rate(numerator: 1, denominator: 2))
        #expect(Rate(numerator: 1, denominator: 2) != Rate(numerator: 2, denominator: 4))
    }

    @Test(arguments: [(953, "95.3"), (-25, "-2.5"), (0, "0.0"), (-5, "-0.5"), (1_000, "100.0"), (7, "0.7"), (-1_000, "-100.0")])
    func formatsTenths(tenths: Int, expected: String) {
        #expect(Rate.formatTenths(tenths) == expected)
    }

    /// Property: for all counts 0…200 over 1…200, the tenths equal the textbook
    /// round-half-up formula (2·n·1000 + d) / (2·d) in plain integers.
    @Test func matchesReferenceRounding() {
        for denominator in 1...200 {
            for numerator in 0...200 {
                let expected = (2 * numerator * 1_000 + denominator) / (2 * denominator)
                let actual = Rate(numerator: numerator, denominator: denominator).tenthsOfPercent
                if actual != expected { Issue.record("\(numerator)/\(denominator): \(String(describing: actual)) ≠ \(expected)") }
                let negative = Rate(numerator: -numerator, denominator: denominator).tenthsOfPercent
                if negative != -expected { Issue.record("-\(numerator)/\(denominator) is not symmetric") }
            }
        }
    }
}
