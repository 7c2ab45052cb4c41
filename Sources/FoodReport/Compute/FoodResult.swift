import ReportCore

/// Everything the food reports show for one period, computed and ready to render.
public struct FoodResult: Sendable {
    /// The period reported.
    public let period: Period
    /// Every township of the directory, in display order.
    public let townships: [AreaIndicators]
    /// The district: counts summed over `townships`, rates and score computed from the sums.
    public let district: AreaIndicators
    /// The district in the previous period of the same kind, for the brief's changes; nil
    /// when that period has no inspection.
    public let previousDistrict: AreaIndicators?
    /// The townships in ranking order, with rank and previous-period rank.
    public let ranking: [RankedTownship]
    /// 不合格 results not disposed by period end, oldest first.
    public let openFailures: [OpenFailure]
    /// Rows that repeated an earlier row exactly (same 检查编号, same content): counted once.
    public let repeatedRows: Int
}
