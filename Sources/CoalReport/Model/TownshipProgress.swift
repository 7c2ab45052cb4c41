import ReportCore

/// Progress of one township (or of the whole district) as of the period end: cumulative
/// from the campaign start, within the period, against the quota and the elapsed share.
public struct TownshipProgress: Sendable, Equatable {
    /// Whether the township takes part in the ranking, and if not, why.
    public enum RankingStatus: Sendable, Equatable {
        case ranked
        /// The period ends before the campaign starts: nothing to rank yet.
        case campaignNotStarted
        /// `quotas.csv` lists no coal or no stove quota for the quota year.
        case quotaMissing
        /// A quota of 0 (城西街道 in 2018): shown, not ranked.
        case quotaZero
        /// The district row.
        case district
    }

    /// The official name; "" for the district row.
    public let township: String
    /// Coal quota in kilograms; nil when `quotas.csv` lists none for the quota year.
    public let coalQuotaKg: Int64?
    /// Stove quota; nil when none is listed.
    public let stoveQuota: Int?
    /// Distinct 户号 with counted coal deliveries (district: distinct district-wide).
    public let coalHouseholds: Int
    public let coalKg: Int64
    public let coalKgInPeriod: Int64
    /// Distinct 户号 with counted stove installs.
    public let stoveHouseholds: Int
    public let stoves: Int
    public let stovesInPeriod: Int
    /// Coal completion minus the elapsed share, in tenths of a percentage point, as both
    /// are shown (one decimal each); nil without a coal quota.
    public let scheduleGapTenths: Int?
    public let rankingStatus: RankingStatus
    /// The ranking score; nil when not ranked (a quota missing or 0, the campaign not begun).
    public let score: Double?
    public let rank: Int?
    /// Rank at the previous period of the same kind, from the same inputs.
    public let previousRank: Int?

    /// Delivered / quota (empty without a quota).
    public var coalCompletion: Rate { Rate(numerator: Int(coalKg), denominator: Int(coalQuotaKg ?? 0)) }
    /// Installed / quota (empty without a quota).
    public var stoveCompletion: Rate { Rate(numerator: stoves, denominator: stoveQuota ?? 0) }
    /// Behind schedule: a coal quota and a negative schedule gap.
    public var isBehindSchedule: Bool { (scheduleGapTenths ?? 0) < 0 }
    /// The score as shown and ranked: tenths, rounded half up.
    public var scoreTenths: Int? { score.map(CompetitionRanking.tenths) }
    /// `↑n`, `↓n` or `—`.
    public var rankChange: String { CompetitionRanking.change(current: rank, previous: previousRank) }
}

/// The city subsidy due across the district (sum over households, and over the rows of
/// the 附件6/8 tables).
public struct SubsidyTotals: Sendable, Equatable {
    public let coalFen: Int64
    public let stoveFen: Int64
    /// Households with a coal (stove) subsidy above zero.
    public let coalHouseholds: Int
    public let stoveHouseholds: Int
    /// Kilograms and stoves subsidised (after the caps).
    public let subsidisedKg: Int64
    public let subsidisedStoves: Int
    /// Households with any subsidy.
    public let households: Int

    public var totalFen: Int64 { coalFen + stoveFen }
}
