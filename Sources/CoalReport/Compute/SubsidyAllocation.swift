/// The city subsidy of 博政办字〔2018〕109号 四(二), per household across the whole
/// district, and how it is split over the household's rows so that village, company and
/// township totals add up exactly to the district total.
///
/// Coal: `min(eligible kg, cap kg) × fen per ton / 1000`, rounded half up to the fen;
/// eligible kilograms are those not from a failed batch. Stoves: `min(count, cap) × fen
/// each`. The capped amount goes to the household's rows in date order, then file order:
/// earlier rows are subsidised first. A row's coal share is the rounded subsidy of the
/// cumulative capped kilograms up to and including it, minus that up to the row before,
/// so the shares always sum to the household's amount.
enum SubsidyAllocation {
    /// `kilograms × fenPerTon / 1000` rounded half up (kilograms ≥ 0).
    static func coalFen(kilograms: Int64, fenPerTon: Int64) -> Int64 {
        (kilograms * fenPerTon + 500) / 1000
    }

    /// Each row's share of the household's coal subsidy, for eligible kilograms given in
    /// date-then-file order (0 for a row from a failed batch).
    static func coalShares(eligibleKilograms: [Int64], capKilograms: Int64, fenPerTon: Int64) -> [Int64] {
        var cumulative: Int64 = 0
        var paid: Int64 = 0
        return eligibleKilograms.map { kg in
            cumulative += kg
            let due = coalFen(kilograms: min(cumulative, capKilograms), fenPerTon: fenPerTon)
            defer { paid = due }
            return due - paid
        }
    }

    /// Each row's subsidised stoves, for counts given in date-then-file order.
    static func stoveShares(counts: [Int], cap: Int) -> [Int] {
        var left = cap
        return counts.map { count in
            let granted = max(0, min(count, left))
            left -= granted
            return granted
        }
    }
}
