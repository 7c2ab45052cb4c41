import ReportCore

/// Scores and ranks a list of groups (SPEC §4.4) for the period and its previous period.
enum GroupRanking {
    /// `current` scored and ranked, in ranking order: by shown score, highest first; ties and
    /// unranked groups keep the order given (catalogue order for departments, `townships.csv`
    /// order for townships, name order for halls), unranked last. `previous[i]` is the same
    /// group in the previous period (nil when that period is not covered by the calendar,
    /// so every rank change is “—”).
    static func rank(_ current: [GroupIndicators], previous: [GroupIndicators]?, by score: ServiceScore) -> [GroupIndicators] {
        let scores = current.map(score.score(of:))
        let ranks = CompetitionRanking.ranks(scores)
        let previousRanks = previous.map { CompetitionRanking.ranks($0.map(score.score(of:))) }
        var ranked = current
        for index in ranked.indices {
            ranked[index].score = scores[index]
            ranked[index].rank = ranks[index]
            ranked[index].previousRank = previousRanks?[index]
        }
        return CompetitionRanking.order(scores).map { ranked[$0] }
    }
}
