import ReportCore

/// A township's place in the food ranking (SPEC §4.4).
public struct RankedTownship: Sendable {
    /// The township's indicators and score for the period.
    public let indicators: AreaIndicators
    /// Its rank, nil when it has no score (no indicator with a target and data).
    public let rank: Int?
    /// Its rank in the previous period of the same kind, computed from the same inputs.
    public let previousRank: Int?

    /// The township's official name.
    public var township: String { indicators.townshipName ?? "" }
}

/// Standard competition ranking of the townships on their score.
enum TownshipRanking {
    /// The townships of `current` (display order) in ranking order: by shown score,
    /// ties and unranked townships in display order, unranked last. `previous` holds
    /// the same townships, in the same order, for the previous period; nil when that
    /// period has no data to rank on (every previous rank is then nil).
    static func rank(current: [AreaIndicators], previous: [AreaIndicators]?) -> [RankedTownship] {
        precondition(previous == nil || current.count == previous!.count, "both periods list the same townships")
        let scores = current.map(\.score)
        let ranks = CompetitionRanking.ranks(scores)
        let previousRanks = previous.map { CompetitionRanking.ranks($0.map(\.score)) }
            ?? Array(repeating: nil, count: current.count)
        return CompetitionRanking.order(scores).map { index in
            RankedTownship(indicators: current[index], rank: ranks[index], previousRank: previousRanks[index])
        }
    }
}
