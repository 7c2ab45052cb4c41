import ReportCore
import ReportInputs

/// Whether an indicator meets its target.
public enum TargetStatus: Sendable, Hashable {
    /// The rate is at or above the target (decided on the exact counts).
    case met
    /// The rate is below the target.
    case missed
    /// The gazette sets no target for this indicator.
    case noTarget
    /// There is a target but the denominator is 0: nothing to judge.
    case noData
}

/// One indicator of one township (or the district) compared with its target.
///
/// Met / missed is decided on the exact counts, `numerator × 1000 ≥ target × denominator`
/// (target in tenths of a percent), never on the rounded percentage: one open failure in
/// 2 000 shows as 100.0% yet misses the 100% disposal target.
public struct IndicatorOutcome: Sendable, Hashable {
    /// The indicator.
    public let indicator: FoodIndicator
    /// The count that meets the criterion (for 检查户次, the count itself).
    public let numerator: Int
    /// What it is measured against; nil for the count 检查户次.
    public let denominator: Int?
    /// The target in tenths of a percent, nil when there is none.
    public let target: Int?
    /// Met, missed, no target, or no data.
    public let status: TargetStatus

    /// Evaluates `indicator` on `counts` against the policy's `targets`.
    public init(_ indicator: FoodIndicator, counts: IndicatorCounts, targets: Policy.Food) {
        let (numerator, denominator) = counts.fraction(indicator)
        let target = indicator.target(in: targets)
        self.indicator = indicator
        self.numerator = numerator
        self.denominator = denominator
        self.target = target
        if let target, let denominator {
            status = denominator == 0 ? .noData : (numerator * 1000 >= target * denominator ? .met : .missed)
        } else {
            status = .noTarget
        }
    }

    /// The rate, nil for the count 检查户次; its `percentText` is "" when the denominator is 0.
    public var rate: Rate? {
        denominator.map { Rate(numerator: numerator, denominator: $0) }
    }

    /// Actual minus target in tenths of a percentage point, from the shown (rounded)
    /// rate so that the columns subtract: 90.0% against 95.0% → -50. Nil unless the
    /// status is met or missed.
    public var gapTenths: Int? {
        guard status == .met || status == .missed, let target, let shown = rate?.tenthsOfPercent else { return nil }
        return shown - target
    }

    /// `min(actual / target, 1)` on the exact counts, the indicator's share of the score;
    /// nil unless the indicator has a target and a non-zero denominator. A target of 0 is
    /// always attained.
    public var attainment: Double? {
        guard status == .met || status == .missed, let target, let denominator else { return nil }
        guard target > 0 else { return 1 }
        return min(Double(numerator) * 1000 / (Double(denominator) * Double(target)), 1)
    }
}
