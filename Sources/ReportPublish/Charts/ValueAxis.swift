/// A value axis: its bounds, its tick step and how a tick is written.
///
/// Bounds and step are kept as whole tenths of the displayed unit (96.5% → 965, a score of
/// 25 → 250), so ticks are exact and their labels do not depend on floating-point noise.
///
/// The step is the smallest of 0.1, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, … (displayed
/// units; 1, 2.5 and 5 times a power of ten, never finer than one decimal, so 0.25 is
/// not used) that covers the range in at most `maxIntervals` (5) intervals, the bounds
/// rounded outward to whole steps. Both bounds are ticks, so the axis is labelled at
/// its ends.
///
/// - `zeroBased(maximum:)` (bars): from 0 to `maximum` rounded up to a step; 100% gives
///   0% 25% 50% 75% 100%, 112.1% gives 0% … 125%.
/// - `fitted(to:)` (trends): the data's min…max, padded on each side by 10% of the span
///   but at least 0.5 (so equal values never give an empty range), kept within 0…100
///   when the data are, then rounded outward. 96.2…97.1 → padded 95.7…97.6 → step 0.5
///   (step 0.1 would need 19 intervals) → 95.5%…98.0%.
public struct ValueAxis: Sendable, Equatable {
    /// How chart values relate to what the axis prints.
    public enum Unit: Sendable, Equatable {
        /// Values are fractions, printed as percentages (0.25 → `25%`).
        case fraction
        /// Values are percentages (96.5 → `96.5%`).
        case percent
        /// Values are plain numbers such as scores (25 → `25`).
        case points

        /// Displayed units per chart unit.
        var scale: Double { self == .fraction ? 100 : 1 }
        var suffix: String { self == .points ? "" : "%" }
    }

    /// The most intervals an axis has.
    public static let maxIntervals = 5

    public let unit: Unit
    /// The lower bound, in tenths of the displayed unit.
    public let lowerTenths: Int
    /// The upper bound, in tenths of the displayed unit.
    public let upperTenths: Int
    /// The tick step, in tenths of the displayed unit.
    public let stepTenths: Int

    /// The lower bound in chart units.
    public var lower: Double { chartValue(lowerTenths) }
    /// The upper bound in chart units.
    public var upper: Double { chartValue(upperTenths) }

    /// The tick positions in chart units, from `lower` to `upper`.
    public var ticks: [Double] { tickTenths.map(chartValue) }

    /// The tick labels, from the lower bound up: `["0%", "25%", …]`.
    public var tickLabels: [String] { tickTenths.map(text) }

    /// The range as printed on the chart, e.g. `95.5%–98.0%`.
    public var rangeText: String { text(lowerTenths) + "–" + text(upperTenths) }

    /// Where `value` lies between the bounds: 0 at `lower`, 1 at `upper`, clamped.
    public func position(_ value: Double) -> Double {
        let span = Double(upperTenths - lowerTenths)
        guard span > 0, value.isFinite else { return 0 }
        return min(max((value * unit.scale * 10 - Double(lowerTenths)) / span, 0), 1)
    }

    private var tickTenths: [Int] {
        Array(stride(from: lowerTenths, through: upperTenths, by: stepTenths))
    }

    private func chartValue(_ tenths: Int) -> Double { Double(tenths) / 10 / unit.scale }

    /// A tick in tenths as text: whole numbers when the step is whole, else one decimal.
    private func text(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let number = stepTenths % 10 == 0 && magnitude % 10 == 0
            ? "\(magnitude / 10)" : "\(magnitude / 10).\(magnitude % 10)"
        return sign + number + unit.suffix
    }

    init(unit: Unit, lowerTenths: Int, upperTenths: Int, stepTenths: Int) {
        self.unit = unit
        self.lowerTenths = lowerTenths
        self.upperTenths = upperTenths
        self.stepTenths = stepTenths
    }

    /// The candidate steps in tenths: 1, 5, 10, 25, 50, 100, 250, 500, …
    static var steps: [Int] {
        var result = [1, 5]
        var power = 10
        while power <= 1_000_000_000 {
            result += [power, power * 5 / 2, power * 5]
            power *= 10
        }
        return result
    }

    /// The axis over `low…high` (tenths of the displayed unit, `low < high`).
    static func covering(low: Double, high: Double, unit: Unit) -> ValueAxis {
        for step in steps {
            let s = Double(step)
            // The small tolerance keeps 965.0000001 / 5 from rounding to the next step.
            let first = Int((low / s + 1e-7).rounded(.down))
            var last = Int((high / s - 1e-7).rounded(.up))
            if last <= first { last = first + 1 }
            if last - first <= maxIntervals {
                return ValueAxis(unit: unit, lowerTenths: first * step, upperTenths: last * step, stepTenths: step)
            }
        }
        return ValueAxis(unit: unit, lowerTenths: 0, upperTenths: 1000, stepTenths: 250)
    }

    /// An axis from 0 to at least `maximum` (chart units), for bars. A `maximum` that is
    /// not positive and finite gives the full scale (100% or 100).
    public static func zeroBased(maximum: Double, unit: Unit) -> ValueAxis {
        let top = maximum.isFinite && maximum > 0 ? maximum * unit.scale * 10 : 1000
        return covering(low: 0, high: top, unit: unit)
    }

    /// An axis scaled to `values` (chart units; non-finite ones ignored), for trends. No
    /// values give the full scale 0…100.
    public static func fitted(to values: [Double], unit: Unit) -> ValueAxis {
        let shown = values.filter(\.isFinite).map { $0 * unit.scale }
        guard let smallest = shown.min(), let largest = shown.max() else {
            return covering(low: 0, high: 1000, unit: unit)
        }
        let pad = max((largest - smallest) * 0.1, 0.5)
        var low = smallest - pad, high = largest + pad
        if smallest >= 0 { low = max(low, 0) }
        if largest <= 100 { high = min(high, 100) }
        return covering(low: low * 10, high: high * 10, unit: unit)
    }
}
