import Testing
@testable import ReportPublish

/// The axis rule of `ValueAxis`, worked out by hand: steps 0.1, 0.5, 1, 2.5, 5, 10, 25,
/// … (displayed units), the smallest giving at most 5 intervals with the bounds rounded
/// outward to whole steps.
@Suite struct ValueAxisTests {
    @Test func barAxesStartAtZero() {
        // 100%: step 10% needs 10 intervals, 25% needs 4.
        let full = ValueAxis.zeroBased(maximum: 1, unit: .fraction)
        #expect(full.tickLabels == ["0%", "25%", "50%", "75%", "100%"])
        #expect(full.ticks == [0, 0.25, 0.5, 0.75, 1])
        // 112.1%: 25% needs ceil(4.484) = 5 intervals → 0%–125%.
        #expect(ValueAxis.zeroBased(maximum: 1.121, unit: .fraction).tickLabels == ["0%", "25%", "50%", "75%", "100%", "125%"])
        // 160%: 25% needs 7, 50% needs 4 → 0%–200%.
        #expect(ValueAxis.zeroBased(maximum: 1.6, unit: .fraction).tickLabels == ["0%", "50%", "100%", "150%", "200%"])
        // Scores up to 100.
        #expect(ValueAxis.zeroBased(maximum: 100, unit: .points).tickLabels == ["0", "25", "50", "75", "100"])
        // No usable maximum: the full scale.
        #expect(ValueAxis.zeroBased(maximum: 0, unit: .fraction).rangeText == "0%–100%")
        #expect(ValueAxis.zeroBased(maximum: .nan, unit: .points).rangeText == "0–100")
    }

    /// 96.2…97.1: span 0.9, padding max(0.09, 0.5) = 0.5 → 95.7…97.6. Step 0.1 needs
    /// 976 − 957 = 19 intervals; step 0.5: floor(95.7 / 0.5) = 191 → 95.5, ceil(97.6 / 0.5)
    /// = 196 → 98.0, 5 intervals. So 95.5%–98.0%, ticks every 0.5.
    @Test func trendAxisFor96_2To97_1() {
        let axis = ValueAxis.fitted(to: [96.2, 96.5, 97.1], unit: .percent)
        #expect(axis.lowerTenths == 955 && axis.upperTenths == 980 && axis.stepTenths == 5)
        #expect(axis.lower == 95.5 && axis.upper == 98.0)
        #expect(axis.tickLabels == ["95.5%", "96.0%", "96.5%", "97.0%", "97.5%", "98.0%"])
        #expect(axis.rangeText == "95.5%–98.0%")
        // 96.75 is halfway; 96.2 at (962 − 955) / 25 = 0.28 of the height.
        #expect(axis.position(96.75) == 0.5)
        #expect(abs(axis.position(96.2) - 0.28) < 1e-9)
    }

    @Test func equalValuesNeverGiveAnEmptyRange() {
        // 97.0 ± 0.5 → 96.5…97.5: step 0.1 needs 10 intervals, 0.5 needs 2.
        let flat = ValueAxis.fitted(to: [97, 97, 97], unit: .percent)
        #expect(flat.rangeText == "96.5%–97.5%")
        #expect(flat.tickLabels == ["96.5%", "97.0%", "97.5%"])
        // At the top of the scale: 99.5…100 (kept within 100), step 0.1, 5 intervals.
        #expect(ValueAxis.fitted(to: [100, 100], unit: .percent).rangeText == "99.5%–100.0%")
        // At 0: 0…0.5.
        #expect(ValueAxis.fitted(to: [0], unit: .percent).rangeText == "0.0%–0.5%")
        // Nothing defined: the full scale.
        #expect(ValueAxis.fitted(to: [], unit: .percent).tickLabels == ["0%", "25%", "50%", "75%", "100%"])
        #expect(ValueAxis.fitted(to: [.nan], unit: .percent).rangeText == "0%–100%")
    }

    @Test func wideTrendsGetWholeSteps() {
        // Coal completion 38.6, 74.1, 91.3: padding 5.27 → 33.33…96.57; step 10 needs
        // 10 − 3 = 7 intervals, 25 needs 4 − 1 = 3 → 25%–100%.
        let coal = ValueAxis.fitted(to: [38.6, 74.1, 91.3], unit: .percent)
        #expect(coal.tickLabels == ["25%", "50%", "75%", "100%"])
        // Above 100 the ceiling does not apply: 80…106 ± 2.6 → 77.4…108.6, step 10 → 70…110.
        #expect(ValueAxis.fitted(to: [80, 106], unit: .percent).rangeText == "70%–110%")
        // Fractions print as percentages: 0.962…0.971 is the same axis as 96.2…97.1.
        #expect(ValueAxis.fitted(to: [0.962, 0.971], unit: .fraction).rangeText == "95.5%–98.0%")
    }
}
