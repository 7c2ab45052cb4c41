import ReportPublish

/// Turns `CoalResults` into the job's output: the six CSV files of SPEC §5, the
/// completion chart, the summary section and the red flags. It decides no business
/// rule; personal data is masked unless `unmasked`.
public enum CoalRenderer {
    /// The files, summary section, red flags and anomaly counts of one period.
    public static func output(_ results: CoalResults, unmasked: Bool) -> JobOutput {
        let mask = PersonalMask(unmasked: unmasked)
        var output = JobOutput()
        output.add("coal/township_ranking.csv", bytes: TownshipRankingCSV.render(results))
        output.add("coal/village_company.csv", bytes: AreaSummaryCSV.coal(results.coalSummary))
        output.add("coal/stove_village_company.csv", bytes: AreaSummaryCSV.stoves(results.stoveSummary))
        output.add("coal/subsidy_households.csv", bytes: SubsidyHouseholdsCSV.render(results.households, mask: mask))
        output.add("coal/quality_batches.csv", bytes: QualityBatchesCSV.render(results.batches))
        output.add("coal/anomalies.csv", bytes: AnomaliesCSV.render(results.anomalies, mask: mask, sourceFiles: results.sourceFiles))
        output.add("coal/completion.svg", text: CompletionChart.svg(results))
        output.summarySection = CoalSummarySection.render(results)
        output.headline = CoalBrief.headline(results)
        output.redFlags = CoalRedFlags.render(results)
        output.standings = CoalBrief.standings(results)
        output.notice = CoalBrief.notice(results)
        output.anomalyCounts = AnomaliesCSV.counts(results.anomalies)
        output.trends = [TrendSeries(name: "清洁煤炭累计完成率", source: "coal/township_ranking.csv",
                                     tenthsOfPercent: results.monthlyCompletion.map(\.tenthsOfPercent))]
        return output
    }
}
