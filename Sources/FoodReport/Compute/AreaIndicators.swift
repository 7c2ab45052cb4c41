import ReportInputs

/// What a row of the food reports is about: one township or the whole district.
public enum Area: Hashable, Sendable {
    /// A township, by its official name.
    case township(String)
    /// The district: every count is the sum of the townships'.
    case district
}

/// Every indicator of one township (or the district) for one period, and its score.
///
/// Score (SPEC §4.2): 100 × the mean, over the indicators with a target and a non-zero
/// denominator, of `min(actual / target, 1)`; nil when no indicator qualifies (such a
/// township is listed but not ranked).
public struct AreaIndicators: Sendable {
    /// The township or the district.
    public let area: Area
    /// The counts the indicators are computed from.
    public let counts: IndicatorCounts
    /// One outcome per indicator, in `FoodIndicator` order.
    public let outcomes: [IndicatorOutcome]

    /// Evaluates every indicator of `counts` against `targets`.
    public init(area: Area, counts: IndicatorCounts, targets: Policy.Food) {
        self.area = area
        self.counts = counts
        outcomes = FoodIndicator.allCases.map { IndicatorOutcome($0, counts: counts, targets: targets) }
    }

    /// The outcome of one indicator.
    public func outcome(_ indicator: FoodIndicator) -> IndicatorOutcome {
        outcomes[indicator.rawValue]
    }

    /// The indicators that enter the score: a target and a non-zero denominator (考核指标).
    public var assessed: [IndicatorOutcome] {
        outcomes.filter { $0.attainment != nil }
    }

    /// The assessed indicators that meet their target (达标指标).
    public var met: [IndicatorOutcome] {
        outcomes.filter { $0.status == .met }
    }

    /// The indicators that miss their target, in table order.
    public var missed: [IndicatorOutcome] {
        outcomes.filter { $0.status == .missed }
    }

    /// The score, 0–100, or nil when no indicator is assessed.
    public var score: Double? {
        let attainments = outcomes.compactMap(\.attainment)
        guard !attainments.isEmpty else { return nil }
        return 100 * attainments.reduce(0, +) / Double(attainments.count)
    }

    /// The township's name, nil for the district.
    public var townshipName: String? {
        if case .township(let name) = area { return name }
        return nil
    }
}
