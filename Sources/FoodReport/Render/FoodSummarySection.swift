import ReportCore
import ReportPublish

/// The food job's part of the summary: its headline block and its section (the
/// headline figures, the targets missed and by whom, the open failures, then the
/// township ranking with the district as its last row and the attainment chart). Every
/// figure comes from `township_indicators.csv`, `township_ranking.csv` or `open_failures.csv`.
enum FoodSummarySection {
    static let heading = "食品安全（\(FoodLabels.gazette)）"

    static func render(_ result: FoodResult) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [.heading(level: 2, heading), .paragraph(.plain(headlineText(result))),
                                       .heading(level: 3, "未达标的目标")]
        let missed = MissedTarget.all(in: result)
        blocks.append(missed.isEmpty ? .paragraph("本期各镇街有数据的考核指标均已达标。") : .bullets(missed.map { .plain($0.line) }))
        blocks.append(.paragraph(openFailures(result)))
        blocks += [.heading(level: 3, "镇街排名"), .table(rankingTable(result)),
                   .chart(path: AttainmentChart.path, title: "食品安全目标达成得分")]
        blocks.append(.paragraph("得分 = 有目标且分母不为 0 的指标的 min(实际值 ÷ 目标值, 1) 的平均值 × 100；"
            + "达标按分子、分母精确判断。明细见 \(link: IndicatorsTable.path)、\(link: RankingTable.path)。"))
        if result.repeatedRows > 0 {
            blocks.append(.paragraph("导出文件中有 \(result.repeatedRows) 行与同一检查编号的先前行完全相同（重复导出），只计一次。"))
        }
        return blocks
    }

    /// Page 1: the district score, targets met, the sample pass rate and open failures.
    static func headline(_ result: FoodResult) -> Headline {
        let d = result.district, before = result.previousDistrict
        let score = FoodLabels.score(d.score), previousScore = before.map { FoodLabels.score($0.score) }
        let scoreChange: String? = {
            guard !score.isEmpty, let previousScore, !previousScore.isEmpty,
                  let now = d.score, let then = before?.score else { return nil }
            return ChangeText.points(tenths: CompetitionRanking.tenths(now) - CompetitionRanking.tenths(then))
                .replacingOccurrences(of: " 个百分点", with: " 分")
        }()
        let passRate = d.outcome(.samplePassRate).rate ?? Rate(numerator: 0, denominator: 0)
        let missed = MissedTarget.all(in: result)
        return Headline(title: "食品安全", figures: [
            HeadlineFigure(label: "全区得分", value: score.isEmpty ? TableCell.emptyMark : score, change: scoreChange,
                           source: RankingTable.path),
            HeadlineFigure(label: "达标指标（全区）", value: "\(d.met.count)/\(d.assessed.count) 项",
                           change: ChangeText.count(d.met.count, before?.met.count, unit: " 项"), source: IndicatorsTable.path,
                           isAlert: d.met.count < d.assessed.count || !missed.isEmpty),
            HeadlineFigure(label: "抽检合格率", value: passRate.percentText.isEmpty ? TableCell.emptyMark : passRate.percentText + "%",
                           change: ChangeText.points(passRate, before?.outcome(.samplePassRate).rate), source: IndicatorsTable.path),
            HeadlineFigure(label: "未处置的不合格结果", value: "\(result.openFailures.count) 个", source: OpenFailuresTable.path,
                           isAlert: !result.openFailures.isEmpty),
        ])
    }

    /// `2018-10-01 至 2018-12-31：检查 612 户次，抽检 230 批次，合格率 97.4%；全区得分 98.2（考核 7 项，达标 5 项）。`
    private static func headlineText(_ result: FoodResult) -> String {
        let district = result.district
        let passRate = district.outcome(.samplePassRate)
        let percent = FoodLabels.percent(passRate)
        let score = FoodLabels.score(district.score)
        return "\(result.period.first) 至 \(result.period.last)：检查 \(district.counts.inspections) 户次，"
            + "抽检 \(district.counts.results) 批次，合格率 \(percent.isEmpty ? TableCell.emptyMark : percent + "%")；"
            + "全区得分 \(score.isEmpty ? TableCell.emptyMark : score)"
            + "（考核 \(district.assessed.count) 项，达标 \(district.met.count) 项）。"
    }

    private static func openFailures(_ result: FoodResult) -> RichText {
        guard !result.openFailures.isEmpty else {
            return "截至 \(result.period.last)，抽检不合格结果均已处置。"
        }
        return "截至 \(result.period.last) 仍未处置的抽检不合格结果 \(result.openFailures.count) 个（"
            + .plain(OpenFailureCounts.byTownship(result)) + "），最久 \(OpenFailureCounts.oldestAge(result.openFailures)) 天；"
            + "明细见 \(link: OpenFailuresTable.path)。"
    }

    static func rankingTable(_ result: FoodResult) -> DocumentTable {
        var table = DocumentTable(columns: [
            TableColumn("排名", .right), TableColumn("镇街"), TableColumn("得分", .right),
            TableColumn("排名变化", .center), TableColumn("达标/考核", .center),
            TableColumn("检查户次", .right), TableColumn("未达标指标"),
        ])
        for entry in result.ranking {
            table.append(rankingRow(entry.indicators, rank: entry.rank,
                                    change: CompetitionRanking.change(current: entry.rank, previous: entry.previousRank)))
        }
        table.append(rankingRow(result.district, rank: nil, change: CompetitionRanking.change(current: nil, previous: nil)))
        table.footerRows = 1
        return table
    }

    private static func rankingRow(_ area: AreaIndicators, rank: Int?, change: String) -> [TableCell] {
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
