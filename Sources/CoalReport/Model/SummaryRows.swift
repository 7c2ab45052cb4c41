/// Which rows of a 附件6/8-style table a row is: a cell, a township's subtotal or the
/// district total (written in a column so that pivots can filter subtotals out).
public enum SummaryLevel: Int, Sendable, Equatable {
    case cell, townshipSubtotal, districtTotal
}

/// One row of `coal/village_company.csv` (附件5/6): township × village × company.
public struct CoalSummaryRow: Sendable, Equatable {
    public let level: SummaryLevel
    /// "" on the district row.
    public let township: String
    /// "" on subtotal and total rows.
    public let village: String
    public let company: String
    /// Distinct 户号 (a subtotal counts each household once, not once per cell).
    public let households: Int
    public let kilograms: Int64
    /// Of which from failed batches (not subsidised).
    public let failedBatchKg: Int64
    /// Sum of the rows' 总金额 (blank amounts count 0).
    public let amountFen: Int64
    /// The subsidy allocated to the cell's deliveries.
    public let subsidyFen: Int64
}

/// One row of `coal/stove_village_company.csv` (附件7/8): township × village × company × model.
public struct StoveSummaryRow: Sendable, Equatable {
    public let level: SummaryLevel
    public let township: String
    public let village: String
    public let company: String
    public let model: String
    public let households: Int
    public let stoves: Int
    public let amountFen: Int64
    public let subsidyFen: Int64
}

/// One household's subsidy (`coal/subsidy_households.csv`).
public struct HouseholdSubsidy: Sendable, Equatable {
    /// The unmasked 户号 (masked when rendered).
    public let householdID: String
    /// The first non-empty buyer name (unmasked).
    public let buyer: String
    /// Townships in directory order; villages in the order of their townships, then by name.
    public let townships: [String]
    public let villages: [String]
    public let deliveredKg: Int64
    public let failedBatchKg: Int64
    /// Delivered minus failed-batch kilograms.
    public let eligibleKg: Int64
    /// min(eligible, cap).
    public let subsidisedKg: Int64
    public let coalFen: Int64
    public let stoves: Int
    public let subsidisedStoves: Int
    public let stoveFen: Int64

    public var totalFen: Int64 { coalFen + stoveFen }
}
