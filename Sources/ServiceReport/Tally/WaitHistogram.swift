import ReportCore

/// Wait minutes (等候时长) counted per whole minute, so the mean, median and 90th
/// percentile are exact without keeping one value per ticket: memory is bounded by the
/// longest wait of a day (a dense array of at most 1,440 counters) plus one counter per
/// distinct longer wait.
public struct WaitHistogram: Sendable, Hashable {
    /// Waits below this many minutes are counted in the dense array.
    static let denseLimit = 1440

    private var dense: [Int] = []
    private var long: [Int: Int] = [:]
    /// The number of waits recorded.
    public private(set) var count = 0
    /// The sum of all waits, in minutes.
    public private(set) var totalMinutes = 0

    /// An empty histogram.
    public init() {}

    /// Records one wait of `minutes` (≥ 0; negative values are treated as 0, which the
    /// export validation never lets through).
    public mutating func add(_ minutes: Int) {
        addCount(max(0, minutes), 1)
    }

    /// Adds `tickets` tickets that waited `value` minutes (≥ 0).
    mutating func addCount(_ value: Int, _ tickets: Int) {
        count += tickets
        totalMinutes &+= value &* tickets
        if value < Self.denseLimit {
            if value >= dense.count { dense.append(contentsOf: repeatElement(0, count: value + 1 - dense.count)) }
            dense[value] += tickets
        } else {
            long[value, default: 0] += tickets
        }
    }

    /// Tickets per minute below the dense limit, and above it, for merging.
    var denseCounts: [Int] { dense }
    var longCounts: [Int: Int] { long }

    /// The value of rank `rank` (1-based) in ascending order; `rank` must be in 1...count.
    public func value(atRank rank: Int) -> Int {
        precondition(rank >= 1 && rank <= count, "rank \(rank) outside 1...\(count)")
        var seen = 0
        for (minutes, tickets) in dense.enumerated() {
            seen += tickets
            if seen >= rank { return minutes }
        }
        for minutes in long.keys.sorted() {
            seen += long[minutes]!
            if seen >= rank { return minutes }
        }
        preconditionFailure("histogram counts do not add up to \(count)")
    }

    /// Mean, median and 90th percentile of the waits recorded.
    public var statistics: WaitStatistics {
        guard count > 0 else { return WaitStatistics(count: 0, totalMinutes: 0, meanTenths: nil, medianTenths: nil, percentile90: nil) }
        // mean × 10 = total × 1000 / (count × 100), rounded half up by Rate.
        let mean = Rate(numerator: totalMinutes, denominator: count * 100).tenthsOfPercent
        let median: Int
        if count % 2 == 1 {
            median = value(atRank: (count + 1) / 2) * 10
        } else {
            median = (value(atRank: count / 2) + value(atRank: count / 2 + 1)) * 5
        }
        // Nearest rank: ⌈0.9 n⌉ = ⌈9n / 10⌉.
        let p90 = value(atRank: (9 * count + 9) / 10)
        return WaitStatistics(count: count, totalMinutes: totalMinutes, meanTenths: mean, medianTenths: median, percentile90: p90)
    }
}

/// Wait-time figures of a group: mean and median in tenths of a minute, the 90th percentile
/// (nearest rank, the value at rank ⌈0.9 n⌉) in whole minutes; all nil without waits.
public struct WaitStatistics: Sendable, Hashable {
    /// Tickets with a recorded wait.
    public let count: Int
    /// Their total wait in minutes.
    public let totalMinutes: Int
    /// Mean wait in tenths of a minute, rounded half up.
    public let meanTenths: Int?
    /// Median in tenths of a minute: the middle value, or the mean of the two middle values
    /// for an even count (so it may end in `.5`).
    public let medianTenths: Int?
    /// 90th percentile by nearest rank, in minutes.
    public let percentile90: Int?

    /// Mean with one decimal (`12.3`), `""` without waits.
    public var meanText: String { meanTenths.map(Rate.formatTenths) ?? "" }
    /// Median with one decimal (`12.0`, `12.5`), `""` without waits.
    public var medianText: String { medianTenths.map(Rate.formatTenths) ?? "" }
    /// 90th percentile in whole minutes (`25`), `""` without waits.
    public var percentile90Text: String { percentile90.map(String.init) ?? "" }
}
