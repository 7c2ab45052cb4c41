import ReportCore
import ReportInputs

/// One catalogue item: its limits against the 30% rule, and its tickets completed in the
/// period (for `item_compression.csv` and the worst-rated list).
public struct ItemIndicators: Sendable, Hashable {
    public let item: ServiceItem
    public let status: TimeLimitStatus
    /// Tickets of the item completed within the period, those on time, rated and satisfied.
    public let completed: Int
    public let onTime: Int
    public let rated: Int
    public let satisfied: Int

    /// committed / statutory (承诺时限占法定时限比例); empty when statutory is 0.
    public var committedShare: Rate { Rate(numerator: item.committedDays, denominator: item.statutoryDays) }
    /// 1 − committed / statutory (承诺压缩率); empty when statutory is 0.
    public var compression: Rate {
        Rate(numerator: item.statutoryDays - item.committedDays, denominator: item.statutoryDays)
    }
    /// 按时办结率 of the item's tickets.
    public var onTimeRate: Rate { Rate(numerator: onTime, denominator: completed) }
    /// 满意率 of the item's rated tickets.
    public var satisfactionRate: Rate { Rate(numerator: satisfied, denominator: rated) }

    init(item: ServiceItem, status: TimeLimitStatus, tally: ItemTally) {
        self.item = item
        self.status = status
        completed = tally.completed
        onTime = tally.onTime
        rated = tally.rated
        satisfied = tally.satisfied
    }

    /// The worst-rated items: those with at least `minimumRated` rated tickets in the
    /// period, lowest 满意率 first (compared exactly, by cross-multiplying), then more rated
    /// tickets first, then catalogue order; at most `limit` of them.
    static func worstRated(_ items: [ItemIndicators], minimumRated: Int, limit: Int) -> [ItemIndicators] {
        let eligible = items.enumerated().filter { $0.element.rated >= max(1, minimumRated) }
        let sorted = eligible.sorted { a, b in
            let left = a.element.satisfied * b.element.rated, right = b.element.satisfied * a.element.rated
            if left != right { return left < right }
            if a.element.rated != b.element.rated { return a.element.rated > b.element.rated }
            return a.offset < b.offset
        }
        return sorted.prefix(limit).map(\.element)
    }
}

/// A department with catalogue items that break the 30% rule.
public struct DepartmentBreach: Sendable, Hashable {
    public let department: String
    /// The department's non-exempt items, and those that break the rule (catalogue order).
    public let assessedItems: Int
    public let items: [ItemIndicators]
}
