import ReportCore

/// Wait times (等候时长) counted per tenth of a minute, so the mean, median and 90th
/// percentile are exact — no floating point — without keeping one value per ticket:
/// memory is bounded by the longest wait below four hours (a dense array of at most
/// 2,400 counters) plus one counter per distinct longer wait.
///
/// Exports record waits in whole minutes or with one decimal (`27.6`); the reader turns
/// both into tenths (`ServiceTicket.waitTenths`).
public struct WaitHistogram: Sendable, Hashable {
    /// Waits below this many tenths of a minute are counted in the dense array.
    static let denseLimit = 2400

    private var dense: [Int] = []
    private var long: [Int: Int] = [:]
    /// The number of waits recorded.
    public private(set) var count = 0
    /// The sum of all waits, in tenths of a minute.
    public private(set) var totalTenths = 0

    /// An empty histogram.
    public init() {}

    /// Records one wait of `tenths` tenths of a minute (≥ 0; negative values are treated
    /// as 0, which the export validation never lets through).
    public mutating func add(tenths: Int) {
        addCount(max(0, tenths), 1)
    }

    /// Records one wait of whole `minutes`.
    public mutating func add(_ minutes: Int) {
        add(tenths: minutes * 10)
    }

    /// Adds `tickets` tickets that waited `value` tenths (≥ 0).
    mutating func addCount(_ value: Int, _ tickets: Int) {
        count += tickets
        totalTenths &+= value &* tickets
        if value < Self.denseLimit {
            if value >= dense.count { dense.append(contentsOf: repeatElement(0, count: value + 1 - dense.count)) }
            dense[value] += tickets
        } else {
            long[value, default: 0] += tickets
        }
    }

    /// Tickets per tenth below the dense limit, and above it, for merging.
    var denseCounts: [Int] { dense }
    var longCounts: [Int: Int] { long }

    /// The value of rank `rank` (1-based) in ascending order, in tenths; `rank` must be in
    /// 1...count.
    public func value(atRank rank: Int) -> Int {
        precondition(rank >= 1 && rank <= count, "rank \(rank) outside 1...\(count)")
        var seen = 0
        for (tenths, tickets) in dense.enumerated() {
            seen += tickets
            if seen >= rank { return tenths }
        }
        for tenths in long.keys.sorted() {
            seen += long[tenths]!
            if seen >= rank { return tenths }
        }
        preconditionFailure("histogram counts do not add up to \(count)")
    }

    /// Mean, median and 90th percentile of the waits recorded.
    public var statistics: WaitStatistics {
        guard count > 0 else {
            return WaitStatistics(count: 0, totalTenths: 0, meanTenths: nil, medianTenths: nil, percentile90Tenths: nil)
        }
        // mean in tenths = totalTenths / count = totalTenths × 1000 / (count × 1000), rounded half up by Rate.
        let mean = Rate(numerator: totalTenths, denominator: count * 1000).tenthsOfPercent
        let median: Int
        if count % 2 == 1 {
            median = value(atRank: (count + 1) / 2)
        } else {
            // The mean of the two middle values, a half tenth rounded up.
            median = (value(atRank: count / 2) + value(atRank: count / 2 + 1) + 1) / 2
        }
        // Nearest rank: ⌈0.9 n⌉ = ⌈9n / 10⌉.
        let p90 = value(atRank: (9 * count + 9) / 10)
        return WaitStatistics(count: count, totalTenths: totalTenths, meanTenths: mean, medianTenths: median,
                              percentile90Tenths: p90)
    }
}

/// Wait-time figures of a group, in tenths of a minute: the mean (rounded half up), the
/// median (the mean of the two middle values for an even count, a half tenth rounded up)
/// and the 90th percentile (nearest rank, the value at rank ⌈0.9 n⌉); all nil without waits.
public struct WaitStatistics: Sendable, Hashable {
    /// Tickets with a recorded wait.
    public let count: Int
    /// Their total wait in tenths of a minute.
    public let totalTenths: Int
    public let meanTenths: Int?
    public let medianTenths: Int?
    public let percentile90Tenths: Int?

    /// Mean with one decimal (`12.3`), `""` without waits.
    public var meanText: String { meanTenths.map(Rate.formatTenths) ?? "" }
    /// Median with one decimal (`12.0`, `12.5`), `""` without waits.
    public var medianText: String { medianTenths.map(Rate.formatTenths) ?? "" }
    /// 90th percentile with one decimal (`25.0`), `""` without waits.
    public var percentile90Text: String { percentile90Tenths.map(Rate.formatTenths) ?? "" }
}
