import ReportCore
import ReportPublish

/// The food job's section of `summary.md`: the headline figures, the targets missed and
/// by whom, the open failures, then the township ranking (the district as its last row)
/// and the attainment chart. Every figure comes from `township_indicators.csv`,
/// `township_ranking.csv` or `open_failures.csv`.
enum FoodSummarySection {
    static let heading = "## 食品安全（\(FoodLabels.gazette)）"

    static func render(_ result: FoodResult) -> String {
        var text = heading + "\n\n" + headline(result) + "\n\n"
        text += "### 未达标的目标\n\n"
        let missed = MissedTarget.all(in: result)
        text += missed.isEmpty
            ? "本期各镇街有数据的考核指标均已达标。\n\n"
            : missed.map { "- " + $0.line }.joined(separator: "\n") + "\n\n"
        text += openFailures(result) + "\n\n"
        text += "### 镇街排名\n\n" + rankingTable(result).text + "\n"
        text += "![食品安全目标达成得分](\(AttainmentChart.path))\n\n"
        text += "得分 = 有目标且分母不为 0 的指标的 min(实际值 ÷ 目标值, 1) 的平均值 × 100；"
            + "达标按分子、分母精确判断。明细见 [\(IndicatorsTable.path)](\(IndicatorsTable.path))、[\(RankingTable.path)](\(RankingTable.path))。\n"
        if result.repeatedRows > 0 {
            text += "\n导出文件中有 \(result.repeatedRows) 行与同一检查编号的先前行完全相同（重复导出），只计一次。\n"
        }
        return text
    }

    /// `2018-10-01 至 2018-12-31：检查 612 户次，抽检 230 批次，合格率 97.4%；全区得分 98.2（考核 7 项，达标 5 项）。`
    private static func headline(_ result: FoodResult) -> String {
        let district = result.district
        let passRate = district.outcome(.samplePassRate)
        let percent = FoodLabels.percent(passRate)
        let score = FoodLabels.score(district.score)
        return "\(result.period.first) 至 \(result.period.last)：检查 \(district.counts.inspections) 户次，"
            + "抽检 \(district.counts.results) 批次，合格率 \(percent.isEmpty ? MarkdownCell.emptyMark : percent + "%")；"
            + "全区得分 \(score.isEmpty ? MarkdownCell.emptyMark : score)"
            + "（考核 \(district.assessed.count) 项，达标 \(district.met.count) 项）。"
    }

    private static func openFailures(_ result: FoodResult) -> String {
        guard !result.openFailures.isEmpty else {
            return "截至 \(result.period.last)，抽检不合格结果均已处置。"
        }
        return "截至 \(result.period.last) 仍未处置的抽检不合格结果 \(result.openFailures.count) 个（"
            + OpenFailureCounts.byTownship(result) + "），最久 \(OpenFailureCounts.oldestAge(result.openFailures)) 天；"
            + "明细见 [\(OpenFailuresTable.path)](\(OpenFailuresTable.path))。"
    }

    private static func rankingTable(_ result: FoodResult) -> MarkdownTable {
        var table = MarkdownTable(columns: [
            MarkdownColumn("排名", .right), MarkdownColumn("镇街"), MarkdownColumn("得分", .right),
            MarkdownColumn("排名变化", .center), MarkdownColumn("达标/考核", .center),
            MarkdownColumn("检查户次", .right), MarkdownColumn("未达标指标"),
        ])
        for entry in result.ranking {
            table.append(rankingRow(entry.indicators, rank: entry.rank,
                                    change: CompetitionRanking.change(current: entry.rank, previous: entry.previousRank)))
        }
        table.append(rankingRow(result.district, rank: nil, change: CompetitionRanking.change(current: nil, previous: nil)))
        return table
    }

    private static func rankingRow(_ area: AreaIndicators, rank: Int?, change: String) -> [MarkdownCell] {
        let missed = area.missed.map(\.indicator.name).joined(separator: "、")
        return [
            .orEmpty(rank.map(String.init)),
            .text(FoodLabels.name(area.area)),
            .orEmpty(FoodLabels.score(area.score)),
            .text(change),
            .text("\(area.met.count)/\(area.assessed.count)"),
            .text(String(area.counts.inspections)),
            .orEmpty(missed),
        ]
    }

}
