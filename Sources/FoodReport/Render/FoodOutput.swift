import ReportCore
import ReportPublish

/// Renders a computed `FoodResult` into the job's files, summary section and red flags.
/// Rendering decides no business rule: every figure is taken from the result.
///
/// Files: `food/township_indicators.csv`, `food/township_ranking.csv`,
/// `food/open_failures.csv` and `food/attainment.svg`. The food reports carry no personal
/// data (entity names are business names from the register), so masking does not apply.
public enum FoodOutput {
    /// The job's output for `result`; the same result always gives the same bytes.
    public static func render(_ result: FoodResult) -> JobOutput {
        var output = JobOutput()
        output.add(IndicatorsTable.path, bytes: IndicatorsTable.render(result))
        output.add(RankingTable.path, bytes: RankingTable.render(result))
        output.add(OpenFailuresTable.path, bytes: OpenFailuresTable.render(result))
        output.add(AttainmentChart.path, text: AttainmentChart.render(result))
        output.summarySection = FoodSummarySection.render(result)
        output.headline = FoodSummarySection.headline(result)
        output.redFlags = FoodRedFlags.render(result)
        output.standings = result.ranking.map { entry in
            let score = FoodLabels.score(entry.indicators.score)
            return TownshipStanding(township: entry.township, score: score.isEmpty ? nil : score, rank: entry.rank,
                                    rankChange: CompetitionRanking.change(current: entry.rank, previous: entry.previousRank))
        }
        output.notice = FoodNotice.parts(result)
        return output
    }
}
