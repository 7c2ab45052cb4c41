import ReportInputs

/// Where a catalogue item stands against 博政办字〔2018〕116号 三(三)3: “除个别复杂事项外，承诺时限
/// 统一控制在法定时限的30%以内”.
public enum TimeLimitStatus: Sendable, Hashable {
    /// The committed limit is within the allowed share of the statutory limit.
    case compliant
    /// The committed limit is longer than the rule allows.
    case nonCompliant
    /// 复杂事项: exempt from the rule, and left out of every item-based rate.
    case exempt

    /// Counts in the denominator of 时限达标事项率 (every item that is not exempt).
    public var isAssessed: Bool { self != .exempt }
}

/// The 30% rule in integer arithmetic: an item complies when
/// `committed × 100 ≤ statutory × maxPercentOfStatutory`, so statutory 20 allows committed 6
/// (600 ≤ 600) but not 7 (700 > 600). An item with statutory limit 0 complies only with
/// committed 0, which the same inequality gives. 复杂事项 are exempt.
public struct TimeLimitRule: Sendable, Hashable {
    /// The allowed share of the statutory limit, in percent (policy
    /// `service.committed_max_percent_of_statutory`, 30 by default).
    public let maxPercentOfStatutory: Int

    /// The rule with the given share in percent.
    public init(maxPercentOfStatutory: Int) {
        self.maxPercentOfStatutory = maxPercentOfStatutory
    }

    /// The item's status under the rule.
    public func status(of item: ServiceItem) -> TimeLimitStatus {
        if item.isComplex { return .exempt }
        if item.statutoryDays == 0 { return item.committedDays == 0 ? .compliant : .nonCompliant }
        let committed = item.committedDays.multipliedReportingOverflow(by: 100)
        let allowed = item.statutoryDays.multipliedReportingOverflow(by: maxPercentOfStatutory)
        // Limits in working days never come near Int.max; an overflow would mean a corrupt
        // catalogue, and then the larger side simply loses.
        if committed.overflow || allowed.overflow { return allowed.overflow ? .compliant : .nonCompliant }
        return committed.partialValue <= allowed.partialValue ? .compliant : .nonCompliant
    }
}
