import ReportCore
import ReportPublish

/// `food/township_ranking.csv`: the townships in ranking order (unranked last), then
/// the district row (全区: its score from the summed counts, no rank).
enum RankingTable {
    static let path = "food/township_ranking.csv"
    static let header = ["排名", "镇街", "得分", "排名变化", "达标指标数", "考核指标数", "检查户次"]

    static func render(_ result: FoodResult) -> [UInt8] {
        var writer = CSVTableWriter(header: header)
        for entry in result.ranking {
            writer.append(row(rank: entry.rank, area: entry.indicators,
                              change: CompetitionRanking.change(current: entry.rank, previous: entry.previousRank)))
        }
        writer.append(row(rank: nil, area: result.district, change: CompetitionRanking.change(current: nil, previous: nil)))
        return writer.bytes
    }

    private static func row(rank: Int?, area: AreaIndicators, change: String) -> [CSVCell] {
        [
            .value(rank.map(String.init) ?? ""),
            .text(FoodLabels.name(area.area)),
            .value(FoodLabels.score(area.score)),
            .value(change),
            .value(String(area.met.count)),
            .value(String(area.assessed.count)),
            .value(String(area.counts.inspections)),
        ]
    }
}
