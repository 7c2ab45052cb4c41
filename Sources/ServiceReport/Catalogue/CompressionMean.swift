import ReportCore

/// 平均承诺压缩率: the mean of `1 − committed/statutory` over items with a statutory limit
/// above 0, computed exactly.
///
/// The sum of the fractions `(statutory − committed) / statutory` is kept as one fraction over
/// the least common multiple of the statutory limits (a handful of values such as 5, 15, 20,
/// 30, 60 in a real catalogue), so the percentage is rounded half up from the exact value:
/// items 15/3 and 20/6 give (12/15 + 14/20) / 2 = 0.75 → `75.0`. Should the common
/// denominator ever overflow 64 bits (dozens of coprime limits), the mean falls back to
/// `Double` arithmetic for that group only.
public struct CompressionMean: Sendable, Hashable {
    /// Items with statutory limit above 0 that the mean is over.
    public let itemCount: Int
    /// The mean in tenths of a percent, rounded half up; nil when `itemCount` is 0.
    public let tenthsOfPercent: Int?

    /// The mean over `limits`, each `(statutory, committed)` in working days; pairs with
    /// statutory 0 are skipped.
    public init<S: Sequence>(_ limits: S) where S.Element == (statutory: Int, committed: Int) {
        var numerator = 0, denominator = 1, count = 0
        var overflowed = false
        var approximate = 0.0
        for (statutory, committed) in limits where statutory > 0 {
            count += 1
            approximate += Double(statutory - committed) / Double(statutory)
            guard !overflowed else { continue }
            if let sum = Self.add(numerator, denominator, statutory - committed, statutory) {
                (numerator, denominator) = sum
            } else {
                overflowed = true
            }
        }
        itemCount = count
        guard count > 0 else {
            tenthsOfPercent = nil
            return
        }
        let total = denominator.multipliedReportingOverflow(by: count)
        if !overflowed, !total.overflow, let tenths = Rate(numerator: numerator, denominator: total.partialValue).tenthsOfPercent {
            tenthsOfPercent = tenths
        } else {
            tenthsOfPercent = Int((approximate / Double(count) * 1000).rounded(.toNearestOrAwayFromZero))
        }
    }

    /// The percentage with one decimal (`75.0`), or `""` when there is no item.
    public var percentText: String { tenthsOfPercent.map(Rate.formatTenths) ?? "" }

    /// `p/q + a/b` over the least common multiple of `q` and `b`, or nil on overflow.
    private static func add(_ p: Int, _ q: Int, _ a: Int, _ b: Int) -> (Int, Int)? {
        let g = gcd(q, b)
        let lcm = (q / g).multipliedReportingOverflow(by: b)
        guard !lcm.overflow else { return nil }
        let left = p.multipliedReportingOverflow(by: lcm.partialValue / q)
        let right = a.multipliedReportingOverflow(by: lcm.partialValue / b)
        guard !left.overflow, !right.overflow else { return nil }
        let sum = left.partialValue.addingReportingOverflow(right.partialValue)
        return sum.overflow ? nil : (sum.partialValue, lcm.partialValue)
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a.magnitude, b.magnitude)
        while y != 0 { (x, y) = (y, x % y) }
        return Int(x)
    }
}
